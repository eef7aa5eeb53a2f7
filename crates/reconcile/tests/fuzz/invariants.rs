//! The checks of the `reconcile` fuzz target, shared with `tests/fuzz_regressions.rs`: the bytes
//! are read as `claims.jsonl` with [`reckon_reconcile::read_claims`] and the records that read
//! are reconciled, as `reckon reconcile` does.

use std::collections::BTreeSet;

use reckon_reconcile::{Config, Finding, Interval, Reconciler, read_claims};

/// Reads and reconciles `data`; panics when an invariant breaks. Returns the number of records
/// read.
///
/// - every unreadable line is an error that names the input and its line;
/// - every finding (and passed check) cites only claims that were read, and so does every
///   series point;
/// - no number that comes out is NaN or infinite, except the documented unbounded ends of an
///   interval (`lo = -inf`, `hi = +inf`), and the JSON of the result reads back.
pub fn check(data: &[u8]) -> usize {
    let mut reconciler = Reconciler::new(Config::default());
    let mut known: BTreeSet<(String, u32)> = BTreeSet::new();
    for (i, item) in read_claims(data, "fuzz.jsonl").enumerate() {
        match item {
            Ok(record) => {
                known.insert((record.doc_id.clone(), record.claim.index));
                reconciler.push(record);
            }
            Err(e) => {
                let message = e.to_string();
                assert!(message.starts_with("fuzz.jsonl:"), "item {i}: {message}");
            }
        }
    }
    let out = reconciler.finish();
    let cited = |f: &Finding| {
        for e in &f.evidence {
            assert!(
                known.contains(&(e.doc_id.clone(), e.claim)),
                "{:?} cites a claim that was not read: {} #{}",
                f.kind,
                e.doc_id,
                e.claim
            );
        }
        for text in [&f.explanation, &f.arithmetic] {
            assert!(!text.contains("NaN"), "{:?}: {text}", f.kind);
        }
    };
    out.findings.iter().for_each(cited);
    out.passed.iter().for_each(cited);
    for s in &out.series {
        for p in &s.points {
            assert!(known.contains(&(p.evidence.doc_id.clone(), p.evidence.claim)));
            for b in [p.value.low, p.value.high].into_iter().flatten() {
                assert!(b.value.is_finite(), "{}: bound {}", s.key, b.value);
            }
            bounded(&p.interval, p.value.low.is_some(), p.value.high.is_some());
        }
    }
    let json = serde_json::to_string(&out).expect("a reconciliation serializes");
    let back: reckon_reconcile::Reconciliation =
        serde_json::from_str(&json).expect("a reconciliation reads back");
    assert_eq!(back.series.len(), out.series.len());
    assert_eq!(back.findings, out.findings);
    known.len()
}

/// An interval's ends are finite where the value has a bound, and the unbounded infinity where
/// it has none.
fn bounded(i: &Interval, low: bool, high: bool) {
    assert!(
        if low {
            i.lo.is_finite()
        } else {
            i.lo == f64::NEG_INFINITY
        },
        "{i:?}"
    );
    assert!(
        if high {
            i.hi.is_finite()
        } else {
            i.hi == f64::INFINITY
        },
        "{i:?}"
    );
}
