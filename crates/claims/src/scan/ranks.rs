//! A place in a ranking written `number N` (`entered the chart at number six`, `world number 10
//! Konta`, `ranked No 1 in the world`): an ordinal, not a count. Read only after a word of
//! reaching or holding a place (`at`, `to`, `reached`, `ranked`, `seeded`, `world`, `former`,
//! `between`, and the second of `between number one and number 100`), since
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
        // `between number one and number 100`: two places held; the second of the pair after
        // `and` or `or` (indep-NOTES.md decision 384; not `at number 12 and number 14`, which
        // may be houses)
        let paired = matches!(cue, "and" | "or")
            && n >= 4
            && self.surface(n) == "number"
            && self.surface(n - 3) == "number"
            && (self.is_num(n - 2) || words::small(self.lower(n - 2)).is_some())
            && self.same_sentence(n - 4, n)
            && self.lower(n - 4) == "between";
        // `the number one spot`, `Elvis's number one`, `his number two`: a spelled number after
        // lower-case `number` and a determiner or a possessive, a place in a ranking used as a
        // noun or before one (decision 330; digits there name things: `the number 9 bus`, and
        // so do some nouns: `the number one engine`, `the number five jersey`)
        let owned = self.surface(n) == "number"
            && self.is_word(s)
            && (words::race_determiner(cue) || self.possessive_before(n))
            && !numbered_thing(self.lower(s + 1));
        // `the number one and number two positions`: the second of two spelled places, the
        // first read as a place by these rules
        let spelled_pair = matches!(cue, "and" | "or")
            && n >= 3
            && self.surface(n) == "number"
            && self.surface(n - 3) == "number"
            && self.is_word(s)
            && self.is_word(n - 2)
            && words::small(self.lower(n - 2))
                .is_some_and(|first| self.rank_number(n - 2, f64::from(first)));
        (words::rank_cue(cue) || cue == "between" || paired || owned || spelled_pair)
            && !(place && (v > 100.0 || self.surface(n) == "No"))
            || self.surface(n) == "No" && self.is_num(s) && self.ranking_no(n, s)
    }

    /// The second of two places written `number N and M` (`the number one and two positions`,
    /// `at number one or two in the chart`): a spelled `M` at `s` (value `v`) after `and`/`or`
    /// and a place [`Self::rank_number`] reads, before a plural noun of places or the end of
    /// the phrase (not `number one and two weeks later`).
    pub(super) fn paired_rank(&self, s: usize, v: f64) -> bool {
        if s < 4
            || !self.is_word(s)
            || v.fract() != 0.0
            || !matches!(self.lower(s - 1), "and" | "or")
        {
            return false;
        }
        let Some(first) = words::small(self.lower(s - 2)) else {
            return false;
        };
        let next = self.lower(s + 1);
        let ends = self.phrase_end(s + 1)
            || matches!(next, "positions" | "places" | "spots" | "slots" | "ranks");
        self.same_sentence(s - 3, s) && ends && self.rank_number(s - 2, f64::from(first))
    }

    /// A possessive right before `n` (`Elvis's`, `the Beatles'`).
    fn possessive_before(&self, n: usize) -> bool {
        n >= 2 && self.is_punct(n - 1, "'\u{2019}") && self.lower(n - 2).ends_with('s')
            || n >= 3 && self.lower(n - 1) == "s" && self.is_punct(n - 2, "'\u{2019}")
    }

    /// `in level one`, `at level five`, `Nocturne's level six spike`: a spelled number (value
    /// `v`, one word at `s`) after lower-case `level` is a rank on a scale or a progression, an
    /// ordinal (indep-NOTES.md decisions 97 and 273), unless a measure or a time follows (`the
    /// level two points higher`, `level three years ago`). `Level 3`, digits or capitalised,
    /// names a grade as a code (decision 215) and is left to the designations.
    pub(super) fn level_rank(&self, s: usize, v: f64) -> bool {
        s >= 1
            && self.is_word(s)
            && v.fract() == 0.0
            && (1.0..=20.0).contains(&v)
            && self.surface(s - 1) == "level"
            && self.same_sentence(s - 1, s)
            && words::time_unit(self.lower(s + 1)).is_none()
            && !self.has_role(s + 1, |r| {
                matches!(
                    r,
                    crate::lexicon::Role::Unit(_) | crate::lexicon::Role::Measure(_)
                )
            })
            && !matches!(
                self.lower(s + 1),
                "points" | "point" | "percent" | "notches" | "times"
            )
    }

    /// `No N` (digits) as a rank without a word of reaching before it: the shorthand of the
    /// press for a place in a ranking, after a determiner or a possessive and before the noun
    /// ranked (`the No 1 risk facing the economy`, `the State Department's No 2 spot`, `the
    /// United States' No 1 goal`, `its No 3 market`; the second of `the No 1 and No 2
    /// exporters`), after a verb of being (`we are No 1 in eye care`, `became No 2`), or alone
    /// in brackets after a name (`Huawei (No 72) and Lenovo (No 99)`). Not a name's number
    /// (`China Railway No 3 Engineering`, `Zhongguancun No 2 Primary School`), an address (`in
    /// No 10`, `A No 10 spokesman`: `a` is no cue) or a list's item (`No 1 is to ...`): those
    /// `Context::designated_no` skips.
    fn ranking_no(&self, n: usize, s: usize) -> bool {
        let before = self.lower(n - 1);
        let noun_after = self.is_word(s + 1) && !self.capitalized(s + 1);
        let owner = words::race_determiner(before)
            || self.is_punct(n - 1, "'\u{2019}") && n >= 2 && self.lower(n - 2).ends_with('s')
            || n >= 3 && self.lower(n - 1) == "s" && self.is_punct(n - 2, "'\u{2019}");
        let listed = matches!(before, "and" | "or")
            && n >= 3
            && self.surface(n - 3) == "No"
            && self.is_num(n - 2);
        let being = matches!(
            before,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "become"
                | "became"
                | "remain"
                | "remains"
                | "remained"
        );
        let bracketed = self.is_punct(n - 1, "(") && self.is_punct(s + 1, ")");
        (owner || listed) && noun_after || being || bracketed
    }

    /// A number after `No`, `No.` or `Number` that no ranking reads (`rank_number`): a name's
    /// number or an address (`Number 10 wants`, `a discussion held in No 10`, `China Railway
    /// No 3 Engineering Group`, `a No 10 spokesman`, `Number 10 or 11 Downing Street`), or a
    /// list's item (`No 1 is to provide value`): no quantity (GUIDELINES.md: numbers inside
    /// names; decision 150's `Number 10`, `at No 10`, `the number 9 bus`), as lower-case
    /// `number` after a determiner (`the number 9 bus`). Not the verb (`they number 200`, `to
    /// number 10,000`). Returns the lexeme after it, past an alternative (`10 or 11`).
    pub(super) fn designated_no(&self, i: usize) -> Option<usize> {
        if i == 0 || !self.is_num(i) {
            return None;
        }
        let n = if i >= 2 && self.is_punct(i - 1, ".") && self.surface(i - 2) == "No" {
            i - 2
        } else {
            i - 1
        };
        let w = self.surface(n);
        let named = matches!(w, "No" | "Number" | "Nos")
            || w == "number" && n >= 1 && words::race_determiner(self.lower(n - 1));
        if !named || !self.same_sentence(n, i) {
            return None;
        }
        let v = self.digits(i)?;
        if self.rank_number(i, v) {
            return None;
        }
        let e = if matches!(self.lower(i + 1), "or" | "and") && self.is_num(i + 2) {
            i + 3
        } else {
            i + 1
        };
        Some(e)
    }
}

/// Nouns of a thing named by its number after `the number N` (`the number one engine`, `the
/// number five jersey`, `the number 9 bus`): a name, not a place in a ranking (decision 416).
fn numbered_thing(w: &str) -> bool {
    matches!(
        w,
        "engine"
            | "engines"
            | "jersey"
            | "shirt"
            | "bus"
            | "seat"
            | "platform"
            | "gate"
            | "door"
            | "room"
            | "court"
            | "runway"
            | "terminal"
            | "pump"
            | "reactor"
            | "lane"
            | "track"
            | "car"
            | "stand"
            | "pitch"
            | "box"
            | "hole"
            | "tee"
            | "line"
            | "route"
    )
}
