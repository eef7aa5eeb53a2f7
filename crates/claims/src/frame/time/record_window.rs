//! A duration that a record or a first counts back over (issue 14, session 33; the claims README
//! tells what the rule changed on the real corpus).
//!
//! `the highest level in four years`, `for the first time in 45 years`, `the worst drought in six
//! decades`, `its strongest rate in 17 months`: the duration after `in` is the stretch the record
//! is measured over, a window ending at the record's own date, so it takes that window as its
//! time (docs/judging/frames.md, the ruling of session 31 on windows ending now: the duration that
//! is itself the window takes the window). The window ends at the date the clause states for the
//! record (`In 2016, Cuba saw its first recession in 23 years`: `1993/2016`), else at the article
//! date. Not a duration of its own activity (`completed the race in 8 days`: no record before
//! it), nor a stretch of something else (`the biggest mistake in 89 years of Academy Awards
//! history`), nor hours, nor a first still to come (`will be ... for the first time in five
//! years`).

use jiff::civil::Date;

use super::lists::superlative_word;
use super::window::{unit_granularity, units_window};
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};
use crate::words;

/// Words of a record or a first that a duration after `in` counts back from, besides the
/// superlatives of [`superlative_word`] (`the first time in`, `the second time ... in three
/// months`, `the most homicides in`, `a record low in`).
fn record_word(w: &str) -> bool {
    superlative_word(w)
        || matches!(
            w,
            "first"
                | "second"
                | "third"
                | "most"
                | "least"
                | "fewest"
                | "record"
                | "hottest"
                | "warmest"
                | "coldest"
                | "wettest"
                | "driest"
                | "heaviest"
                | "sharpest"
                | "steepest"
                | "busiest"
                | "quickest"
                | "widest"
                | "deepest"
                | "richest"
                | "poorest"
        )
}

/// The window of duration `qs[qi]` when it follows `in` after a record or a first of its clause
/// (at most 12 tokens back, no figure between): `n` units back from the end of `stated`, the
/// time the clause states (the end of a window; a week or none: the article date `ctx.date`), at
/// the unit's granularity. `None` when the stated time is coarser than the unit (a month window
/// in a year), or the duration is no whole number of days, months or years up to 200.
pub(super) fn record_window(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    stated: Option<&TimeValue>,
) -> Option<TimeValue> {
    let q = &qs[qi];
    let k = q.start.checked_sub(1)?;
    if q.kind != QuantityKind::Duration || ctx.lower(k) != "in" || ctx.lower(q.end) == "of" {
        return None;
    }
    let c = clause[q.start];
    let cue = (k.saturating_sub(12)..k)
        .rev()
        .take_while(|&t| clause[t] == c && !ctx.is_num(t))
        // (not `the most recent blueprints aim to balance the budget in 10 years`)
        // (nor a rank glued to a noun: `third-level students who are sitting exams in three weeks`)
        .any(|t| {
            let w = ctx.lower(t);
            record_word(w)
                && !ctx.lower(t + 1).starts_with("recent")
                && !(matches!(w, "second" | "third") && ctx.is_punct(t + 1, "-"))
        });
    if !cue || future_event(ctx, k) {
        return None;
    }
    let v = q.value.as_ref()?;
    // (the number as written: `nearly seven years`, `more than two decades` reach back about
    // that far)
    let n = v.high.as_ref().or(v.low.as_ref())?.value;
    let unit = words::time_unit(q.unit.as_deref()?)?;
    let g = unit_granularity(unit)?;
    if n.fract() != 0.0 || !(1.0..=200.0).contains(&n) {
        return None;
    }
    let end = match stated {
        Some(t) if t.granularity != Granularity::Week => end_date(t, g)?,
        _ => ctx.date?,
    };
    units_window(n as i64, unit, end, true)
}

/// True when the record or first ending before token `k` is of an event still to come: `will`,
/// `'ll`, `shall` or a verb of a plan or an invitation before `to` (`invited to address ... at
/// Easter, for the first time in three years`, `believes there will be growth for the first time
/// in five years`), at most 16 tokens back in the sentence, no `;`, `after`, `since`, `when` or a
/// relative word between (a future event counts back over no window ending now).
fn future_event(ctx: &Context<'_>, k: usize) -> bool {
    let s = ctx.sentence_of[k];
    (k.saturating_sub(16)..k)
        .rev()
        .take_while(|&t| {
            ctx.sentence_of[t] == s
                && !ctx.is_punct(t, ";")
                && !matches!(
                    ctx.lower(t),
                    "after" | "since" | "when" | "which" | "who" | "that" | "as" | "but"
                )
        })
        .any(|t| {
            matches!(ctx.lower(t), "will" | "'ll" | "shall")
                || ctx.lower(t + 1) == "to"
                    && matches!(
                        ctx.lower(t),
                        "invited" | "expected" | "scheduled" | "due" | "set" | "poised" | "plans"
                    )
        })
}

/// The last day-or-coarser date of time `t` as a calendar date (its first day: `2016` ->
/// 2016-01-01, `2016-12` -> 2016-12-01; a window's end), when `t` is at least as fine as `g`;
/// `None` otherwise.
fn end_date(t: &TimeValue, g: Granularity) -> Option<Date> {
    let rank = |g: Granularity| match g {
        Granularity::Year => Some(0),
        Granularity::Month => Some(1),
        Granularity::Day => Some(2),
        _ => None,
    };
    if rank(t.granularity)? < rank(g)? {
        return None;
    }
    let iso = t.iso.rsplit('/').next()?;
    let y: i16 = iso.get(..4)?.parse().ok()?;
    let m: i8 = iso.get(5..7).map_or(Ok(1), str::parse).ok()?;
    let d: i8 = iso.get(8..10).map_or(Ok(1), str::parse).ok()?;
    Date::new(y, m, d).ok()
}
