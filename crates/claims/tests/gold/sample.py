"""Samples the sentences of the claims gold set (crates/claims/tests/gold/).

One sentence per article, 8 to 60 words, from the real news corpus, with a fixed seed. About
85% of the picks are drawn among the article's sentences that hold a digit or a number word
(so that most sentences carry quantities), the other ~15% among all its sentences (to measure
false positives on arbitrary text). The first --n sentences are the dev batch, the next --n the
test batch, the next --n the test2 batch (drawn later, annotated before any system was run on it;
drawing more picks does not change the earlier ones: each article's draws happen in shuffle order).

The corpus README asks that article text not be copied into the repository, so the output holds
only the article id, its date and the UTF-8 *byte* offsets of the sentence in the article text
(the unit of reckon's spans); the sentences are printed on standard output for annotating.

Usage: python3 sample.py CORPUS.jsonl.gz OUTDIR [--n 80] [--seed 2026]
(the committed sets: `--n 80 --seed 2026` -> OUTDIR/dev.sample.jsonl (picks 0..79),
OUTDIR/test.sample.jsonl (80..159), OUTDIR/test2.sample.jsonl (160..239))
"""

import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../xtask/py"))
import reckon_corpus  # noqa: E402

NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|percent)\b",
    re.IGNORECASE,
)
ARBITRARY_SHARE = 0.15
BATCHES = ("dev", "test", "test2")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("outdir")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    articles = [(i, r.get("date") or "", r["text"]) for i, r in reckon_corpus.articles(args.corpus)]
    articles.sort(key=lambda a: int(a[0].rsplit("-", 1)[1]))
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    seen_text = set()
    out = []
    for doc_id, date, text in articles:
        if len(out) == len(BATCHES) * args.n:
            break
        if text in seen_text:  # the corpus holds a few exact duplicates
            continue
        seen_text.add(text)
        # The claims set also splits before a digit (reckon_corpus's docstring says why both).
        cands = reckon_corpus.candidate_sentences(text, digits=True)
        arbitrary = rng.random() < ARBITRARY_SHARE
        if not arbitrary:
            cands = [c for c in cands if re.search(r"[0-9]", c[1]) or NUMBER_WORD.search(c[1])]
        if not cands:
            continue
        o, s = rng.choice(cands)
        b = len(text[:o].encode("utf-8"))
        e = b + len(s.encode("utf-8"))
        out.append({"id": doc_id, "date": date[:10], "start": b, "end": e,
                    "arbitrary": arbitrary})
        print(len(out) - 1, doc_id, date[:10], "ARB" if arbitrary else "", s)
    for k, name in enumerate(BATCHES):
        part = out[k * args.n : (k + 1) * args.n]
        with open(f"{args.outdir}/{name}.sample.jsonl", "w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
