//! The first months of a year as a window (issue 14, session 38; the claims README tells what
//! the rule changed on the real corpus).
//!
//! `China's overseas direct investment in the first 11 months stood at $161.7 billion` (an
//! article of 2016-12-30): the figure holds over January to November of the article's year,
//! `2016-01/2016-11`, not over the year (the year alone is coarser than the text, and a year
//! for a window of months is a `check` in the frames gold). With a year named (`in the first
//! nine months of 2016`, `of this year`, `of the current year`, `last year`) the window is in
//! that year. A bare `the first N months` is the article's year only when the window ends one
//! or two months before the article's month (a statistic released after its months: `the first
//! 11 months` in a December or January article); otherwise it may be the first months of
//! anything (`caught in the first two months` of a speed camera) and gives nothing. Not the
//! first months of another thing (`of his presidency`, `after its opening`), nor the other
//! side of a comparison (`higher than the first 11 months`, `compared to the first 11 months`).

use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};
use crate::words;

/// The year of the window after `the first N months` ending before token `e`, or `None` when
/// the words after it name another thing's months; `Some(None)` when none is named.
fn named_year(ctx: &Context<'_>, e: usize, today: jiff::civil::Date) -> Option<Option<i16>> {
    let year = |k: usize| ctx.modern_year(k).and_then(|y| i16::try_from(y).ok());
    let this = today.year();
    let (w0, w1, w2) = (ctx.lower(e), ctx.lower(e + 1), ctx.lower(e + 2));
    match (w0, w1, w2) {
        ("of" | "in", _, _) if year(e + 1).is_some() => Some(year(e + 1)),
        ("of" | "in", "this", "year") | ("this", "year", _) => Some(Some(this)),
        // (`for the first three months of the year China will be trying`, in a December
        // article: `the year` may be the coming one, read as a bare window)
        ("of", "the", "year") => Some(None),
        ("of", "the", "current") if ctx.lower(e + 3) == "year" => Some(Some(this)),
        ("of" | "in", "last", "year") | ("last", "year", _) => Some(Some(this - 1)),
        ("of" | "after" | "since" | "following" | "from" | "in" | "at" | "as", _, _) => None,
        _ => Some(None),
    }
}

/// True when the sentence before the one of `d` names a stretch of dates (`between 23 February
/// and 31 October 2016`, `since March`, `from 2015`): a bare `the first N months` after it is
/// the first months of that stretch (`About 5,100 drivers caught in the first two months`), not
/// of the article's year.
fn stretch_before(ctx: &Context<'_>, qs: &[RawQuantity], d: &RawQuantity) -> bool {
    let s = ctx.sentence_of[d.start];
    qs.iter().any(|p| {
        p.kind == QuantityKind::Date
            && s > 0
            && ctx.sentence_of[p.start] == s - 1
            && matches!(
                ctx.lower(p.start.wrapping_sub(1)),
                "between" | "since" | "from"
            )
    })
}

/// The window of `the first N months` (duration `d`, N a whole number from 1 to 11) in the
/// year named after it, or bare in the article's year when the window ends one or two months
/// before the article's month (see the module documentation).
fn window(ctx: &Context<'_>, qs: &[RawQuantity], d: &RawQuantity) -> Option<TimeValue> {
    let today = ctx.date?;
    if d.kind != QuantityKind::Duration
        || d.start < 2
        || ctx.lower(d.start - 1) != "first"
        || words::time_unit(d.unit.as_deref()?)? != "month"
    {
        return None;
    }
    // (not the other side of a comparison: `0.1 percentage points higher than the first 11
    // months`, `compared to the first 11 months`, `from the first two months`)
    let before = (d.start.saturating_sub(4)..d.start - 1).map(|k| ctx.lower(k));
    if before
        .into_iter()
        .any(|w| matches!(w, "than" | "compared" | "from" | "with" | "versus"))
    {
        return None;
    }
    let v = d.value.as_ref()?;
    let n = v.high.as_ref().or(v.low.as_ref())?.value;
    if n.fract() != 0.0 || !(1.0..=11.0).contains(&n) {
        return None;
    }
    let n = n as i8;
    let year = match named_year(ctx, d.end, today)? {
        Some(y) => y,
        None => {
            // a bare window ends one or two months before the article's month
            let gap = (i32::from(today.month()) - 1 - i32::from(n)).rem_euclid(12);
            if gap > 1 || stretch_before(ctx, qs, d) {
                return None;
            }
            if n < today.month() {
                today.year()
            } else {
                today.year() - 1
            }
        }
    };
    Some(TimeValue {
        iso: format!("{year:04}-01/{year:04}-{n:02}"),
        granularity: Granularity::Month,
        zone: None,
    })
}

/// The window of the first months of a year (see the module documentation) for quantity
/// `qs[qi]`: the window itself (`11 months`), or a figure in its clause (`clause[k]` the clause
/// of token `k`) whose stated time `stated` is none or the window's year, or a figure after a
/// window that opens the sentence (`In the first 11 months last year, shipments ... increased
/// to 497 million`).
pub(super) fn first_months(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    first: usize,
    stated: Option<&TimeValue>,
) -> Option<TimeValue> {
    let q = &qs[qi];
    if matches!(
        q.kind,
        QuantityKind::Date | QuantityKind::Time | QuantityKind::Age
    ) {
        return None;
    }
    let s = ctx.sentence_of[q.start];
    let fits = |t: &TimeValue| match stated {
        None => true,
        Some(u) => u.granularity == Granularity::Year && t.iso.starts_with(&u.iso),
    };
    qs.iter()
        .enumerate()
        .filter(|&(j, d)| {
            ctx.sentence_of[d.start] == s
                && (j == qi
                    || clause[d.start] == clause[q.start]
                    || d.start == first + 3 && d.end < q.start && ctx.lower(first) == "in")
        })
        .find_map(|(_, d)| window(ctx, qs, d))
        .filter(fits)
}
