"""Samples the sentences of the hand-annotated gold set (crates/entities/tests/gold/).

Held-out articles only (the same stable hash split as label.py, so no sentence was seen in
training), one sentence per article, 8 to 60 words, chosen with a fixed seed; the sentences are then
annotated by hand (see the README: OntoNotes 5 guidelines, the 11 non-numeric labels).

Writes one JSON line per sentence, {"id": ARTICLE_ID, "start": S, "end": E} (character offsets of
the sentence in the article's text: the corpus README asks that its text not be copied into the
repository, so the gold files hold offsets and the annotated names only), and prints the sentences
on standard output for annotating.
Usage: sample_gold.py CORPUS.jsonl.gz OUT.jsonl [--n 60] [--seed 2026]
(the committed sets: `--n 120 --seed 2026`, lines 1-60 in news-60.jsonl, 61-120 in news-60b.jsonl)
"""

import argparse
import json
import os
import random
import sys

from label import split_of

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../xtask/py"))
import reckon_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    articles = [(i, r["text"]) for i, r in reckon_corpus.articles(args.corpus) if split_of(i) == "test"]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    out = []
    for doc_id, text in articles:
        if len(out) == args.n:
            break
        # Before a capital letter only (reckon_corpus's docstring says why this set differs).
        sentences = reckon_corpus.candidate_sentences(text, digits=False)
        if sentences:
            start, s = rng.choice(sentences)
            out.append({"id": doc_id, "start": start, "end": start + len(s)})
            print(len(out) - 1, s)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
