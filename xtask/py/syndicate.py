"""Make a syndicated archive: the corpus plus N lightly edited copies of every article.

    python3 xtask/py/syndicate.py IN.jsonl.gz OUT.jsonl.gz [--copies 7] [--seed 2026]

Each copy gets a new id (`<id>~s<k>`), another outlet as `source`, a dateline before the text
("WASHINGTON (Reuters) - ") and a credit line after it ("(Reporting by ...; Editing by ...)"),
as wire copy appears under many outlets. The originals come first, then copy round 1, 2, ...;
the output is the input of issue 15's 1x/8x comparison (findings must not change, peak memory
must stay flat). Never commit the output: it is third-party text.
"""

import argparse
import gzip
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reckon_corpus  # noqa: E402

DATELINES = ["WASHINGTON", "NEW YORK", "LONDON", "PARIS", "BEIRUT", "NAIROBI", "SYDNEY",
             "TORONTO", "MUMBAI", "JOHANNESBURG", "MEXICO CITY", "BRUSSELS"]
AGENCIES = ["Reuters", "AP", "AFP", "dpa", "Bloomberg"]
OUTLETS = ["Daily Courier", "Morning Herald", "Evening Post", "The Tribune", "Gazette",
           "Observer", "Chronicle", "Sentinel", "Express", "Record"]
NAMES = ["Jane Smith", "Omar Haddad", "Li Wei", "Maria Gonzalez", "Tom Brown", "Aisha Bello"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--copies", type=int, default=7)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    rows = list(reckon_corpus.records(a.input))
    with gzip.open(a.output, "wt", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        for k in range(1, a.copies + 1):
            for r in rows:
                c = dict(r)
                c["id"] = f"{r['id']}~s{k}"
                c["source"] = rng.choice(OUTLETS)
                text = r.get("text") or ""
                dateline = f"{rng.choice(DATELINES)} ({rng.choice(AGENCIES)}) - "
                credit = f"\n\n(Reporting by {rng.choice(NAMES)}; Editing by {rng.choice(NAMES)})"
                c["text"] = dateline + text + credit
                out.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {len(rows) * (a.copies + 1)} written to {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
