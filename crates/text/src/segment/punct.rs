//! Tokens that do not start with a letter or a digit: quotes (tracking an open `‘`), brackets,
//! dashes and hyphens, ellipses, `!?` runs, handles and hashtags, the scraper's `"?`, and
//! symbols; a sign or currency sign before a number hands over to the word scanner.

use super::chars::{ascii_alnum, is_bracket, is_currency, is_dash, is_quote};
use super::scanner::Scanner;
use crate::TokenKind;

impl Scanner<'_, '_> {
    pub(super) fn ascii_other(&mut self, c: u8) {
        let start = self.pos;
        let b = self.b;
        match c {
            b'"' => {
                if b.get(start + 1) == Some(&b'?') {
                    // A curly quote, apostrophe or dash lost upstream as `"?` (seen in scraped
                    // corpora). One token; a dash when it stands after a space or a hyphen.
                    let after_gap =
                        start == 0 || matches!(b[start - 1], b' ' | b'\t' | b'\n' | b'\r' | b'-');
                    let kind = if after_gap {
                        TokenKind::Dash
                    } else {
                        TokenKind::Quote
                    };
                    self.push(start, start + 2, kind);
                } else {
                    self.push(start, start + 1, TokenKind::Quote);
                }
            }
            b'\'' => {
                let opening = !self.prev_char(start).is_some_and(char::is_alphanumeric)
                    && self.is_word_at(start + 1);
                self.open_single = opening;
                self.push(start, start + 1, TokenKind::Quote);
            }
            b'(' | b')' | b'[' | b']' | b'{' | b'}' => {
                self.push(start, start + 1, TokenKind::Bracket)
            }
            b'.' => {
                let end = self.same_run_end(start, '.');
                if end - start >= 2 {
                    self.push(start, end, TokenKind::Ellipsis);
                } else if self.digit_at(start + 1)
                    && !self.prev_char(start).is_some_and(char::is_alphanumeric)
                {
                    self.word();
                } else {
                    self.push(start, end, TokenKind::Punct);
                }
            }
            b'!' | b'?' => {
                let mut end = start + 1;
                while matches!(b.get(end), Some(b'!' | b'?')) {
                    end += 1;
                }
                self.push(start, end, TokenKind::Punct);
            }
            b'-' | b'+' => {
                if self.sign_starts_number(start, 1) {
                    self.word();
                } else if c == b'-' {
                    let end = self.same_run_end(start, '-');
                    let spaced = end - start >= 2
                        || start == 0
                        || b[start - 1].is_ascii_whitespace()
                        || end == b.len()
                        || b[end].is_ascii_whitespace();
                    self.push(
                        start,
                        end,
                        if spaced {
                            TokenKind::Dash
                        } else {
                            TokenKind::Punct
                        },
                    );
                } else {
                    self.push(start, start + 1, TokenKind::Symbol);
                }
            }
            b'@' => {
                let mut end = start + 1;
                while b.get(end).is_some_and(|&c| ascii_alnum(c) || c == b'_') {
                    end += 1;
                }
                let kind = if end > start + 1 {
                    TokenKind::Handle
                } else {
                    TokenKind::Symbol
                };
                self.push(start, end.max(start + 1), kind);
            }
            b'#' => {
                let mut end = start + 1;
                let mut letter = false;
                loop {
                    if b.get(end) == Some(&b'_') {
                        end += 1;
                    } else if self.is_word_at(end) {
                        let e = self.word_end(end);
                        letter |= self.text[end..e].chars().any(char::is_alphabetic);
                        end = e;
                    } else {
                        break;
                    }
                }
                if letter {
                    self.push(start, end, TokenKind::Handle);
                } else {
                    self.push(start, start + 1, TokenKind::Symbol);
                }
            }
            b'$' => {
                if self.digit_at(start + 1)
                    || (b.get(start + 1) == Some(&b'.') && self.digit_at(start + 2))
                {
                    self.word();
                } else {
                    self.push(start, start + 1, TokenKind::Symbol);
                }
            }
            b',' | b';' | b':' => self.push(start, start + 1, TokenKind::Punct),
            _ => {
                let end = self.extend_end(start + 1);
                self.push(start, end, TokenKind::Symbol);
            }
        }
    }

    pub(super) fn unicode_other(&mut self, ch: char, len: usize) {
        let start = self.pos;
        if is_quote(ch) {
            match ch {
                '\u{2018}' | '\u{201B}' => self.open_single = true,
                '\u{2019}' => self.open_single = false,
                _ => {}
            }
            self.push(start, start + len, TokenKind::Quote);
        } else if ch == '\u{2026}' {
            let end = self.same_run_end(start, ch);
            self.push(start, end, TokenKind::Ellipsis);
        } else if is_dash(ch) {
            if ch == '\u{2212}' && self.sign_starts_number(start, len) {
                self.word();
            } else {
                let end = self.same_run_end(start, ch);
                self.push(start, end, TokenKind::Dash);
            }
        } else if is_bracket(ch) {
            self.push(start, start + len, TokenKind::Bracket);
        } else if is_currency(ch)
            && (self.digit_at(start + len)
                || (self.b.get(start + len) == Some(&b'.') && self.digit_at(start + len + 1)))
        {
            self.word();
        } else {
            let end = self.extend_end(start + len);
            let kind = if matches!(ch, '\u{00A1}' | '\u{00BF}' | '\u{00B7}' | '\u{2016}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}' | '\u{3002}')
                && !matches!(
                    ch,
                    '\u{2020}' | '\u{2021}' | '\u{2022}' | '\u{2030}' | '\u{2031}'
                ) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
            self.push(start, end, kind);
        }
    }
}
