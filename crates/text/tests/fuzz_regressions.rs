//! Replays the `tokenize` fuzz target's checks on stable Rust: over the seed corpus in
//! `fuzz/corpus/tokenize/` and over inputs the fuzzer has found a bug with, once fixed. See `docs/fuzzing.md`.

use std::path::PathBuf;

use reckon_text::{Segmented, segment, tokenize};

/// The checks of `fuzz/fuzz_targets/tokenize.rs`, kept in step with it.
fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let seg = segment(text);
    check_segmented(text, &seg);
    assert_eq!(
        tokenize(text),
        seg.tokens,
        "tokenize and segment disagree on {text:?}"
    );
}

fn check_segmented(text: &str, seg: &Segmented) {
    let mut prev_end = 0usize;
    for (i, t) in seg.tokens.iter().enumerate() {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        assert!(
            s < e && e <= text.len(),
            "token {i} {s}..{e} is empty or past the end of {text:?}"
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "token {i} {s}..{e} is not on character boundaries in {text:?}"
        );
        assert!(
            prev_end <= s,
            "token {i} {s}..{e} overlaps the previous one in {text:?}"
        );
        let gap = &text[prev_end..s];
        assert!(
            gap.chars().all(char::is_whitespace),
            "non-whitespace {gap:?} before token {i} in {text:?}"
        );
        let tok = &text[s..e];
        assert!(
            !tok.chars().any(char::is_whitespace),
            "token {tok:?} contains whitespace"
        );
        for p in t.parts(text) {
            assert!(
                s <= p.start as usize && p.end as usize <= e && p.start < p.end,
                "part {p:?} of {tok:?} lies outside it or is empty"
            );
        }
        prev_end = e;
    }
    let tail = &text[prev_end..];
    assert!(
        tail.chars().all(char::is_whitespace),
        "non-whitespace {tail:?} after the last token"
    );
    let mut next = 0u32;
    for (i, s) in seg.sentences.iter().enumerate() {
        assert_eq!(
            s.first_token, next,
            "sentence {i} does not start where the previous ended"
        );
        assert!(s.first_token < s.end_token, "sentence {i} holds no tokens");
        assert!(
            s.end_token as usize <= seg.tokens.len(),
            "sentence {i} ends past the last token"
        );
        let first = seg.tokens[s.first_token as usize].span;
        let last = seg.tokens[s.end_token as usize - 1].span;
        assert_eq!(
            (s.span.start, s.span.end),
            (first.start, last.end),
            "sentence {i}'s span"
        );
        next = s.end_token;
    }
    assert_eq!(
        next as usize,
        seg.tokens.len(),
        "sentences do not cover every token"
    );
}

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
