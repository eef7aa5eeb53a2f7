//! Sentence splitting over the tokens: one pass, deciding at each candidate end.
//!
//! A sentence ends:
//! - at a line break (news headlines, standfirsts and captions have no full stop);
//! - after `.`, `!`, `?` (and any closing quotes or brackets glued to them), unless the next token
//!   starts with a lower-case letter or is `,;:.!?` (`“Why?” he asked`), or the stop follows a
//!   list number (`2. The second reason`, `two reasons: 1. The cost`);
//! - after an ellipsis followed by a capitalised word;
//! - after an abbreviation's full stop only when the next word is a clear sentence start from the
//!   lexicon (`in the U.S. He said`), never after a title (`Dr.`, `Sen.`, `No.`).

use crate::lexicon::{AbbrevClass, Lexicon};
use crate::{Sentence, Span, Token, TokenKind};

/// Splits `tokens` (from [`crate::tokenize`] on `text`) into sentences with the built-in lexicon.
pub fn split_sentences_builtin(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    split_sentences(Lexicon::builtin(), text, tokens)
}

/// True if the bytes between two tokens hold a line break.
#[inline]
fn has_line_break(gap: &[u8]) -> bool {
    if gap == b" " {
        return false; // the usual gap
    }
    gap.iter().enumerate().any(|(k, &c)| {
        c == b'\n'
            || c == b'\r'
            || (c == 0xE2
                && gap.get(k + 1) == Some(&0x80)
                && matches!(gap.get(k + 2), Some(0xA8 | 0xA9)))
            || (c == 0xC2 && gap.get(k + 1) == Some(&0x85))
    })
}

struct Splitter<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    tokens: &'a [Token],
}

impl Splitter<'_> {
    #[inline]
    fn s(&self, k: usize) -> &str {
        self.tokens[k].text(self.text)
    }

    #[inline]
    fn attached(&self, k: usize) -> bool {
        k + 1 < self.tokens.len() && self.tokens[k + 1].span.start == self.tokens[k].span.end
    }

    /// Is token `k`, glued to what precedes it, a closing quote or bracket?
    fn is_closer(&self, k: usize) -> bool {
        let t = self.tokens[k];
        match t.kind {
            TokenKind::Bracket => matches!(self.s(k), ")" | "]" | "}"),
            TokenKind::Quote => match self.s(k) {
                "\u{201D}" | "\u{2019}" | "\u{00BB}" | "\u{203A}" | "\u{300D}" | "\u{300F}"
                | "\"?" => true,
                // A straight quote closes unless a word is glued after it (`."I think`).
                "\"" | "'" => {
                    !self.attached(k)
                        || matches!(
                            self.tokens[k + 1].kind,
                            TokenKind::Punct
                                | TokenKind::Quote
                                | TokenKind::Bracket
                                | TokenKind::Dash
                        )
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Index of the last of the closers glued after token `i` (or `i`).
    fn absorb_closers(&self, i: usize) -> usize {
        let mut j = i;
        while self.attached(j) && self.is_closer(j + 1) {
            j += 1;
        }
        j
    }

    fn first_char(&self, k: usize) -> Option<char> {
        self.s(k).chars().next()
    }

    /// After a full stop, `!` or `?`: does token `k` start a new sentence?
    fn starts_after_stop(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return true;
        };
        if t.kind == TokenKind::Punct && self.s(k).starts_with([',', ';', ':', '.', '!', '?']) {
            return false;
        }
        !self.first_char(k).is_some_and(char::is_lowercase)
    }

    /// Is token `i` the `.` of a list number (`2. The second reason`, `reasons: 1. The cost`): glued
    /// to a one- or two-digit number that opens the sentence or follows a colon?
    fn is_list_number_stop(&self, first: usize, i: usize) -> bool {
        if i == 0 || self.s(i) != "." || !self.attached(i - 1) {
            return false;
        }
        let num = self.tokens[i - 1];
        let opens = i - 1 == first || (i >= 2 && matches!(self.s(i - 2), ":" | ";"));
        num.kind == TokenKind::Number && num.span.len() <= 2 && opens
    }

    /// Is token `k` capitalised (or an opening quote before a capitalised token)?
    fn capitalised(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return true;
        };
        if t.kind == TokenKind::Quote && k + 1 < self.tokens.len() {
            return self.first_char(k + 1).is_some_and(char::is_uppercase);
        }
        self.first_char(k).is_some_and(char::is_uppercase)
    }

    /// After an abbreviation: is token `k` a clear sentence start?
    fn clear_start(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return true;
        };
        let word_at = |k: usize| {
            let s = self.s(k);
            let s = s.split(['\'', '\u{2019}']).next().unwrap_or(s);
            self.tokens[k].kind == TokenKind::Word && self.lex.is_sentence_starter(s)
        };
        match t.kind {
            TokenKind::Quote => {
                k + 1 < self.tokens.len() && (word_at(k + 1) || self.capitalised(k))
            }
            _ => word_at(k),
        }
    }

    /// How the abbreviation `s` (with its final stop) behaves at a boundary.
    fn abbrev_class(&self, s: &str) -> AbbrevClass {
        let word = s.strip_suffix('.').unwrap_or(s);
        self.lex.abbreviation(word).unwrap_or(AbbrevClass::Other)
    }
}

/// Splits `tokens` (from tokenizing `text`) into sentences that partition them, using `lex`.
pub fn split_sentences(lex: &Lexicon, text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let sp = Splitter { lex, text, tokens };
    let n = tokens.len();
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(n / 16 + 1);
    let mut first = 0usize;
    let mut i = 0usize;
    while i < n {
        let t = tokens[i];
        let mut last = i;
        let mut boundary = false;
        match t.kind {
            TokenKind::Punct => {
                let s = sp.s(i);
                if !sp.is_list_number_stop(first, i)
                    && (s.bytes().any(|c| matches!(c, b'.' | b'!' | b'?')) || s == "\u{3002}")
                {
                    last = sp.absorb_closers(i);
                    boundary = sp.starts_after_stop(last + 1);
                }
            }
            TokenKind::Ellipsis => {
                last = sp.absorb_closers(i);
                boundary = !sp.attached(last) && sp.capitalised(last + 1);
            }
            TokenKind::Abbreviation => {
                let s = sp.s(i);
                if s.ends_with('.') && sp.abbrev_class(s) == AbbrevClass::Other {
                    last = sp.absorb_closers(i);
                    boundary = if last > i {
                        sp.starts_after_stop(last + 1)
                    } else {
                        sp.clear_start(last + 1)
                    };
                }
            }
            _ => {}
        }
        if !boundary && last + 1 < n {
            let gap = &b[tokens[last].span.end as usize..tokens[last + 1].span.start as usize];
            boundary = has_line_break(gap);
        }
        if boundary || last + 1 == n {
            out.push(Sentence {
                span: Span::new(
                    tokens[first].span.start as usize,
                    tokens[last].span.end as usize,
                ),
                first_token: first as u32,
                end_token: (last + 1) as u32,
            });
            first = last + 1;
        }
        i = last + 1;
    }
    out
}
