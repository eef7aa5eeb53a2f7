//! The invariants of word and sentence segmentation on any input, shared by the `tokenize` fuzz
//! target (`fuzz/fuzz_targets/tokenize.rs`) and this crate's `tests/fuzz_regressions.rs`.
//!
//! The bytes are read as UTF-8 (invalid sequences become U+FFFD) and segmented. Checked:
//! tokens are non-empty, in order, non-overlapping, on character boundaries and free of
//! whitespace; the text between tokens is whitespace only (so tokens plus gaps rebuild the
//! text); compound parts lie inside their token; sentences partition the tokens in order and
//! each sentence span runs from its first token's start to its last token's end; `tokenize`
//! gives the same tokens as `segment`.

use reckon_text::{Segmented, segment, tokenize};

/// Panics with the broken invariant when `data` segments wrongly.
pub fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let seg = segment(&text);
    check_segmented(&text, &seg);
    assert_eq!(
        tokenize(&text),
        seg.tokens,
        "tokenize and segment disagree on the tokens"
    );
}

fn check_segmented(text: &str, seg: &Segmented) {
    let mut prev_end = 0usize;
    for (i, t) in seg.tokens.iter().enumerate() {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        assert!(s < e, "token {i} is empty or reversed: {s}..{e}");
        assert!(e <= text.len(), "token {i} ends past the text: {s}..{e}");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "token {i} {s}..{e} is not on character boundaries"
        );
        assert!(
            prev_end <= s,
            "token {i} {s}..{e} overlaps or precedes the previous one (ended at {prev_end})"
        );
        let gap = &text[prev_end..s];
        assert!(
            gap.chars().all(char::is_whitespace),
            "non-whitespace {gap:?} between tokens before token {i} ({s}..{e})"
        );
        let tok = &text[s..e];
        assert!(
            !tok.chars().any(char::is_whitespace),
            "token {i} {tok:?} ({:?}) contains whitespace",
            t.kind
        );
        for p in t.parts(text) {
            assert!(
                s <= p.start as usize && p.end as usize <= e && p.start < p.end,
                "part {p:?} of token {i} {tok:?} lies outside it or is empty"
            );
            assert!(
                text.is_char_boundary(p.start as usize) && text.is_char_boundary(p.end as usize),
                "part {p:?} of token {i} {tok:?} is not on character boundaries"
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
            "sentence {i} starts at token {} but the previous one ended at {next}",
            s.first_token
        );
        assert!(
            s.first_token < s.end_token,
            "sentence {i} holds no tokens: {}..{}",
            s.first_token,
            s.end_token
        );
        assert!(
            s.end_token as usize <= seg.tokens.len(),
            "sentence {i} ends past the last token"
        );
        let first = seg.tokens[s.first_token as usize].span;
        let last = seg.tokens[s.end_token as usize - 1].span;
        assert_eq!(
            (s.span.start, s.span.end),
            (first.start, last.end),
            "sentence {i}'s span does not run from its first token to its last"
        );
        next = s.end_token;
    }
    assert_eq!(
        next as usize,
        seg.tokens.len(),
        "sentences cover {next} of {} tokens",
        seg.tokens.len()
    );
}
