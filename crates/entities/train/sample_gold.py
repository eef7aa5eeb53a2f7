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
import gzip
import json
import random
import re

from label import split_of

SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘]?[A-Z])")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    articles = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("text") and split_of(str(r["id"])) == "test":
                articles.append((str(r["id"]), r["text"]))
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    out = []
    for doc_id, text in articles:
        if len(out) == args.n:
            break
        sentences = []
        start = 0
        for m in SENTENCE_END.finditer(text):
            sentences.append((start, text[start : m.start()]))
            start = m.end()
        sentences.append((start, text[start:]))
        sentences = [
            (o, s.strip()) for o, s in sentences if 8 <= len(s.split()) <= 60 and "\n" not in s.strip()
        ]
        if sentences:
            o, s = rng.choice(sentences)
            start = text.index(s, o)
            out.append({"id": doc_id, "start": start, "end": start + len(s)})
            print(len(out) - 1, s)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
