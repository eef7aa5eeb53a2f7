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

use crate::lexicon::Lexicon;
use crate::{Segmented, Span, Token, TokenKind};

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

// ---------------------------------------------------------------------------------------------
// Character classes

const OTHER: u8 = 0;
const WS: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 3;

/// Class of every byte; bytes >= 0x80 (parts of non-ASCII characters) are `OTHER`.
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphabetic() {
            ALPHA
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            WS
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

#[inline(always)]
fn ascii_alnum(c: u8) -> bool {
    CLASS[c as usize] >= ALPHA
}

/// Decodes the character starting at byte `i` of valid UTF-8 `b`; returns it and its length.
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (char, usize) {
    let c0 = b[i] as u32;
    let (v, len) = if c0 < 0x80 {
        (c0, 1)
    } else if c0 < 0xE0 {
        (((c0 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if c0 < 0xF0 {
        (
            ((c0 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((c0 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    };
    (
        char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER),
        len,
    )
}

/// Combining marks, joiners and variation selectors: they continue whatever precedes them.
#[inline]
fn is_extend(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{200C}' | '\u{200D}' | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}' | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}')
}

/// A non-ASCII character that belongs inside a word. U+FFFD counts: in scraped news it almost
/// always stands for an accented letter lost in decoding (`Beyonc\u{FFFD}\u{FFFD}`).
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_extend(c) || c == char::REPLACEMENT_CHARACTER
}

/// Dash punctuation (Unicode category Pd, plus the minus sign and the figure dash).
#[inline]
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '\u{058A}' | '\u{05BE}' | '\u{1400}' | '\u{1806}' | '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '\u{2E17}'
                | '\u{2E1A}'
                | '\u{2E3A}'
                | '\u{2E3B}'
                | '\u{2E40}'
                | '\u{2E5D}'
                | '\u{301C}'
                | '\u{3030}'
                | '\u{30A0}'
                | '\u{FE31}'
                | '\u{FE32}'
                | '\u{FE58}'
                | '\u{FE63}'
                | '\u{FF0D}'
                | '\u{10EAD}'
    )
}

/// Hyphens that join the parts of a compound (ASCII hyphen-minus, U+2010 hyphen, U+2011 non-breaking).
#[inline]
fn is_joining_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

#[inline]
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2018}'..='\u{201F}'
            | '\u{2039}'
            | '\u{203A}'
            | '\u{300C}'..='\u{300F}'
            | '\u{FF02}'
            | '\u{FF07}'
    )
}

#[inline]
fn is_bracket(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '\u{2045}'
            | '\u{2046}'
            | '\u{2329}'
            | '\u{232A}'
            | '\u{27E6}'..='\u{27EF}'
            | '\u{2983}'..='\u{2998}'
            | '\u{3008}'..='\u{300B}'
            | '\u{3010}'
            | '\u{3011}'
            | '\u{3014}'..='\u{301B}'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF3B}'
            | '\u{FF3D}'
            | '\u{FF5B}'
            | '\u{FF5D}'
    )
}

#[inline]
fn is_currency(c: char) -> bool {
    matches!(c, '$' | '\u{00A2}'..='\u{00A5}' | '\u{20A0}'..='\u{20C0}' | '\u{FDFC}' | '\u{FF04}')
}

/// True for an apostrophe usable inside words or as a clitic: `'` or `’`.
#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

// ---------------------------------------------------------------------------------------------
// The scanner

struct Scanner<'t, 'l> {
    text: &'t str,
    b: &'t [u8],
    pos: usize,
    lex: &'l Lexicon,
    tokens: Vec<Token>,
    /// Word starts before this offset are known not to begin an e-mail address.
    email_checked_to: usize,
    /// Dots before this offset are known not to continue a `word.tld` domain.
    domain_checked_to: usize,
    /// A `‘` or an opening `'` is waiting for its closing mark, so a `’` after an `s` closes the
    /// quote rather than marking a plural possessive. Reset at every newline.
    open_single: bool,
}

impl Scanner<'_, '_> {
    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        self.tokens.push(Token {
            span: Span::new(start, end),
            kind,
        });
        self.pos = end;
    }

    /// The character at `i` (must be `< len`), with its length.
    #[inline]
    fn char_at(&self, i: usize) -> (char, usize) {
        decode(self.b, i)
    }

    /// The character at `i`, or `None` at the end.
    #[inline]
    fn peek(&self, i: usize) -> Option<char> {
        (i < self.b.len()).then(|| self.char_at(i).0)
    }

    /// The character ending at `i` (just before it), or `None` at the start.
    #[inline]
    fn prev_char(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    #[inline]
    fn is_word_at(&self, i: usize) -> bool {
        match self.b.get(i) {
            None => false,
            Some(&c) if c < 0x80 => ascii_alnum(c),
            Some(_) => is_word_char(self.char_at(i).0),
        }
    }

    #[inline]
    fn digit_at(&self, i: usize) -> bool {
        self.b.get(i).is_some_and(u8::is_ascii_digit)
    }

    /// End of the run of word characters starting at `i`.
    #[inline]
    fn word_end(&self, mut i: usize) -> usize {
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
    fn digits_end(&self, mut i: usize) -> usize {
        while self.digit_at(i) {
            i += 1;
        }
        i
    }

    /// End of a run of the same character `c` (of UTF-8 length `len`) starting at `i`.
    fn same_run_end(&self, mut i: usize, c: char) -> usize {
        let mut buf = [0u8; 4];
        let pat = c.encode_utf8(&mut buf).as_bytes();
        while self.b[i..].starts_with(pat) {
            i += pat.len();
        }
        i
    }

    /// Past any combining marks, joiners, variation selectors or skin tones at `i` (and the
    /// character after each zero-width joiner), so emoji sequences stay one token.
    fn extend_end(&self, mut i: usize) -> usize {
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

    /// True if a sign at `i` starts a number: a digit (or `.digit`) follows and no word precedes.
    fn sign_starts_number(&self, i: usize, sign_len: usize) -> bool {
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
    fn currency_len(&self, i: usize) -> Option<usize> {
        let (c, len) = self.b.get(i).map(|_| self.char_at(i))?;
        is_currency(c).then_some(len)
    }

    fn ascii_other(&mut self, c: u8) {
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

    fn unicode_other(&mut self, ch: char, len: usize) {
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

    /// Tries an e-mail address starting at `start`; returns its end.
    fn email(&mut self, start: usize) -> Option<usize> {
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
    fn url(&self, start: usize) -> Option<usize> {
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
    fn domain(&mut self, dot: usize) -> Option<usize> {
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

    /// Scans one number starting at `i` (a digit or a `.` before digits); returns its end and kind.
    fn number(&self, i: usize) -> (usize, TokenKind) {
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

    /// Scans a word, number, compound, abbreviation, URL or e-mail starting at `self.pos`, then
    /// any clitic (`’s`, plural `’`) after it.
    fn word(&mut self) {
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
