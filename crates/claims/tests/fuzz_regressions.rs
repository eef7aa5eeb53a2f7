//! Replays the `claims` fuzz target's checks on stable Rust: over the seed corpus in
//! `fuzz/corpus/claims/` and over inputs the fuzzer has found a bug with, once fixed.
//! See `docs/fuzzing.md`.

use std::path::PathBuf;

use reckon_claims::extract;
use reckon_text::Document;

#[path = "fuzz/invariants.rs"]
mod invariants;
use invariants::check;

/// Every input the fuzzer found a bug with (`fuzz/regressions/claims/`) keeps the invariants.
#[test]
fn fuzz_findings_stay_fixed() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/claims");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fuzz regressions at {}: skipped", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in &paths {
        let claims = check(&std::fs::read(path).unwrap());
        eprintln!("{}: {claims} claims", path.display());
    }
}

/// A quantity whose modifier, unit or scale sits past a line break stays inside its sentence:
/// the line break ends the sentence, so the parts are not joined (fuzz finding, issue 7).
#[test]
fn quantity_never_crosses_a_line_break() {
    let cases: &[(&str, &[&str])] = &[
        ("about\n$4.5bn", &["$4.5bn"]),
        (
            "The deal would cost about\n$4.5bn, officials said.",
            &["$4.5bn"],
        ),
        ("5\nkm", &["5"]),
        ("Rockets fell 5\nkm away.", &["5"]),
        ("45\nper cent", &["45"]),
        ("Prices rose 45\nper cent.", &["45"]),
        ("It rose two\rthirds of the way.", &["two"]),
        ("more than\n\n500 people", &["500"]),
        ("1.2\nmillion people", &["1.2"]),
        ("between 10\nand 20 people", &["10", "20"]),
    ];
    for (text, want) in cases {
        check(text.as_bytes());
        let doc = Document::new("t", *text).with_date(jiff::civil::date(2025, 7, 7));
        let got: Vec<String> = extract(&doc)
            .claims
            .iter()
            .map(|c| c.quantity.text.clone())
            .collect();
        assert_eq!(&got, want, "{text:?}");
    }
}

#[test]
fn seed_corpus_keeps_the_fuzz_invariants() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/claims");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fuzz corpus at {}: skipped", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in &paths {
        let claims = check(&std::fs::read(path).unwrap());
        eprintln!("{}: {claims} claims", path.display());
        assert!(
            claims > 0,
            "{}: a seed with numbers gave no claim",
            path.display()
        );
    }
}
