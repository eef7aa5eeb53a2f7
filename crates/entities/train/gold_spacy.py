"""spaCy side of the gold evaluation in `cargo xtask compare-entities`.

Runs en_core_web_sm 3.8 (NER only, as in label.py) on each sentence of the hand-annotated gold files
(the sentence text is read from the corpus: the gold files hold offsets only; for the independent
batches `indep-*.jsonl` that corpus is the one `indep_gold.py corpus` writes from ../shared) and writes its
mentions: one JSON line per sentence, {"id": "ARTICLE@START", "ents": [[start, end, label], ...]}
(character offsets into the sentence). Scoring is done by the Rust `evaluate` example for both
systems the same way.

With --article, spaCy reads each sentence's whole article and its mentions inside the sentence are
written (the recogniser's side of the same option: `evaluate --article`).

Usage: gold_spacy.py [--article] OUT.jsonl CORPUS.jsonl.gz GOLD.jsonl [GOLD.jsonl ...]
"""

import hashlib
import json
import os
import sys

from label import KEEP, load_model

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../xtask/py"))
import reckon_corpus  # noqa: E402


def main() -> None:
    args = sys.argv[1:]
    article = "--article" in args
    args = [a for a in args if a != "--article"]
    out, corpus, golds = args[0], args[1], args[2:]
    rows = reckon_corpus.read_jsonl(golds)
    texts = reckon_corpus.texts(corpus, {r["id"] for r in rows})
    sentences = []
    for r in rows:
        s = texts[r["id"]][r["start"] : r["end"]]
        # The independent batches carry the sentence's SHA-256: a changed corpus must not be scored.
        if "sha256" in r and hashlib.sha256(s.encode("utf-8")).hexdigest() != r["sha256"]:
            sys.exit(f"gold {r['id']}@{r['start']}: the sentence's hash differs (corpus changed?)")
        sentences.append(s)
    nlp = load_model()
    if article:
        ids = sorted({r["id"] for r in rows})
        docs = dict(zip(ids, nlp.pipe(texts[i] for i in ids)))
        found = []
        for r in rows:
            a, b = r["start"], r["end"]
            found.append(
                [
                    [e.start_char - a, e.end_char - a, e.label_]
                    for e in docs[r["id"]].ents
                    if e.label_ in KEEP and e.start_char >= a and e.end_char <= b
                ]
            )
    else:
        found = [
            [[e.start_char, e.end_char, e.label_] for e in doc.ents if e.label_ in KEEP]
            for doc in nlp.pipe(sentences)
        ]
    with open(out, "w", encoding="utf-8") as f:
        for r, ents in zip(rows, found):
            f.write(json.dumps({"id": f"{r['id']}@{r['start']}", "ents": ents}) + "\n")


if __name__ == "__main__":
    main()
