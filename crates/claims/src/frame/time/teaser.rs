//! A teaser's date opening the sentence (issue 14, session 38; the claims README tells what the
//! rule changed on the real corpus).
//!
//! `(04.08.2015) Over 100 refugees have attempted to storm the Channel Tunnel` (a list of
//! related stories under an article of 2017): the bracketed day opening the sentence dates the
//! story it heads, so the figures of the sentence with no date of their own take it. Not a
//! duration (`After 17 years`, `one week after their launch`: a window or an offset), nor a
//! figure of a sentence with a modal or forecast (`will build the first new settlement`, `may
//! meet in the second round`: the event comes later) or with another date or duration (`in
//! February`, `in the past two years`, `a day after`: the figure may be of that period).

use super::held::{other_period, will_or_modal};
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};

/// The day in brackets opening the sentence of quantity `qi` (`(24.04.2016) At least 19
/// people have died`), for a figure after it; `None` when the sentence opens otherwise.
pub(super) fn teaser_date(ctx: &Context<'_>, qs: &[RawQuantity], qi: usize) -> Option<TimeValue> {
    let q = &qs[qi];
    if q.kind == QuantityKind::Duration {
        return None;
    }
    let s = ctx.sentence_of[q.start];
    let mut k0 = q.start;
    while k0 > 0 && ctx.sentence_of[k0 - 1] == s {
        k0 -= 1;
    }
    if ctx.lower(k0) != "(" {
        return None;
    }
    let pi = qs.iter().position(|p| p.start == k0 + 1)?;
    let p = &qs[pi];
    let t = p.time.as_ref()?;
    if p.kind != QuantityKind::Date
        || t.granularity != Granularity::Day
        || ctx.lower(p.end) != ")"
        || q.start <= p.end
    {
        return None;
    }
    let k1 = (p.end..ctx.sentence_of.len())
        .take_while(|&k| ctx.sentence_of[k] == s)
        .last()
        .map_or(p.end, |k| k + 1);
    let ahead = (p.end..k1).any(|k| {
        let w = ctx.lower(k);
        will_or_modal(w) || matches!(w, "may" | "expected")
    });
    (!ahead && !other_period(ctx, qs, s, &[pi])).then(|| t.clone())
}
