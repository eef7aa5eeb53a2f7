//! Replays the `archive` fuzz target's checks on stable Rust: over the seed corpus in
//! `fuzz/corpus/archive/` (plain, gzip and zstd JSONL, seed-format and Windows-1252 articles)
//! and over inputs the fuzzer has found a bug with, once fixed. See `docs/fuzzing.md`.

use std::path::PathBuf;

use reckon_archive::{Archive, Options};

/// The limits the fuzz target uses, small enough for the size and bomb guards to be reached.
fn options() -> Options {
    Options {
        max_document_bytes: 64 << 10,
        max_line_bytes: 16 << 10,
        max_decompressed_bytes: 1 << 20,
        ..Options::default()
    }
}

/// The checks of `fuzz/fuzz_targets/archive.rs`, kept in step with it. Returns how many
/// documents and errors the input gave.
fn check(data: &[u8]) -> (usize, usize) {
    let (mut docs, mut errors) = (0, 0);
    for item in Archive::from_reader("fuzz", std::io::Cursor::new(data.to_vec()), options()) {
        match item {
            Ok(doc) => {
                docs += 1;
                assert!(!doc.id.is_empty(), "document with an empty id");
                assert!(
                    !doc.text.trim().is_empty(),
                    "document {:?} has no text",
                    doc.id
                );
            }
            Err(e) => {
                errors += 1;
                assert!(!e.to_string().is_empty() && !e.code().is_empty());
            }
        }
    }
    (docs, errors)
}

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
