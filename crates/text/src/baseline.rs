//! The plain UAX #29 word tokenizer, kept as the baseline the benches and tests compare against.

use unicode_segmentation::UnicodeSegmentation;

use crate::{Span, Token, TokenKind};

/// Tokens from `unicode-segmentation`'s UAX #29 word boundaries, whitespace dropped, kinds guessed
/// from the first character (word, number or punctuation). No news rules: `6:30pm`, `U.S.`,
/// `$4.5bn` and `60-day` come out in pieces. Use [`crate::tokenize`] for real work.
pub fn uax29_tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    for (i, w) in text.split_word_bound_indices() {
        let Some(c) = w.chars().next() else { continue };
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        tokens.push(Token {
            span: Span::new(i, i + w.len()),
            kind,
        });
    }
    tokens
}
