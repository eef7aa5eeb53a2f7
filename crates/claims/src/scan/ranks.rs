//! A place in a ranking written `number N` (`entered the chart at number six`, `world number 10
//! Konta`, `ranked No 1 in the world`): an ordinal, not a count. Read only after a word of
//! reaching or holding a place (`at`, `to`, `reached`, `ranked`, `seeded`, `world`), since
//! `number` before a figure also names things (`room number 8`, `door number three`, `Number
//! 10`, `the number 9 bus`, `Bath number eight`, `at No 10`) and is a verb (`thought to number
//! about 10,000`). A team's position named by its number after `to` (`moved to number eight`)
//! is not told apart.

use super::Context;
use crate::words;

impl Context<'_> {
    /// The number at `s` (value `v`) is a place in a ranking: lower-case `number`, or `No` /
    /// `No.` before digits, right before it, and a word of reaching or holding a place before
    /// that.
    pub(super) fn rank_number(&self, s: usize, v: f64) -> bool {
        if s < 2 || v.fract() != 0.0 || !(1.0..=200.0).contains(&v) {
            return false;
        }
        let n = if self.is_num(s) && self.is_punct(s - 1, ".") && self.surface(s - 2) == "No" {
            s - 2
        } else {
            s - 1
        };
        let word = self.surface(n) == "number" || self.surface(n) == "No" && self.is_num(s);
        if !word || n == 0 || !self.same_sentence(n - 1, s) {
            return false;
        }
        let cue = self.lower(n - 1);
        // (`expected to number 200`: the verb; a place reached is a small one; `at No 10`, `No
        // 11 Downing Street`: an address after `at` or `to`)
        let place = matches!(cue, "at" | "to");
        words::rank_cue(cue) && !(place && (v > 100.0 || self.surface(n) == "No"))
    }
}
