#!/usr/bin/env python3
"""Scores `reckon run --emit text` output on the article-extraction benchmark with the
benchmark's own scorer: copies the benchmark folder (not its pages) under target/, writes
output/reckon.json (documents matched to pages by URL) and runs evaluate.py there.

    python3 crates/html/scripts/score.py RECKON_OUTPUT.jsonl [--corpus DIR]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
# The repository's sibling folder shared/ (as CI lays it out).
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "article-extraction")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--corpus", default=os.environ.get("RECKON_ARTICLE_CORPUS", DEFAULT_CORPUS))
    ap.add_argument("--name", default="reckon")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.corpus, "evaluate.py")):
        sys.exit(f"score.py: no benchmark at {a.corpus}; skipped")
    work = os.path.join(ROOT, "target", "article-extraction")
    os.makedirs(os.path.join(work, "output"), exist_ok=True)
    for f in ("evaluate.py", "ground-truth.json"):
        shutil.copy(os.path.join(a.corpus, f), work)
    truth = json.load(open(os.path.join(a.corpus, "ground-truth.json")))
    by_url = {v["url"]: k for k, v in truth.items()}
    out, dated, errors = {}, {}, 0
    for line in open(a.output):
        rec = json.loads(line)
        if "error" in rec:
            errors += 1
            continue
        page = by_url.get(rec.get("url"))
        if page is None:
            continue
        out[page] = {"articleBody": rec.get("text", "")}
        src = rec.get("extra", {}).get("date_source")
        dated[src] = dated.get(src, 0) + 1
    for k in truth:
        out.setdefault(k, {"articleBody": ""})
    json.dump(out, open(os.path.join(work, "output", a.name + ".json"), "w"))
    print(f"score.py: {len(truth)} pages, {sum(1 for v in out.values() if v['articleBody'])} with text, "
          f"{errors} error records; date sources: {json.dumps(dated, sort_keys=True)}")
    subprocess.run([sys.executable, "evaluate.py"], cwd=work, check=True)


if __name__ == "__main__":
    main()
