//! The token view of one document that every stage reads: lexemes, their original and
//! lower-cased text, their sentence, lexicon entries starting at a lexeme, and small shape tests
//! (glued hyphens, the end of a noun phrase). Accessors see nothing past the sentence being
//! scanned (`Context::limit`), so a mention never crosses a sentence boundary.

use std::cell::Cell;

use jiff::civil::Date;

use super::Context;
use crate::lex::{Lexeme, LexemeKind};
use crate::lexicon::{Compiled, Role};
use crate::words;

impl<'a> Context<'a> {
    /// The context of one document: its text, the same text lower-cased (same byte offsets), its
    /// lexemes, the compiled lexicon, the article date and the sentence id of each lexeme.
    pub(crate) fn new(
        text: &'a str,
        lower_text: &'a str,
        lexemes: &'a [Lexeme],
        lexicon: &'a Compiled,
        date: Option<Date>,
        sentence_of: &'a [u32],
    ) -> Context<'a> {
        let phrases = lexicon.phrase_matches(lower_text, lexemes);
        let mut phrase_first = vec![0u32; lexemes.len() + 1];
        let mut k = 0usize;
        for (i, slot) in phrase_first.iter_mut().enumerate() {
            while k < phrases.len() && (phrases[k].0 as usize) < i {
                k += 1;
            }
            *slot = k as u32;
        }
        let word_roles = lexemes
            .iter()
            .map(|t| lexicon.word(&lower_text[t.start as usize..t.end as usize]))
            .collect();
        Context {
            text,
            lower_text,
            lexemes,
            lexicon,
            phrases,
            phrase_first,
            word_roles,
            date,
            sentence_of,
            limit: Cell::new(lexemes.len()),
            nested: Cell::new(false),
            pairing: Cell::new(false),
        }
    }

    /// Token `i`, if it lies before the current sentence limit.
    pub(super) fn lexeme(&self, i: usize) -> Option<&'a Lexeme> {
        if i < self.limit.get() {
            self.lexemes.get(i)
        } else {
            None
        }
    }

    /// Original text of token `i` (empty past the end).
    pub(crate) fn surface(&self, i: usize) -> &'a str {
        self.lexeme(i)
            .map_or("", |t| &self.text[t.start as usize..t.end as usize])
    }

    /// Lower-cased text of token `i`.
    pub(crate) fn lower(&self, i: usize) -> &'a str {
        self.lexeme(i)
            .map_or("", |t| &self.lower_text[t.start as usize..t.end as usize])
    }

    pub(crate) fn kind(&self, i: usize) -> Option<LexemeKind> {
        self.lexeme(i).map(|t| t.kind)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(LexemeKind::Word)
    }

    pub(crate) fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(LexemeKind::Number)
    }

    #[inline]
    pub(crate) fn is_punct(&self, i: usize, set: &str) -> bool {
        let Some(t) = self.lexeme(i).filter(|t| t.kind == LexemeKind::Punct) else {
            return false;
        };
        // (called several times per token: an ASCII mark is one byte, compared with the set's
        // bytes, which are constant at each call once inlined; UTF-8 never holds an ASCII byte
        // inside a longer character)
        let b = self.text.as_bytes()[t.start as usize];
        if b.is_ascii() {
            return set.bytes().any(|s| s == b);
        }
        self.is_punct_char(t, set)
    }

    /// [`Self::is_punct`] for a mark that is not ASCII.
    #[inline(never)]
    fn is_punct_char(&self, t: &Lexeme, set: &str) -> bool {
        self.text[t.start as usize..t.end as usize]
            .chars()
            .next()
            .is_some_and(|c| set.chars().any(|s| s == c))
    }

    /// Token `i` exists and touches the previous one.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.lexeme(i).is_some_and(|t| !t.spaced)
    }

    /// A hyphen glued at `k` and the word `w` glued after it (`-way` in `two-way`).
    pub(super) fn hyphened_word(&self, k: usize, w: &str) -> bool {
        self.is_punct(k, "-") && self.glued(k) && self.glued(k + 1) && self.lower(k + 1) == w
    }

    pub(super) fn same_sentence(&self, a: usize, b: usize) -> bool {
        b < self.limit.get().min(self.lexemes.len()) && self.sentence_of[a] == self.sentence_of[b]
    }

    /// A possessive `'s` (or `’s`) glued at token `k`.
    pub(crate) fn possessive_after(&self, k: usize) -> bool {
        self.is_punct(k, "'\u{2019}")
            && self.glued(k)
            && self.lower(k + 1) == "s"
            && self.glued(k + 1)
    }

    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.surface(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// The longest entry at `i` with a role that `f` accepts: the lexicon entries starting at
    /// token `i` (phrases ending within the limit, longest first, then the token's own word).
    /// Plain loops: asked at every lexeme by the attribution rules, where an iterator chain of
    /// the entries cost about ninety instructions a call.
    pub(crate) fn find<T>(&self, i: usize, f: impl Fn(Role) -> Option<T>) -> Option<(usize, T)> {
        let from = self.phrase_first.get(i).copied().unwrap_or(0) as usize;
        let to = self.phrase_first.get(i + 1).copied().unwrap_or(from as u32) as usize;
        let lim = self.limit.get();
        for &(_, e, p) in &self.phrases[from..to.max(from)] {
            if e as usize <= lim {
                for &r in self.lexicon.phrase_roles(p) {
                    if let Some(x) = f(r) {
                        return Some((e as usize, x));
                    }
                }
            }
        }
        if i < lim.min(self.lexemes.len()) {
            for &r in self.word_roles[i] {
                if let Some(x) = f(r) {
                    return Some((i + 1, x));
                }
            }
        }
        None
    }

    pub(crate) fn has_role(&self, i: usize, f: impl Fn(Role) -> bool) -> bool {
        let roles = match self.lexeme(i) {
            Some(_) => self.word_roles[i],
            None => self.lexicon.word(""),
        };
        roles.iter().any(|&r| f(r))
    }

    /// The span of tokens `s..e` in bytes.
    pub(crate) fn span(&self, s: usize, e: usize) -> reckon_text::Span {
        reckon_text::Span::new(
            self.lexemes[s].start as usize,
            self.lexemes[e - 1].end as usize,
        )
    }

    /// A hyphen at `j` that joins the words on either side: glued to both (`twenty-one`) or
    /// spaced on both (`fifty - two`, `one - fourth` in text with spaced hyphens).
    pub(super) fn joining_hyphen(&self, j: usize) -> bool {
        self.is_punct(j, "-\u{2010}\u{2011}")
            && self.lexeme(j + 1).is_some()
            && self.glued(j) == self.glued(j + 1)
    }

    /// The noun phrase ends before token `k`: nothing follows in the sentence, or punctuation
    /// that does not glue on (`a fifth.`, `a fifth,`; not `a fifth-generation`), or a
    /// preposition that cannot start the noun's modifiers (`a third in 2016`, `a fifth since`).
    /// A glued double hyphen is a typed dash and ends the phrase (`if he had one--gets`,
    /// `a third--most of them--`).
    pub(super) fn phrase_end(&self, k: usize) -> bool {
        match self.kind(k) {
            None => true,
            Some(LexemeKind::Punct) if self.typed_dash(k) => true,
            Some(LexemeKind::Punct) => !(self.glued(k) && self.is_punct(k, "-\u{2010}\u{2011}/%")),
            Some(LexemeKind::Number) => false,
            Some(LexemeKind::Word) => words::phrase_ending_word(self.lower(k)),
        }
    }

    /// The lower-cased word before `i` in its sentence, `""` at the sentence's start.
    pub(super) fn prev_in_sentence(&self, i: usize) -> &'a str {
        if i > 0 && self.same_sentence(i - 1, i) {
            self.lower(i - 1)
        } else {
            ""
        }
    }

    /// A dash typed as two hyphens at `k` (`--`, one token or two glued ones).
    fn typed_dash(&self, k: usize) -> bool {
        self.surface(k) == "--"
            || self.surface(k) == "-" && self.surface(k + 1) == "-" && self.glued(k + 1)
    }

    /// A number starts at `k` (digits or a spelled number word).
    pub(crate) fn starts_number(&self, k: usize) -> bool {
        self.is_num(k)
            || self.is_word(k)
                && (words::small(self.lower(k)).is_some()
                    || words::tens(self.lower(k)).is_some()
                    || matches!(self.lower(k), "nought" | "naught"))
    }

    /// Consumes a number with its glued suffixes and hyphen parts (`16s`, `19-related`).
    pub(super) fn skip_cluster(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.lexemes.len() && self.glued(j) && (self.is_word(j) || self.is_num(j)) {
            j += 1;
        }
        j
    }

    /// A modifier starts at `k` (the number after it belongs to it).
    pub(super) fn modified_here(&self, k: usize) -> bool {
        self.find(k, |r| matches!(r, Role::Mod(_)).then_some(()))
            .is_some()
    }
}
