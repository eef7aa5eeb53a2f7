//! Character classes of the scanner: a byte table for ASCII, UTF-8 decoding, and the Unicode
//! sets (dashes, quotes, brackets, currency signs, combining marks) that decide token kinds.

pub(super) const OTHER: u8 = 0;
pub(super) const WS: u8 = 1;
pub(super) const ALPHA: u8 = 2;
pub(super) const DIGIT: u8 = 3;

/// Class of every byte; bytes >= 0x80 (parts of non-ASCII characters) are `OTHER`.
pub(super) static CLASS: [u8; 256] = {
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
pub(super) fn ascii_alnum(c: u8) -> bool {
    CLASS[c as usize] >= ALPHA
}

/// Decodes the character starting at byte `i` of valid UTF-8 `b`; returns it and its length.
#[inline(always)]
pub(super) fn decode(b: &[u8], i: usize) -> (char, usize) {
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
pub(super) fn is_extend(c: char) -> bool {
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
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_extend(c) || c == char::REPLACEMENT_CHARACTER
}

/// Dash punctuation (Unicode category Pd, plus the minus sign and the figure dash).
#[inline]
pub(super) fn is_dash(c: char) -> bool {
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
pub(super) fn is_joining_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

#[inline]
pub(super) fn is_quote(c: char) -> bool {
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
pub(super) fn is_bracket(c: char) -> bool {
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
pub(super) fn is_currency(c: char) -> bool {
    matches!(c, '$' | '\u{00A2}'..='\u{00A5}' | '\u{20A0}'..='\u{20C0}' | '\u{FDFC}' | '\u{FF04}')
}

/// True for an apostrophe usable inside words or as a clitic: `'` or `’`.
#[inline]
pub(super) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}
