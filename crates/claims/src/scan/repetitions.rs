//! `twice` as a count of repetitions (`shot twice`, `was twice repelled`) and as a multiplier
//! comparing two amounts (`twice as many`, `twice that of`), a fraction 2; not a frequency.

use super::values::exact;
use super::{Context, RawQuantity};
use crate::types::QuantityKind;
use crate::words;

impl Context<'_> {
    /// `shot twice`, `was hit twice in the leg`, `was twice repelled`: a count of repetitions,
    /// 2 (as `three times`), after a verb in the past or before a participle after `be`; not a multiplier (`twice as many`, `twice the size`) nor a
    /// frequency (`twice a week`).
    pub(super) fn twice(&self, i: usize) -> Option<RawQuantity> {
        if self.lower(i) != "twice" || i == 0 || !self.same_sentence(i - 1, i) {
            return None;
        }
        let prev = self.lower(i - 1);
        let verb = prev.len() > 3 && prev.ends_with("ed")
            || words::irregular_past_verb(prev)
            || words::hit_verb(prev)
            // `won the Cup twice in 1995 and 2000`, `has won it twice.`: after the verb's
            // object, before a time or the end of the phrase (not `think twice before`)
            || !matches!(prev, "think" | "thinks" | "thought" | "thinking")
                && self.is_word(i - 1)
                && (self.is_punct(i + 1, ",.;") || matches!(self.lower(i + 1), "in" | "since" | "during" | "last" | "this"))
            // `was twice repelled`, `has twice won`: between `be` or `have` and a participle
            || words::be_or_have(prev) && {
                let next = self.lower(i + 1);
                next.len() > 4 && next.ends_with("ed") || words::irregular_past_verb(next)
            };
        let multiplier = matches!(
            self.lower(i + 1),
            "as" | "the" | "that" | "a" | "an" | "per" | "more" | "its" | "their" | "his" | "her"
        );
        if verb && !multiplier {
            return Some(RawQuantity {
                value: Some(exact(2.0)),
                ..RawQuantity::new(i, i + 1, QuantityKind::Count, i)
            });
        }
        self.twice_multiplier(i).then(|| RawQuantity {
            value: Some(exact(2.0)),
            ..RawQuantity::new(i, i + 1, QuantityKind::Fraction, i)
        })
    }

    /// `twice as many as`, `twice as large`, `twice that of the average Ford`, `twice that high`,
    /// `twice the size of`: `twice` comparing two amounts is a multiplier, a fraction 2 (as the
    /// guidelines' `three times capacity`; indep-NOTES.md decision 253's `twice that high`). Not
    /// a frequency (`twice a week`, `twice per year`) nor `twice the man he was` (no amount
    /// named after `the`).
    fn twice_multiplier(&self, i: usize) -> bool {
        let next = self.lower(i + 1);
        let after = self.lower(i + 2);
        if !self.same_sentence(i, i + 2) {
            return false;
        }
        match next {
            // (`served twice as Iran's deputy minister`: a role, a repetition)
            "as" => {
                self.is_word(i + 2)
                    && !self.capitalized(i + 2)
                    && !matches!(after, "a" | "an" | "the" | "well" | "if")
            }
            "that" => {
                matches!(
                    after,
                    "of" | "high" | "figure" | "number" | "level" | "amount" | "rate"
                ) || self.is_punct(i + 2, ",.;")
            }
            "the" => matches!(
                self.lower(i + 2),
                "size" | "number" | "rate" | "amount" | "level" | "average" | "price" | "cost"
            ),
            _ => false,
        }
    }
}
