//! Bounded-memory reconciliation ([`Reducer`]): with a budget so small that nearly every record
//! is spilled to disk, the result is the same, byte for byte, as reconciling in memory; a spill
//! folder that cannot be written is an error naming it.

use std::path::Path;

use reckon_reconcile::{ClaimRecord, Config, Error, Reconciler, Reducer};

mod common;
use common::sample_records as records;

/// Reconciles with `budget` bytes, returning the series and the rest as JSON, and the number
/// of runs spilled.
fn reduced(records: &[ClaimRecord], budget: usize, dir: &Path) -> (String, usize) {
    let mut r = Reducer::new(Config::default())
        .budget(budget)
        .spill_dir(dir);
    // pushed in reverse, and every tenth twice: order and repeats must not matter
    for (i, c) in records.iter().rev().enumerate() {
        r.push(c.clone()).unwrap();
        if i % 10 == 0 {
            r.push(c.clone()).unwrap();
        }
    }
    let runs = r.spilled_runs();
    let mut series = Vec::new();
    let mut out = r
        .finish(|s| {
            series.push(s);
            Ok::<(), Error>(())
        })
        .unwrap();
    out.series = series;
    (serde_json::to_string(&out).unwrap(), runs)
}

#[test]
fn spilled_and_in_memory_results_are_identical() {
    let records = records();
    assert!(records.len() > 50, "{} records", records.len());
    let mut all = Reconciler::new(Config::default());
    for c in &records {
        all.push(c.clone());
    }
    let want = serde_json::to_string(&all.finish()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (spilled, runs) = reduced(&records, 4_000, dir.path());
    assert!(runs > 10, "only {runs} runs spilled");
    assert!(spilled == want, "spilled result differs");
    let (unspilled, runs) = reduced(&records, usize::MAX, dir.path());
    assert_eq!(runs, 0);
    assert!(unspilled == want, "unspilled result differs");
    // the runs are removed once reconciled
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_spill_folder_that_cannot_be_written_is_an_error_naming_it() {
    let records = records();
    let mut r = Reducer::new(Config::default())
        .budget(1_000)
        .spill_dir("/nonexistent/spill-here");
    let err = records
        .into_iter()
        .map(|c| r.push(c))
        .find_map(Result::err)
        .expect("spilling fails");
    let msg = err.to_string();
    assert!(
        matches!(err, Error::Spill { .. }) && msg.contains("/nonexistent/spill-here"),
        "{msg}"
    );
}
