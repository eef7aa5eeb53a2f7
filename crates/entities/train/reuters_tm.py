"""Reuters newswire of 1987 shipped in Debian's `r-cran-tm`: a sixth independent source of gold sentences.

The R text-mining package `tm` (GPL-3; Debian's `r-cran-tm`, pinned to `TM_DEB_VERSION` when the
archive still has it) ships, under `usr/lib/R/site-library/tm/texts/`, 79 distinct articles of the
Reuters-21578 collection (Reuters newswire of February-March 1987: company results, takeovers, oil
prices, commodity reports) as XML: 50 under `acq/`, 20 under `crude/`, one file per article, and
10 in `reuters-21578.xml` (one of them also `acq/reut-00001.xml`: the same `NEWID`, read once).
The package is fetched on first use with `apt-get download` into `target/reuters/` (never again
while it is there; run `apt-get update` first on a machine that never did) and its files are
unpacked beside it with `dpkg-deb -x`. Nothing is copied into the repository.

The text of an article (`texts`) is what a newsroom archive of the wire would hold: the title (in
capitals, as sent) on the first line, then the body's paragraphs, one a line, the first one
opened by the dateline (`NEW YORK, Feb 26 - ...`). The wire wraps lines at about 65 characters and
opens a paragraph with an indented line; wrapped lines are joined with a space, runs of white
space made one, XML character references decoded (`&lt;Cyclops Corp>` is `<Cyclops Corp>`, the
wire's mark of an unlisted company), and the closing signature line `Reuter` dropped. The date of
an article (`dates`) is its `<DATE>` (`26-FEB-1987 17:00:56.04` -> `1987-02-26`).
Gold id = `reuters:<NEWID>`.
"""

import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

PREFIX = "reuters:"
PACKAGE = "r-cran-tm"
# The version whose texts the batches were drawn from (its 79 articles are the same in every
# Debian release of `tm` since 0.7; `files` checks the count rather than the version).
TM_DEB_VERSION = "0.7-11-1"
ARTICLES = 79
_TEXTS = "usr/lib/R/site-library/tm/texts"
_MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


def _unpacked(root):
    """The package's `texts/` folder under `root/target/reuters/`, fetching and unpacking the
    package there when missing (progress on stderr)."""
    d = os.path.join(root, "target", "reuters")
    texts = os.path.join(d, "x", _TEXTS)
    if not os.path.isdir(texts):
        os.makedirs(d, exist_ok=True)
        debs = glob.glob(os.path.join(d, f"{PACKAGE}_*.deb"))
        if not debs:
            subprocess.run(["apt-get", "download", PACKAGE], cwd=d, check=True, stdout=sys.stderr)
            debs = glob.glob(os.path.join(d, f"{PACKAGE}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", sorted(debs)[-1], os.path.join(d, "x")], check=True)
    return texts


def _articles(root):
    """`reuters:<NEWID>` -> the `<REUTERS>` element, in file order, each NEWID once."""
    texts = _unpacked(root)
    paths = sorted(glob.glob(os.path.join(texts, "acq", "*.xml")))
    paths += sorted(glob.glob(os.path.join(texts, "crude", "*.xml")))
    paths.append(os.path.join(texts, "reuters-21578.xml"))
    out = {}
    for path in paths:
        top = ET.parse(path).getroot()
        for doc in [top] if top.tag == "REUTERS" else top.findall("REUTERS"):
            out.setdefault(PREFIX + doc.get("NEWID"), doc)
    if len(out) != ARTICLES:
        raise ValueError(f"{texts}: {len(out)} Reuters articles, expected {ARTICLES}")
    return out


def _one_line(text):
    return re.sub(r"\s+", " ", text).strip()


def wire_text(title, body, dateline=""):
    """The text of one wire article from its title, body and dateline as sent (see the module
    docstring; `reuters21578.py` reads its articles with the same rules)."""
    title = _one_line(title)
    dateline = _one_line(dateline)
    body = re.sub(r"\s*\bReuter\s*$", "", body)
    paragraphs = [_one_line(p) for p in re.split(r"\n(?=[ \t])", body)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and dateline:
        paragraphs[0] = f"{dateline} {paragraphs[0]}"
    return "\n".join(([title] if title else []) + paragraphs)


def article_text(doc):
    """The text of one `<REUTERS>` element (see the module docstring)."""
    return wire_text(doc.findtext("TEXT/TITLE") or "", doc.findtext("TEXT/BODY") or "",
                     doc.findtext("TEXT/DATELINE") or "")


def texts(root, ids=None):
    """`reuters:<NEWID>` -> the article's text (all, or only `ids`)."""
    return {k: article_text(d) for k, d in _articles(root).items() if ids is None or k in ids}


def wire_date(date):
    """`26-FEB-1987 17:00:56.04` -> `1987-02-26` ("" when it is not such a date)."""
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", date or "")
    return f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}" if m else ""


def dates(root):
    """`reuters:<NEWID>` -> the article's date, `YYYY-MM-DD`."""
    return {k: wire_date(d.findtext("DATE")) for k, d in _articles(root).items()}
