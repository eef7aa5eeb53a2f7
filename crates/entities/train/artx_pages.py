"""English web articles of article-extractor's test fixtures: an eleventh independent source of gold sentences.

The Python package `article-extractor` (PyPI, MIT, pinned to `VERSION`) ships in its source
distribution the web pages its tests read, saved whole in March 2026 from nine feeds (news sites,
tech magazines, blogs) under
`article_extractor-VERSION/tests/fixtures/fullpage_to_article_html/<host>/<case>/` (28 cases:
`raw.html`, the page as rendered; `expected.html`, an article fragment cut by a hand-written
selector; `meta.json`, the URL the page was saved from and the title). The sdist is fetched on
first use with `pip download --no-binary :all:` into `target/artx/` (never again while it is there;
`--python-version 3.12`, the package's floor, so that pip on an older Python still picks this
version) and the pages are read in place from the tarball. Nothing is copied into the repository.

Every case is read except the 5 of `EXCLUDE` (not articles, or the article not on the page); 23
pages of 10 sites are left, all English, all but one of 2026 (February-March): news (The Local
Denmark, MIT Technology Review, InfoWorld), a newsletter for engineering managers (LeadDev) and
essays and commentary of magazines and blogs (The Marginalian, Experimental History, Martin
Fowler, Simon Willison, DHH's HEY World, jsomers.net, one of 2010).

The package ships expected HTML, not text, and its fragments are uneven (a subscription form for
one page, boxes of related stories for others), so the article is extracted from `raw.html` as
the `traf` and `mercury` pages are, by trafilatura 1.0.0 in the pinned venv under `target/traf/venv`
(`trafilatura_pages.extract`, the same function): the text of a page (`texts`) is the title of
trafilatura's metadata on the first line, then the extracted lines, white space runs made one and
lines without a word character dropped. Deterministic.

The date of a page (`dates`) is a date in its URL (`meta.json`: `/YYYY/MM/DD/`, `/YYYY/Mon/D/`,
`/YYYYMMDD/` or `YYYY-MM-DD`), else the metadata's date (htmldate's reading of the page's date
markup), else "" (undated).

Gold id = `artx:<page name>`, the name being `<host>.<case>` (`artx:www.thelocal.dk.the-history-of-the-danish-letter-o`).
"""

import functools
import json
import re
import tarfile

import sdists

import trafilatura_pages

PREFIX = "artx:"
PACKAGE = "article-extractor"
VERSION = "0.5.9"
_BASE = f"article_extractor-{VERSION}/tests/fixtures/fullpage_to_article_html/"
# Cases not read (module docstring): page name -> why.
EXCLUDE = {
    "hannahritchie.github.io.energy-use-comparisons": "an interactive tool's notes on its sources",
    "joshua.hu.firefox-making-right-click-not-suck": "a browser-settings how-to",
    "simonwillison.net.agentic-engineering-patterns-anti-patterns": "a chapter of a guide",
    "simonwillison.net.donald-knuth": "a quotation",
    "leaddev.com.you-cant-verify-all-the-ai-generated-code": "a sign-up wall, not the article",
}


def _sdist(root):
    """The package's sdist under `root/target/artx/` (fetched when missing; `--python-version
    3.12`, see the module docstring)."""
    return sdists.pip_sdist(root, "artx", PACKAGE, VERSION, f"article_extractor-{VERSION}.tar.gz",
                            ("--python-version", "3.12"))


@functools.lru_cache(maxsize=None)
def _members(root):
    """page name -> (the page's HTML, its meta.json) of every case not in `EXCLUDE`, read from the
    sdist."""
    html, meta = {}, {}
    with tarfile.open(_sdist(root)) as t:
        for m in sorted(t.getmembers(), key=lambda m: m.name):
            rest = m.name[len(_BASE):] if m.name.startswith(_BASE) else ""
            parts = rest.split("/")
            if len(parts) != 3 or parts[2] not in ("raw.html", "meta.json"):
                continue
            name = f"{parts[0]}.{parts[1]}"
            if name in EXCLUDE:
                continue
            data = t.extractfile(m).read().decode("utf-8", "replace")
            if parts[2] == "raw.html":
                html[name] = data
            else:
                meta[name] = json.loads(data)
    return html, meta


# `_extracted(root)`: page name -> (title, metadata date, extracted text), by trafilatura 1.0.0
# in its venv; `texts(root, ids=None)`: `artx:<name>`
# -> the page's text (every page read, or only `ids`).
_extracted, texts = trafilatura_pages.reader(PREFIX, _members)


def urls(root):
    """page name -> the URL the page was saved from (its `meta.json`), or ""."""
    html, meta = _members(root)
    return {name: meta.get(name, {}).get("url", "") for name in html}


_URL_DATES = (
    trafilatura_pages.URL_YMD,
    trafilatura_pages.URL_YMON,
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|$)"),
    trafilatura_pages.URL_ISO,
)


def dates(root):
    """`artx:<name>` -> the page's date, `YYYY-MM-DD` or "" (module docstring)."""
    return trafilatura_pages.prefixed_dates(PREFIX, _extracted(root), urls(root), _URL_DATES)
