//! `N times` as a multiplier (`10 times faster`, `almost three times as high`, `about 500 times
//! the resolution`, `four times their level`): the number is a ratio, a fraction (GUIDELINES.md's
//! `three times capacity`, decision 133's `almost four times as fast`), its span takes `times`;
//! not how often (`won it four times in six years`, `shot three times`, `four times as a
//! player`).

use super::Context;
use crate::words;

impl Context<'_> {
    /// `times` at `e` after a number, and what follows it compares: a comparative (`faster`,
    /// `more`), `as` and a word of degree (`as many`, `as high as`, `as fast.`), `the` or a
    /// possessive before what is multiplied (`the resolution`, `their level`), `that of`, `what`.
    pub(super) fn multiplier_at(&self, e: usize) -> bool {
        if self.lower(e) != "times" || !self.same_sentence(e, e + 1) {
            return false;
        }
        let w = self.lower(e + 1);
        match w {
            "as" => {
                let x = self.lower(e + 2);
                self.is_word(e + 2)
                    && !self.capitalized(e + 2)
                    && (matches!(x, "many" | "much" | "likely")
                        || !matches!(x, "a" | "an" | "the" | "part" | "well" | "long" | "soon")
                            && (self.lower(e + 3) == "as" || self.is_punct(e + 3, ".,;")))
            }
            "the" | "their" | "its" | "his" | "her" | "our" | "your" | "what" => true,
            "that" => self.lower(e + 2) == "of",
            _ => words::multiplier_comparative(w),
        }
    }
}
