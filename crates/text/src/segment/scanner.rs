//! The scanner's state (the text, the position, the tokens so far, what failed look-aheads
//! already ruled out) and its primitive look-aheads over characters, digits and word runs.

use super::chars::{ascii_alnum, decode, is_extend, is_word_char};
use crate::lexicon::Lexicon;
use crate::{Span, Token, TokenKind};

/// Tokenizer state over one text.
pub(super) struct Scanner<'t, 'l> {
    pub(super) text: &'t str,
    pub(super) b: &'t [u8],
    pub(super) pos: usize,
    pub(super) lex: &'l Lexicon,
    pub(super) tokens: Vec<Token>,
    /// Word starts before this offset are known not to begin an e-mail address.
    pub(super) email_checked_to: usize,
    /// Dots before this offset are known not to continue a `word.tld` domain.
    pub(super) domain_checked_to: usize,
    /// A `‘` or an opening `'` is waiting for its closing mark, so a `’` after an `s` closes the
    /// quote rather than marking a plural possessive. Reset at every newline.
    pub(super) open_single: bool,
}

impl Scanner<'_, '_> {
    #[inline]
    pub(super) fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        self.tokens.push(Token {
            span: Span::new(start, end),
            kind,
        });
        self.pos = end;
    }

    /// The character at `i` (must be `< len`), with its length.
    #[inline]
    pub(super) fn char_at(&self, i: usize) -> (char, usize) {
        decode(self.b, i)
    }

    /// The character at `i`, or `None` at the end.
    #[inline]
    pub(super) fn peek(&self, i: usize) -> Option<char> {
        (i < self.b.len()).then(|| self.char_at(i).0)
    }

    /// The character ending at `i` (just before it), or `None` at the start.
    #[inline]
    pub(super) fn prev_char(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    #[inline]
    pub(super) fn is_word_at(&self, i: usize) -> bool {
        match self.b.get(i) {
            None => false,
            Some(&c) if c < 0x80 => ascii_alnum(c),
            Some(_) => is_word_char(self.char_at(i).0),
        }
    }

    #[inline]
    pub(super) fn digit_at(&self, i: usize) -> bool {
        self.b.get(i).is_some_and(u8::is_ascii_digit)
    }

    /// End of the run of word characters starting at `i`.
    #[inline]
    pub(super) fn word_end(&self, mut i: usize) -> usize {
        let b = self.b;
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                if !ascii_alnum(c) {
                    break;
                }
                i += 1;
            } else {
                let (ch, len) = self.char_at(i);
                if !is_word_char(ch) {
                    break;
                }
                i += len;
            }
        }
        i
    }

    #[inline]
    pub(super) fn digits_end(&self, mut i: usize) -> usize {
        while self.digit_at(i) {
            i += 1;
        }
        i
    }

    /// End of a run of the same character `c` (of UTF-8 length `len`) starting at `i`.
    pub(super) fn same_run_end(&self, mut i: usize, c: char) -> usize {
        let mut buf = [0u8; 4];
        let pat = c.encode_utf8(&mut buf).as_bytes();
        while self.b[i..].starts_with(pat) {
            i += pat.len();
        }
        i
    }

    /// Past any combining marks, joiners, variation selectors or skin tones at `i` (and the
    /// character after each zero-width joiner), so emoji sequences stay one token.
    pub(super) fn extend_end(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i] >= 0x80 {
            let (c, len) = self.char_at(i);
            if !is_extend(c) {
                break;
            }
            i += len;
            if c == '\u{200D}'
                && i < self.b.len()
                && !self.text[i..].starts_with(char::is_whitespace)
            {
                i += self.char_at(i).1;
            }
        }
        i
    }
}
