//! The word lists the segmenter consults: abbreviations, sentence starters, `'s` contractions, TLDs.
//!
//! The defaults are the files under `crates/text/data/` (provenance in each file's header and in the
//! crate README), compiled in with `include_str!` and parsed once. [`Lexicon::parse`] builds one from
//! user-supplied text in the same format.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How an abbreviation behaves at a sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AbbrevClass {
    /// Comes before a name or a number (`Dr.`, `Sen.`, `No.`) and never ends a sentence.
    Title,
    /// May end a sentence (`etc.`, `Jan.`, `Inc.`) when a clear sentence start follows.
    Other,
}

/// Word lists used by the tokenizer and the sentence splitter.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    abbreviations: HashMap<String, AbbrevClass>,
    starters: HashSet<String>,
    s_contractions: Vec<String>,
    tlds: HashSet<String>,
}

/// Error from [`Lexicon::parse`]: a line that is not in the expected format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// Which list the line came from (`abbreviations`, ...).
    pub list: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} list, line {}: {}", self.list, self.line, self.reason)
    }
}

impl std::error::Error for LexiconError {}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::parse(
        include_str!("../data/abbreviations.txt"),
        include_str!("../data/sentence_starters.txt"),
        include_str!("../data/s_contractions.txt"),
        include_str!("../data/tlds.txt"),
    )
    .expect("built-in lexicon files are well-formed")
});

/// Non-empty, non-comment lines with their 1-based numbers.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// The built-in lists (parsed on first use, then shared).
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// Builds a lexicon from the text of the four lists, in the format of the files in
    /// `crates/text/data/` (`#` comments, one entry a line; abbreviations as `word<TAB>title|other`).
    pub fn parse(
        abbreviations: &str,
        starters: &str,
        s_contractions: &str,
        tlds: &str,
    ) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (n, line) in lines(abbreviations) {
            let mut cols = line.split_whitespace();
            let word = cols.next().unwrap_or_default();
            let class = match cols.next() {
                Some("title") => AbbrevClass::Title,
                Some("other") | None => AbbrevClass::Other,
                Some(other) => {
                    return Err(LexiconError {
                        list: "abbreviations",
                        line: n,
                        reason: format!("unknown class {other:?} (expected title or other)"),
                    });
                }
            };
            if word.contains('.') {
                return Err(LexiconError {
                    list: "abbreviations",
                    line: n,
                    reason: format!("write {word:?} without its full stops"),
                });
            }
            lex.abbreviations.insert(word.to_owned(), class);
        }
        lex.starters = lines(starters).map(|(_, l)| l.to_owned()).collect();
        lex.s_contractions = lines(s_contractions)
            .map(|(_, l)| l.to_ascii_lowercase())
            .collect();
        lex.tlds = lines(tlds).map(|(_, l)| l.to_owned()).collect();
        Ok(lex)
    }

    /// The class of `word` (without its full stop) if it is a known abbreviation.
    #[inline]
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevClass> {
        self.abbreviations.get(word).copied()
    }

    /// True if `word` capitalised after an abbreviation clearly starts a new sentence.
    #[inline]
    pub fn is_sentence_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True if `'s` after `word` is a contraction (`it's`), not a possessive.
    #[inline]
    pub fn is_s_contraction(&self, word: &str) -> bool {
        self.s_contractions
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    }

    /// True if `label` is a top-level domain that makes `word.label` a URL.
    #[inline]
    pub fn is_tld(&self, label: &str) -> bool {
        self.tlds.contains(label)
    }
}
