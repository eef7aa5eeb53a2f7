"""Builds the gold files (dev.jsonl, test.jsonl, test2.jsonl) from the samples and the hand annotations.

Reads NAME.sample.jsonl (from sample.py) and NAME.ann (written by hand, see its header and
GUIDELINES.md), finds each annotated surface in the sentence (read from the corpus, whole-word
occurrence, `@N` for the N-th), and writes NAME.jsonl: one sentence a line,
  {"id", "date", "start", "end", "arbitrary",
   "mentions": [{"start", "end", "text", "kind", "value"?, "unit"?, "time"?}]}
with the sentence's UTF-8 byte offsets in the article text and the mentions' byte offsets
relative to the sentence start. `value` is {"low": {"value", "inclusive"} | null, "high": ...,
"approximate"} (the shape of reckon_claims::Value); `time` is {"iso", "granularity"}.

Usage: python3 build.py CORPUS.jsonl.gz [DIR]   (DIR defaults to this file's folder)
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../xtask/py"))
import reckon_corpus  # noqa: E402

KINDS = {"count", "fraction", "ordinal", "percent", "money", "dimension", "age", "duration",
         "date", "time"}
NUM = r"-?[0-9.e+]+"
INTERVAL = re.compile(rf"^(~?)([\[(])({NUM})?,({NUM})?([\])])$")
EXACT = re.compile(rf"^(~?)({NUM})$")


def number(s):
    f = float(s)
    return int(f) if f.is_integer() and abs(f) < 1e15 else f


def parse_value(v):
    m = EXACT.match(v)
    if m:
        b = {"value": number(m.group(2)), "inclusive": True}
        return {"low": b, "high": b, "approximate": m.group(1) == "~"}
    m = INTERVAL.match(v)
    if not m:
        raise ValueError(f"bad value {v!r}")
    approx, lb, lo, hi, hb = m.groups()
    return {
        "low": None if lo is None else {"value": number(lo), "inclusive": lb == "["},
        "high": None if hi is None else {"value": number(hi), "inclusive": hb == "]"},
        "approximate": approx == "~",
    }


def granularity(iso):
    iso = iso.split("/")[0]
    if "T" in iso:
        return "minute"
    if re.fullmatch(r"\d{3}", iso):
        return "decade"
    if re.fullmatch(r"\d{4}", iso):
        return "year"
    if re.fullmatch(r"\d{4}-W\d{2}", iso):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", iso):
        return "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return "day"
    raise ValueError(f"bad ISO date {iso!r}")


def read_ann(path):
    blocks = {}
    cur = None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("## "):
            cur = int(line[3:])
            blocks[cur] = []
        elif line.startswith("#") or not line.strip():
            continue
        else:
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) not in (3, 4) or parts[1] not in KINDS:
                raise ValueError(f"{path}:{n}: bad line {line!r}")
            blocks[cur].append((n, parts))
    return blocks


def find(sentence, surface, nth):
    pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(surface) + r"(?![A-Za-z0-9])")
    hits = list(pat.finditer(sentence))
    if len(hits) < nth:
        raise ValueError(f"{surface!r} (occurrence {nth}) not in {sentence!r}")
    return hits[nth - 1].start()


def mention(sent, parts, granularity=granularity):
    """One annotation line's fields (`surface[@n]`, kind, value[, unit]) as a gold mention of
    the sentence `sent`, with byte offsets; `granularity` names the precision of a date."""
    surface, kind, value = parts[:3]
    nth = 1
    if "@" in surface:
        surface, k = surface.rsplit("@", 1)
        nth = int(k)
    c = find(sent, surface, nth)
    b = len(sent[:c].encode("utf-8"))
    m = {"start": b, "end": b + len(surface.encode("utf-8")), "text": surface, "kind": kind}
    if kind in ("date", "time"):
        m["time"] = {"iso": value, "granularity": granularity(value)}
    else:
        m["value"] = parse_value(value)
        if len(parts) == 4:
            m["unit"] = parts[3]
        elif kind == "percent":
            m["unit"] = "%"
    return m


def main():
    corpus = sys.argv[1]
    d = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    texts = {k: v.encode("utf-8") for k, v in reckon_corpus.texts(corpus).items()}
    base = 0
    for name in ("dev", "test", "test2"):  # block numbers run on: 0..79, 80..159, 160..239
        samples = [json.loads(l) for l in open(f"{d}/{name}.sample.jsonl", encoding="utf-8")]
        blocks = read_ann(f"{d}/{name}.ann")
        if sorted(blocks) != list(range(base, base + len(samples))):
            raise ValueError(f"{name}.ann: blocks must be {base}..{base + len(samples) - 1}")
        with open(f"{d}/{name}.jsonl", "w", encoding="utf-8") as out:
            for i, s in enumerate(samples):
                sent = texts[s["id"]][s["start"]:s["end"]].decode("utf-8")
                mentions = []
                for n, parts in blocks[base + i]:
                    mentions.append(mention(sent, parts))
                mentions.sort(key=lambda m: m["start"])
                s = dict(s, mentions=mentions)
                out.write(json.dumps(s, ensure_ascii=False) + "\n")
        base += len(samples)
        print(name, len(samples), "sentences,", sum(len(b) for b in blocks.values()), "mentions")


if __name__ == "__main__":
    main()
