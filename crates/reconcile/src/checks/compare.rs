//! Which figures may be compared: their magnitude, the ratio guard, the series checked across
//! documents, and the widest non-overlapping pair of a date.

use reckon_claims::QuantityKind;

use crate::config::Config;
use crate::interval::Interval;
use crate::series::{Point, Series};

/// The point with the highest lower end, and the one with the lowest upper end.
pub(super) fn extremes<'a>(points: &[&'a Point]) -> (&'a Point, &'a Point) {
    let mut top = points[0];
    let mut bottom = points[0];
    for &p in &points[1..] {
        if p.interval.lo > top.interval.lo
            || (p.interval.lo == top.interval.lo && !p.interval.lo_inclusive)
        {
            top = p;
        }
        if p.interval.hi < bottom.interval.hi
            || (p.interval.hi == bottom.interval.hi && !p.interval.hi_inclusive)
        {
            bottom = p;
        }
    }
    (top, bottom)
}

/// A representative magnitude of an interval (a finite end), for the ratio guard.
pub(super) fn magnitude(i: &Interval) -> Option<f64> {
    [i.lo, i.hi].into_iter().find(|v| v.is_finite() && *v > 0.0)
}

/// True when two figures are close enough in size to be about the same thing: figures more than
/// `max_ratio` apart are more likely about different events than contradictory reports.
pub(super) fn comparable(config: &Config, a: &Interval, b: &Interval) -> bool {
    match (magnitude(a), magnitude(b)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= config.max_ratio,
        _ => true,
    }
}

/// Whether a series takes part in the checks across documents (conflict, monotonicity).
pub(super) fn checked_across_documents(config: &Config, s: &Series) -> bool {
    !matches!(s.kind, QuantityKind::Percent | QuantityKind::Fraction)
        && (s.place.is_some() || !config.require_place)
}

/// The pair `(high, low)` with `high` wholly above `low`, from different documents, comparable in
/// size, with the widest gap (first in point order on ties).
pub(super) fn worst_pair<'a>(
    config: &Config,
    highs: &[&'a Point],
    lows: &[&'a Point],
) -> Option<(&'a Point, &'a Point)> {
    // Only the highest and lowest few can form the widest gap; bounding them keeps a date with
    // thousands of claims linear (sort is stable, so ties keep point order).
    const K: usize = 64;
    let mut highs = highs.to_vec();
    highs.sort_by(|a, b| b.interval.lo.total_cmp(&a.interval.lo));
    highs.truncate(K);
    let mut lows = lows.to_vec();
    lows.sort_by(|a, b| a.interval.hi.total_cmp(&b.interval.hi));
    lows.truncate(K);
    let mut worst: Option<(f64, &Point, &Point)> = None;
    for &h in &highs {
        for &l in &lows {
            if h.evidence.doc_id == l.evidence.doc_id
                || !h.interval.above(&l.interval)
                || magnitude(&h.interval).is_none_or(|v| v < config.min_value)
                || !comparable(config, &h.interval, &l.interval)
            {
                continue;
            }
            let gap = h.interval.lo - l.interval.hi;
            if worst.is_none_or(|(g, _, _)| gap > g) {
                worst = Some((gap, h, l));
            }
        }
    }
    worst.map(|(_, h, l)| (h, l))
}
