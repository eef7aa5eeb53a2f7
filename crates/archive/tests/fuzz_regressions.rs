//! Replays the `archive` fuzz target's checks on stable Rust: over the seed corpus in
//! `fuzz/corpus/archive/` (plain, gzip and zstd JSONL, seed-format and Windows-1252 articles)
//! and over inputs the fuzzer has found a bug with, once fixed. See `docs/fuzzing.md`.

use std::path::PathBuf;

#[path = "fuzz/invariants.rs"]
mod invariants;
use invariants::check;

#[test]
fn seed_corpus_keeps_the_fuzz_invariants() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/archive");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fuzz corpus at {}: skipped", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut total_docs = 0;
    for path in &paths {
        let (docs, errors) = check(&std::fs::read(path).unwrap());
        eprintln!("{}: {docs} documents, {errors} errors", path.display());
        assert!(docs + errors > 0, "{} gave no item at all", path.display());
        total_docs += docs;
    }
    assert!(
        paths.is_empty() || total_docs > 0,
        "no seed gave a document"
    );
}
