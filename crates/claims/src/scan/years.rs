//! Years written before a noun, read as dates (GUIDELINES.md's `the 2016 election`): after a
//! determiner and its adjectives (`the original 1984 song`, `a promised 2016 bonus`, `a
//! two-part 1972 episode`) or `whose` (`whose 1963 report`), where a bare four-digit number was
//! a count; and such a year is no anchor for a weekday beside it (`in court Monday for a deadly
//! 1974 attack`: the Monday is the article's).

use super::calendar::time_value;
use super::{Amount, Context, RawQuantity, Role};
use crate::lexicon::Mod;
use crate::types::{Granularity, QuantityKind};
use crate::words;

impl Context<'_> {
    /// A year between a determiner and a noun with adjectives before it (`the original 1984
    /// song`, `a promised 2016 bonus`, `the bloody 1989 revolution`, `a two-part 1972 episode`)
    /// or after `whose` / `various` (`whose 1963 report`): the bare number at `s` (the noun at
    /// `e`) is a date, as `the 2016 election`, not a count. A round hundred is left alone (`the
    /// extra 2000 troops`).
    pub(super) fn year_after_determiner(&self, s: usize, e: usize) -> bool {
        let year = self
            .digits(s)
            .filter(|&v| (1900.0..=2100.0).contains(&v) && v % 100.0 != 0.0)
            .is_some_and(|_| self.surface(s).len() == 4);
        if !year || s == 0 || !self.is_word(e) || self.capitalized(e) {
            return false;
        }
        if self.has_role(e, |r| matches!(r, Role::Unit(_) | Role::CurWord(_))) {
            return false;
        }
        if matches!(self.lower(s - 1), "whose" | "various") {
            return true;
        }
        // back over at most three lower-case words (and the hyphens inside them) to a determiner
        let mut j = s - 1;
        let mut words_seen = 0;
        while j > 0 && self.same_sentence(j - 1, s) && words_seen <= 3 {
            let w = self.lower(j);
            if self.is_punct(j, "-") && self.glued(j) {
                j -= 1;
                continue;
            }
            if !self.is_word(j) || self.capitalized(j) || self.starts_number(j) && words_seen == 0 {
                return false;
            }
            if words_seen > 0 && words::determiner(w) {
                return true;
            }
            if words::determiner(w) || self.has_role(j, |r| matches!(r, Role::Function)) {
                return false;
            }
            words_seen += 1;
            j -= 1;
        }
        false
    }

    /// The date `a` is a bare year before a lower-case noun (`a deadly 1974 attack`, `the 2015
    /// attack`): a year naming what the noun is of, not a date a weekday beside it lies in
    /// (`Friday 13 November 2015 and` ends before `and`).
    pub(super) fn year_before_noun(&self, a: &RawQuantity) -> bool {
        a.kind == QuantityKind::Date
            && a.end == a.start + 1
            && self.surface(a.start).len() == 4
            && self.is_num(a.start)
            && self.is_word(a.end)
            && !self.capitalized(a.end)
            && !self.has_role(a.end, |r| matches!(r, Role::Function))
    }

    /// `raising 2016 elections`, `the 2019 season`, `1986 net`: a year at `s` before a noun of
    /// dated events or of a year's results at `e`; or before one lower-case word and such a noun
    /// (`cap 1988 defense spending`, `1987 export earnings`).
    pub(super) fn year_before_results(&self, s: usize, e: usize) -> bool {
        if words::dated_event_noun(self.lower(e)) || words::year_result_noun(self.lower(e)) {
            return true;
        }
        self.is_word(e)
            && !self.capitalized(e)
            && !self.has_role(e, |r| {
                matches!(r, Role::Function | Role::Unit(_) | Role::CurWord(_))
            })
            && self.same_sentence(s, e + 1)
            && words::year_result_noun(self.lower(e + 1))
    }

    /// `at 1986 year end`, `1987 full year sales`, `1986 year loss`: a bare year before the
    /// singular `year` at `k` (of its figures), a date, not a length of 1986 years; `estimated
    /// 1987 production`, `exceeded 1985 profits`: a year after a modifier (`m`, no part of the
    /// date) before a noun of a year's results. Not a round hundred (`over 2000 sales`, `a 2000
    /// year old tree`); `alone`: no second number.
    pub(super) fn year_before_year_word(
        &self,
        a: &Amount,
        alone: bool,
        m: Option<Mod>,
        k: usize,
    ) -> Option<RawQuantity> {
        let figures = self.lower(k) == "year" && !matches!(self.lower(k + 1), "old" | "olds")
            || m.is_some() && k == a.end && self.year_before_results(a.core, a.end);
        (alone
            && a.low % 100.0 != 0.0
            && a.yearish
            && a.end == a.core + 1
            && figures
            && !self.is_punct(a.end, "-")
            && self.surface(a.core).len() == 4
            && (1900.0..=2100.0).contains(&a.low))
        .then(|| RawQuantity {
            time: Some(time_value(
                format!("{:04}", a.low as i64),
                Granularity::Year,
            )),
            ..RawQuantity::new(a.core, a.end, QuantityKind::Date, a.core)
        })
    }

    /// `an 80 mln franc 4-3/4 pct 1972/87 bond`, `a 6.25 pct issue due 1998/2002`: the years of
    /// a bond's issue and maturity (the year at `core`, the word after the pair at `after`),
    /// any span apart.
    pub(super) fn bond_years(&self, core: usize, after: usize) -> bool {
        matches!(
            self.lower(after),
            "bond" | "bonds" | "loan" | "loans" | "notes" | "issue"
        ) || self.lower(core.wrapping_sub(1)) == "due"
    }

    /// The four digits at `k` are the year after `y` (`2003/2004`), or for a bond's years any
    /// of the next forty (`1998/2002`).
    pub(super) fn second_year_of(&self, y: i64, k: usize, bond: bool) -> bool {
        let next = y.saturating_add(1)..=y.saturating_add(if bond { 40 } else { 1 });
        self.digits(k).is_some_and(|b| next.contains(&(b as i64)))
    }
}
