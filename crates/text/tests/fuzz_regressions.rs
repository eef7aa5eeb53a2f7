//! Replays the `tokenize` fuzz target's checks on stable Rust: over the seed corpus in
//! `fuzz/corpus/tokenize/` and over inputs the fuzzer has found a bug with, once fixed. See `docs/fuzzing.md`.

use std::path::PathBuf;

#[path = "fuzz/invariants.rs"]
mod invariants;
use invariants::check;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fuzz corpus at {}: skipped", dir.display());
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
    let files = corpus("tokenize");
    for (path, bytes) in &files {
        eprintln!("{}", path.display());
        check(bytes);
    }
}
