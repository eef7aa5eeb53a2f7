"""What every peer script shares: read the gold sentences and their text from the corpus, and
write one JSONL line of the peer's mentions per sentence, for `evaluate_gold --peer FILE`.

Usage of a peer script: python peer_X.py CORPUS.jsonl.gz OUT.jsonl [GOLD.jsonl ...]
"""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../xtask/py"))
import reckon_corpus  # noqa: E402


def run(annotate):
    """`annotate(sentence, gold_sentence)` returns the peer's mentions of one sentence (byte
    offsets into the sentence, and the gold's fields)."""
    corpus, out = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    golds = sys.argv[3:] or [f"{here}/dev.jsonl", f"{here}/test.jsonl"]
    sents = reckon_corpus.read_jsonl(golds)
    ids = {s["id"] for s in sents}
    texts = {k: v.encode("utf-8") for k, v in reckon_corpus.texts(corpus, ids).items()}
    with open(out, "w", encoding="utf-8") as f:
        for s in sents:
            sentence = texts[s["id"]][s["start"]:s["end"]].decode("utf-8")
            ms = annotate(sentence, s)
            f.write(json.dumps({"id": s["id"], "start": s["start"], "mentions": ms}) + "\n")
