//! A duration that is itself a window ending now (issue 14, session 32; the claims README tells
//! what the rule changed on the real corpus).
//!
//! `over the past 40 years`, `in the last three months`, `for the past decade`: the duration
//! names the window from its start up to the article date, so it takes that window as its time
//! (docs/judging/frames.md, the ruling of session 31 on windows ending now). Only a window back
//! from now: `over the next five years` is a plan's stretch, and the ruling does not date it.
//!
//! Session 34 widened the forms: a window named after another determiner (`has spent his last
//! six years in the House`, `these past eight years`), after a verb of spending or reviewing
//! time or as a subject (`spending the past two weeks gazing at its own navel`, `The past 12
//! months have been turbulent`), inside a larger phrase of time (`each of the past four years`,
//! `the success stories of the past 20 years`), without `the` after a preposition (`Over past
//! two decades`), and windows over 100 years (`over the past 300 years`: `1717/2017`).

use super::window::{period_at, units_window};
use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};
use crate::words;

/// The window of duration `qs[qi]` when it is the period of `<over|in|for|during|...> the
/// past|last <duration>`, in years, months or days as its unit gives (`1977/2017`); the article
/// date `ctx.date` is its end.
pub(super) fn own_window(ctx: &Context<'_>, qs: &[RawQuantity], qi: usize) -> Option<TimeValue> {
    let q = &qs[qi];
    let k = q.start.checked_sub(1).filter(|&k| k >= 1)?;
    let today = ctx.date?;
    // (not a stretch of something else: `the last 20 years of his life`)
    let of = ctx.lower(q.end) == "of";
    if q.kind != QuantityKind::Duration || !matches!(ctx.lower(k), "past" | "last") || of {
        return None;
    }
    (k >= 2)
        .then(|| period_at(ctx, qs, k, usize::MAX, today))
        .flatten()
        .or_else(|| named_window(ctx, q, k, today))
}

/// The window of duration `q` after `past`/`last` (token `k`) when a determiner or a preposition
/// of time stands before it (`his last six years`, `these past eight years`, `Over past two
/// decades`), not after a verb that takes the stretch of something else (`suspended the last
/// nine months` of a sentence): `n` of its units back from the article date `today`, `n` a
/// whole number up to 1,000 years or 100 of a shorter unit.
fn named_window(
    ctx: &Context<'_>,
    q: &RawQuantity,
    k: usize,
    today: jiff::civil::Date,
) -> Option<TimeValue> {
    let det = ctx.lower(k - 1);
    let determiner = matches!(
        det,
        "the" | "these" | "his" | "her" | "its" | "their" | "my" | "our" | "your"
    );
    let preposition = matches!(det, "over" | "in" | "during" | "for" | "within");
    let other = matches!(
        ctx.lower(k.wrapping_sub(2)),
        "suspended" | "serve" | "served" | "serving" | "serves"
    );
    if !(determiner || preposition) || other {
        return None;
    }
    let v = q.value.as_ref()?;
    let n = v.high.as_ref().or(v.low.as_ref())?.value;
    let unit = words::time_unit(q.unit.as_deref()?)?;
    let most = if unit == "year" { 1000.0 } else { 100.0 };
    (n.fract() == 0.0 && (1.0..=most).contains(&n))
        .then(|| units_window(n as i64, unit, today, true))
        .flatten()
}
