"""English news pages of trafilatura's test cache: a ninth independent source of gold sentences.

The Python package `trafilatura` (PyPI, GPL-3.0-or-later at this version, pinned to `VERSION`)
ships in its source distribution the web pages its tests read, saved whole under
`trafilatura-VERSION/tests/cache/<site>.<word>.html` (111 pages, most German), and the URL each
page was saved from in `tests/realworld_tests.py` and `tests/metadata_tests.py`. The sdist is fetched on first use with `pip
download --no-binary :all:` into `target/traf/` (never again while it is there) and the pages are
read in place from the tarball. Nothing is copied into the repository.

Only the 19 English news and magazine pages of `PAGES` are read (the others are German, French or
Chinese pages, blogs, shops, documentation, an encyclopedia, ...): Phys.org, The Guardian,
Threatpost, Deutsche Welle (2), the South China Morning Post, Salon, The Planetary Press, Reuters,
Nature, KnowTechie, Boing Boing, the Wikimedia Foundation's news, the Vancouver Sun, Vice, The
Verge, National Geographic UK, Luxurious Magazine and Luxury Haven: 2013-2020, most of 2019-2020.
`womencantalksports.com.top10` is left out (a 2014 blog's list of ten sports bloggers, not news).

The pages ship no expected text, so the article is extracted by trafilatura itself, the same
pinned version, run in a venv that `_venv` creates under `target/traf/venv` with every package
pinned (`_REQUIREMENTS`): `trafilatura.extract(html, include_comments=False,
include_tables=False)` (text output, lines as trafilatura gives them), deterministic. The text of a
page (`texts`) is the title of `trafilatura.metadata.extract_metadata` on the first line, then the
extracted lines, white space runs made one and lines without a word character dropped.

The date of a page (`dates`) is a `/YYYY/MM/DD/` date in its URL (`realworld_tests.py` and
`metadata_tests.py` map every page to it), else a `DD.MM.YYYY` date closing the metadata's title
(Deutsche Welle's titles end `| DW | 10.06.2013`, the date of its article), else the metadata's
date (`extract_metadata`, htmldate's reading of the page's date markup), else "" (undated). The
title comes before htmldate because on `dw.com.uncork`, an article of 2013-06-10 (its title and
its `Date` field), htmldate picks 2019-08-01, a date elsewhere on the saved page.

Gold id = `traf:<page name>` (the file name without `.html`).
"""

import functools
import json
import os
import re
import subprocess
import sys
import tarfile

import sdists

PREFIX = "traf:"
PACKAGE = "trafilatura"
VERSION = "1.0.0"
# The English news and magazine pages read (see the module docstring).
PAGES = [
    "boingboing.net.millenials", "dw.com.colonial", "dw.com.uncork", "knowtechie.com.rally",
    "luxuriousmagazine.com.polo", "luxuryhaven.co.hyatt", "nationalgeographic.co.uk.goats",
    "nature.com.telescope", "phys.org.tool", "reuters.com.parasite", "salon.com.emissions",
    "scmp.com.playbook", "theguardian.com.academics", "theplanetarypress.com.forestlands",
    "theverge.com.ios13", "threatpost.com.android", "vancouversun.com.microsoft", "vice.com.amazon",
    "wikimediafoundation.org.turkey",
]
# The venv's packages, all pinned (trafilatura 1.0.0's own requirements are open-ended).
_REQUIREMENTS = [
    f"{PACKAGE}=={VERSION}", "certifi==2026.10.19.post1", "chardet==7.7.0", "charset-normalizer==2.0.12",
    "courlan==0.6.0", "cssselect==1.6.0", "dateparser==1.2.1", "htmldate==1.2.0", "jusText==3.0.0",
    "langcodes==3.5.1", "lxml==4.9.2", "python-dateutil==4.0.0", "pytz==2026.6", "readability-lxml==0.8.1",
    "regex==2022.3.2", "tld==0.13.2", "tzdata==2026.6", "tzlocal==5.4.5", "urllib3==1.26.9",
]
# Run by the venv's python: {name: html} on stdin, {name: [title, date, text]} on stdout.
_EXTRACT = """
import json, sys, trafilatura
from trafilatura.metadata import extract_metadata
out = {}
for name, page in sorted(json.load(sys.stdin).items()):
    meta = extract_metadata(page) or {}
    text = trafilatura.extract(page, include_comments=False, include_tables=False)
    out[name] = [meta.get("title") or "", meta.get("date") or "", text or ""]
json.dump(out, sys.stdout)
"""


def _sdist(root):
    """The package's sdist under `root/target/traf/` (fetched when missing)."""
    return sdists.pip_sdist(root, "traf", PACKAGE, VERSION, f"{PACKAGE}-{VERSION}.tar.gz")


def _venv(root):
    """The python of the venv `root/target/traf/venv`, made with `_REQUIREMENTS` when missing."""
    d = os.path.join(root, "target", "traf", "venv")
    python = os.path.join(d, "bin", "python")
    done = os.path.join(d, "requirements.txt")
    want = "\n".join(_REQUIREMENTS) + "\n"
    if not os.path.exists(done) or open(done, encoding="utf-8").read() != want:
        subprocess.run([sys.executable, "-m", "venv", d], check=True, stdout=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "--quiet", *_REQUIREMENTS],
                       check=True, stdout=sys.stderr)
        with open(done, "w", encoding="utf-8") as f:
            f.write(want)
    return python


def _members(root):
    """page name -> the page's HTML, and the source of the tests that name the pages' URLs, read
    from the sdist."""
    base = f"{PACKAGE}-{VERSION}/tests/"
    pages = {}
    with tarfile.open(_sdist(root)) as t:
        for name in PAGES:
            pages[name] = t.extractfile(f"{base}cache/{name}.html").read().decode("utf-8", "replace")
        tests = "".join(t.extractfile(f"{base}{f}").read().decode("utf-8")
                        for f in ("realworld_tests.py", "metadata_tests.py"))
    return pages, tests


def extract(root, pages):
    """page name -> (title, metadata date, extracted text) of `pages` (page name -> HTML), by this
    pinned trafilatura in the venv under `root/target/traf/venv` (made when missing); also used by
    the readers of other sources of web pages that ship no expected text (`mercury_pages.py`)."""
    r = subprocess.run([_venv(root), "-c", _EXTRACT], input=json.dumps(pages), capture_output=True,
                       text=True, encoding="utf-8", check=True)
    return {k: tuple(v) for k, v in json.loads(r.stdout).items()}


def reader(prefix, members):
    """`(_extracted, texts)` of a reader whose pages this trafilatura extracts (this one, mcloud's,
    artx's, mercury's): `members(root)` -> (page name -> HTML, what else the reader reads);
    `_extracted(root)` -> page name -> (title, metadata date, extracted text), cached; `texts(root,
    ids=None)` -> `<prefix><name>` -> the page's text (every page read, or only `ids`)."""
    @functools.lru_cache(maxsize=None)
    def _extracted(root):
        return extract(root, members(root)[0])

    def texts(root, ids=None):
        return prefixed_texts(prefix, _extracted(root), ids)

    return _extracted, texts


def _one_line(text):
    return re.sub(r"\s+", " ", text).strip()


def page_text(title, text):
    """The text of one page: the title line, then the extracted lines (module docstring)."""
    lines = [_one_line(x) for x in [title] + text.split("\n")]
    return "\n".join(x for x in lines if re.search(r"\w", x))


def prefixed_texts(prefix, extracted, ids=None):
    """`<prefix><name>` -> the page's text, from `extract`'s result (every page, or only `ids`);
    the `texts` of every reader that extracts its pages here."""
    out = {}
    for name, (title, _, text) in sorted(extracted.items()):
        key = prefix + name
        if ids is None or key in ids:
            out[key] = page_text(title, text)
    return out


_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def url_date(url, patterns):
    """The first date that one of `patterns` (regexes with groups year, month as digits or a
    three-letter name, day) finds in `url`, `YYYY-MM-DD`, or "" (the pages of artx and mcloud,
    each with its own patterns)."""
    for p in patterns:
        d = p.search(url)
        if not d:
            continue
        y, mo, da = d.groups()
        mo = _MONTHS.get(mo.lower(), 0) if mo.isalpha() else int(mo)
        if 1 <= mo <= 12 and 1 <= int(da) <= 31:
            return f"{y}-{mo:02d}-{int(da):02d}"
    return ""


# Dates in a URL shared by the readers' `url_date` patterns: `/YYYY/MM/DD/`, `/YYYY/Mon/DD/`
# (each ending the URL or followed by `/`) and `YYYY-MM-DD`.
URL_YMD = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
URL_YMON = re.compile(r"/((?:19|20)\d{2})/([A-Za-z]{3})/(\d{1,2})(?:/|$)")
URL_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")


def prefixed_dates(prefix, extracted, urls, patterns):
    """`prefix + page name` -> the page's date, `YYYY-MM-DD` or "": the date `patterns` find in
    the page's URL (`urls`: page name -> URL), else the metadata date trafilatura read from the
    page (`extracted`: page name -> (title, date, text)) when it is a full day (artx, mcloud)."""
    out = {}
    for name, (_, date, _) in extracted.items():
        in_url = url_date(urls.get(name, ""), patterns)
        if in_url:
            out[prefix + name] = in_url
        else:
            out[prefix + name] = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ""
    return out


# `texts(root, ids=None)`: `traf:<name>` -> the page's text (all of `PAGES`, or only `ids`).
_extracted, texts = reader(PREFIX, _members)


_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_TITLE_DATE = re.compile(r"\|\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*$")


def urls(root):
    """page name -> the URL the page was saved from (`realworld_tests.py`, `metadata_tests.py`),
    or ""."""
    _, tests = _members(root)
    found = dict((n, u) for u, n in re.findall(r"'(https?://[^']+)':\s*'([^']+)\.html'", tests))
    return {name: found.get(name, "") for name in PAGES}


def dates(root):
    """`traf:<name>` -> the page's date, `YYYY-MM-DD` or "" (module docstring)."""
    out = {}
    url = urls(root)
    for name, (title, date, _) in _extracted(root).items():
        d = _URL_DATE.search(url[name])
        t = _TITLE_DATE.search(title)
        if d and 1 <= int(d.group(2)) <= 12 and 1 <= int(d.group(3)) <= 31:
            y, mo, da = d.groups()
            out[PREFIX + name] = f"{y}-{int(mo):02d}-{int(da):02d}"
        elif t and 1 <= int(t.group(2)) <= 12 and 1 <= int(t.group(1)) <= 31:
            da, mo, y = t.groups()
            out[PREFIX + name] = f"{y}-{int(mo):02d}-{int(da):02d}"
        else:
            out[PREFIX + name] = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ""
    return out
