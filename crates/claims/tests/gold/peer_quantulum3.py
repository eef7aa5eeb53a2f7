"""Runs quantulum3 (a peer, PyPI `quantulum3[classifier]`) on the gold sentences and writes its
mentions in the gold's shape, for `evaluate_gold --peer FILE`.

Each sentence is parsed alone (quantulum3 has no article context and no dates). Mapping onto
our kinds: currency -> money (ISO code from the unit), percentage -> percent, a time unit ->
duration (unit: the calendar unit), dimensionless -> count, any other unit -> dimension (unit:
its first symbol, else its name). quantulum3 gives exact values only (no bounds, no
approximation), so every value is exact.

Usage (a venv under target/, see the crate README "Gold set"):
  python peer_quantulum3.py CORPUS.jsonl.gz OUT.jsonl [GOLD.jsonl ...]
"""

import json
import warnings

import peer_common

warnings.filterwarnings("ignore")
from quantulum3 import parser  # noqa: E402

TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}


def mention(sentence, q):
    a, b = q.span
    start = len(sentence[:a].encode("utf-8"))
    end = len(sentence[:b].encode("utf-8"))
    unit, entity = q.unit.name, q.unit.entity.name
    v = float(q.value)
    if v.is_integer():
        v = int(v)
    m = {"start": start, "end": end, "text": q.surface,
         "value": {"low": {"value": v, "inclusive": True},
                   "high": {"value": v, "inclusive": True}, "approximate": False}}
    if entity == "currency":
        m["kind"] = "money"
        m["unit"] = getattr(q.unit, "currency_code", None) or unit
    elif unit == "percentage":
        m["kind"] = "percent"
        m["unit"] = "%"
    elif entity == "time" and unit in TIME_UNITS:
        m["kind"] = "duration"
        m["unit"] = unit
    elif entity == "dimensionless":
        m["kind"] = "count"
    else:
        m["kind"] = "dimension"
        symbols = list(getattr(q.unit, "symbols", []) or [])
        m["unit"] = symbols[0] if symbols else unit
    return m


def annotate(sentence, s):
    return [mention(sentence, q) for q in parser.parse(sentence)]


if __name__ == "__main__":
    peer_common.run(annotate)
