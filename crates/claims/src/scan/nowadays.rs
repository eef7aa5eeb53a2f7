//! `today` meaning nowadays, no date (GUIDELINES.md, "Not quantities"): `what it is today`,
//! `where we are today`, `as important as it is today`, `as we know it today`, `even today`.

use super::Context;

impl Context<'_> {
    /// `today` at `i` speaks of the present age, not of the article's day: the state a `what`,
    /// `where`, `who` or `how` clause or an `as` comparison describes (`made China what it is
    /// today`, `led us to where we are today`, `never been as important as it is today`), `as
    /// we know it today`, `even today`.
    pub(super) fn nowadays(&self, i: usize) -> bool {
        let at = |k: usize| {
            if k < i && self.same_sentence(k, i) {
                self.lower(k)
            } else {
                ""
            }
        };
        let back = |n: usize| i.checked_sub(n).map_or("", at);
        let prev = back(1);
        if prev == "even" || prev == "it" && back(2) == "know" {
            return true;
        }
        if !matches!(prev, "is" | "are" | "was" | "were" | "stands" | "stand") {
            return false;
        }
        // a short subject between the clause word and the verb (`where countries are today`,
        // `what the city is today`)
        (2..=4).any(|n| matches!(back(n), "what" | "where" | "who" | "how" | "as"))
            && (2..=4)
                .take_while(|&n| !matches!(back(n), "what" | "where" | "who" | "how" | "as"))
                .all(|n| i >= n && self.is_word(i - n))
    }
}
