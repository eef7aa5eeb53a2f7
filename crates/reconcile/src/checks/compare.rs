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

/// Whether a series takes part in the checks across documents (conflict, monotonicity). A
/// series of one linked event does, a series keyed by measure and place when it names a place
/// (`require_place`); neither when it counts votes (`57 votes to 52` is a margin, not a toll,
/// and two votes of one parliament are two happenings).
pub(super) fn checked_across_documents(config: &Config, s: &Series) -> bool {
    if matches!(s.kind, QuantityKind::Percent | QuantityKind::Fraction) {
        return false;
    }
    (s.event.is_some() || s.place.is_some() || !config.require_place)
        && !s.measure_key.contains("vot")
}

/// What two figures of different documents must share to be compared at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Same {
    /// The same happening: sentences that name the same periods and no different kinds of
    /// happening, neither figure vague, and (when either is in an event series) one event.
    Happening,
    /// As `Happening`, and both sentences state a running total: what a decrease needs, since
    /// a single attack's toll is no running total of another's.
    RunningTotal,
}

/// True when `a` and `b` may be compared under `same`.
pub(super) fn same(a: &Point, b: &Point, same: Same) -> bool {
    let words = a.context.compatible(&b.context)
        && (same == Same::Happening || (a.context.running_total && b.context.running_total));
    match (&a.evidence.event, &b.evidence.event) {
        (Some(x), Some(y)) => x == y && words,
        (None, None) => words,
        _ => false,
    }
}

/// Lows with their rank in the order by upper end.
type Ranked<'a> = Vec<(usize, &'a Point)>;

/// How many candidates one high figure may pass over (same document, or too different in size)
/// before the search for its partner stops; keeps a date with thousands of claims linear.
const SCAN_BUDGET: usize = 256;

/// The pair `(high, low)` with `high` wholly above `low`, from different documents, comparable in
/// size, with the widest gap (first in point order on ties).
///
/// Every figure of the date takes part, however many there are: lows are sorted once by their
/// upper end, and each high looks, from the first low large enough to be comparable with it,
/// for the first low that qualifies (the widest gap for that high). Highs come in descending
/// order and stop as soon as none can beat the widest gap found.
pub(super) fn worst_pair<'a>(
    config: &Config,
    highs: &[&'a Point],
    lows: &[&'a Point],
    need: Same,
) -> Option<(&'a Point, &'a Point)> {
    let mut highs: Vec<&Point> = highs
        .iter()
        .copied()
        .filter(|h| magnitude(&h.interval).is_some_and(|v| v >= config.min_value))
        .collect();
    highs.sort_by(|a, b| b.interval.lo.total_cmp(&a.interval.lo));
    let mut lows = lows.to_vec();
    lows.sort_by(|a, b| a.interval.hi.total_cmp(&b.interval.hi));
    // `scaled` lows have a magnitude; `free` ones (no positive finite end) are comparable with
    // any figure. Both stay in `lows` order, so the first that qualifies has the widest gap.
    let (scaled, free): (Ranked, Ranked) = lows
        .iter()
        .copied()
        .enumerate()
        .partition(|(_, l)| magnitude(&l.interval).is_some());
    let lowest = lows.first()?.interval.hi;
    let qualifies = |h: &Point, l: &Point| {
        h.evidence.doc_id != l.evidence.doc_id
            && h.interval.above(&l.interval)
            && comparable(config, &h.interval, &l.interval)
            && same(h, l, need)
    };
    // The first low of `list` from `start` that qualifies with `h`, in at most SCAN_BUDGET
    // steps; a low whose upper end reaches past `h`'s lower end ends the search.
    let first = |list: &[(usize, &'a Point)], start: usize, h: &Point| {
        list[start..]
            .iter()
            .take(SCAN_BUDGET)
            .take_while(|(_, l)| l.interval.hi <= h.interval.lo)
            .find(|(_, l)| qualifies(h, l))
            .copied()
    };
    let mut worst: Option<(f64, usize, &Point, &Point)> = None;
    for h in highs {
        if let Some((gap, _, _, _)) = worst
            && h.interval.lo - lowest <= gap
        {
            break;
        }
        let mag = magnitude(&h.interval).expect("filtered");
        // a comparable scaled low has magnitude >= mag / max_ratio, and its upper end is at
        // least its magnitude
        // (a hair lower, so that float rounding never skips one `comparable` accepts)
        let floor = mag / config.max_ratio * (1.0 - 1e-9);
        let from = scaled.partition_point(|(_, l)| l.interval.hi < floor);
        let best = [first(&scaled, from, h), first(&free, 0, h)]
            .into_iter()
            .flatten()
            .min_by_key(|(j, _)| *j);
        if let Some((j, l)) = best {
            let gap = h.interval.lo - l.interval.hi;
            if worst.is_none_or(|(g, _, _, _)| gap > g) {
                worst = Some((gap, j, h, l));
            }
        }
    }
    worst.map(|(_, _, h, l)| (h, l))
}
