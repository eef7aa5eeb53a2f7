"""spaCy side of `cargo xtask compare-entities`.

Runs en_core_web_sm 3.8 with only its NER enabled, on one process, over the held-out articles
(the same stable hash split as label.py), and writes:
- OUT.jsonl: {"id", "split": "test", "ents": [[start, end, label], ...]} (character offsets), the
  reference our recogniser is scored against;
- OUT.stats.json: wall and CPU seconds, articles, words (whitespace), spaCy tokens, peak RSS in MB.

Usage: compare_spacy.py CORPUS.jsonl.gz OUT.jsonl
"""

import json
import os
import resource
import sys
import time

from label import KEEP, load_model, split_of

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../xtask/py"))
import reckon_corpus  # noqa: E402


def main() -> None:
    corpus, out = sys.argv[1], sys.argv[2]
    records = [(i, r["text"]) for i, r in reckon_corpus.articles(corpus) if split_of(i) == "test"]
    nlp = load_model()
    words = sum(len(t.split()) for _, t in records)
    tokens = 0
    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((t for _, t in records), batch_size=32))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    with open(out, "w", encoding="utf-8") as f:
        for (doc_id, _), doc in zip(records, docs):
            tokens += len(doc)
            ents = [[e.start_char, e.end_char, e.label_] for e in doc.ents if e.label_ in KEEP]
            f.write(json.dumps({"id": doc_id, "split": "test", "ents": ents}) + "\n")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats = {"seconds": dt, "cpu_seconds": cpu, "articles": len(records), "words": words, "tokens": tokens, "peak_rss_mb": rss_mb}
    with open(out.removesuffix(".jsonl") + ".stats.json", "w") as f:
        json.dump(stats, f)
    print(json.dumps(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
