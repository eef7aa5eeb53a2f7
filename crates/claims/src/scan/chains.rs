//! A chain of alternatives before a compound's noun (`a five, six, seven or even eight-horse
//! race`, `a 3, 4 or 5-page report`): one count from the first number to the last (decision
//! 400 of indep-NOTES.md, decision 65's chain), not a count for each.

use super::{Context, RawQuantity, values};
use crate::lexicon::Role;
use crate::types::QuantityKind;
use crate::words;

impl Context<'_> {
    /// The chain opening at `i`: two or more numbers of one token each (spelled below twenty
    /// or plain digits) joined by commas, then `or`/`and` (with `even`, `perhaps`, `maybe` or
    /// `possibly` after it) and a last number glued by a hyphen to a noun that is no unit or
    /// unit of time (those read as measures elsewhere: `a five, six or seven-year deal`). Each
    /// number is one more than the one before. The mention spans the numbers.
    pub(super) fn compound_chain(&self, i: usize) -> Option<RawQuantity> {
        let single = |k: usize| -> Option<u32> {
            let w = self.lower(k);
            if self.is_word(k) {
                words::small(w).filter(|n| *n > 0)
            } else if self.is_num(k) && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
                w.parse().ok()
            } else {
                None
            }
        };
        let first = single(i)?;
        // (not the middle of a chain: the scan meets its first number first)
        if i >= 2 && self.is_punct(i - 1, ",") && single(i - 2).is_some() {
            return None;
        }
        let (mut last, mut k) = (first, i + 1);
        while self.is_punct(k, ",") && self.same_sentence(i, k + 1) {
            match single(k + 1) {
                Some(n) if n == last + 1 => {
                    last = n;
                    k += 2;
                }
                _ => return None,
            }
        }
        if last == first || !matches!(self.lower(k), "or" | "and") {
            return None;
        }
        k += 1;
        if matches!(self.lower(k), "even" | "perhaps" | "maybe" | "possibly") {
            k += 1;
        }
        let end = single(k).filter(|n| *n == last + 1)?;
        let noun = k + 2;
        if !(self.is_punct(k + 1, "-")
            && self.glued(k + 1)
            && self.glued(noun)
            && self.is_word(noun)
            && self.same_sentence(i, noun)
            && single(noun).is_none()
            && words::time_unit(self.lower(noun)).is_none()
            && !self.has_role(noun, |r| matches!(r, Role::Unit(_) | Role::Measure(_))))
        {
            return None;
        }
        Some(RawQuantity {
            value: Some(values::interval(
                f64::from(first),
                true,
                f64::from(end),
                true,
                false,
            )),
            ..RawQuantity::new(i, k + 1, QuantityKind::Count, i)
        })
    }
}
