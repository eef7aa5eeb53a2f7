//! Tokens and sentences: the segmentation every later stage reads.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What a token is. News-specific kinds are kept apart so later stages need not re-parse them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// A word of letters (may contain inner apostrophes: `don't`, `O'Brien`).
    Word,
    /// A hyphenated compound (`60-day`, `US-backed`); its parts are reachable with [`Token::parts`].
    Compound,
    /// An abbreviation or initial with its dots (`U.S.`, `Dr.`, `Jan.`, `J.`).
    Abbreviation,
    /// A number: digits with separators and decimals, optional sign (`57,500`, `-3.5`).
    Number,
    /// An ordinal written with digits (`21st`, `2nd`).
    Ordinal,
    /// A clock time (`6:30pm`, `22:30`).
    Time,
    /// A percentage written with a sign (`45%`).
    Percent,
    /// An amount of money written with a currency symbol (`$4.5bn`, `£3m`).
    Money,
    /// A possessive clitic (`'s`, `’s`, or a bare `’` after a plural).
    Possessive,
    /// A URL or e-mail address.
    Url,
    /// A social-media handle or hashtag (`@AJEnglish`, `#Gaza`).
    Handle,
    /// A quotation mark, straight or curly.
    Quote,
    /// An opening or closing bracket.
    Bracket,
    /// A dash used as punctuation (em dash, en dash, or a spaced hyphen).
    Dash,
    /// An ellipsis (`...` or `…`).
    Ellipsis,
    /// Any other punctuation mark.
    Punct,
    /// Any other symbol (currency sign alone, `&`, emoji...).
    Symbol,
}

/// One token: a span of the original text and its kind. Whitespace is never a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where the token is in the original text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }

    /// The parts of a hyphenated compound (`21-month-old` gives `21`, `month`, `old`), each with its
    /// own span; a single part (the whole token) for any other kind.
    pub fn parts(self, text: &str) -> impl Iterator<Item = Span> + '_ {
        let s = self.span.slice(text);
        let base = self.span.start as usize;
        let split = self.kind == TokenKind::Compound;
        let mut start = 0usize;
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            if !split {
                done = true;
                return Some(Span::new(base, base + s.len()));
            }
            let rest = &s[start..];
            match rest.find(['-', '\u{2010}', '\u{2011}']) {
                Some(i) => {
                    let part = Span::new(base + start, base + start + i);
                    let hyphen_len = rest[i..].chars().next().map_or(1, char::len_utf8);
                    start += i + hyphen_len;
                    Some(part)
                }
                None => {
                    done = true;
                    Some(Span::new(base + start, base + s.len()))
                }
            }
        })
        .filter(|p| !p.is_empty())
    }
}

/// One sentence: its span and the range of token indices it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// From the first byte of the first token to the last byte of the last token.
    pub span: Span,
    /// Index of the first token of the sentence in [`Segmented::tokens`].
    pub first_token: u32,
    /// One past the index of the last token.
    pub end_token: u32,
}

impl Sentence {
    /// The token indices of this sentence, for slicing [`Segmented::tokens`].
    #[inline]
    pub fn token_range(self) -> std::ops::Range<usize> {
        self.first_token as usize..self.end_token as usize
    }
}

/// The segmentation of one text: tokens in order, and sentences that partition them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmented {
    /// All tokens, in text order, non-overlapping.
    pub tokens: Vec<Token>,
    /// Sentences, in text order; together they cover every token exactly once.
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// The tokens of sentence `i`.
    #[inline]
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].token_range()]
    }
}
