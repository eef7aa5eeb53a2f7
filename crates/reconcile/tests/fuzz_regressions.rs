//! Replays the `reconcile` fuzz target's checks (`tests/fuzz/invariants.rs`) on stable Rust:
//! over the seed corpus in `fuzz/corpus/reconcile/` and over inputs the fuzzer found a bug with,
//! once fixed. See `docs/fuzzing.md`.

use std::path::PathBuf;

#[path = "fuzz/invariants.rs"]
mod invariants;
use invariants::check;

/// Every seed of the fuzz corpus keeps the invariants, and reads as records.
#[test]
fn seed_corpus_keeps_the_invariants() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/reconcile");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in &paths {
        let read = check(&std::fs::read(path).unwrap());
        assert!(read > 0, "{}: no record read", path.display());
    }
}

/// Records that break what later stages rely on are bad lines, never a panic: backward spans,
/// a quantity outside its sentence, huge and tiny values, an empty or wrong-typed line.
#[test]
fn hostile_claim_lines_keep_the_invariants() {
    let seed = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus/reconcile/sample-measures.jsonl"),
    )
    .unwrap();
    let line = seed.lines().next().unwrap();
    let cases = [
        line.replacen("\"start\":", "\"start\":4000000000,\"x\":", 1),
        line.replacen("\"value\":", "\"value\":1.7976931348623157e308,\"x\":", 1),
        line.replacen("\"value\":", "\"value\":-1e300,\"x\":", 1),
        line.replacen("\"value\":", "\"value\":null,\"x\":", 1),
        line.replacen("\"doc_date\":\"", "\"doc_date\":\"-9999", 1),
        "{}".to_string(),
        "[1,2,3]".to_string(),
        "\u{feff}".to_string(),
    ];
    for case in &cases {
        check(format!("{line}\n{case}\n{line}\n").as_bytes());
    }
}
