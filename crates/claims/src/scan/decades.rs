//! Decades as dates (`the 1980s`, `the '90s`, `the mid-2000s`, `throughout the 2000s`): ISO 8601's
//! three-digit decade (`198`), granularity `decade` (GUIDELINES.md's `the 80s`). A part of a
//! decade (`early`, `mid`, `late`) stays in the span and leaves the decade. Ages by decade (`in
//! their 80s`) are read before, by `Context::decade_age`. A power of ten with the plural `s` is
//! no decade but a vague plural (`100s`, `1,000s`: `Context::digit_plural`, asked by `amounts`).

use super::calendar::time_value;
use super::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind};

impl Context<'_> {
    /// The end of the plural `s` written after the number at `i` (`80s`, `1980's`, `80’s`), when
    /// nothing is glued on after it (`80sth`, `1980sA`: no plural).
    pub(super) fn plural_s_end(&self, i: usize) -> Option<usize> {
        let e = match self.lower(i + 1) {
            "s" => i + 2,
            "'" | "\u{2019}" if self.lower(i + 2) == "s" && self.glued(i + 2) => i + 3,
            _ => return None,
        };
        (!(self.is_word(e) && self.glued(e))).then_some(e)
    }

    /// A decade written with its plural `s` at the number `i`: `1980s`, `1980's`, `'80s`, and
    /// `80s` after `the` (`the 80s`, `the early 90s`).
    pub(super) fn decade(&self, i: usize) -> Option<RawQuantity> {
        let s = self.surface(i);
        if !(s.len() == 4 || s.len() == 2) || !s.ends_with('0') || !self.glued(i + 1) {
            return None;
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e = self.plural_s_end(i)?;
        // `the early 1990s`, `the mid-2000s`, `in the late '70s`: the part stays in the span
        let apostrophe = i >= 1 && self.is_punct(i - 1, "'\u{2019}\u{2018}") && self.glued(i);
        let mut b = if apostrophe { i - 1 } else { i };
        if b >= 1 && matches!(self.lower(b - 1), "early" | "mid" | "late") {
            b -= 1;
        } else if b >= 2 && self.lower(b - 2) == "mid" && self.is_punct(b - 1, "-") {
            b -= 2;
        }
        let n: u16 = s.parse().ok()?;
        let the = b >= 1 && self.lower(b - 1) == "the";
        // `1990's` with a possessive's apostrophe: a decade only after `the` (`the year 2000's
        // plan`, `2010's hit film` are the year's)
        if e == i + 3 && (!the || b >= 2 && self.lower(b - 2) == "year") {
            return None;
        }
        let decade = if s.len() == 4 {
            // (`the 1800s`, `the early 1600s`: a century; `the 2000s` the decade)
            if !(1000..2100).contains(&n) || n % 100 == 0 && n != 2000 {
                return None;
            }
            n / 10
        } else {
            // two digits: after an apostrophe (`'80s`), or right after `the` from the 50s on
            // (`the 80s`; `in their 80s` is an age, `highs in the 80s` a temperature, `the
            // 30s bracket` an age group, `in the mid-50s` a poll's level)
            let the = the && b == i && n >= 50;
            let warm = (b.saturating_sub(4)..b).any(|k| {
                matches!(
                    self.lower(k),
                    "highs" | "lows" | "temperatures" | "temps" | "degrees"
                )
            });
            if !apostrophe && (!the || warm) {
                return None;
            }
            // (`'00s`, `'10s`: this century; `'20s` and later: the last)
            if n <= 10 { 200 + n / 10 } else { 190 + n / 10 }
        };
        Some(RawQuantity {
            time: Some(time_value(format!("{decade:03}"), Granularity::Decade)),
            ..RawQuantity::new(b, e, QuantityKind::Date, i)
        })
    }

    /// A decade of the last century spelled as a word after `the` (`the seventies`, `the early
    /// eighties`, `the mid-sixties`): the date as [`Self::decade`]'s `the 70s`, from the fifties
    /// on (GUIDELINES.md's `the 80s`); not an age (`in their seventies`: no `the`) nor a
    /// temperature (`highs in the seventies`).
    pub(super) fn spelled_decade(&self, i: usize) -> Option<RawQuantity> {
        let n = spelled_tens(self.lower(i)).filter(|&n| n >= 5)?;
        let b = self.decade_modifier_start(i);
        if b == 0 || self.lower(b - 1) != "the" || !self.same_sentence(b - 1, i) {
            return None;
        }
        let warm = (b.saturating_sub(5)..b).any(|k| {
            matches!(
                self.lower(k),
                "highs" | "lows" | "temperatures" | "temps" | "degrees"
            )
        });
        // (`the sixties-era sound`: a compound goes on after the word)
        if warm || self.glued(i + 1) && self.is_punct(i + 1, "-") {
            return None;
        }
        Some(RawQuantity {
            time: Some(time_value(format!("{:03}", 190 + n), Granularity::Decade)),
            ..RawQuantity::new(b, i + 1, QuantityKind::Date, i)
        })
    }

    /// The digits at `j` (value `v`) with a glued plural `s` as a vague plural (`100s` as
    /// `hundreds`, `1,000s` as `thousands`: indep-NOTES.md decision 377): a power of ten from
    /// 100 up, not a decade or a century (`1990s`, `the 1800s`, `2000s`; `1000s` unpunctuated
    /// only before `of`, not `the AD 1000s`); `10s` only before a comma, `and` or `or` and another such plural
    /// (`the 10s, 100s, and 1,000s`; `the 10s` alone may be a decade). Returns the power.
    pub(super) fn digit_plural(&self, j: usize, v: f64) -> Option<f64> {
        let power = |x: f64| {
            (10.0..=1e9).contains(&x) && {
                let l = x.log10();
                (l - l.round()).abs() < 1e-9
            }
        };
        if !power(v) || self.surface(j).contains('.') || self.plural_s_end(j)? != j + 2 {
            return None;
        }
        // (`the AD 1000s`, `the early 1000s`: a century; `1000s of fans` the plural)
        if v == 1000.0 && !self.surface(j).contains(',') && self.lower(j + 2) != "of" {
            return None;
        }
        if v >= 100.0 {
            return Some(v);
        }
        let mut k = j + 2;
        while self.is_punct(k, ",") || matches!(self.lower(k), "and" | "or") {
            k += 1;
        }
        (k > j + 2
            && self.is_num(k)
            && self.lower(k + 1) == "s"
            && self.glued(k + 1)
            && self.digits(k).is_some_and(|x| x >= 100.0 && power(x)))
        .then_some(v)
    }
}

/// The tens of a decade spelled as a word (`twenties` 2 to `nineties` 9).
pub(super) fn spelled_tens(w: &str) -> Option<u16> {
    Some(match w {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    })
}

impl Context<'_> {
    /// Where the spelled decade at `i` opens with its `early`, `mid` or `late` (`the early
    /// eighties`, `the mid-sixties`: `mid` two tokens back over the hyphen), else `i`.
    pub(super) fn decade_modifier_start(&self, i: usize) -> usize {
        if i >= 1 && matches!(self.lower(i - 1), "early" | "mid" | "late") {
            i - 1
        } else if i >= 2 && self.lower(i - 2) == "mid" && self.hyphened_word(i - 1, self.lower(i)) {
            i - 2
        } else {
            i
        }
    }
}
