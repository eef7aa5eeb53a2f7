#!/usr/bin/env python3
"""Speed of reckon-html beside trafilatura (Python, from PyPI) on the same pages, one core each,
in the same run. Creates a venv under target/ with trafilatura on first use.

    python3 crates/html/scripts/speed.py [--corpus DIR] [--rounds N] [--reckon BIN] [--extractors A,B]

BIN is the html_speed example; by default target/release/examples/html_speed, built by
`cargo build --profile bench -p reckon-html --example html_speed` (thin LTO; the bench profile
writes to target/release). Debug builds are several times slower and say nothing about speed.
--extractors (default reckon,reckon-readability,reckon-trafilatura,dom_smoothie) are the
example's EXTRACTOR names, each timed on the same pages right after trafilatura: `reckon` is
`reckon_html::extract` as shipped (`Extractor::Auto`), the `reckon-` ones the same with one
extractor forced, `dom_smoothie` the bare crate on the bytes (no charset, dates or checks).
--baseline BIN (repeatable) times `reckon` of another build of the example too (a copy kept from
before a change), in the same run: a change is judged against it, not against an older run.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "article-extraction")
VENV = os.path.join(ROOT, "target", "venv-trafilatura")

PY_BENCH = r'''
import gzip, json, os, sys, time
import trafilatura
d = sys.argv[1]; rounds = int(sys.argv[2])
pages = [gzip.open(os.path.join(d, f)).read() for f in sorted(os.listdir(d)) if f.endswith(".html.gz")]
t = time.process_time(); w = time.perf_counter(); words = 0
for _ in range(rounds):
    for p in pages:
        out = trafilatura.extract(p.decode("utf-8", "replace"))
        words += len((out or "").split())
s = time.process_time() - t; wall = time.perf_counter() - w
n = len(pages) * rounds; b = sum(map(len, pages)) * rounds
print(json.dumps({"extractor": "trafilatura " + trafilatura.__version__, "pages": n, "bytes": b,
                  "cpu_seconds": round(s, 3), "wall_seconds": round(wall, 3), "pages_per_s": round(n / s, 1), "mb_per_s": round(b / 1e6 / s, 2), "words": words}))
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.environ.get("RECKON_ARTICLE_CORPUS", DEFAULT_CORPUS))
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--reckon", default=os.path.join(ROOT, "target", "release", "examples", "html_speed"))
    ap.add_argument("--extractors", default="reckon,reckon-readability,reckon-trafilatura,dom_smoothie")
    ap.add_argument("--baseline", action="append", default=[])
    a = ap.parse_args()
    pages = os.path.join(a.corpus, "html")
    if not os.path.isdir(pages):
        sys.exit(f"speed.py: no benchmark at {a.corpus}; skipped")
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        # lxml 6 moved lxml.html.clean out; trafilatura 2.x still imports it.
        subprocess.run([py, "-m", "pip", "install", "-q", "trafilatura", "lxml_html_clean"], check=True)
    env = dict(os.environ, OMP_NUM_THREADS="1")
    tr = json.loads(subprocess.run(["taskset", "-c", "0", py, "-c", PY_BENCH, pages, str(a.rounds)],
                                   check=True, capture_output=True, text=True, env=env).stdout)
    print(json.dumps(tr))
    runs = [(a.reckon, name, name) for name in a.extractors.split(",")]
    runs += [(b, "reckon", f"reckon ({b})") for b in a.baseline]
    for binary, name, label in runs:
        rs = json.loads(subprocess.run(["taskset", "-c", "0", binary, pages, str(a.rounds), name],
                                       check=True, capture_output=True, text=True).stdout)
        print(json.dumps(rs))
        print(f"speed.py: {label} {rs['pages_per_s']} pages/s, {tr['extractor']} {tr['pages_per_s']} pages/s "
              f"per CPU second on one core: {rs['pages_per_s'] / tr['pages_per_s']:.1f}x")


if __name__ == "__main__":
    main()
