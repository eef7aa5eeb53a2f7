//! Numbers (thousands groups, decimals, fractions, clock times, ordinals, percentages, glued
//! units) and the signs and currency symbols that may start one.

use super::chars::{is_currency, is_dash};
use super::scanner::Scanner;
use crate::TokenKind;

impl Scanner<'_, '_> {
    /// True if a sign at `i` starts a number: a digit (or `.digit`) follows and no word precedes.
    pub(super) fn sign_starts_number(&self, i: usize, sign_len: usize) -> bool {
        let j = i + sign_len;
        let digit_next = self.digit_at(j)
            || (self.b.get(j) == Some(&b'.') && self.digit_at(j + 1))
            || self.currency_len(j).is_some_and(|n| self.digit_at(j + n));
        digit_next
            && !self
                .prev_char(i)
                .is_some_and(|p| p.is_alphanumeric() || is_dash(p) || p == '.')
    }

    /// Length of the currency sign at `i`, if there is one.
    #[inline]
    pub(super) fn currency_len(&self, i: usize) -> Option<usize> {
        let (c, len) = self.b.get(i).map(|_| self.char_at(i))?;
        is_currency(c).then_some(len)
    }

    /// Scans one number starting at `i` (a digit or a `.` before digits); returns its end and kind.
    pub(super) fn number(&self, i: usize) -> (usize, TokenKind) {
        let b = self.b;
        let mut kind = TokenKind::Number;
        let int_start = i;
        let mut i = self.digits_end(i);
        let int_len = i - int_start;
        // Thousands separators: groups of exactly three digits.
        let mut grouped = false;
        if (1..=3).contains(&int_len) {
            while b.get(i) == Some(&b',')
                && self.digit_at(i + 1)
                && self.digit_at(i + 2)
                && self.digit_at(i + 3)
                && !self.digit_at(i + 4)
            {
                i += 4;
                grouped = true;
            }
        }
        if !grouped
            && (1..=2).contains(&int_len)
            && b.get(i) == Some(&b':')
            && self.digit_at(i + 1)
            && self.digit_at(i + 2)
            && !self.digit_at(i + 3)
        {
            // Clock time 6:30, 22:30, 10:30:15.
            i += 3;
            kind = TokenKind::Time;
            if b.get(i) == Some(&b':')
                && self.digit_at(i + 1)
                && self.digit_at(i + 2)
                && !self.digit_at(i + 3)
            {
                i += 3;
            }
        } else {
            // Decimals, and dotted numbers (7.7.2025) kept whole.
            while b.get(i) == Some(&b'.') && self.digit_at(i + 1) {
                i = self.digits_end(i + 1);
            }
            // Fractions and slashed dates: 24/7, 9/11, 7/7/2025.
            if !grouped {
                while b.get(i) == Some(&b'/') && self.digit_at(i + 1) {
                    i = self.digits_end(i + 1);
                }
            }
        }
        // Suffixes.
        if b.get(i) == Some(&b'%') {
            return (i + 1, TokenKind::Percent);
        }
        if b.get(i).is_some_and(|&c| c.is_ascii_alphabetic()) {
            let mut e = i;
            while b.get(e).is_some_and(u8::is_ascii_alphabetic) {
                e += 1;
            }
            let suffix = &b[i..e];
            let eq = |s: &[u8]| suffix.eq_ignore_ascii_case(s);
            if (eq(b"am") || eq(b"pm")) && !self.is_word_at(e) {
                return (e, TokenKind::Time);
            }
            if (eq(b"a") || eq(b"p"))
                && b.get(e) == Some(&b'.')
                && b.get(e + 1).is_some_and(|c| c.eq_ignore_ascii_case(&b'm'))
                && b.get(e + 2) == Some(&b'.')
            {
                return (e + 3, TokenKind::Time);
            }
            if kind == TokenKind::Number
                && (eq(b"st") || eq(b"nd") || eq(b"rd") || eq(b"th"))
                && !self.is_word_at(e)
            {
                return (e, TokenKind::Ordinal);
            }
            // A unit or magnitude glued on (4.5bn, 10km, 1990s): one number token.
            return (self.word_end(e), kind);
        }
        if kind == TokenKind::Number && self.is_word_at(i) {
            // Digits glued to other letters or digits (non-ASCII): keep the run whole.
            return (self.word_end(i), kind);
        }
        (i, kind)
    }
}
