"""Draws random claims of a `reckon run` output for judging their frames by hand.

Usage:
  python3 sample.py CLAIMS.jsonl --seed S --n N [--exclude JUDGED.jsonl ...] > SHEET.txt
  python3 sample.py CLAIMS.jsonl --keys JUDGED.jsonl > SHEET.txt   (the same claims again, found
                                                                    by document id and byte span)

Every claim of the run is a candidate (all kinds, as in the issue 14 measurement); the draw is
`random.Random(seed).sample` over the claims sorted by (document id, index), so it depends only on
the run's output and the seed. `--exclude` drops claims (by document id and span start) already
judged in another sample, so a fresh sample never overlaps the development one.

The sheet (standard output) shows, per claim: the key, the document date, the quantity, the frame
fields reckon filled in (counted, event, place, time, attribution) and the sentence. The sheet is
for the judge's eyes only and is not committed (it quotes article text); the committed judged
list (`dev.judged.jsonl`, `fresh.judged.jsonl`) holds the key, the verdicts and a short reason.
"""

import argparse
import json
import random


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            # claims.jsonl also holds event and duplicate lines: only claim lines are drawn
            if "claim" in r:
                out.append(r)
    out.sort(key=lambda r: (r["doc_id"], r["claim"]["index"]))
    return out


def key_of(r):
    return (r["doc_id"], r["claim"]["quantity"]["span"]["start"])


def judged_keys(paths):
    keys = set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.startswith("//") or not line.strip():
                    continue  # a gold file's header
                j = json.loads(line)
                keys.add((j["doc_id"], j["start"]))
    return keys


def show(r, n):
    c = r["claim"]
    q, f = c["quantity"], c["frame"]
    att = f.get("attribution", {}).get("source") if f.get("attribution") else None
    time = f.get("time", {}).get("iso") if f.get("time") else None
    qt = q.get("time", {}).get("iso") if q.get("time") else None
    print(f"#{n} {r['doc_id']} idx={c['index']} start={q['span']['start']} date={r['doc_date']}")
    print(f"  Q: {q['text']!r} kind={q['kind']}" + (f" qtime={qt}" if qt else ""))
    print(
        f"  F: counted={f.get('counted')} event={f.get('event')} place={f.get('place')} "
        f"time={time} by={att!r}"
    )
    print(f"  S: {r['sentence_text']}")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--keys")
    a = ap.parse_args()
    rows = load(a.claims)
    if a.keys:
        want = []
        with open(a.keys, encoding="utf-8") as f:
            for line in f:
                j = json.loads(line)
                want.append((j["doc_id"], j["start"]))
        by = {key_of(r): r for r in rows}
        for n, k in enumerate(want):
            if k in by:
                show(by[k], n)
            else:
                print(f"#{n} {k[0]} start={k[1]}: no claim at this span any more\n")
        return
    skip = judged_keys(a.exclude)
    rows = [r for r in rows if key_of(r) not in skip]
    for n, r in enumerate(random.Random(a.seed).sample(rows, a.n)):
        show(r, n)


if __name__ == "__main__":
    main()
