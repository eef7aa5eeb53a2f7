//! The time of a figure as of the day its source gave it (`..., according to a statement
//! released on Dec 13`), the parenthesis after a figure that does not end its clause, and the
//! cause clause of a dated event that shares its day.

use super::super::cues;
use super::super::saying::trailing_saying_date;
use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};

/// The tokens `from..to` of a short parenthesis that closes the clause ending after token `e`,
/// and the clause that resumes after it (up to, not including, `to`); `(0, 0)` when none.
pub(super) fn paren_after(ctx: &Context<'_>, clause: &[u32], e: usize) -> (usize, usize) {
    let n = clause.len();
    let Some(c) = e.checked_sub(1).map(|k| clause[k]) else {
        return (0, 0);
    };
    let Some(open) = (e..(e + 6).min(n)).find(|&k| clause[k] != c) else {
        return (0, 0);
    };
    if !ctx.is_punct(open, "(") {
        return (0, 0);
    }
    let s = ctx.sentence_of[open];
    let Some(close) = (open + 1..(open + 30).min(n))
        .take_while(|&k| ctx.sentence_of[k] == s && !ctx.is_punct(k, "("))
        .find(|&k| ctx.is_punct(k, ")"))
    else {
        return (0, 0);
    };
    if close + 1 >= n || !ctx.is_word(close + 1) || ctx.sentence_of[close + 1] != s {
        return (0, 0);
    }
    let resumed = clause[close + 1];
    let to = (close + 1..n).find(|&k| clause[k] != resumed).unwrap_or(n);
    (open, to)
}

/// True when the `after` at token `k`, before figure `qi`, opens a finite clause of the cause of a
/// dated event, with no date of its own (`Mr Kim died last week after two women accosted him`,
/// `landed safely in Sydney on Friday after one of its two propellers fell off`, `passed late on
/// Monday after peers voted by 274 votes to 118`): the cause came hours or days before, in the
/// day or the week the event's date names. Not a noun phrase (`resigned on 6 February after a
/// record 59 Tests at the helm`: a career), a participle (`after being plucked from two cable
/// cars`), nor a clause dated itself (`after 51.9 percent voted in a referendum last June`). The
/// clause is read up to its end or 16 tokens.
pub(super) fn cause_clause(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    k: usize,
) -> bool {
    let n = clause.len();
    let end = (k + 1..(k + 17).min(n))
        .find(|&t| clause[t] != clause[k])
        .unwrap_or((k + 17).min(n));
    let next = ctx.lower(k + 1);
    if next.ends_with("ing") || next == "a" || next == "an" {
        return false;
    }
    let finite = (k + 1..end).any(|t| {
        let w = ctx.lower(t);
        ctx.is_word(t)
            && !ctx.capitalized(t)
            && (matches!(w, "was" | "were" | "had" | "has" | "have")
                || w.len() > 4 && w.ends_with("ed")
                || cues::irregular_past(w))
    });
    let dated = qs[qi + 1..]
        .iter()
        .take_while(|x| x.start < end)
        .any(|x| matches!(x.kind, QuantityKind::Date | QuantityKind::Time));
    finite && !dated
}

/// `more than 1,100 officials have been summoned ..., according to a statement released on Dec
/// 13`, `"This is the second time we've seen it," said X in a statement Thursday`: a figure with
/// no date of its own, in a clause of the present or present perfect, holds as of the day its
/// source gave it (the date inside the source's stretch `saying`, outside the figure's clause).
/// Not a figure of a past clause before its saying (`said on Thursday that he had not disclosed
/// $44m`; a trailing tag dates any tense but the future, `..., the company said Wednesday`), a duration,
/// an age, an earlier value after `from`, nor a date of the source's relative clause.
pub(super) fn said_then_holds(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    (a, b): (usize, usize),
) -> Option<TimeValue> {
    let q = &qs[qi];
    if a < q.end && a == b
        || matches!(q.kind, QuantityKind::Duration | QuantityKind::Age)
        || ctx.lower(q.start.wrapping_sub(1)) == "from"
        // (an ordinal only counting occasions: `the second time`, not `the first travel ban`,
        // `the country's fourth largest city`)
        || q.kind == QuantityKind::Ordinal && ctx.lower(q.end) != "time"
    {
        return None;
    }
    let c = clause[q.start];
    let k = if a == b {
        // (a source after what it says, `..., said X in a statement Thursday.`: its stretch
        // runs to the end of the sentence, where a date after bare words is the saying's)
        let s = ctx.sentence_of[a];
        let end = (a..(a + 24).min(clause.len()))
            .take_while(|&t| ctx.sentence_of[t] == s)
            .last()
            .map_or(a, |t| t + 1);
        // (from the word after its verb: `said X`, `X said`, `X told Y`)
        let verb = (a..end.min(a + 8)).find(|&t| {
            let w = ctx.lower(t);
            !ctx.capitalized(t)
                && (cues::clause_word(w)
                    || w.len() > 3 && w.ends_with("ed")
                    || matches!(w, "says" | "tells" | "writes" | "adds" | "notes"))
        })?;
        let d = trailing_saying_date(ctx, qs, verb + 1, end)?;
        qs.partition_point(|x| x.start < d)
    } else {
        let k = qs.partition_point(|x| x.start < a);
        (k..qs.len())
            .take_while(|&k| qs[k].start < b)
            .find(|&k| qs[k].end <= b && qs[k].kind == QuantityKind::Date)?
    };
    if qs[k].kind != QuantityKind::Date {
        return None;
    }
    if clause[qs[k].start] == c || (a..qs[k].start).any(|t| cues::relative_opener(ctx.lower(t))) {
        return None;
    }
    // the figure's own clause, a bounded stretch each way
    let lo = (q.start.saturating_sub(12)..q.start)
        .rev()
        .take_while(|&t| clause[t] == c)
        .last()
        .unwrap_or(q.start);
    let hi = (q.end..(q.end + 12).min(clause.len()))
        .take_while(|&t| clause[t] == c)
        .last()
        .map_or(q.end, |t| t + 1);
    let words = || {
        (lo..hi)
            .filter(|&t| !(q.start..q.end).contains(&t))
            .map(|t| ctx.lower(t))
    };
    // (a trailing tag, `..., the company said Wednesday.`, dates what it reports in any tense
    // but the future: `the growth had been driven by 2.66 million tourist vehicles, the company
    // said Wednesday`, the figure as of the day it was given; a forecast holds later)
    // (not a figure of a hypothetical, `It can all be put to bed with one phone call,` said X,
    // nor one in a sentence naming another period the clause chunk missed, `in the first two
    // months of the current year grew ... to $11.58 billion, the customs said on Wednesday`,
    // `dropped 11.9% annually as of 2016 year-end`)
    if a >= q.end {
        let ahead = words().any(|w| {
            will_or_modal(w)
                || w == "ll"
                // (a window the date rules left: `had withdrawn 3 billion euros since the
                // beginning of the year`)
                || w == "since"
                // (another event or `currently`: `had approved 45 permits before the flood`)
                || matches!(w, "before" | "after" | "currently" | "now")
        });
        if !ahead && !other_period(ctx, qs, ctx.sentence_of[q.start], &[k, qi]) {
            return times[k].clone();
        }
    }
    let present = words().any(|w| matches!(w, "is" | "are" | "has" | "have" | "ve" | "'ve" | "am"));
    let past = words().any(|w| matches!(w, "was" | "were" | "had" | "did" | "would" | "will"));
    (present && !past).then(|| times[k].clone()).flatten()
}

/// `will` (`'ll`) or a modal verb of a figure not yet or not really reached (`would`, `can`,
/// `could`, `should`, `must`, `might`): a trailing tag's or a teaser's date does not date it.
pub(super) fn will_or_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "should" | "must" | "might"
    ) || w.ends_with("'ll")
        || w.ends_with("\u{2019}ll")
}

/// Whether the sentence `s` holds a date or a duration among `qs` other than those at `skip`:
/// a period the figure may be of, before a date of the whole sentence is given to it.
pub(super) fn other_period(ctx: &Context<'_>, qs: &[RawQuantity], s: u32, skip: &[usize]) -> bool {
    qs.iter().enumerate().any(|(j, x)| {
        !skip.contains(&j)
            && ctx.sentence_of[x.start] == s
            && matches!(x.kind, QuantityKind::Date | QuantityKind::Duration)
    })
}
