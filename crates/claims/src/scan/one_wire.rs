//! `one` as a pronoun in wire copy (issue 17, indep28's Reuters-21578 wire), beside
//! [`super::one`]: an unnamed source (`one official told Reuters`, `One aide once described`,
//! `one trading house source said`: decision 100's indefinite `one rumor suggests`), `not one`
//! before no noun (`not one "that a free trader ... could endorse`, decision 430's `not one but
//! two`) and the second term of a ratio (`improved to 1.8 to one from 2.1 to one`, `a
//! three-to-one ratio`).

use super::Context;
use crate::lexicon::Role;

/// The most words between `one` and the noun naming a source (`one trading house source`).
const SOURCE_REACH: usize = 4;

impl Context<'_> {
    /// The spelled `one` at `i` (its amount ends at `e`) is a pronoun by a reading above.
    pub(super) fn one_wire(&self, i: usize, e: usize) -> bool {
        e == i + 1
            && self.lower(i) == "one"
            && (self.one_source(i, e) || self.not_one(i, e) || self.ratio_one(i))
    }

    /// `one official told`, `One aide once described`: `one`, opening a clause, some lower-case
    /// words ending in a noun of a source, and a verb of saying (with an adverb between).
    fn one_source(&self, i: usize, e: usize) -> bool {
        let prev = self.prev_in_sentence(i);
        let opens = prev.is_empty()
            || self.is_punct(i - 1, ",;:\"\u{201c}\u{201d}(")
            || matches!(prev, "but" | "and" | "while" | "as" | "because");
        if !opens {
            return false;
        }
        let Some(noun) = (e..e + SOURCE_REACH)
            .take_while(|&k| self.same_sentence(i, k) && self.is_word(k) && !self.capitalized(k))
            .find(|&k| source_noun(self.lower(k)))
        else {
            return false;
        };
        let mut k = noun + 1;
        if matches!(self.lower(k), "once" | "also" | "later" | "then") {
            k += 1;
        }
        self.same_sentence(i, k)
            && (self.has_role(k, |r| matches!(r, Role::AttrVerb))
                || matches!(
                    self.lower(k),
                    "said" | "says" | "told" | "described" | "added"
                ))
    }

    /// `not one "that`, `not one but two`: `not one` before a mark or a clause's word.
    fn not_one(&self, i: usize, e: usize) -> bool {
        self.prev_in_sentence(i) == "not"
            && (!self.is_word(e) || matches!(self.lower(e), "but" | "that" | "who" | "which"))
    }

    /// `1.8 to one`, `a three-to-one ratio`: the second term of a ratio after a decimal or a
    /// hyphened `to`.
    fn ratio_one(&self, i: usize) -> bool {
        if i < 2 || self.prev_in_sentence(i) != "to" && self.prev_in_sentence(i) != "-" {
            return false;
        }
        let hyphened = self.is_punct(i - 1, "-")
            && self.glued(i - 1)
            && self.glued(i)
            && i >= 4
            && self.lower(i - 2) == "to"
            && self.is_punct(i - 3, "-")
            && self.lower(i - 4) != "one";
        let decimal =
            self.lower(i - 1) == "to" && self.is_num(i - 2) && self.surface(i - 2).contains('.');
        hyphened || decimal
    }
}

/// A noun naming a person who speaks for others without a name (`official`, `aide`, `source`).
fn source_noun(w: &str) -> bool {
    matches!(
        w,
        "official"
            | "aide"
            | "source"
            | "trader"
            | "dealer"
            | "analyst"
            | "diplomat"
            | "banker"
            | "economist"
            | "spokesman"
            | "spokeswoman"
            | "delegate"
            | "broker"
            | "insider"
    )
}
