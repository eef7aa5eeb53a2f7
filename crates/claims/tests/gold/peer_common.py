"""What every peer script shares: read the gold sentences and their text from the corpus, and
write one JSONL line of the peer's mentions per sentence, for `evaluate_gold --peer FILE`.

Usage of a peer script: python peer_X.py CORPUS.jsonl.gz OUT.jsonl [GOLD.jsonl ...]
"""

import gzip
import json
import os
import sys


def run(annotate):
    """`annotate(sentence, gold_sentence)` returns the peer's mentions of one sentence (byte
    offsets into the sentence, and the gold's fields)."""
    corpus, out = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    golds = sys.argv[3:] or [f"{here}/dev.jsonl", f"{here}/test.jsonl"]
    sents = [json.loads(l) for g in golds for l in open(g, encoding="utf-8")]
    ids = {s["id"] for s in sents}
    texts = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if str(r["id"]) in ids:
                texts[str(r["id"])] = r["text"].encode("utf-8")
    with open(out, "w", encoding="utf-8") as f:
        for s in sents:
            sentence = texts[s["id"]][s["start"]:s["end"]].decode("utf-8")
            ms = annotate(sentence, s)
            f.write(json.dumps({"id": s["id"], "start": s["start"], "mentions": ms}) + "\n")
