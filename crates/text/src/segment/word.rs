//! Words and what grows from them: numbers and money (through `number`), hyphenated compounds,
//! inner apostrophes (`don't`, `O'Brien`), dotted abbreviations and initials, `AT&T`, URLs and
//! e-mails (through `web`), then a possessive clitic (`’s`, plural `’`) split off after the word.

use super::chars::{ascii_alnum, is_apostrophe, is_currency, is_joining_hyphen};
use super::scanner::Scanner;
use crate::TokenKind;

impl Scanner<'_, '_> {
    /// Scans a word, number, compound, abbreviation, URL or e-mail starting at `self.pos`, then
    /// any clitic (`’s`, plural `’`) after it.
    pub(super) fn word(&mut self) {
        let start = self.pos;
        let b = self.b;
        // End of the ASCII alphanumeric run at `start` (`start` if it is not ASCII alphanumeric).
        let mut ascii_end = start;
        if ascii_alnum(b[start]) {
            // Cheap pre-check before the URL prefixes: `ht` or `ww`.
            let url_like = match b[start] {
                b'h' | b'H' => b
                    .get(start + 1)
                    .is_some_and(|c| c.eq_ignore_ascii_case(&b't')),
                b'w' | b'W' => b
                    .get(start + 1)
                    .is_some_and(|c| c.eq_ignore_ascii_case(&b'w')),
                _ => false,
            };
            if url_like && let Some(end) = self.url(start) {
                self.push(start, end, TokenKind::Url);
                return;
            }
            // E-mail: only worth a look when the alphanumeric run stops at a character an
            // address may contain.
            let mut e = start + 1;
            while e < b.len() && ascii_alnum(b[e]) {
                e += 1;
            }
            ascii_end = e;
            if matches!(b.get(e), Some(b'@' | b'.' | b'_' | b'%' | b'+' | b'-'))
                && let Some(end) = self.email(start)
            {
                self.push(start, end, TokenKind::Url);
                return;
            }
        }

        // First segment.
        let mut kind;
        let mut i;
        let mut seg_start = start;
        let (first, first_len) = if b[start] < 0x80 {
            (b[start] as char, 1)
        } else {
            self.char_at(start)
        };
        if ascii_end > start && first.is_ascii_alphabetic() {
            i = if ascii_end < b.len() && b[ascii_end] >= 0x80 {
                self.word_end(ascii_end)
            } else {
                ascii_end
            };
            kind = TokenKind::Word;
            // US$5, A$20, HK$3m: up to three capitals glued to a dollar sign and a number.
            if i - start <= 3
                && b.get(i) == Some(&b'$')
                && self.digit_at(i + 1)
                && b[start..i].iter().all(u8::is_ascii_uppercase)
            {
                (i, _) = self.number(i + 1);
                kind = TokenKind::Money;
            } else if i > start + 1
                && b[i - 1].is_ascii_digit()
                && b.get(i) == Some(&b'.')
                && self.digit_at(i + 1)
            {
                // Letters glued to a decimal (`Rs4.5bn`, `v2.5`, `x4.5m`): the point is inside
                // the number, not a full stop. Found by fuzzing.
                let mut d = i - 1;
                while d > start && b[d - 1].is_ascii_digit() {
                    d -= 1;
                }
                let (end, _) = self.number(d);
                i = self.word_end(end.max(i));
            }
        } else if first.is_ascii_digit() || first == '.' {
            (i, kind) = self.number(start);
        } else if matches!(first, '-' | '+' | '\u{2212}') {
            seg_start = start + first_len;
            if let Some(n) = self.currency_len(seg_start) {
                // -$5, −£3m
                (i, _) = self.number(seg_start + n);
                kind = TokenKind::Money;
            } else {
                (i, kind) = self.number(seg_start);
            }
        } else if is_currency(first) {
            (i, _) = self.number(start + first_len);
            kind = TokenKind::Money;
            seg_start = start + first_len;
        } else {
            // Not an ASCII letter, so never the `US$5` prefix handled in the branch above.
            i = self.word_end(start);
            kind = TokenKind::Word;
        }
        // A currency sign after a number (20€).
        if kind == TokenKind::Number && i < b.len() && b[i] >= 0x80 {
            let (c, len) = self.char_at(i);
            if is_currency(c) {
                i += len;
                kind = TokenKind::Money;
            }
        }

        // Connectors: hyphens, inner apostrophes, full stops, ampersands.
        let mut compound = false;
        loop {
            if i >= b.len() || (b[i] < 0x80 && !matches!(b[i], b'-' | b'\'' | b'.' | b'&')) {
                break;
            }
            let (c, len) = self.char_at(i);
            let next = i + len;
            if is_joining_hyphen(c)
                && self.is_word_at(next)
                && matches!(
                    kind,
                    TokenKind::Word
                        | TokenKind::Number
                        | TokenKind::Ordinal
                        | TokenKind::Compound
                        | TokenKind::Abbreviation
                )
            {
                compound = true;
                seg_start = next;
                i = if b[next].is_ascii_digit() {
                    self.number(next).0
                } else {
                    self.word_end(next)
                };
                kind = TokenKind::Compound;
                continue;
            }
            if is_apostrophe(c)
                && self.is_word_at(next)
                && matches!(kind, TokenKind::Word | TokenKind::Compound)
            {
                let e = self.word_end(next);
                let is_s = e - next == 1 && (b[next] == b's' || b[next] == b'S');
                let glued_on =
                    is_joining_hyphen(self.peek(e).unwrap_or(' ')) && self.is_word_at(e + 1);
                if is_s && !glued_on && !self.lex.is_s_contraction(&self.text[seg_start..i]) {
                    break; // possessive clitic, emitted below
                }
                i = e; // don't, we’ve, O'Brien, it's
                continue;
            }
            if c == '.' && matches!(kind, TokenKind::Word | TokenKind::Compound) {
                let seg = &self.text[seg_start..i];
                let single = seg.chars().nth(1).is_none();
                // Ph.D., Ed.D.: a short word, then dotted single letters.
                let short_dotted = seg.len() <= 3
                    && seg.bytes().all(|c| c.is_ascii_alphabetic())
                    && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
                    && b.get(i + 2) == Some(&b'.');
                if (single || short_dotted) && seg.is_ascii() {
                    // Dotted acronym or initial: U.S., a.m., e.g., U.S.A., J., Ph.D.
                    let mut j = i;
                    while b.get(j) == Some(&b'.')
                        && b.get(j + 1).is_some_and(u8::is_ascii_alphabetic)
                        && !self.is_word_at(j + 2)
                    {
                        j += 2;
                    }
                    let more = j > i;
                    if b.get(j) == Some(&b'.') {
                        j += 1;
                    }
                    if more || seg.as_bytes()[0].is_ascii_uppercase() {
                        i = j;
                        if !compound {
                            kind = TokenKind::Abbreviation;
                        }
                        // U.S.-backed
                        if b.get(i) == Some(&b'-') && self.is_word_at(i + 1) {
                            continue;
                        }
                        break;
                    }
                }
                if self.lex.abbreviation(seg).is_some() && !compound {
                    i += 1;
                    kind = TokenKind::Abbreviation;
                    break;
                }
                if self.is_word_at(i + 1) && !compound {
                    if let Some(e) = self.domain(i) {
                        i = e;
                        kind = TokenKind::Url;
                    }
                }
                if compound && self.lex.abbreviation(seg).is_some() {
                    // D-Mass.
                    i += 1;
                }
                break;
            }
            if c == '&'
                && i > start
                && b[i - 1].is_ascii_uppercase()
                && b.get(next).is_some_and(u8::is_ascii_uppercase)
                && kind == TokenKind::Word
            {
                // AT&T, S&P, Q&A
                i = self.word_end(next);
                continue;
            }
            break;
        }
        if kind == TokenKind::Abbreviation && compound {
            kind = TokenKind::Compound;
        }
        self.push(start, i, kind);

        // Clitics: ’s and the plural possessive ’ (also the `"?` that stands for a lost ’).
        if !matches!(
            kind,
            TokenKind::Word | TokenKind::Compound | TokenKind::Number | TokenKind::Abbreviation
        ) {
            return;
        }
        if i >= b.len() || (b[i] < 0x80 && !matches!(b[i], b'\'' | b'"')) {
            return;
        }
        let (c, len) = self.char_at(i);
        let (alen, lost) = if is_apostrophe(c) {
            (len, false)
        } else if c == '"' && b.get(i + 1) == Some(&b'?') {
            (2, true)
        } else {
            return;
        };
        let after = i + alen;
        let ends_in_s = matches!(b[i - 1], b's' | b'S');
        if matches!(b.get(after), Some(b's' | b'S')) && !self.is_word_at(after + 1) {
            self.push(i, after + 1, TokenKind::Possessive);
        } else if ends_in_s && !self.is_word_at(after) && !self.open_single && !lost {
            self.push(i, after, TokenKind::Possessive);
        } else if lost && self.is_word_at(after) {
            // DeVos"?highly: the lost character sits between two words, so it was an apostrophe.
            self.push(i, after, TokenKind::Possessive);
        }
    }
}
