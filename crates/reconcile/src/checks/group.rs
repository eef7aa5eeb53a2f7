//! How records and points are grouped for the checks: by document, by date, by sentence.

use jiff::civil::Date;
use std::collections::BTreeMap;

use crate::record::ClaimRecord;
use crate::series::{Point, Series};

/// Non-prior points grouped by date.
pub(super) fn by_date(s: &Series) -> BTreeMap<Date, Vec<&Point>> {
    let mut m: BTreeMap<Date, Vec<&Point>> = BTreeMap::new();
    for p in &s.points {
        if let (Some(d), false) = (p.date, p.prior) {
            m.entry(d).or_default().push(p);
        }
    }
    m
}

/// Days from `a` to `b`.
pub(super) fn days_between(a: Date, b: Date) -> i64 {
    (b - a).get_days() as i64
}

/// Records of one document grouped by sentence span, in text order.
pub(super) fn sentences(doc: &[ClaimRecord]) -> BTreeMap<(u32, u32), Vec<&ClaimRecord>> {
    let mut m: BTreeMap<(u32, u32), Vec<&ClaimRecord>> = BTreeMap::new();
    for r in doc {
        m.entry((r.claim.sentence.start, r.claim.sentence.end))
            .or_default()
            .push(r);
    }
    for v in m.values_mut() {
        v.sort_by_key(|r| (r.claim.quantity.span.start, r.claim.index));
    }
    m
}
