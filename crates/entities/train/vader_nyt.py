"""The New York Times editorial snippets of the VADER sentiment study: a fourteenth independent
source of gold sentences.

The PyPI sdist of `vaderSentiment` (pinned to `VERSION`; MIT licence, C.J. Hutto) ships
`additional_resources/hutto_ICWSM_2014.tar.gz`, the data of Hutto and Gilbert, "VADER: A
Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text" (ICWSM 2014). One of
its files, `nytEditorialSnippets_GroundTruth.txt`, holds (its README) "5,190 sentence-level
snippets from 500 New York Times opinion news editorials/articles", segmented into sentences by
NLTK's sentence tokenizer: one snippet a line, tab separated, `<article>_<sentence>` id, the mean
sentiment rating (not read) and the snippet's text. The articles' own dates are not given; the
years the text names (mostly 1980-1990) put them in the late 1980s and early 1990s (the New York
Times Annotated Corpus's first years). The tweets, movie and product review snippets of the same
archive are not read.

The sdist is fetched on first use with `pip download` into `target/vader/` (never again while it
is there) and the archive is read in place from it (a tarball inside the tarball). Nothing is
copied into the repository.

One article (the snippets of one `<article>` number, 498 of the 500 numbers occur) is one
document: its snippets in the file's order (by sentence number; about a fifth of the articles
lack some sentence numbers, the study's dropped snippets), joined by a space, one paragraph. The
text is the snippet's as printed, but for three things normalised in the reader: HTML entities
are unescaped until none is left (the file writes `&` as `&amp;amp;` ten times); the archive's
double quotation mark, two apostrophes `''` for opening and closing quotes alike (1,264 times,
against 72 straight `"`; no published page prints it), is a straight `"` (the one `'''`, a
closing single quote and a closing double quote, `'"`); and runs of whitespace (a few double
spaces, the lines' CR) are one space. The sentences are not word
tokenised (no ` ,`, ` n't`, `` `` ``; numbers keep their printed form, `$` and thousands
commas attached, no `1970 s` or split decimals: checked before the draw). Deterministic.

No document has a date (""): the archive gives none and the text is not read for one.

Gold id = `vader:nyt-<article>` (`vader:nyt-1` .. `vader:nyt-500`).
"""

import functools
import html
import io
import os
import re
import tarfile

import sdists

PREFIX = "vader:"
PACKAGE = "vaderSentiment"
VERSION = "3.3.2"
_TARBALL = f"vaderSentiment-{VERSION}.tar.gz"
_ARCHIVE = f"vaderSentiment-{VERSION}/additional_resources/hutto_ICWSM_2014.tar.gz"
_MEMBER = "hutto_ICWSM_2014/nytEditorialSnippets_GroundTruth.txt"
_ID = re.compile(r"^(\d+)_(\d+)$")


def _tarball(root):
    """The sdist under `root/target/vader/`, fetched with pip when missing."""
    return sdists.pip_sdist(root, "vader", PACKAGE, VERSION, _TARBALL)


def _clean(snippet):
    """A snippet's text as printed (module docstring)."""
    prev = None
    while prev != snippet:
        prev, snippet = snippet, html.unescape(snippet)
    snippet = re.sub(r"(?<=\S)'''", "'\"", snippet)
    snippet = snippet.replace("'''", "\"'").replace("''", '"')
    return " ".join(snippet.split())


def _snippets(root):
    """The lines of the NYT snippets file, decoded."""
    with tarfile.open(_tarball(root)) as t:
        inner = t.extractfile(_ARCHIVE).read()
    with tarfile.open(fileobj=io.BytesIO(inner)) as t:
        return t.extractfile(_MEMBER).read().decode("utf-8", "replace").splitlines()


@functools.lru_cache(maxsize=None)
def _documents(root):
    """`vader:nyt-<article>` -> text, in article order."""
    parts = {}
    for line in _snippets(root):
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        m = _ID.match(fields[0].strip())
        if not m:
            continue
        text = _clean(fields[2])
        if text:
            parts.setdefault(int(m.group(1)), []).append((int(m.group(2)), text))
    return {f"{PREFIX}nyt-{a}": " ".join(t for _, t in sorted(s)) for a, s in sorted(parts.items())}


def texts(root, ids=None):
    """`vader:nyt-<article>` -> the article's text (every article, or only `ids`)."""
    return {i: t for i, t in _documents(root).items() if ids is None or i in ids}


def dates(root):
    """`vader:nyt-<article>` -> "" (the archive dates no article)."""
    return {i: "" for i in _documents(root)}


def outlets(root):
    """`vader:nyt-<article>` -> the outlet, The New York Times for every article."""
    return {i: "The New York Times" for i in _documents(root)}


if __name__ == "__main__":
    _root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
    for _i, _t in _documents(_root).items():
        print(_i, "-", "The New York Times", len(_t.split()), sep="\t")
