//! A figure dated relative to an earlier figure's year (`from 586 in 2014 to 489 the following
//! year`, `more than a million refugees in 2015 and hundreds of thousands more the following
//! year`): the year after the date read for it (issue 14, session 29; the claims README tells
//! what it changed on the real corpus).
//!
//! The class, from the real corpus: two figures of a series in one sentence, the first dated by
//! a year, the second by `the following year` right after it.
//! The nearest date the clause names is the first figure's year, which the second figure would
//! otherwise take. (`a year later` and `the next year` are left out: the scan reads them as dates
//! of their own.)

use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, TimeValue};

/// The year after `t` when quantity `q` is followed (at most one word between, `more`, `less`,
/// `fewer`) by `the following year`, and `t` is a single
/// year; `None` otherwise.
pub(super) fn following_year(
    ctx: &Context<'_>,
    q: &RawQuantity,
    t: &TimeValue,
) -> Option<TimeValue> {
    if t.granularity != Granularity::Year || t.iso.len() != 4 {
        return None;
    }
    let k = if matches!(ctx.lower(q.end), "more" | "less" | "fewer") {
        q.end + 1
    } else {
        q.end
    };
    let s = ctx.sentence_of.get(q.start)?;
    let same = (k..k + 3).all(|i| ctx.sentence_of.get(i) == Some(s));
    let phrase = (ctx.lower(k), ctx.lower(k + 1), ctx.lower(k + 2)) == ("the", "following", "year");
    if !same || !phrase {
        return None;
    }
    let y: i32 = t.iso.parse().ok()?;
    Some(TimeValue {
        iso: format!("{:04}", y + 1),
        ..t.clone()
    })
}
