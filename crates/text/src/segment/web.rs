//! URLs (`http://`, `https://`, `www.`), e-mail addresses and `word.tld` domains. Failed
//! e-mail and domain scans remember how far they went, so no byte is scanned for them twice.

use super::chars::{CLASS, WS, ascii_alnum, is_dash, is_quote};
use super::scanner::Scanner;

impl Scanner<'_, '_> {
    /// Tries an e-mail address starting at `start`; returns its end.
    pub(super) fn email(&mut self, start: usize) -> Option<usize> {
        if start < self.email_checked_to {
            return None;
        }
        let b = self.b;
        let mut q = start;
        while b
            .get(q)
            .is_some_and(|&c| ascii_alnum(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            q += 1;
        }
        if b.get(q) == Some(&b'@') && q > start && b[q - 1] != b'.' {
            let d = q + 1;
            let mut e = d;
            while b
                .get(e)
                .is_some_and(|&c| ascii_alnum(c) || matches!(c, b'.' | b'-'))
            {
                e += 1;
            }
            while e > d && matches!(b[e - 1], b'.' | b'-') {
                e -= 1;
            }
            let domain = &b[d..e];
            if let Some(dot) = domain.iter().rposition(|&c| c == b'.')
                && dot > 0
                && domain[0].is_ascii_alphanumeric()
                && domain.len() - dot > 2
            {
                return Some(e);
            }
        }
        self.email_checked_to = q + 1;
        None
    }

    /// Tries `http://`, `https://` or `www.` at `start`; returns the URL's end.
    pub(super) fn url(&self, start: usize) -> Option<usize> {
        let rest = &self.b[start..];
        let head = rest.get(..8).unwrap_or(rest);
        let lower = |s: &[u8], p: &[u8]| s.len() >= p.len() && s[..p.len()].eq_ignore_ascii_case(p);
        let skip = if lower(head, b"https://") {
            8
        } else if lower(head, b"http://") {
            7
        } else if lower(head, b"www.") && rest.get(4).is_some_and(|&c| ascii_alnum(c)) {
            4
        } else {
            return None;
        };
        let mut e = start + skip;
        let mut depth = 0i32;
        while e < self.b.len() {
            let c = self.b[e];
            if c < 0x80 {
                if CLASS[c as usize] == WS || matches!(c, b'"' | b'<' | b'>') {
                    break;
                }
                match c {
                    b'(' => depth += 1,
                    b')' => {
                        if depth == 0 {
                            break;
                        }
                        depth -= 1;
                    }
                    _ => {}
                }
                e += 1;
            } else {
                let (ch, len) = self.char_at(e);
                if ch.is_whitespace() || is_quote(ch) || is_dash(ch) || ch == '\u{2026}' {
                    break;
                }
                e += len;
            }
        }
        while e > start + skip
            && matches!(
                self.b[e - 1],
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\''
            )
        {
            e -= 1;
        }
        (e > start + skip).then_some(e)
    }

    /// After `label_start..` (a word just past a dot), is this dotted run a domain (`bbc.co.uk`)?
    /// Returns the end of the domain.
    pub(super) fn domain(&mut self, dot: usize) -> Option<usize> {
        if dot < self.domain_checked_to {
            return None;
        }
        let b = self.b;
        let mut i = dot;
        let mut last = (dot + 1, dot + 1);
        while b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(|&c| ascii_alnum(c)) {
            let s = i + 1;
            let mut e = s;
            while b.get(e).is_some_and(|&c| ascii_alnum(c) || c == b'-') {
                e += 1;
            }
            last = (s, e);
            i = e;
        }
        // A domain ends at its TLD: no word character may follow.
        if !self.is_word_at(i) && self.lex.is_tld(&self.text[last.0..last.1]) {
            return Some(i);
        }
        self.domain_checked_to = i + 1;
        None
    }
}
