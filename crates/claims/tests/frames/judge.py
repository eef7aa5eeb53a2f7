"""Turns a compact verdict table into a judged list and scores it.

Usage:
  python3 judge.py SHEET.txt VERDICTS.txt OUT.jsonl   (writes the judged list, prints the scores)
  python3 judge.py --score JUDGED.jsonl                (prints the scores of a judged list)

VERDICTS.txt has one line per judged claim whose fields are not all `-`:
  `#N A=ok P=- T=miss reason text` (N is the claim's number on the sheet; A attribution, P place,
  T time; verdicts `ok`, `wrong`, `miss`, `-`, see docs/judging/frames.md). Claims of the sheet not
  listed are judged `-` on all three fields. The judged list holds, per claim, the document id,
  the claim's byte start and index, the three verdicts and the short reason; no article text.
"""

import json
import re
import sys

FIELDS = {"A": "attribution", "P": "place", "T": "time"}
VERDICTS = {"ok", "wrong", "miss", "-"}


def score(rows):
    out = {}
    for f in FIELDS.values():
        c = {"ok": 0, "wrong": 0, "miss": 0}
        for r in rows:
            if r[f] in c:
                c[r[f]] += 1
        n = sum(c.values())
        out[f] = (c["ok"], n, c["wrong"], c["miss"])
    return out


def show(rows):
    print(f"{len(rows)} claims judged")
    for f, (ok, n, wrong, miss) in score(rows).items():
        pct = f"{100 * ok / n:.1f}%" if n else "n/a"
        filled = ok + wrong
        prec = f"{100 * ok / filled:.1f}%" if filled else "n/a"
        print(
            f"  {f:12} {ok:3} / {n:3} correct where present ({pct}); wrong {wrong}, missed {miss};"
            f" correct where filled {ok}/{filled} ({prec})"
        )


def main():
    if sys.argv[1] == "--score":
        with open(sys.argv[2], encoding="utf-8") as f:
            show([json.loads(l) for l in f])
        return
    sheet, verdicts, out = sys.argv[1:4]
    head = re.compile(r"^#(\d+) (\S+) idx=(\d+) start=(\d+)")
    claims = []
    with open(sheet, encoding="utf-8") as f:
        for line in f:
            m = head.match(line)
            if m:
                claims.append((m.group(2), int(m.group(4)), int(m.group(3))))
    rows = [
        {"doc_id": d, "start": s, "index": i, "attribution": "-", "place": "-", "time": "-", "reason": ""}
        for d, s, i in claims
    ]
    with open(verdicts, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            m = re.match(r"^#(\d+)((?: [APT]=\S+)+)\s*(.*)$", line)
            if not m:
                raise SystemExit(f"bad verdict line: {line}")
            r = rows[int(m.group(1))]
            for part in m.group(2).split():
                k, v = part.split("=")
                if v not in VERDICTS:
                    raise SystemExit(f"bad verdict {v}: {line}")
                r[FIELDS[k]] = v
            r["reason"] = m.group(3)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    show(rows)


if __name__ == "__main__":
    main()
