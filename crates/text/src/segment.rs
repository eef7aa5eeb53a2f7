//! Word and sentence segmentation (baseline; the news rules replace this).

use unicode_segmentation::UnicodeSegmentation;

use crate::{Segmented, Sentence, Span, Token, TokenKind};

/// Segments `text` into tokens and sentences with byte spans into `text`.
pub fn segment(text: &str) -> Segmented {
    let mut tokens = Vec::new();
    for (i, w) in text.split_word_bound_indices() {
        if w.chars().all(char::is_whitespace) {
            continue;
        }
        let kind = if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            TokenKind::Number
        } else if w.chars().next().is_some_and(char::is_alphabetic) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        tokens.push(Token { span: Span::new(i, i + w.len()), kind });
    }
    let mut sentences = Vec::new();
    let mut first = 0usize;
    for i in 0..tokens.len() {
        let t = tokens[i].text(text);
        let end = matches!(t, "." | "!" | "?") || i + 1 == tokens.len();
        if end {
            sentences.push(Sentence {
                span: tokens[first].span.cover(tokens[i].span),
                first_token: first as u32,
                end_token: (i + 1) as u32,
            });
            first = i + 1;
        }
    }
    Segmented { tokens, sentences }
}
