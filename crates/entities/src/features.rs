//! Features of a token in its sentence, as 64-bit hashes: shared by training and tagging.
//!
//! Each token is summarised once ([`TokenInfo`]: hashes of its lowercased form, shape, affixes,
//! gazetteer tag); the features of position `i` combine the summaries of `i-2..=i+2` with a
//! template number and the tags already chosen for `i-1` and `i-2`. Nothing here allocates per
//! token except the lowercasing of non-ASCII words into a reused buffer.

use reckon_text::{Token, TokenKind};

use crate::gazetteer::Gazetteer;

/// Mixes two 64-bit values into one (a variant of the splitmix64 finaliser).
#[inline(always)]
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut h = (a ^ b.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 31;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^ (h >> 29)
}

/// Hash of a byte string.
#[inline]
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(b)
}

/// A fast non-cryptographic hasher for short keys (words, phrases) in per-document maps, where
/// the standard SipHash showed in profiles; FxHash-style (rotate, xor, multiply per 8 bytes).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Fx(u64);

const FX_K: u64 = 0x517C_C1B7_2722_0A95;

impl std::hash::Hasher for Fx {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            h = (h.rotate_left(5) ^ v).wrapping_mul(FX_K);
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(r);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(FX_K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
}

/// Builds [`Fx`] hashers.
pub(crate) type FxBuild = std::hash::BuildHasherDefault<Fx>;

/// Boundary padding value for positions outside the sentence.
const PAD: u64 = 0x5A5A_5A5A_1234_5678;

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

impl Scratch {
    /// Summarises one token. `upper` forces the text to be read as upper case (for augmentation).
    pub(crate) fn info(&mut self, text: &str, tok: Token, upper: bool) -> TokenInfo {
        let s = tok.text(text);
        self.lower.clear();
        self.shape.clear();
        let mut title = false;
        let mut last_shape = 0u8;
        let mut run = 0u8;
        let mut push_shape = |shape: &mut Vec<u8>, c: u8| {
            if c == last_shape {
                run += 1;
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
        if upper && s.chars().next().is_some_and(char::is_alphabetic) {
            title = true;
        }
        let l = &self.lower;
        TokenInfo {
            lower: hash_bytes(l),
            shape: hash_bytes(&self.shape),
            pre3: mix(1, hash_bytes(&l[..prefix_end(l, 3)])),
            suf2: mix(2, hash_bytes(&l[suffix_start(l, 2)..])),
            suf3: mix(3, hash_bytes(&l[suffix_start(l, 3)..])),
            suf4: mix(4, hash_bytes(&l[suffix_start(l, 4)..])),
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
}

/// Summarises the tokens of one sentence into `out` (cleared first), gazetteer tags included.
pub(crate) fn sentence_infos(
    scratch: &mut Scratch,
    gaz: &Gazetteer,
    text: &str,
    toks: &[Token],
    upper: bool,
    out: &mut Vec<TokenInfo>,
) {
    out.clear();
    out.extend(toks.iter().map(|&t| scratch.info(text, t, upper)));
    gaz.tag(out);
    if !upper && !is_all_caps(text, toks) {
        mark_runs(out);
    }
}

/// Lower-case words that may sit inside a capitalised name (`Bank of England`).
static CONNECTORS: std::sync::LazyLock<[u64; 8]> = std::sync::LazyLock::new(|| {
    ["of", "for", "and", "the", "de", "al", "on", "&"].map(|w| hash_bytes(w.as_bytes()))
});

/// Fills the `run_*` fields: maximal runs of capitalised tokens, joined across single connectors.
fn mark_runs(infos: &mut [TokenInfo]) {
    let conn = &*CONNECTORS;
    let n = infos.len();
    let mut i = 0;
    while i < n {
        if !infos[i].title {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < n && infos[j].title {
                j += 1;
            } else if j + 1 < n && conn.contains(&infos[j].lower) && infos[j + 1].title {
                j += 2;
            } else {
                break;
            }
        }
        let len = j - i;
        let (first, last) = (infos[i].lower, infos[j - 1].lower);
        for (k, t) in infos[i..j].iter_mut().enumerate() {
            t.run_first = first;
            t.run_last = last;
            t.run_len = len.min(5) as u8;
            t.run_pos = if len == 1 {
                0
            } else if k == 0 {
                1
            } else if k + 1 == len {
                3
            } else {
                2
            };
        }
        i = j;
    }
}

/// True if the sentence's letters are (nearly) all upper case: a headline in capitals.
pub(crate) fn is_all_caps(text: &str, toks: &[Token]) -> bool {
    let (Some(a), Some(b)) = (toks.first(), toks.last()) else {
        return false;
    };
    // The tokens cover the sentence's letters: count over its whole text at once.
    let s = &text[a.span.start as usize..b.span.end as usize];
    let mut upper = 0usize;
    let mut lower = 0usize;
    if s.is_ascii() {
        for &c in s.as_bytes() {
            upper += c.is_ascii_uppercase() as usize;
            lower += c.is_ascii_lowercase() as usize;
        }
    } else {
        for c in s.chars() {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
    }
    upper >= 8 && lower * 10 < upper
}

/// Number of feature templates (an upper bound on the features of one position).
pub(crate) const MAX_FEATURES: usize = 48;

/// Sentence-level context the templates read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceCtx {
    /// The sentence is a headline in capitals.
    pub all_caps: bool,
}

/// Writes the feature hashes of position `i` into `out` (cleared first).
#[inline]
pub(crate) fn features(
    infos: &[TokenInfo],
    i: usize,
    prev: u8,
    prev2: u8,
    ctx: SentenceCtx,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = infos.len();
    let at = |j: isize| -> Option<&TokenInfo> {
        let k = i as isize + j;
        if k < 0 || k as usize >= n {
            None
        } else {
            Some(&infos[k as usize])
        }
    };
    let w = |j: isize| at(j).map_or(PAD ^ j as u64, |t| t.lower);
    let sh = |j: isize| at(j).map_or(PAD ^ j as u64, |t| t.shape);
    let t0 = &infos[i];
    let caps = ctx.all_caps as u64;
    let p = prev as u64;
    let p2 = prev2 as u64;
    let mut f = |tpl: u64, v: u64| out.push(mix(tpl, v) | 1);
    f(0, 0); // bias
    f(1, t0.lower);
    f(2, t0.shape);
    f(3, t0.pre3);
    f(4, t0.suf2);
    f(5, t0.suf3);
    f(6, t0.suf4);
    f(7, w(-1));
    f(8, w(1));
    f(9, w(-2));
    f(10, w(2));
    f(11, sh(-1));
    f(12, sh(1));
    f(13, mix(w(-1), t0.lower));
    f(14, mix(t0.lower, w(1)));
    f(15, mix(sh(-1), t0.shape));
    f(16, mix(t0.shape, sh(1)));
    f(17, p);
    f(18, mix(p, p2));
    f(19, mix(p, t0.lower));
    f(20, mix(p, t0.shape));
    f(21, mix((i == 0) as u64, t0.shape));
    f(22, mix(caps, t0.shape));
    f(23, mix(t0.kind as u64, t0.title as u64));
    f(24, t0.gaz as u64);
    f(25, at(-1).map_or(99, |t| t.gaz as u64));
    f(26, at(1).map_or(99, |t| t.gaz as u64));
    f(27, mix(t0.gaz as u64, t0.shape));
    f(28, mix(p, w(1)));
    f(29, at(-1).map_or(PAD, |t| t.suf3));
    f(30, at(1).map_or(PAD, |t| t.suf3));
    f(31, mix(mix(sh(-1), t0.shape), sh(1)));
    f(32, mix(w(1), w(2)));
    f(33, mix(w(-2), w(-1)));
    f(34, mix(t0.title as u64, w(-1)));
    f(35, mix(caps, t0.lower));
    let run = mix(t0.run_len as u64, t0.run_pos as u64);
    f(36, mix(t0.run_last, t0.run_len as u64));
    f(37, run);
    f(38, mix(t0.run_last, t0.run_pos as u64));
    f(39, mix(t0.run_first, run));
    f(40, at(1).map_or(PAD, |t| t.run_last));
}
