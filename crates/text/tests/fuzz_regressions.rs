//! Replays the `tokenize` fuzz target's checks on stable Rust: over the seed corpus in
//! `fuzz/corpus/tokenize/` and over inputs the fuzzer has found a bug with, once fixed
//! (`fuzz/regressions/tokenize/`). See `docs/fuzzing.md`.

use std::path::PathBuf;

#[path = "fuzz/invariants.rs"]
mod invariants;
use invariants::check;

/// The files of `fuzz/<folder>/tokenize`, sorted, with their bytes.
fn inputs(folder: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz")
        .join(folder)
        .join("tokenize");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fuzz inputs at {}: skipped", dir.display());
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn seed_corpus_keeps_the_fuzz_invariants() {
    for (path, bytes) in &inputs("corpus") {
        eprintln!("{}", path.display());
        check(bytes);
    }
}

/// Every input the fuzzer (or a crash elsewhere in the pipeline) found a tokenizer bug with
/// keeps the invariants.
#[test]
fn fuzz_findings_stay_fixed() {
    let files = inputs("regressions");
    assert!(!files.is_empty(), "fuzz/regressions/tokenize is empty");
    for (path, bytes) in &files {
        eprintln!("{}", path.display());
        check(bytes);
    }
}
