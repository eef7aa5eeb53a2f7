//! proptest properties: spans lie on character boundaries, are ordered and non-overlapping, gaps
//! are whitespace only (so tokens plus gaps rebuild the text), sentences partition the tokens.

use proptest::prelude::*;
use reckon_text::{Segmented, segment};

/// Checks every structural invariant of a segmentation of `text`.
fn check_invariants(text: &str, seg: &Segmented) -> Result<(), TestCaseError> {
    let mut prev_end = 0usize;
    let mut rebuilt = String::with_capacity(text.len());
    for t in &seg.tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        prop_assert!(s < e, "empty token at {s}");
        prop_assert!(e <= text.len());
        prop_assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {s}..{e} off a char boundary"
        );
        prop_assert!(
            s >= prev_end,
            "token {s}..{e} overlaps or precedes the one ending at {prev_end}"
        );
        let gap = &text[prev_end..s];
        prop_assert!(
            gap.chars().all(char::is_whitespace),
            "gap {gap:?} is not whitespace"
        );
        let tok = &text[s..e];
        prop_assert!(
            !tok.chars().any(char::is_whitespace),
            "token {tok:?} holds whitespace"
        );
        rebuilt.push_str(gap);
        rebuilt.push_str(tok);
        prev_end = e;
    }
    let tail = &text[prev_end..];
    prop_assert!(
        tail.chars().all(char::is_whitespace),
        "tail {tail:?} is not whitespace"
    );
    rebuilt.push_str(tail);
    prop_assert_eq!(&rebuilt, text);

    // Sentences partition the tokens, in order, and span their first to last token.
    let mut next = 0u32;
    for s in &seg.sentences {
        prop_assert_eq!(s.first_token, next);
        prop_assert!(s.end_token > s.first_token, "empty sentence");
        let toks = &seg.tokens[s.token_range()];
        prop_assert_eq!(s.span.start, toks[0].span.start);
        prop_assert_eq!(s.span.end, toks[toks.len() - 1].span.end);
        next = s.end_token;
    }
    prop_assert_eq!(next as usize, seg.tokens.len());
    Ok(())
}

/// Text made of the pieces news tokenization cares about, glued in random order.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S."),
        Just("Dr."),
        Just("J."),
        Just("a.m."),
        Just("57,500"),
        Just("1,1"),
        Just("-3.5"),
        Just("6:30pm"),
        Just("22:30"),
        Just("60-day"),
        Just("-"),
        Just("--"),
        Just("—"),
        Just("–"),
        Just("Hamas’s"),
        Just("captives’"),
        Just("'s"),
        Just("’"),
        Just("\"?"),
        Just("\""),
        Just("“"),
        Just("”"),
        Just("("),
        Just(")"),
        Just("."),
        Just("..."),
        Just("…"),
        Just("?"),
        Just("!"),
        Just("https://x.com/a"),
        Just("www."),
        Just("a@b.com"),
        Just("@"),
        Just("#"),
        Just("#Gaza"),
        Just("45%"),
        Just("$4.5bn"),
        Just("£"),
        Just("US$"),
        Just("€20"),
        Just(" "),
        Just("\n"),
        Just("\u{a0}"),
        Just("\u{2029}"),
        Just("\u{301}"),
        Just("\u{200d}"),
        Just("👍🏽"),
        Just("He"),
        Just("the"),
        Just("Amazon.com"),
        Just("AT&T"),
        Just("&"),
        Just("O'Brien"),
        Just("don't"),
        Just("é"),
        Just("١٢"),
        Just("\t"),
        Just(","),
        Just(":"),
        Just("/"),
        Just("+"),
        Just("−"),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_on_arbitrary_text(text in any::<String>()) {
        check_invariants(&text, &segment(&text))?;
    }

    #[test]
    fn invariants_hold_on_news_pieces(text in newsy()) {
        check_invariants(&text, &segment(&text))?;
    }

    #[test]
    fn invariants_hold_on_ascii_punctuation_soup(text in "[a-zA-Z0-9 .,'\"?!@#$%&()\\-:/\n]{0,80}") {
        check_invariants(&text, &segment(&text))?;
    }

    /// Tokenization is local: what follows a line break does not change the tokens before it.
    #[test]
    fn appending_after_a_newline_keeps_earlier_tokens(a in newsy(), b in newsy()) {
        let text = format!("{a}\n{b}");
        let whole = segment(&text).tokens;
        let first = segment(&a).tokens;
        prop_assert_eq!(&whole[..first.len()], &first[..]);
    }
}

#[test]
fn invariants_hold_on_the_real_seed_article() {
    let Some(text) = super::shared_file("corpus/seed/2025-07-07-doha-talks.txt") else {
        return;
    };
    check_invariants(&text, &segment(&text)).unwrap();
}
