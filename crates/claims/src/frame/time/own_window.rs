//! A duration that is itself a window ending now (issue 14, session 32; the claims README tells
//! what the rule changed on the real corpus).
//!
//! `over the past 40 years`, `in the last three months`, `for the past decade`: the duration
//! names the window from its start up to the article date, so it takes that window as its time
//! (docs/judging/frames.md, the ruling of session 31 on windows ending now). Only a window back
//! from now: `over the next five years` is a plan's stretch, and the ruling does not date it.

use super::window::period_at;
use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};

/// The window of duration `qs[qi]` when it is the period of `<over|in|for|during|...> the
/// past|last <duration>`, in years, months or days as its unit gives (`1977/2017`); the article
/// date `ctx.date` is its end.
pub(super) fn own_window(ctx: &Context<'_>, qs: &[RawQuantity], qi: usize) -> Option<TimeValue> {
    let q = &qs[qi];
    let k = q.start.checked_sub(1).filter(|&k| k >= 2)?;
    let today = ctx.date?;
    // (not a stretch of something else: `the last 20 years of his life`)
    let of = ctx.lower(q.end) == "of";
    (q.kind == QuantityKind::Duration && matches!(ctx.lower(k), "past" | "last") && !of)
        .then(|| period_at(ctx, qs, k, usize::MAX, today))
        .flatten()
}
