//! A quarter or a half of a year as a window of months (issue 14, session 39; the claims README
//! tells what the rule changed on the real corpus).
//!
//! The scan reads `the third quarter of 2016`, `the second half of this year`, `1986 fourth
//! quarter` as a date of the year (indep-NOTES.md decisions 104 and 128: the value is the year).
//! A figure dated by such a mention holds over the quarter's or the half's months, not over the
//! year: `China's GDP grew 6.7 percent in the third quarter of 2016` -> `2016-07/2016-09`, `In
//! the second half of this year GDP growth will exceed 2%` -> `2017-07/2017-12` (the frames gold
//! gives the window; the year alone is coarser than the text).

use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};

/// The first and last month of the quarter or half that date mention `d` names (a rank, maybe a
/// hyphen, then `quarter`/`qtr`/`half`, after an optional year: `1986 fourth quarter`; or `the first
/// two`/`three` `quarters of` before the year).
fn months(ctx: &Context<'_>, d: &RawQuantity) -> Option<(u8, u8)> {
    let k = if ctx.modern_year(d.start).is_some() {
        d.start + 1
    } else {
        d.start
    };
    // (`the first three quarters of 2016`, the year alone the mention: months one to nine)
    let b = |i: usize| ctx.lower(d.start.wrapping_sub(i));
    if k > d.start && b(1) == "of" && b(2) == "quarters" && b(4) == "first" {
        match b(3) {
            "two" => return Some((1, 6)),
            "three" => return Some((1, 9)),
            _ => {}
        }
    }
    let rank = match ctx.lower(k) {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    };
    let u = if ctx.is_punct(k + 1, "-") {
        k + 2
    } else {
        k + 1
    };
    if u >= d.end {
        return None;
    }
    match ctx.lower(u) {
        "quarter" | "qtr" => Some((rank * 3 - 2, rank * 3)),
        "half" if rank <= 2 => Some((rank * 6 - 5, rank * 6)),
        _ => None,
    }
}

/// The window of months of the quarter or half of a year that dates quantity `qs[qi]` (`clause[k]`
/// the clause of token `k`), when its stated time `stated` is that mention's year: the mention of
/// that year in the figure's clause nearest it, else in its sentence.
pub(super) fn part_year(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    stated: &TimeValue,
) -> Option<TimeValue> {
    let q = &qs[qi];
    if stated.granularity != Granularity::Year {
        return None;
    }
    let s = ctx.sentence_of[q.start];
    let candidates = qs.iter().filter(|d| {
        d.kind == QuantityKind::Date
            && ctx.sentence_of[d.start] == s
            && d.time.as_ref().is_some_and(|t| t.iso == stated.iso)
    });
    let distance = |d: &RawQuantity| d.start.abs_diff(q.start);
    let own = candidates
        .clone()
        .filter(|d| clause[d.start] == clause[q.start])
        .min_by_key(|d| distance(d));
    let d = own.or_else(|| candidates.min_by_key(|d| distance(d)))?;
    let (m0, m1) = months(ctx, d)?;
    let y = &stated.iso;
    Some(TimeValue {
        iso: format!("{y}-{m0:02}/{y}-{m1:02}"),
        granularity: Granularity::Month,
        zone: None,
    })
}
