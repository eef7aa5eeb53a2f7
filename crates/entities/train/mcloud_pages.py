"""English news pages of Media Cloud's metadata library's test fixtures: a fifteenth independent
source of gold sentences.

The PyPI sdist of `mediacloud-metadata` (Media Cloud's `mcmetadata`, pinned to `VERSION`; Apache
2.0) ships the web pages its tests read, saved whole under `mcmetadata/test/fixtures/<md5>.html`,
`<md5>` the MD5 of the URL the page was saved from (`mcmetadata/test/__init__.py`,
`cached_url_file_name`), the URLs named in the tests (`mcmetadata/test/test_*.py`). The sdist is
fetched on first use with `pip download --no-binary :all:` into `target/mcloud/` (never again
while it is there) and the pages are read in place from the tarball. Nothing is copied into the
repository.

Only the pages of `PAGES` are read: the English news articles among the 87 fixtures, one copy
each (the fixtures hold the same article twice under two URLs three times: `http` and `https`,
a short link); the others are not in English (Spanish, Portuguese, Korean, Russian, German,
French, Italian, Hindi, Urdu, Indonesian, Japanese, Hungarian, Albanian, Romanian, Chinese),
home pages (The New York Times, Wired, The Boston Globe, WDSU, YouTube, government and
university sites), or not news articles (a market report, a law firm's pages, a community
events calendar, a blog post of a web host, a forum, a video page, stubs), and one English
news page whose article trafilatura does not find (NBC Montana's, 9 words: the title). 17 pages
of 13 outlets are left, 2018-2026: US national (CNN 4, Fox News, NBC News, The New York Times,
Bloomberg Opinion), US local (Trussville Tribune, KPBS San Diego), Canadian (Toronto
Star, CBC News), Indian (Indiatimes 2), Kenyan (The Kenya Times), Taiwanese (Focus Taiwan) and
French (France 24 Observers, in English).

The pages ship no expected text, so the article is extracted as trafilatura's, Mercury's and
article-extractor's test pages are, by trafilatura 1.0.0 in the pinned venv under
`target/traf/venv` (`trafilatura_pages.extract`, the same function): the text of a page
(`texts`) is the title of trafilatura's metadata on the first line, then the extracted lines,
white space runs made one and lines without a word character dropped. Deterministic.

The date of a page (`dates`) is a date in its URL (`/YYYY/MM/DD/`, `/YYYY/Mon/DD/`,
`/YYYYMMDDnnnn`, `/YYYYMMDD-`, `YYYY-MM-DD`; the URL of a page saved through the Wayback Machine
is the archived page's), else the metadata's date (htmldate's reading of the page's date markup),
else "" (undated).

Gold id = `mcloud:<md5>`, the fixture's file name without `.html`
(`mcloud:05856a4821f5af38887e6f3d84bfb1a6`).
"""

import functools
import hashlib
import os
import re
import tarfile

import sdists

import trafilatura_pages

PREFIX = "mcloud:"
PACKAGE = "mediacloud-metadata"
VERSION = "2.1.0"
_BASE = f"mediacloud_metadata-{VERSION}/mcmetadata/test/"
# The pages read (module docstring): fixture name -> outlet.
PAGES = {
    "05856a4821f5af38887e6f3d84bfb1a6": "Toronto Star",
    "05b979f831c405d69125fb5fadb95624": "CBC News",
    "10bac10a6ed18c554f90d1ec9017e0eb": "The Kenya Times",
    "194667cbfd554f9160853bd8382b0a5b": "CNN",
    "2b10ac48e008442eeb3c099ff33c1149": "CNN",
    "3014d6b71371929b607229d140e2202e": "Indiatimes",
    "457e97ca837185dfdbaccc700bdef54b": "Trussville Tribune",
    "527c4856f5aee9a9cd8b1cb56c0cc61b": "CNN",
    "539a1ceb9ce842357a05588c5b13b2fe": "Focus Taiwan",
    "5879e08913a26c7c367f9491791e68e7": "The New York Times",
    "66bde908e7d16aec43b217fcb184f21c": "Indiatimes",
    "91a96fc2d8352825beb57bf742e80d58": "Fox News",
    "a4b85504631685ad6b67d12adebd052f": "France 24 Observers",
    "ca2ce687f3459b83a02da227992de923": "NBC News",
    "f0fcc57b71d02c159d625a852c5cc09e": "KPBS",
    "d181d8a079d30327129c5e8f57fec361": "Bloomberg Opinion",
    "f0fcc57b71d02c159d625a852c5cc09e": "KPBS",
    "fc75030edbba5fc961f24a4dfa59bb8c": "CNN",
}


def _sdist(root):
    """The package's sdist under `root/target/mcloud/` (fetched with pip when missing)."""
    return sdists.pip_sdist(root, "mcloud", PACKAGE, VERSION, f"mediacloud_metadata-{VERSION}.tar.gz")


@functools.lru_cache(maxsize=None)
def _members(root):
    """page name -> the page's HTML (every page of `PAGES`), and the source of the tests that name
    the pages' URLs, read from the sdist."""
    pages, tests = {}, []
    with tarfile.open(_sdist(root)) as t:
        for name in PAGES:
            pages[name] = t.extractfile(f"{_BASE}fixtures/{name}.html").read().decode("utf-8", "replace")
        for m in sorted(t.getmembers(), key=lambda m: m.name):
            if re.fullmatch(re.escape(_BASE) + r"test_\w+\.py", m.name):
                tests.append(t.extractfile(m).read().decode("utf-8"))
    return pages, "".join(tests)


# `_extracted(root)`: page name -> (title, metadata date, extracted text), by trafilatura 1.0.0
# in its venv; `texts(root, ids=None)`: `mcloud:<md5>`
# -> the page's text (every page of `PAGES`, or only `ids`).
_extracted, texts = trafilatura_pages.reader(PREFIX, _members)


def urls(root):
    """page name -> the URL the page was saved from (the test URL whose MD5 is its name), or ""."""
    _, tests = _members(root)
    by_md5 = {hashlib.md5(u.encode("utf-8")).hexdigest(): u
              for u in re.findall(r"https?://[^\s\"']+", tests)}
    return {name: by_md5.get(name, "") for name in PAGES}


def outlets(root):
    """`mcloud:<md5>` -> the page's outlet (`PAGES`)."""
    return {PREFIX + name: outlet for name, outlet in PAGES.items()}


_URL_DATES = (
    trafilatura_pages.URL_YMD,
    trafilatura_pages.URL_YMON,
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4}$|-)"),
    trafilatura_pages.URL_ISO,
)


def dates(root):
    """`mcloud:<md5>` -> the page's date, `YYYY-MM-DD` or "" (module docstring)."""
    return trafilatura_pages.prefixed_dates(PREFIX, _extracted(root), urls(root), _URL_DATES)


if __name__ == "__main__":
    _root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
    _dates, _urls = dates(_root), urls(_root)
    for _i, _t in texts(_root).items():
        _n = _i[len(PREFIX):]
        print(_i, _dates[_i] or "-", PAGES[_n], len(_t.split()), _urls[_n], sep="\t")
