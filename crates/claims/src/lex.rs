//! A small lexer of its own: words, digit runs and single punctuation marks with byte offsets.
//!
//! The claims scanner reads these rather than `reckon_text` tokens so that it does not depend on
//! the segmenter's token boundaries (`6:30pm`, `$4.5bn`, `21-month-old` are split here into their
//! parts; adjacency is kept in [`Lexeme::sp`]).

/// Token kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LexemeKind {
    /// Letters, with inner apostrophes (`don't`); a possessive `'s` is split off.
    Word,
    /// ASCII digits with `,` thousands groups and `.` decimal parts (`57,500`, `1.2`, `06.02.2017`).
    Number,
    /// Any other single character that is not whitespace.
    Punct,
}

/// One token: byte span, kind, and whether whitespace precedes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lexeme {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
    /// What the lexeme is.
    pub kind: LexemeKind,
    /// Whitespace (or the start of the text) precedes the token.
    pub spaced: bool,
    /// A line break precedes the token (or it starts the text).
    pub line_start: bool,
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens in one pass.
pub(crate) fn lex(text: &str) -> Vec<Lexeme> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut i = 0usize;
    let mut sp = true;
    let mut nl = true;
    while i < b.len() {
        let c = char_at(text, i);
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                nl = true;
            }
            sp = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        let leading_dot = c == '.' && sp && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() || leading_dot {
            kind = LexemeKind::Number;
            i += 1;
            // Indian grouping: `12,34,567`, `1,00,000` (lakhs and crores)
            if let Some(n) = indian_grouping(&b[start..]) {
                i = start + n;
            }
            // plain-space groups taken so far (`1 234` may go on: `1 234 567`)
            let mut spaced = false;
            loop {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                // thin, no-break or plain space between groups of three: `1 234 567`
                // (a plain space only after a first group of one to three digits)
                let rest = &text[i..];
                let first_group = i - start <= 3 && b[start..i].iter().all(u8::is_ascii_digit);
                let sep = ['\u{a0}', '\u{202f}', '\u{2009}', ' ']
                    .into_iter()
                    .find(|s| rest.starts_with(*s));
                if let Some(sc) = sep.filter(|&c| c != ' ' || first_group || spaced) {
                    let g = &rest.as_bytes()[sc.len_utf8()..];
                    if g.len() >= 3
                        && g[..3].iter().all(u8::is_ascii_digit)
                        && !g.get(3).is_some_and(u8::is_ascii_digit)
                        && (sc != ' '
                            || !g.get(3).is_some_and(|c| {
                                c.is_ascii_alphabetic()
                                    || b"-/.,:".contains(c)
                                        && g.get(4).is_some_and(u8::is_ascii_alphanumeric)
                            }))
                    {
                        spaced |= sc == ' ';
                        i += sc.len_utf8() + 3;
                        continue;
                    }
                }
                if i < b.len()
                    && b[i] == b','
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_digit)
                    && b.get(i + 3).is_some_and(u8::is_ascii_digit)
                    && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
                {
                    i += 4;
                    continue;
                }
                if i < b.len() && b[i] == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    i += 2;
                    continue;
                }
                break;
            }
        } else if c.is_alphabetic() {
            kind = LexemeKind::Word;
            i += c.len_utf8();
            while i < b.len() {
                // (most words are ASCII letters only: no decoding for them)
                while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                let d = char_at(text, i);
                if d.is_alphabetic() {
                    i += d.len_utf8();
                } else if is_apos(d) {
                    let rest = &text[i + d.len_utf8()..];
                    let mut it = rest.chars();
                    match (it.next(), it.next()) {
                        (Some('s' | 'S'), next) if !next.is_some_and(char::is_alphabetic) => break,
                        (Some(x), _) if x.is_alphabetic() => i += d.len_utf8(),
                        _ => break,
                    }
                } else {
                    break;
                }
            }
        } else {
            kind = LexemeKind::Punct;
            i += c.len_utf8();
        }
        out.push(Lexeme {
            start: start as u32,
            end: i as u32,
            kind,
            spaced: sp,
            line_start: nl,
        });
        sp = false;
        nl = false;
    }
    out
}

/// The character starting at byte `i` of `text` (a char boundary), decoded only when it is not
/// ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes()[i] {
        b if b.is_ascii() => char::from(b),
        _ => text[i..].chars().next().unwrap_or(' '),
    }
}

/// Length of an Indian-grouped number at the start of `b` (`12,34,567`: one or two digits,
/// one or more `,dd` groups, then a final `,ddd`), if there is one.
fn indian_grouping(b: &[u8]) -> Option<usize> {
    let digits = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let first = digits(0);
    if !(1..=2).contains(&first) {
        return None;
    }
    let mut i = first;
    let mut twos = 0;
    // at most six `,dd` groups (`1,00,00,00,00,00,000`): a bounded look-ahead keeps hostile
    // runs of `1,11,11,...` linear
    while b.get(i) == Some(&b',') && twos <= 6 {
        match digits(i + 1) {
            2 => {
                twos += 1;
                i += 3;
            }
            3 if twos > 0 => return Some(i + 4),
            _ => return None,
        }
    }
    None
}

/// The lower-cased text used for lookups: ASCII lower case, ASCII whitespace as spaces; same
/// byte offsets as the original.
pub(crate) fn lower(text: &str) -> String {
    // byte by byte: every byte of a non-ASCII character is >= 0x80 and left alone, so this is
    // the same as mapping the ASCII characters, without decoding and pushing each one
    let mut b = text.as_bytes().to_vec();
    for c in &mut b {
        if c.is_ascii_whitespace() {
            *c = b' ';
        } else {
            c.make_ascii_lowercase();
        }
    }
    String::from_utf8(b).expect("ASCII-only changes keep UTF-8 valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        lex(t)
            .iter()
            .map(|k| &t[k.start as usize..k.end as usize])
            .collect()
    }

    #[test]
    fn splits_numbers_and_words() {
        assert_eq!(
            texts("$4.5bn, 57,500 Gaza’s 6:30pm"),
            [
                "$", "4.5", "bn", ",", "57,500", "Gaza", "’", "s", "6", ":", "30", "pm"
            ]
        );
        assert_eq!(
            texts("12,34,567.89 1,00,000 1,23"),
            ["12,34,567.89", "1,00,000", "1", ",", "23"]
        );
        assert_eq!(
            texts("don't 1,2345 21-month-old"),
            ["don't", "1", ",", "2345", "21", "-", "month", "-", "old"]
        );
    }
}
