//! Numbers that are not quantities: identifiers (`COVID-19`, `F-16`, `page 14`, `Rule 19`),
//! phone numbers, stock codes, emergency numbers (`called 911`), list markers, calibres, `24/7`.
//! The scanner skips them whole.

use super::Context;
use crate::lex::LexemeKind;
use crate::lexicon::Role;
use crate::words;

impl Context<'_> {
    /// Skips a number that is not a quantity: `COVID-19`, `F-16`, phone numbers, page numbers,
    /// list markers. Returns the token to resume at.
    pub(super) fn noise(&self, i: usize) -> Option<usize> {
        let t = self.lexemes[i];
        // a calibre names a cartridge (`.38-caliber handgun`, `a 9mm` is a dimension)
        let k = if self.is_punct(i + 1, "-") && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if t.kind == LexemeKind::Number && matches!(self.lower(k), "caliber" | "calibre") {
            return Some(k + 1);
        }
        // digits grouped by plain spaces are a phone number, not `1 234 567`, when they start
        // with 0 or sit among other digits or phone punctuation (`+27 082 838 2309`,
        // `1800 666 111`, `974 501 111 49`)
        if i >= 1 && self.is_num(i - 1) && self.surface(i - 1).contains(' ') && t.spaced
            || self.surface(i).contains(' ')
                && (self.surface(i).starts_with('0')
                    || i >= 1 && (self.is_num(i - 1) || self.is_punct(i - 1, "+()-/"))
                    || self.is_num(i + 1)
                    || self.is_punct(i + 1, "/"))
        {
            return Some(i + 1);
        }
        // word-hyphen-digits: COVID-19, F-16, Su-35 (not mid-2023, pre-1990, over-50s)
        if !t.spaced
            && i >= 2
            && self.is_punct(i - 1, "-")
            && self.glued(i - 1)
            && self.is_word(i - 2)
        {
            let w = self.lower(i - 2);
            if !words::keeps_hyphened_number(w)
                && words::small(w).is_none()
                && words::tens(w).is_none()
            {
                return Some(self.skip_cluster(i));
            }
        }
        // word glued before digits: G7, A380
        if !t.spaced && i >= 1 && self.is_word(i - 1) {
            let w = self.lower(i - 1);
            if !matches!(w, "us" | "rs" | "mid") && !self.glued_currency(i - 1) {
                return Some(self.skip_cluster(i));
            }
        }
        // identifier prefixes: page 14, Article 5, No. 10, flight 17
        if i >= 1 {
            let p = self.lower(i - 1);
            let prev_word = if self.is_punct(i - 1, ".") && i >= 2 {
                self.lower(i - 2)
            } else {
                p
            };
            let dotted = self.is_punct(i - 1, ".");
            let id = if dotted {
                words::dotted_identifier_prefix(prev_word)
            } else {
                // `Level 3`, `Rule 19`, `Proposition 64` capitalised only (`rule 2` may count)
                self.has_role(i - 1, |r| matches!(r, Role::IdPrefix))
                    && (!matches!(p, "level" | "rule" | "proposition") || self.capitalized(i - 1))
            };
            if id {
                return Some(self.skip_cluster(i));
            }
        }
        // `24/7`: always, not two numbers
        if self.surface(i) == "24"
            && self.is_punct(i + 1, "/")
            && self.glued(i + 1)
            && self.surface(i + 2) == "7"
            && self.glued(i + 2)
            && !self.is_punct(i + 3, "/")
        {
            return Some(i + 3);
        }
        // a name in capitals and a number (`PIX 11`, `NEXUS 17`, `FTSE 250 Index`, `HB 2`, `COP
        // 21`): an identifier when no lower-case word follows (`the EPA 13 times` is a count)
        if i >= 1 && t.spaced && self.surface(i).len() <= 3 && !self.surface(i).contains([',', '.'])
        {
            let w = self.surface(i - 1);
            let caps = self.is_word(i - 1)
                && (2..=6).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !self.has_role(i - 1, |r| {
                    matches!(
                        r,
                        Role::CurCode(_)
                            | Role::CurSym(_)
                            | Role::Unit(_)
                            | Role::Zone(_)
                            | Role::Mod(_)
                            | Role::Function
                    )
                })
                && words::month(self.lower(i - 1)).is_none()
                && words::weekday(self.lower(i - 1)).is_none()
                && !words::era(w);
            let next_lower = self.is_word(i + 1)
                && self
                    .surface(i + 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
            if caps && !next_lower && !self.is_punct(i + 1, "%-") {
                return Some(i + 1);
            }
        }
        // a stock code after an exchange (`(TWSE: 2495)`, `(HKEX: 0700)`)
        if i >= 2
            && self.is_punct(i - 1, ":")
            && self.glued(i - 1)
            && self.is_word(i - 2)
            && (3..=6).contains(&self.surface(i - 2).len())
            && self.surface(i - 2).chars().all(|c| c.is_ascii_uppercase())
            && (self.is_punct(i + 1, ")") || self.lexeme(i + 1).is_none())
        {
            return Some(i + 1);
        }
        // emergency numbers: `called 911`, `connecting to 911`, `a 999 call`, `112/999`
        if self.has_role(i, |r| matches!(r, Role::Emergency)) {
            let prev = self.lower(i.wrapping_sub(1));
            let next = self.lower(i + 1);
            let calling = prev.starts_with("call")
                || prev.starts_with("dial")
                || words::calling_verb(prev)
                // `connecting to 911`, `calls to 911` (not `rose to 911`)
                || prev == "to"
                    && i >= 2
                    && (self.lower(i - 2).starts_with("call")
                        || self.lower(i - 2).starts_with("connect")
                        || words::call_to_verb(self.lower(i - 2)))
                || self.is_punct(i.wrapping_sub(1), "/") && self.glued(i);
            let service = words::emergency_service_noun(next)
                || self.is_punct(i + 1, "/") && self.glued(i + 1) && self.is_num(i + 2);
            if calling || service {
                return Some(i + 1);
            }
        }
        // list markers: a line starting with `1.` or `2)`
        if t.line_start
            && self.is_punct(i + 1, ".)")
            && self.glued(i + 1)
            && self.surface(i).len() <= 2
            && !self.is_num(i + 2)
        {
            return Some(i + 2);
        }
        if i >= 1
            && self.is_punct(i - 1, "(")
            && self.is_punct(i + 1, ")")
            && self.surface(i).len() <= 2
            && self.glued(i)
            && self.glued(i + 1)
        {
            return Some(i + 2);
        }
        // phone numbers: groups of digits joined by - or spaces, 7+ digits, + prefix
        let mut j = i;
        let mut digits = 0usize;
        let mut groups = 0usize;
        while self.is_num(j) && !self.surface(j).contains([',', '.']) {
            digits += self.surface(j).len();
            groups += 1;
            if self.is_punct(j + 1, "-.")
                && self.glued(j + 1)
                && self.is_num(j + 2)
                && self.glued(j + 2)
            {
                j += 2;
            } else {
                break;
            }
        }
        let plus = i >= 1 && self.is_punct(i - 1, "+") && self.glued(i);
        if groups >= 2
            && digits >= 7
            && !(groups == 2
                && self.surface(i).len() == 4
                && self.surface(j).len() == 4
                && digits == 8)
        {
            return Some(j + 1);
        }
        if plus && self.surface(i).len() <= 3 && self.is_num(i + 1) {
            let mut j = i;
            while self.is_num(j + 1) || (self.is_punct(j + 1, "-") && self.is_num(j + 2)) {
                j += 1;
            }
            return Some(j + 1);
        }
        None
    }
}
