//! `twice` as a count of repetitions (`shot twice`, `was twice repelled`), not a multiplier or
//! a frequency.

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
        (verb && !multiplier).then(|| RawQuantity {
            value: Some(exact(2.0)),
            ..RawQuantity::new(i, i + 1, QuantityKind::Count, i)
        })
    }
}
