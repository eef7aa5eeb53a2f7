//! A clause of its own that is only a relative period (issue 14, session 29; the claims README
//! tells what the rule changed on the real corpus).
//!
//! `The country saw five major work safety incidents, including four involving coal mines, in
//! the past three months, with at least 179 people losing their lives`: the period stands
//! between commas, a clause with no figure of its own, and dates the figures of the sentence
//! whose own clauses name no date, as a bare date clause does (`..., in September, Xi said`).

use jiff::civil::Date;

use super::super::cues;
use super::window::relative_period;
use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};

/// The window of a clause of the sentence of quantity `qi` that is exactly a period
/// preposition, `the`, `past`/`last` and a duration (`, in the past three months,`), set off
/// by clause punctuation or ending the sentence, with no colon or semicolon between it and the
/// figure; `None` when there is none, when `qi` is a duration, an age or an ordinal, or when
/// it follows `from` or `to` (one end of the period).
pub(super) fn period_clause(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    today: Date,
) -> Option<TimeValue> {
    let q = &qs[qi];
    if matches!(
        q.kind,
        QuantityKind::Duration | QuantityKind::Age | QuantityKind::Ordinal
    ) {
        return None;
    }
    // (a value at one end of the period, after `from` or `to`, is no figure over it: `annual
    // budgets rising from $1.5 to $19.5bn`)
    if matches!(ctx.lower(q.start.wrapping_sub(1)), "from" | "to") {
        return None;
    }
    let s = ctx.sentence_of[q.start];
    qs.iter()
        .enumerate()
        .filter(|&(j, d)| j != qi && d.kind == QuantityKind::Duration && d.start >= 4)
        .filter(|(_, d)| ctx.sentence_of[d.start] == s)
        .find_map(|(_, d)| {
            let p = d.start - 3;
            let cd = clause[d.start];
            let whole = cues::period_preposition(ctx.lower(p))
                && ctx.lower(p + 1) == "the"
                && matches!(ctx.lower(p + 2), "past" | "last")
                && (p..d.end).all(|k| clause[k] == cd)
                && clause[p - 1] != cd
                && clause.get(d.end) != Some(&cd)
                && clause[q.start] != cd
                // (not past a colon or a semicolon: `Developing, over the last 50 years, is a
                // dual system of government: one for the Jews ...` describes the system now)
                && !(q.end.min(p)..q.start.max(d.end)).any(|k| ctx.is_punct(k, ":;"));
            whole
                .then(|| relative_period(ctx, qs, (p + 2, d.end), usize::MAX, today))
                .flatten()
        })
}
