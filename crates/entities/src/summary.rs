//! The per-token summary ([`TokenInfo`]) the feature templates, the gazetteer and the repair
//! rules read: hashes of the token's lowercased form, shape and affixes, and flags about its
//! case, computed once per token. Nothing here allocates per token except the lowercasing of
//! non-ASCII words into a reused buffer ([`Scratch`]).

use reckon_text::{Token, TokenKind};

use crate::hash::{hash_bytes, mix};

/// The per-token summary the feature templates read.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokenInfo {
    /// Hash of the lowercased text, digits mapped to `0`.
    pub lower: u64,
    /// Hash of the compressed shape (`Xx`, `XX`, `x`, `d`, `X.X.`...).
    pub shape: u64,
    /// Hashes of the 3-character prefix and the 2-, 3- and 4-character suffixes of `lower`.
    pub pre3: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub suf4: u64,
    /// Token kind as a small number.
    pub kind: u8,
    /// Starts with an upper-case letter.
    pub title: bool,
    /// Gazetteer tag: 0 none, else `1 + label * 4 + position` (B, I, L, U).
    pub gaz: u8,
    /// Does not start with an upper-case letter (lower case, digit, punctuation).
    pub lowerish: bool,
    /// Starts with a lower-case letter.
    pub lower_initial: bool,
    /// The capitalised run the token is in (`Khan Younis Relief Committee`, connectors such as
    /// `of` allowed inside): hashes of its first and last words (0 outside a run), its length
    /// (capped at 5) and the token's position in it (0 single, 1 first, 2 inside, 3 last).
    pub run_first: u64,
    pub run_last: u64,
    pub run_len: u8,
    pub run_pos: u8,
    /// A given name of the gazetteer (read by the repair rules, not a feature).
    pub given: bool,
}

/// Reusable buffers for summarising tokens.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    lower: Vec<u8>,
    shape: Vec<u8>,
    tmp: String,
}

fn kind_code(k: TokenKind) -> u8 {
    match k {
        TokenKind::Word => 1,
        TokenKind::Compound => 2,
        TokenKind::Abbreviation => 3,
        TokenKind::Number => 4,
        TokenKind::Ordinal => 5,
        TokenKind::Possessive => 6,
        TokenKind::Quote => 7,
        TokenKind::Bracket => 8,
        TokenKind::Dash => 9,
        TokenKind::Punct => 10,
        TokenKind::Url | TokenKind::Handle => 11,
        _ => 12,
    }
}

/// Byte offset of the `n`-th character from the end of `s` (0 if `s` is shorter).
#[inline]
fn suffix_start(s: &[u8], n: usize) -> usize {
    let mut count = 0;
    let mut i = s.len();
    while i > 0 {
        i -= 1;
        if s[i] & 0xC0 != 0x80 {
            count += 1;
            if count == n {
                return i;
            }
        }
    }
    0
}

/// Byte length of the first `n` characters of `s`.
#[inline]
fn prefix_end(s: &[u8], n: usize) -> usize {
    let mut count = 0;
    for (i, &b) in s.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if count == n {
                return i;
            }
            count += 1;
        }
    }
    s.len()
}

/// The longest ASCII token [`Scratch::light`] lower-cases on the stack (bytes).
const SHORT: usize = 32;

/// Writes the ASCII text `all[start..start + len]` (at most [`SHORT`] bytes) lower-cased with
/// digits mapped to `0` into `out` (bytes past `len` are left unspecified), as `Scratch::read`
/// does: eight bytes at a time, each word's upper-case letters and digits found by adding
/// constants that carry into the high bit of their bytes only (every byte is below 0x80).
/// A word is read from `all` eight bytes at once, the bytes past the token masked off (a
/// variable-length copy of the token's last bytes is a `memcpy` call); only near the end of
/// `all` are they gathered one by one. Returns whether the text is ASCII (the high bits of the
/// words read, which the lower-casing needs clear; `out` means nothing if not).
#[inline]
fn lower_ascii(all: &[u8], start: usize, len: usize, out: &mut [u8; SHORT]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut high = 0;
    for (k, o) in out.chunks_exact_mut(8).enumerate().take(len.div_ceil(8)) {
        let at = start + 8 * k;
        let n = (len - 8 * k).min(8);
        let x = match all.get(at..at + 8) {
            Some(w) => {
                let w = u64::from_le_bytes(w.try_into().expect("8 bytes"));
                w & (u64::MAX >> (64 - 8 * n))
            }
            None => all[at..at + n]
                .iter()
                .rev()
                .fold(0u64, |x, &byte| x << 8 | u64::from(byte)),
        };
        high |= x & HIGH;
        // High bit set where the byte is at least `A` and not above `Z`; `0` to `9`.
        let upper = x.wrapping_add(ONES * 0x3F) & !x.wrapping_add(ONES * 0x25) & HIGH;
        let digit = x.wrapping_add(ONES * 0x50) & !x.wrapping_add(ONES * 0x46) & HIGH;
        let y = (x | upper >> 2) & !((digit >> 7) * 0x0F);
        o.copy_from_slice(&y.to_le_bytes());
    }
    high == 0
}

impl Scratch {
    /// Lowercases `s` into `self.lower` (digits mapped to `0`) and writes its compressed shape
    /// into `self.shape`; returns whether it starts with a capital (as read with `upper`).
    fn read(&mut self, s: &str, upper: bool) -> bool {
        self.lower.clear();
        self.shape.clear();
        let mut title = false;
        let mut last_shape = 0u8;
        let mut run = 0u8;
        let mut push_shape = |shape: &mut Vec<u8>, c: u8| {
            if c == last_shape {
                run = run.saturating_add(1);
                if run >= 2 {
                    return;
                }
            } else {
                run = 0;
                last_shape = c;
            }
            shape.push(c);
        };
        if s.is_ascii() {
            for (i, &b) in s.as_bytes().iter().enumerate() {
                let (lb, sc) = if b.is_ascii_uppercase() {
                    (b.to_ascii_lowercase(), b'X')
                } else if b.is_ascii_lowercase() {
                    (b, if upper { b'X' } else { b'x' })
                } else if b.is_ascii_digit() {
                    (b'0', b'd')
                } else {
                    (b, b)
                };
                if i == 0 {
                    title = sc == b'X';
                }
                self.lower.push(lb);
                push_shape(&mut self.shape, sc);
            }
        } else {
            self.tmp.clear();
            for (i, c) in s.chars().enumerate() {
                let sc = if c.is_uppercase() {
                    b'X'
                } else if c.is_lowercase() {
                    if upper { b'X' } else { b'x' }
                } else if c.is_numeric() {
                    b'd'
                } else if c.is_ascii() {
                    c as u8
                } else if matches!(c, '\u{2018}' | '\u{2019}') {
                    b'\''
                } else {
                    b'*'
                };
                if i == 0 {
                    title = sc == b'X';
                }
                push_shape(&mut self.shape, sc);
                if c.is_numeric() {
                    self.tmp.push('0');
                } else if c == '\u{2019}' {
                    self.tmp.push('\'');
                } else {
                    self.tmp.extend(c.to_lowercase());
                }
            }
            self.lower.extend_from_slice(self.tmp.as_bytes());
        }
        title
    }

    /// The summary of the token just [`Scratch::read`] (`s`), without the shape and affixes.
    fn base(&self, s: &str, tok: Token, upper: bool, mut title: bool) -> TokenInfo {
        if upper && s.chars().next().is_some_and(char::is_alphabetic) {
            title = true;
        }
        TokenInfo {
            lower: hash_bytes(&self.lower),
            shape: 0,
            pre3: 0,
            suf2: 0,
            suf3: 0,
            suf4: 0,
            kind: kind_code(tok.kind),
            title,
            gaz: 0,
            lowerish: !s.chars().next().is_some_and(char::is_uppercase),
            lower_initial: !upper && s.chars().next().is_some_and(char::is_lowercase),
            run_first: 0,
            run_last: 0,
            run_len: 0,
            run_pos: 0,
            given: false,
        }
    }

    /// Sets the shape and affix hashes of `t` from the token just [`Scratch::read`].
    fn fill(&self, t: &mut TokenInfo) {
        let l = &self.lower;
        t.shape = hash_bytes(&self.shape);
        t.pre3 = mix(1, hash_bytes(&l[..prefix_end(l, 3)]));
        t.suf2 = mix(2, hash_bytes(&l[suffix_start(l, 2)..]));
        t.suf3 = mix(3, hash_bytes(&l[suffix_start(l, 3)..]));
        t.suf4 = mix(4, hash_bytes(&l[suffix_start(l, 4)..]));
    }

    /// Summarises one token. `upper` forces the text to be read as upper case (for augmentation).
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn info(&mut self, text: &str, tok: Token, upper: bool) -> TokenInfo {
        let s = tok.text(text);
        let title = self.read(s, upper);
        let mut t = self.base(s, tok, upper, title);
        self.fill(&mut t);
        t
    }

    /// [`Scratch::info`] (not upper case) without the shape and affix hashes (left 0): all that
    /// the gate, the gazetteer, the repair rules and linking read. Only the tokens the tagger
    /// scores and their neighbours need the rest ([`Scratch::affixes`]), a minority of news text.
    pub(crate) fn light(&mut self, text: &str, tok: Token) -> TokenInfo {
        let (start, end) = (tok.span.start as usize, tok.span.end as usize);
        let b = &text.as_bytes()[start..end];
        let mut buf = [0u8; SHORT];
        // Most tokens: lower-cased on the stack, eight bytes at a time, their ASCII test the
        // same words' high bits (not a pass of its own); what `base` sets from the first
        // character, read from its byte. The token's text as a `str` (its boundaries checked)
        // only for the others.
        if b.len() <= SHORT && lower_ascii(text.as_bytes(), start, b.len(), &mut buf) {
            let first = b.first().copied().unwrap_or(0);
            return TokenInfo {
                lower: hash_bytes(&buf[..b.len()]),
                kind: kind_code(tok.kind),
                title: first.is_ascii_uppercase(),
                lowerish: !first.is_ascii_uppercase(),
                lower_initial: first.is_ascii_lowercase(),
                ..TokenInfo::default()
            };
        }
        let s = tok.text(text);
        let title = if s.is_ascii() {
            // What `read` writes into `lower` for ASCII text, without the shape.
            self.lower.clear();
            self.lower.extend(s.bytes().map(|b| {
                if b.is_ascii_digit() {
                    b'0'
                } else {
                    b.to_ascii_lowercase()
                }
            }));
            s.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        } else {
            self.read(s, false)
        };
        self.base(s, tok, false, title)
    }

    /// Sets the shape and affix hashes of `t`, the [`Scratch::light`] summary of `tok`. They
    /// depend on the token's text alone, and the tokens that need them (capitalised words and
    /// their neighbours) recur: a per-thread [`AffixCache`] keyed by the text gives them for
    /// most.
    pub(crate) fn affixes(&mut self, text: &str, tok: Token, t: &mut TokenInfo) {
        let s = tok.text(text);
        let b = s.as_bytes();
        let Some(&b0) = b.first().filter(|_| b.len() <= AFFIX_KEY) else {
            self.read(s, false);
            self.fill(t);
            return;
        };
        let mut key = [0u8; AFFIX_KEY];
        key[..b.len()].copy_from_slice(b);
        // The lower-case hash tells words apart, the first byte their capitalisations.
        let slot = (t.lower ^ (b0 as u64) << 7) as usize & (AFFIX_SLOTS - 1);
        AFFIXES.with_borrow_mut(|cache| {
            if cache.is_empty() {
                cache.resize(AFFIX_SLOTS, AffixEntry::default());
            }
            let e = &mut cache[slot];
            if e.len as usize == b.len() && e.text == key {
                [t.shape, t.pre3, t.suf2, t.suf3, t.suf4] = e.hashes;
            } else {
                self.read(s, false);
                self.fill(t);
                *e = AffixEntry {
                    len: b.len() as u8,
                    text: key,
                    hashes: [t.shape, t.pre3, t.suf2, t.suf3, t.suf4],
                };
            }
        });
    }
}

/// The longest token text the [`AffixCache`] keeps (bytes); longer ones are read every time.
const AFFIX_KEY: usize = 24;

/// Entries of the [`AffixCache`] (a power of two).
const AFFIX_SLOTS: usize = 8192;

/// One token text (`len` bytes of `text`, zero-padded) and its shape and affix hashes.
#[derive(Debug, Clone, Copy, Default)]
struct AffixEntry {
    len: u8,
    text: [u8; AFFIX_KEY],
    hashes: [u64; 5],
}

/// Shape and affix hashes of recently summarised token texts, direct-mapped; an entry holds the
/// whole text, so a hit is exact.
type AffixCache = Vec<AffixEntry>;

thread_local! {
    static AFFIXES: std::cell::RefCell<AffixCache> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(test)]
mod tests {
    use super::Scratch;

    #[test]
    fn light_and_affixes_are_the_full_summary() {
        let text = "Donald Trump met NATO's chief in Brussels on 12 March 2019, at 10:45; \
            O'Neill, al-Sisi and McDONALD'S [ZZ] @handle https://x.y/Z9 3rd 1,000,000 ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \
            abcdefghijklmnopqrstuvwxyz[]`{}~/:@!?é Étienne ÖL straße İstanbul 9/11 \
            Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let seg = reckon_text::segment(text);
        let mut a = Scratch::default();
        let mut b = Scratch::default();
        for round in 0..2 {
            for &t in &seg.tokens {
                let want = a.info(text, t, false);
                let mut got = b.light(text, t);
                b.affixes(text, t, &mut got);
                let s = t.text(text);
                assert_eq!(got.lower, want.lower, "{s:?} {round}");
                assert_eq!(got.shape, want.shape, "{s:?}");
                assert_eq!(
                    [got.pre3, got.suf2, got.suf3, got.suf4],
                    [want.pre3, want.suf2, want.suf3, want.suf4],
                    "{s:?}"
                );
                assert_eq!(
                    (got.kind, got.title, got.lowerish, got.lower_initial),
                    (want.kind, want.title, want.lowerish, want.lower_initial),
                    "{s:?}"
                );
            }
        }
        assert!(seg.tokens.len() > 40, "{}", seg.tokens.len());
    }

    /// Every length of token, at the text's end (bytes gathered one by one) and before other
    /// text (capitals, digits and UTF-8 read with the word and masked off), lower-cases as
    /// `Scratch::read` does.
    #[test]
    fn lower_ascii_reads_the_token_alone() {
        let word = "Ab9Z-q.0xY'Mcd&7e_Kl@Gh1Ij2Kl3MnO";
        for len in 0..=super::SHORT {
            let w = &word[..len];
            let want: Vec<u8> = w
                .bytes()
                .map(|b| {
                    if b.is_ascii_digit() {
                        b'0'
                    } else {
                        b.to_ascii_lowercase()
                    }
                })
                .collect();
            for text in [
                w.to_string(),
                format!("x {w}ZZ9é straße 99"),
                format!("{w}Q"),
            ] {
                let start = text.find(w).expect("the word");
                let mut out = [0u8; super::SHORT];
                assert!(super::lower_ascii(text.as_bytes(), start, len, &mut out));
                assert_eq!(&out[..len], &want[..], "{text:?}");
            }
        }
        // A non-ASCII character anywhere in the token (first, middle, last byte of a word) is
        // reported, at the text's end too.
        for w in [
            "é",
            "éa",
            "straße",
            "abcdefgé",
            "abcdefghé",
            "Ölkonzern-Chef",
            "xx’s",
        ] {
            for text in [w.to_string(), format!("x {w} y")] {
                let start = text.find(w).expect("the word");
                let mut out = [0u8; super::SHORT];
                assert!(
                    !super::lower_ascii(text.as_bytes(), start, w.len(), &mut out),
                    "{text:?}"
                );
            }
        }
    }
}
