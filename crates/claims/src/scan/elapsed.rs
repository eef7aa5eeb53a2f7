//! Elapsed times written like a clock: a race or lap time (`won in 2:08:44`, `ran the mile in
//! 3:59.4`, `a lap of 1:29.708`) is a duration in seconds, not a clock time and a count; and a
//! fraction of a unit of time spelled with its denominator (`one hundredth of a second`, `three
//! tenths of a second`, `three quarters of an hour`), a duration in that unit; and the article
//! as one unit of time after `in` or before a possessive (`in a year`, `A year's work`).

use super::{Amount, Context, RawQuantity, values};
use crate::types::QuantityKind;
use crate::words;

impl Context<'_> {
    /// A race time at `i`: hours, minutes and seconds (`2:08:44`, an hour below 10 and no clock
    /// word around it: `at 14:40:08`, `2:08:44 a.m.` stay clock times) or minutes and seconds
    /// with a decimal (`3:59.4`, which no clock writes). The value is summed in seconds, as the
    /// guidelines sum a composite duration.
    pub(super) fn elapsed(&self, i: usize) -> Option<RawQuantity> {
        let glued_num = |k: usize| self.is_num(k) && self.glued(k);
        let colon = |k: usize| self.is_punct(k, ":") && self.glued(k);
        if !colon(i + 1) || !glued_num(i + 2) {
            return None;
        }
        let first = self.surface(i);
        if first.len() > 2 || !first.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let a: f64 = first.parse().ok()?;
        let second = self.surface(i + 2);
        let (seconds, end) = match second.split_once('.') {
            // `3:59.4`: minutes and seconds
            Some((s, frac)) => {
                if s.len() != 2 || frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let s: f64 = second.parse().ok()?;
                if s >= 60.0 {
                    return None;
                }
                (a * 60.0 + s, i + 3)
            }
            // `2:08:44`: hours, minutes, seconds
            None => {
                if second.len() != 2 || !colon(i + 3) || !glued_num(i + 4) {
                    return None;
                }
                let third = self.surface(i + 4);
                let (m, s): (f64, f64) = (second.parse().ok()?, third.parse().ok()?);
                if third.len() != 2 || m >= 60.0 || s >= 60.0 || a >= 10.0 {
                    return None;
                }
                if self.clock_words_around(i, i + 5) {
                    return None;
                }
                (a * 3600.0 + m * 60.0 + s, i + 5)
            }
        };
        Some(RawQuantity {
            value: Some(values::exact(values::round_sig(seconds))),
            unit: Some("second".to_owned()),
            ..RawQuantity::new(i, end, QuantityKind::Duration, i)
        })
    }

    /// A fraction of a unit of time at `i`: a numerator (digits or a spelled number below a
    /// hundred), a denominator word that agrees with it (`one hundredth`, `66 hundredths`, `three
    /// quarters`; not `one hundredths`), then `of a`/`of an` and a singular unit of time (`one
    /// hundredth of a second`: a duration 0.01 second, decision 269). The numerator is below the
    /// denominator (`five thirds of a second` is left alone).
    pub(super) fn split_time(&self, i: usize) -> Option<RawQuantity> {
        let n = self.lower(i);
        let num = if self.is_num(i) && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
            n.parse::<u64>().ok()?
        } else if self.is_word(i) {
            u64::from(words::small(n).or_else(|| words::tens(n))?)
        } else {
            return None;
        };
        let dk = i + 1;
        let dw = self.lower(dk);
        let d = words::denominator(dw).filter(|d| *d > 2 && self.is_word(dk))?;
        if num == 0 || num >= d || (num == 1) == dw.ends_with('s') {
            return None;
        }
        let unit_word = self.lower(dk + 3);
        let unit = words::time_unit(unit_word).filter(|_| !unit_word.ends_with('s'))?;
        if self.lower(dk + 1) != "of"
            || !matches!(self.lower(dk + 2), "a" | "an")
            || !self.same_sentence(i, dk + 3)
        {
            return None;
        }
        Some(RawQuantity {
            value: Some(values::exact(values::round_sig(num as f64 / d as f64))),
            unit: Some(unit.to_owned()),
            ..RawQuantity::new(i, dk + 4, QuantityKind::Duration, i)
        })
    }

    /// A word of the clock before `s` (`at`, `until`, `since`, past `about`/`around`) or after
    /// `e` (`a.m.`, a zone): `s..e` is a time of day.
    fn clock_words_around(&self, s: usize, e: usize) -> bool {
        let mut k = s;
        while k >= 1
            && matches!(
                self.lower(k - 1),
                "about" | "around" | "approximately" | "just"
            )
        {
            k -= 1;
        }
        let before = k >= 1
            && matches!(
                self.lower(k - 1),
                "at" | "by" | "until" | "till" | "from" | "since" | "before" | "after"
            );
        before || self.ampm(e).is_some() || self.zone(e).is_some()
    }
}

impl Context<'_> {
    /// The article at `i` stands for one of the unit of time after it (GUIDELINES.md, decision
    /// 437): as the length of `in` (`fell by 17.5% in a year`, `52 weeks in a year`, `the
    /// strongest in a decade`), the phrase ending after the unit (not `in a year-long inquiry`,
    /// `in a day care centre`, `in a year when ...`, `in a month of Sundays`, the idiom `in a
    /// minute`); or before a possessive and its noun (`A year's work`, `an hour's drive`, `a
    /// month's notice`; not the idiom `all in a day's work`): the amount one at the article `i`.
    pub(super) fn one_unit_amount(&self, i: usize) -> Option<Amount> {
        (matches!(self.lower(i), "a" | "an") && self.one_unit_of_time(i))
            .then(|| Amount::new(i, i + 1, 1.0, i))
    }

    /// Whether the article at `i` stands for one unit of time ([`Self::one_unit_amount`]).
    fn one_unit_of_time(&self, i: usize) -> bool {
        let unit = self.lower(i + 1);
        if !matches!(
            unit,
            "minute"
                | "hour"
                | "day"
                | "week"
                | "fortnight"
                | "month"
                | "year"
                | "decade"
                | "century"
        ) || !self.same_sentence(i, i + 1)
        {
            return false;
        }
        let before = self.prev_in_sentence(i);
        if self.possessive_after(i + 2) {
            return self.is_word(i + 4)
                && self.same_sentence(i, i + 4)
                && !(before == "in" && self.lower(i + 4) == "work");
        }
        let k = i + 2;
        let ends = !self.same_sentence(i, k)
            || self.is_punct(k, ".,;:)!?\u{2014}\u{2013}")
            || matches!(
                self.lower(k),
                "and"
                    | "or"
                    | "to"
                    | "for"
                    | "at"
                    | "on"
                    | "in"
                    | "from"
                    | "than"
                    | "since"
                    | "as"
                    | "but"
                    | "by"
                    | "after"
                    | "before"
                    | "because"
                    | "with"
                    | "amid"
                    | "despite"
                    | "while"
                    | "ago"
            ) && self.lower(k + 1) != "a";
        // (`could clear this up in a minute`: the idiom for soon)
        before == "in" && ends && unit != "minute"
    }
}
