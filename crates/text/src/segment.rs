//! Word tokenization: a hand-written, single-pass byte scanner with the news rules.
//!
//! Why not UAX #29 (`unicode-segmentation`) underneath: its word boundaries split exactly where news
//! needs joins (`57,500` is fine, but `$4.5bn`, `6:30pm`, `U.S.`, `21-month-old`, `Hamas’s`, URLs and
//! e-mails all need re-gluing), and re-gluing its output costs a second pass over every token. A byte
//! scanner with an ASCII fast path does both at once and is several times faster (the bench in
//! `benches/tokenize.rs` measures both in the same run). Non-ASCII text is decoded one character
//! at a time and classified with the standard library's Unicode tables.
//!
//! Linearity: every look-ahead is either bounded (a few bytes) or consumes what it scanned, except
//! the e-mail and domain checks, which remember how far a failed scan went so that no byte is
//! scanned for them twice.
//!
//! The scanner is split by topic: `chars` (character classes), `scanner` (the cursor over the
//! text and its primitive look-aheads), `number` (numbers, times, signs and currency), `web`
//! (URLs, e-mail addresses, domains), `word` (words, compounds, abbreviations and clitics) and
//! `punct` (everything that does not start a word). The dispatch loop over the text is here.

mod chars;
mod number;
mod punct;
mod scanner;
mod web;
mod word;

use crate::lexicon::Lexicon;
use crate::{Segmented, Token};

use chars::{ALPHA, CLASS, DIGIT, WS, is_word_char};
use scanner::Scanner;

/// Segments `text` into tokens and sentences with byte spans into `text`, using the built-in lexicon.
///
/// Tokens never contain whitespace; the tokens and the whitespace between them rebuild `text`
/// exactly. Sentences partition the tokens in order.
pub fn segment(text: &str) -> Segmented {
    Segmenter::default().segment(text)
}

/// Tokenizes `text` with the built-in lexicon (no sentence splitting).
pub fn tokenize(text: &str) -> Vec<Token> {
    Segmenter::default().tokenize(text)
}

/// A tokenizer and sentence splitter bound to a [`Lexicon`]; cheap to copy, `Send + Sync`.
#[derive(Debug, Clone, Copy)]
pub struct Segmenter<'a> {
    lex: &'a Lexicon,
}

impl Default for Segmenter<'static> {
    fn default() -> Self {
        Segmenter {
            lex: Lexicon::builtin(),
        }
    }
}

impl<'a> Segmenter<'a> {
    /// A segmenter using `lex` (for example one built with [`Lexicon::parse`] from user files).
    pub fn new(lex: &'a Lexicon) -> Segmenter<'a> {
        Segmenter { lex }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &'a Lexicon {
        self.lex
    }

    /// Tokens and sentences of `text`.
    pub fn segment(&self, text: &str) -> Segmented {
        let tokens = self.tokenize(text);
        let sentences = crate::sentence::split_sentences(self.lex, text, &tokens);
        Segmented { tokens, sentences }
    }

    /// Tokens of `text`, in order, with exact byte spans.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut s = Scanner {
            text,
            b: text.as_bytes(),
            pos: 0,
            lex: self.lex,
            tokens: Vec::with_capacity(text.len() / 5 + 4),
            email_checked_to: 0,
            domain_checked_to: 0,
            open_single: false,
        };
        s.run();
        s.tokens
    }
}

impl Scanner<'_, '_> {
    /// Tokenizes the whole text: skips whitespace and hands every token start to the scanner
    /// for its kind.
    fn run(&mut self) {
        let n = self.b.len();
        while self.pos < n {
            let c = self.b[self.pos];
            if c < 0x80 {
                match CLASS[c as usize] {
                    WS => {
                        if c == b'\n' {
                            self.open_single = false;
                        }
                        self.pos += 1;
                    }
                    ALPHA | DIGIT => self.word(),
                    _ => self.ascii_other(c),
                }
            } else {
                let (ch, len) = self.char_at(self.pos);
                if ch.is_whitespace() {
                    if matches!(ch, '\u{2028}' | '\u{2029}' | '\u{0085}') {
                        self.open_single = false;
                    }
                    self.pos += len;
                } else if is_word_char(ch) {
                    self.word();
                } else {
                    self.unicode_other(ch, len);
                }
            }
        }
    }
}
