//! Numbers that name a product or a rule in wire copy (issue 17, indep27's Reuters-21578 wire):
//! a car's model after its make (`the new Audi 90`), an aircraft's variant after an alphanumeric
//! model (`the existing A310-300`), Boeing's jet models with no maker written (`747 and 757's`), a product line's number after a slash (`the System/36`) and
//! an exchange's numbered rule (`rule 390`). None counts anything; the scanner skips them whole.

use super::Context;
use crate::lexicon::Role;
use crate::words;

/// The longest number a product name carries (`Audi 90`, `Saab 9000`).
const MAX_MODEL_DIGITS: usize = 4;

impl Context<'_> {
    /// A product's or a rule's number at `i` (see the module's doc): returns the lexeme after
    /// it.
    pub(super) fn product_number(&self, i: usize) -> Option<usize> {
        let s = self.surface(i);
        if i == 0
            || s.len() > MAX_MODEL_DIGITS
            || !s.bytes().all(|b| b.is_ascii_digit())
            || !self.same_sentence(i - 1, i)
        {
            return None;
        }
        (self.make_model(i)
            || self.model_variant_code(i)
            || self.slash_line(i)
            || self.rule_no(i)
            || self.jet_model(i))
        .then_some(i + 1)
    }

    /// `the new Audi 90 will`, `a Volvo 740`: a number spaced after a capitalised make (not a
    /// year, `Ford 1987 sales`; nor an amount, `Chrysler 500 mln dlrs`, `Toyota 300 workers`).
    fn make_model(&self, i: usize) -> bool {
        let next = self.lower(i + 1);
        self.lexemes[i].spaced
            && self.is_word(i - 1)
            && self.capitalized(i - 1)
            && self.has_role(i - 1, |r| matches!(r, Role::Make))
            && !matches!(
                self.lower(i - 1),
                "lincoln" | "mercury" | "saturn" | "jaguar" | "dodge" | "plymouth"
            )
            && self.surface(i).len() < 4
            && !(self.is_word(i + 1) && !self.capitalized(i + 1) && next.ends_with('s'))
            && !self.measure_word_at(i + 1)
            && !self.is_num(i + 1)
    }

    /// `the A310-300`, `an MD80-87`: digits glued after a hyphen that is glued after a model
    /// written with letters and digits (a variant; `F-16` and `737-800` are read elsewhere).
    fn model_variant_code(&self, i: usize) -> bool {
        if i < 2 || !self.is_punct(i - 1, "-") || !self.glued(i - 1) || !self.glued(i) {
            return false;
        }
        let m = self.surface(i - 2);
        let letters = m.bytes().any(|b| b.is_ascii_uppercase());
        let digits = m.bytes().any(|b| b.is_ascii_digit());
        // (the model may lex as its letters and its digits glued: `A` `310`)
        let split = self.is_num(i - 2)
            && i >= 3
            && self.glued(i - 2)
            && self.is_word(i - 3)
            && self.surface(i - 3).bytes().all(|b| b.is_ascii_uppercase());
        letters && digits && m.bytes().all(|b| b.is_ascii_alphanumeric()) || split
    }

    /// `the System/36`, `a Series/1`: a number glued after a slash glued after a capitalised
    /// word (a product line), not a unit's denominator (`km/h`), a month's (`Jan/Feb`) or a
    /// clock's zone (`1500 EST/2000 gmt`).
    fn slash_line(&self, i: usize) -> bool {
        i >= 2
            && self.is_punct(i - 1, "/")
            && self.glued(i - 1)
            && self.glued(i)
            && self.is_word(i - 2)
            && self.capitalized(i - 2)
            && self.surface(i - 2).len() >= 3
            // (a name in small letters, not a zone's capitals: `1500 EST/2000 gmt`)
            && self.surface(i - 2).bytes().any(|b| b.is_ascii_lowercase())
            && !(i >= 3 && self.is_num(i - 3))
            && words::month(self.lower(i - 2)).is_none()
            && !self.has_role(i - 2, |r| matches!(r, Role::Unit(_) | Role::CurWord(_)))
            && !(self.is_punct(i + 1, "/") && self.glued(i + 1))
    }

    /// `stabilizers for 747 and 757's`: Boeing's jet models, 707 to 787, with no maker written,
    /// in a story that names Boeing, before a mark, `and`, `or` or a word for an aircraft (not
    /// before another noun, `737 jobs`, nor after a number).
    fn jet_model(&self, i: usize) -> bool {
        let s = self.surface(i).as_bytes();
        let next = self.lower(i + 1);
        s.len() == 3
            && s[0] == b'7'
            && s[2] == b'7'
            && (b'0'..=b'8').contains(&s[1])
            && !self.is_num(i - 1)
            // (a variant after a hyphen is read with the model: `737-800`)
            && !(self.is_punct(i + 1, "-") && self.glued(i + 1))
            && (!self.is_word(i + 1)
                || !self.same_sentence(i, i + 1)
                || matches!(
                    next,
                    "and"
                        | "or"
                        | "s"
                        | "jet"
                        | "jets"
                        | "jetliner"
                        | "jetliners"
                        | "jumbo"
                        | "jumbos"
                        | "aircraft"
                        | "airliner"
                        | "airliners"
                        | "plane"
                        | "planes"
                        | "freighter"
                        | "freighters"
                ))
            && !self.is_punct(i + 1, "%")
            && !self.measure_word_at(i + 1)
            && self.text.contains("Boeing")
    }

    /// `enforcement of rule 390`, `under Rule 144`: an exchange's or an agency's numbered rule.
    fn rule_no(&self, i: usize) -> bool {
        self.lower(i - 1) == "rule" && !self.measure_word_at(i + 1)
    }
}
