#!/usr/bin/env python3
"""Propose frame verdicts (attribution, place, time) for reckon claims against a blind gold.

Usage: python3 compare.py gold.jsonl CLAIMS.jsonl [--strict-ranges]

gold.jsonl: one object per sheet claim (lines starting with `//` are a header, skipped)
  {"n", "doc_id", "start", "kind", "quantity", "source", "place", "time", "unsure", "note"}
CLAIMS.jsonl: reckon's claims.jsonl; only lines with a "claim" key are read; a claim is keyed by
  (doc_id, claim.quantity.span.start) and its fields are claim.frame.attribution.source,
  claim.frame.place and claim.frame.time.iso (any of them may be absent or null).

Verdicts per field (proposals; a human settles every `check`):
  -      gold empty and output empty (or the field is not judged for this claim)
  miss   gold set, output empty
  wrong  gold empty, output set
  ok     both set and they match after normalising
  check  both set, no automatic match
Place is judged only for the kinds count/percent/fraction/money; time for every kind except
date and time (clock); a gold claim with quantity false gets `-` everywhere. A gold claim with no
output claim at its key is reported as `vanished`.

Matching:
  source: case, leading articles and trailing punctuation ignored; ok when the head word (last word
          before a post-modifier such as "of/for/in/from/by" or a comma) of one is a word of the
          other's pre-modifier core; for a gold source headed by a document noun ("a statement
          from the White House", "a report published by X"), the head of the named author is
          accepted too.
  place:  same normalising; ok when equal or one is a contiguous word sequence of the other.
  time:   ok when the ISO strings are equal, or the output lies inside the gold day/month/year or
          window and is given at the gold granularity (a single date inside a gold window is ok
          as the brief asks; with --strict-ranges it is a `check`, since the guidelines want the
          range itself). An output finer than the gold (a day inside a gold month) is a `check`.
Stdlib only.
"""
import calendar
import datetime as dt
import json
import re
import sys

PLACE_KINDS = {"count", "percent", "fraction", "money"}
NO_TIME_KINDS = {"date", "time"}
ARTICLES = {"the", "a", "an"}
POSTMOD = {"of", "for", "in", "at", "on", "from", "by", "with", "to", "published", "released",
           "who", "which", "that"}
DOC_NOUNS = {"statement", "statements", "report", "reports", "statistics", "figures", "figure",
             "data", "estimate", "estimates", "survey", "study", "findings", "analysis",
             "release", "count", "tally"}


# ---------------------------------------------------------------- normalising
def norm_text(s):
    s = s.strip().lower()
    s = s.replace("\u2019", "'")
    s = re.sub(r"^[\s\"'(\[]+|[\s\"'.,;:!?)\]]+$", "", s)
    words = s.split()
    while words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def word_key(w):
    w = w.strip(".,;:!?\"'()[]").lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


def words(s):
    return [word_key(w) for w in norm_text(s).replace(",", " , ").split() if word_key(w) or w == ","]


def core_and_head(s):
    """Pre-modifier core (list of word keys) and head word of a noun phrase."""
    ws = words(s)
    core = []
    for w in ws:
        if w == "," or w in POSTMOD:
            break
        core.append(w)
    if not core:
        core = [w for w in ws if w != ","]
    return core, (core[-1] if core else "")


def tail_phrase_head(s):
    """Head of the phrase after from/by/of (the author named after a document noun)."""
    ws = [w for w in words(s) if w != ","]
    for i, w in enumerate(ws):
        if w in ("from", "by", "of") and i + 1 < len(ws):
            rest = [x for x in ws[i + 1:] if x not in ARTICLES]
            if rest:
                return rest[-1], set(rest)
    return None, set()


def match_source(gold, out):
    g_core, g_head = core_and_head(gold)
    o_core, o_head = core_and_head(out)
    if not g_head or not o_head:
        return False
    if norm_text(gold) == norm_text(out):
        return True
    if g_head in o_core or o_head in g_core:
        return True
    if g_head in DOC_NOUNS:
        # "a statement from the White House" ~ "White House"; "the association's statistics" ~ ...
        t_head, t_words = tail_phrase_head(gold)
        if t_head and (t_head in o_core or o_head in t_words):
            return True
        if len(g_core) > 1 and (o_head in g_core[:-1]):
            return True
    return False


PLACE_ALIASES = {
    "u.s.": "united states", "us": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "united states of america": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom",
}


def place_words(s):
    n = norm_text(s)
    n = PLACE_ALIASES.get(n, n)
    return [w for w in words(n) if w != ","]


def match_place(gold, out):
    g = place_words(gold)
    o = place_words(out)
    if not g or not o:
        return False
    if g == o:
        return True

    def contains(a, b):  # b is a contiguous sub-sequence of a
        return any(a[i:i + len(b)] == b for i in range(len(a) - len(b) + 1))

    return contains(g, o) or contains(o, g)


# ---------------------------------------------------------------- dates
GRAN_ORDER = {"year": 0, "month": 1, "week": 2, "day": 3, "minute": 4}


def parse_point(s):
    """One ISO date-ish string -> (first_day, last_day, granularity) or None."""
    s = s.strip()
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    m = re.fullmatch(r"(\d{4})-(\d{2})", s)
    if m:
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    m = re.fullmatch(r"(\d{4})-W(\d{2})", s)
    if m:
        d0 = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return d0, d0 + dt.timedelta(days=6), "week"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "day"
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})", s)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "minute"
    return None


def parse_iso(s):
    """ISO point or window 'A/B' -> (lo, hi, granularity, is_window) or None."""
    if not isinstance(s, str) or not s.strip():
        return None
    s = s.strip()
    if "/" in s:
        a, b = s.split("/", 1)
        pa, pb = parse_point(a), parse_point(b)
        if not pa or not pb:
            return None
        gran = pa[2] if GRAN_ORDER[pa[2]] >= GRAN_ORDER[pb[2]] else pb[2]
        return pa[0], pb[1], gran, True
    p = parse_point(s)
    if not p:
        return None
    return p[0], p[1], p[2], False


def match_time(gold, out, strict_ranges=False):
    """'ok' or 'check' (both set)."""
    if gold.strip() == out.strip():
        return "ok"
    g, o = parse_iso(gold), parse_iso(out)
    if not g or not o:
        return "check"
    g_lo, g_hi, g_gran, g_win = g
    o_lo, o_hi, o_gran, o_win = o
    if not g_win and not o_win and (g_lo, g_hi) == (o_lo, o_hi):
        return "ok"
    inside = g_lo <= o_lo and o_hi <= g_hi
    if not inside:
        return "check"
    if GRAN_ORDER[o_gran] > GRAN_ORDER[g_gran]:
        return "check"  # finer than the text gives: a human decides
    if g_win and not o_win and strict_ranges:
        return "check"  # one point of a stated range
    if o_gran == g_gran:
        return "ok"
    return "check"


# ---------------------------------------------------------------- reading
def get(d, *path):
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def as_text(v):
    """A frame field may be a string or an object holding one."""
    if v is None:
        return None
    if isinstance(v, str):
        return v if v.strip() else None
    if isinstance(v, dict):
        for k in ("text", "name", "source", "iso", "place"):
            if isinstance(v.get(k), str) and v[k].strip():
                return v[k]
    return None


def load_claims(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                print(f"warning: {path}:{ln}: not JSON, skipped", file=sys.stderr)
                continue
            claim = rec.get("claim") if isinstance(rec, dict) else None
            if not isinstance(claim, dict):
                continue
            doc = rec.get("doc_id")
            start = get(claim, "quantity", "span", "start")
            if doc is None or start is None:
                continue
            frame = claim.get("frame") or {}
            time_v = frame.get("time") if isinstance(frame, dict) else None
            out[(doc, int(start))] = {
                "source": as_text(get(frame, "attribution", "source")),
                "place": as_text(frame.get("place") if isinstance(frame, dict) else None),
                "time": as_text(time_v.get("iso")) if isinstance(time_v, dict) else as_text(time_v),
                "kind": get(claim, "quantity", "kind"),
            }
    return out


def verdict(gold_v, out_v, matcher):
    g = gold_v if isinstance(gold_v, str) and gold_v.strip() else None
    o = out_v if isinstance(out_v, str) and out_v.strip() else None
    if g is None and o is None:
        return "-"
    if o is None:
        return "miss"
    if g is None:
        return "wrong"
    r = matcher(g, o)
    if r is True:
        return "ok"
    if r is False:
        return "check"
    return r


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    strict = "--strict-ranges" in argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    # `//` lines are the gold file's header (seed, run, annotator), as judge.py reads them
    gold = [
        json.loads(l)
        for l in open(args[0], encoding="utf-8")
        if l.strip() and not l.lstrip().startswith("//")
    ]
    claims = load_claims(args[1])

    fields = ("A", "P", "T")
    tally = {f: {"ok": 0, "wrong": 0, "miss": 0, "check": 0} for f in fields}
    vanished = []
    kind_diff = 0
    for g in gold:
        key = (g["doc_id"], int(g["start"]))
        o = claims.get(key)
        n = g["n"]
        if o is None:
            vanished.append(n)
            print(f"#{n} vanished | {g['doc_id']} start={g['start']} kind={g['kind']}")
            continue
        kind = g.get("kind")
        if o.get("kind") and kind and o["kind"] != kind:
            kind_diff += 1
        if not g.get("quantity", True):
            continue
        v = {
            "A": verdict(g.get("source"), o["source"], match_source),
            "P": verdict(g.get("place"), o["place"], match_place) if kind in PLACE_KINDS else "-",
            "T": (verdict(g.get("time"), o["time"], lambda a, b: match_time(a, b, strict))
                  if kind not in NO_TIME_KINDS else "-"),
        }
        for f in fields:
            if v[f] != "-":
                tally[f][v[f]] += 1
        if any(v[f] != "-" for f in fields):
            def show(src, pl, tm):
                return f"A={src!r} P={pl!r} T={tm!r}"
            uns = f" unsure={','.join(g['unsure'])}" if g.get("unsure") else ""
            print(f"#{n} A={v['A']} P={v['P']} T={v['T']} | gold: "
                  f"{show(g.get('source'), g.get('place'), g.get('time'))}{uns} | out: "
                  f"{show(o['source'], o['place'], o['time'])}")

    print()
    print(f"gold claims: {len(gold)}, matched: {len(gold) - len(vanished)}, vanished: {len(vanished)}"
          + (f" ({', '.join('#%d' % x for x in vanished)})" if vanished else ""))
    if kind_diff:
        print(f"kind differs from the sheet for {kind_diff} claims (gold kind used)")
    names = {"A": "attribution", "P": "place", "T": "time"}
    for f in fields:
        t = tally[f]
        present = t["ok"] + t["wrong"] + t["miss"] + t["check"]
        lo = t["ok"] / present if present else 0.0
        hi = (t["ok"] + t["check"]) / present if present else 0.0
        print(f"{names[f]:12s} ok={t['ok']:3d} wrong={t['wrong']:3d} miss={t['miss']:3d} "
              f"check={t['check']:3d}  score={lo:.3f}..{hi:.3f} (checks all wrong..all ok)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
