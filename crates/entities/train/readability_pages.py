"""Mozilla Readability's news test pages shipped in the `readabilityrs` crate: an eighth independent source of gold sentences.

The Rust crate `readabilityrs` (crates.io, Apache-2.0, pinned to `VERSION`) ships Mozilla
Readability's test pages under `tests/test-pages/<name>/`: the page's HTML (`source.html`),
Readability's extracted article (`expected.html`) and its metadata (`expected-metadata.json`:
title, byline, excerpt, siteName, publishedTime, lang). The crate is fetched on first use by a
throwaway cargo project under `target/rdb/p` (`cargo fetch`, with the caller's CARGO_HOME, so the
crate lands in `$CARGO_HOME/registry/src/index.crates.io-*/readabilityrs-VERSION/`, where it is
read in place; never fetched again while it is there). Nothing is copied into the repository.

Only the 33 English news and magazine pages of `PAGES` are read (the other test pages are
synthetic test cases, foreign-language pages, blogs about code, encyclopedias, ...): BBC News,
Breitbart, The Independent, BuzzFeed, CityLab, CNET, CNN Money, Engadget, The Guardian, the Herald
Sun, MSN, The New York Times (4), Quanta Magazine, Salon, NBC News, The Seattle Times, The
Telegraph, The Verge, TMZ, The Washington Post (2), WebMD (2), Yahoo (2), Ars Technica, Medical
News Today, Fandom (Wikia), WordPress Tavern and Atlas Obscura: 33 pages, 33,258 words (`texts`,
split on white space), 21 dated (2015-2024), 12 undated (of the same years by their content).
`lazy-image-2` (Kotaku, 2013) is left out although a magazine page: it is a fan's 8,200-word
retelling of the fictional universe of the Metroid games (planets, alien races, artists'
credits), not news, and would be a quarter of the text.

The text of a page (`texts`) is the metadata's title on the first line, then `expected.html` read
as text with Python's `html.parser` (no dependency): the `<figure>`, `<figcaption>`, `<script>`,
`<style>` and `<noscript>` elements are dropped with their content; every block element (`p`,
`h1`-`h6`, `li`, `blockquote`, `div`, and the other block containers of `_BLOCKS`: the text a
`div` holds directly is a line of its own) starts and ends a line; white space runs are made one
space, character references decoded, and a line without a word character is dropped.

The date of a page (`dates`) is the metadata's `publishedTime` when it has one (its `YYYY-MM-DD`),
else the date in the page's canonical URL (`<link rel="canonical">`, else `og:url`, in
`source.html`; a path like `/2015/06/12/`), else "" (undated).

CAVEAT: crates/html's extractor (dom_smoothie, a port of Readability) is likely tested on these
very pages, against these very `expected.html`: they must never be used to score HTML extraction.
They serve only as text for the entity and claims gold (sentences of the extracted article).

Gold id = `rdb:<page name>`.
"""

import glob
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import tarfile

PREFIX = "rdb:"
CRATE = "readabilityrs"
VERSION = "0.1.4"
# The English news and magazine test pages read (see the module docstring).
PAGES = [
    "ars-1", "article-author-tag", "bbc-1", "breitbart", "bug-1255978", "buzzfeed-1", "citylab-1",
    "cnet", "cnn", "engadget", "guardian-1", "herald-sun-1", "medicalnewstoday",
    "msn", "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "quanta-1", "salon-1",
    "schema-org-context-object", "seattletimes-1", "telegraph", "theverge", "tmz-1", "wapo-1",
    "wapo-2", "webmd-1", "webmd-2", "wikia", "wordpress", "yahoo-1", "yahoo-3",
]
_SKIP = {"figure", "figcaption", "script", "style", "noscript"}
_BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div",
    "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "pre", "section", "article",
    "header", "footer", "main", "aside", "nav", "hr",
}


class _Lines(html.parser.HTMLParser):
    """Collects the lines of an article (see the module docstring)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self._current = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCKS:
            self._flush()
        elif tag == "br" and not self._skip:
            self._current.append(" ")

    def handle_startendtag(self, tag, attrs):
        # `<br/>`, `<img/>`, ... hold nothing; a self-closed block tag only ends a line
        if tag in _BLOCKS:
            self._flush()
        elif tag == "br" and not self._skip:
            self._current.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data):
        if not self._skip:
            self._current.append(data)

    def close(self):
        super().close()
        self._flush()

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self._current)).strip()
        if re.search(r"\w", text):
            self.lines.append(text)
        self._current = []


def _one_line(text):
    return re.sub(r"\s+", " ", text).strip()


def _crate_dirs():
    home = os.environ.get("CARGO_HOME") or os.path.join(os.path.expanduser("~"), ".cargo")
    return sorted(glob.glob(os.path.join(home, "registry", "src", "*", f"{CRATE}-{VERSION}")))


def pages_dir(root):
    """The crate's `tests/test-pages/` folder, fetched by the throwaway cargo project
    `root/target/rdb/p` when missing (progress on stderr)."""
    dirs = _crate_dirs()
    if not dirs:
        p = os.path.join(root, "target", "rdb", "p")
        # written by hand rather than with `cargo new`, which inside this workspace would add the
        # project to the workspace's members: its own `[workspace]` keeps it apart
        os.makedirs(os.path.join(p, "src"), exist_ok=True)
        with open(os.path.join(p, "Cargo.toml"), "w", encoding="utf-8") as f:
            f.write('[package]\nname = "p"\nversion = "0.0.0"\nedition = "2021"\n\n[workspace]\n\n'
                    f'[dependencies]\n{CRATE} = "={VERSION}"\n')
        with open(os.path.join(p, "src", "lib.rs"), "w", encoding="utf-8") as f:
            f.write("")
        subprocess.run(["cargo", "fetch", "--quiet"], cwd=p, check=True, stdout=sys.stderr)
        dirs = _crate_dirs()
        if not dirs:
            # a cargo that only caches the .crate: unpack it under target/rdb/
            home = os.environ.get("CARGO_HOME") or os.path.join(os.path.expanduser("~"), ".cargo")
            crates = sorted(glob.glob(os.path.join(home, "registry", "cache", "*", f"{CRATE}-{VERSION}.crate")))
            out = os.path.join(root, "target", "rdb")
            with tarfile.open(crates[-1]) as t:
                t.extractall(out, filter="data")
            dirs = [os.path.join(out, f"{CRATE}-{VERSION}")]
    return os.path.join(dirs[-1], "tests", "test-pages")


def _metadata(d, name):
    with open(os.path.join(d, name, "expected-metadata.json"), encoding="utf-8") as f:
        return json.load(f)


def page_text(expected_html, title):
    """The text of one page: the title line, then the article's lines (module docstring)."""
    p = _Lines()
    p.feed(expected_html)
    p.close()
    lines = ([_one_line(title)] if title and _one_line(title) else []) + p.lines
    return "\n".join(lines)


def texts(root, ids=None):
    """`rdb:<name>` -> the page's text (all of `PAGES`, or only `ids`)."""
    d = pages_dir(root)
    out = {}
    for name in PAGES:
        key = PREFIX + name
        if ids is not None and key not in ids:
            continue
        with open(os.path.join(d, name, "expected.html"), encoding="utf-8") as f:
            body = f.read()
        out[key] = page_text(body, html.unescape(_metadata(d, name).get("title") or ""))
    return out


_CANONICAL = [
    re.compile(r"<link[^>]+rel=[\"']canonical[\"'][^>]*>", re.IGNORECASE),
    re.compile(r"<meta[^>]+property=[\"']og:url[\"'][^>]*>", re.IGNORECASE),
]
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")


def _url_date(source):
    for pattern in _CANONICAL:
        for tag in pattern.findall(source):
            m = re.search(r"(?:href|content)=[\"']([^\"']+)", tag, re.IGNORECASE)
            d = m and _URL_DATE.search(m.group(1))
            if d:
                y, mo, da = d.groups()
                if 1 <= int(mo) <= 12 and 1 <= int(da) <= 31:
                    return f"{y}-{int(mo):02d}-{int(da):02d}"
    return ""


def dates(root):
    """`rdb:<name>` -> the page's date, `YYYY-MM-DD` or "" (module docstring)."""
    d = pages_dir(root)
    out = {}
    for name in PAGES:
        published = _metadata(d, name).get("publishedTime") or ""
        m = re.match(r"\d{4}-\d{2}-\d{2}", published)
        if m:
            out[PREFIX + name] = m.group(0)
            continue
        with open(os.path.join(d, name, "source.html"), encoding="utf-8", errors="replace") as f:
            out[PREFIX + name] = _url_date(f.read())
    return out
