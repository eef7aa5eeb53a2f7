"""Runs Microsoft Recognizers-Text for Python (a peer, PyPI `recognizers-text-suite` 1.0.2a2,
which needs `emoji<2`) on the gold sentences and writes its mentions in the gold's shape, for
`evaluate_gold --peer FILE`.

Each sentence is recognised alone, dates against the article date (noon) as the reference. The
models' results are merged: age, currency, percentage, dimension, date/time, ordinal, number, in
that order of precedence, a result overlapping one already kept is dropped. Mapping: a datetime
`duration` becomes a duration (`P3Y` = 3 year); `date`/`daterange`/`time`/`datetime` a date or
time (of several resolutions, the latest not after the reference, else the first; the timex gives
the granularity: `2016` year, `2017-02` month, `2017-W11` week, a day, a time to the minute);
other datetime kinds (sets, ranges of times) keep their timex and do not match. The Python port
has no number-range model, so every number is exact and no modifier becomes a bound.

Usage: python peer_recognizers.py CORPUS.jsonl.gz OUT.jsonl [GOLD.jsonl ...]
"""

import datetime
import json
import re
import warnings

import peer_common

warnings.filterwarnings("ignore")
import recognizers_suite as rs  # noqa: E402

CULTURE = rs.Culture.English
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
CURRENCY = {"dollar": "USD", "united states dollar": "USD", "euro": "EUR", "british pound": "GBP",
            "pound": "GBP", "chinese yuan": "CNY", "japanese yen": "JPY", "russian ruble": "RUB"}


def num(s):
    f = float(str(s).replace(",", "").rstrip("%"))
    return int(f) if f.is_integer() and abs(f) < 1e15 else f


def exact(v):
    b = {"value": v, "inclusive": True}
    return {"low": b, "high": b, "approximate": False}


def pick(values, ref):
    """Of several resolutions, the latest not after the reference, else the first."""
    def when(v):
        s = v.get("value") or v.get("start") or ""
        try:
            return datetime.datetime.fromisoformat(s[:19])
        except ValueError:
            return None
    past = [v for v in values if when(v) is not None and when(v) <= ref]
    return max(past, key=when) if past else values[0]


def datetime_mention(r, ref):
    values = (r.resolution or {}).get("values") or []
    if not values:
        return None
    v = pick(values, ref)
    timex, typ = v.get("timex", ""), v.get("type", "")
    if typ == "duration":
        m = re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])", timex) or None
        if m:
            return {"kind": "duration", "value": exact(num(m.group(1))),
                    "unit": DURATION_UNITS[m.group(2)]}
        m = re.fullmatch(r"PT(\d+(?:\.\d+)?)([HMS])", timex)
        if m:
            return {"kind": "duration", "value": exact(num(m.group(1))),
                    "unit": TIME_UNITS[m.group(2)]}
        return None
    if typ == "date" and v.get("value"):
        return {"kind": "date", "time": {"iso": v["value"][:10], "granularity": "day"}}
    if typ == "datetime" and v.get("value"):
        return {"kind": "time", "time": {"iso": v["value"][:16].replace(" ", "T"),
                                         "granularity": "minute"}}
    if typ == "time" and v.get("value"):
        return {"kind": "time", "time": {"iso": ref.date().isoformat() + "T" + v["value"][:5],
                                         "granularity": "minute"}}
    if typ == "daterange":
        start = v.get("start", "")
        if re.fullmatch(r"\d{4}", timex):
            return {"kind": "date", "time": {"iso": timex, "granularity": "year"}}
        if re.fullmatch(r"\d{4}-W\d{2}", timex):
            return {"kind": "date", "time": {"iso": timex, "granularity": "week"}}
        if re.fullmatch(r"(\d{4}|XXXX)-\d{2}", timex) and start:
            return {"kind": "date", "time": {"iso": start[:7], "granularity": "month"}}
    return {"kind": "date", "time": {"iso": timex, "granularity": typ or "other"}}


def results(sentence, ref):
    out = []  # (precedence, start, end, fields)
    for prec, fn in enumerate([rs.recognize_age, rs.recognize_currency,
                               rs.recognize_percentage, rs.recognize_dimension, None,
                               rs.recognize_ordinal, rs.recognize_number]):
        if fn is None:
            for r in rs.recognize_datetime(sentence, CULTURE, reference=ref):
                f = datetime_mention(r, ref)
                if f:
                    out.append((prec, r.start, r.end + 1, f))
            continue
        for r in fn(sentence, CULTURE):
            res = r.resolution or {}
            try:
                v = num(res.get("value"))
            except (TypeError, ValueError):
                continue
            f = {"value": exact(v)}
            if fn is rs.recognize_age:
                f.update(kind="age", unit=(res.get("unit") or "year").lower())
            elif fn is rs.recognize_currency:
                unit = res.get("isoCurrency") or CURRENCY.get((res.get("unit") or "").lower())
                f.update(kind="money", unit=unit or res.get("unit"))
            elif fn is rs.recognize_percentage:
                f.update(kind="percent", unit="%")
            elif fn is rs.recognize_dimension:
                f.update(kind="dimension", unit=res.get("unit"))
            elif fn is rs.recognize_ordinal:
                f.update(kind="ordinal")
            else:
                f.update(kind="count")
            out.append((prec, r.start, r.end + 1, f))
    kept = []
    for prec, a, b, f in sorted(out, key=lambda x: (x[0], x[1] - x[2])):
        if all(b <= ka or a >= kb for _, ka, kb, _ in kept):
            kept.append((prec, a, b, f))
    kept.sort(key=lambda x: x[1])
    ms = []
    for _, a, b, f in kept:
        m = {"start": len(sentence[:a].encode("utf-8")), "end": len(sentence[:b].encode("utf-8")),
             "text": sentence[a:b]}
        m.update(f)
        ms.append(m)
    return ms


def annotate(sentence, s):
    ref = datetime.datetime.fromisoformat(s["date"]) + datetime.timedelta(hours=12)
    return results(sentence, ref)


if __name__ == "__main__":
    peer_common.run(annotate)
