//! Ages in lists and by decade: `ages 3 and 5`, `aged three and 13`, `Rodney Hardee, 23, and
//! Stephen Maynard 23`, `in their 30s`, `in their early 30s to mid-40s`. Split from
//! `quantities` (the plain quantity that calls them) to keep each file short.

use super::values::interval;
use super::{Amount, Context, RawQuantity};
use crate::lexicon::Role;
use crate::types::{QuantityKind, Value};
use crate::words;

/// How many earlier decades of a list (`in their 20s, 30s and 40s`) make a later one an age.
const MAX_DECADE_LIST: u8 = 4;

impl Context<'_> {
    /// The number `a` at `i` is one of a list of ages: after `ages N and` / `aged N,` (the
    /// list's head word before its first number), or before `and M years old` (the unit of the
    /// last number). Returns the unit (`year`, `month`).
    pub(super) fn listed_age(&self, i: usize, a: &Amount) -> Option<&'static str> {
        let plain = self.plain_whole(a, 0.0..=120.0);
        if !plain {
            return None;
        }
        // backwards over `N, N, and` to the head word
        let mut j = i;
        for _ in 0..6 {
            let mut c = j;
            if c >= 1 && self.lower(c - 1) == "and" {
                c -= 1;
            }
            if c >= 1 && self.is_punct(c - 1, ",") {
                c -= 1;
            }
            // (`aged three and 13`: a spelled first age)
            let number = c > 0
                && (self.is_num(c - 1)
                    || self.is_word(c - 1) && words::small(self.lower(c - 1)).is_some());
            if c == j || c == 0 || !number || !self.same_sentence(c - 1, i) {
                break;
            }
            j = c - 1;
            if j >= 1
                && (matches!(self.lower(j - 1), "ages" | "aged") || self.copula_of_person(j - 1))
            {
                return Some("year");
            }
        }
        // `Two men, 19 and 20, were taken`: a list of bare numbers in apposition to people,
        // closed by punctuation
        if j >= 2 && self.is_punct(j - 1, ",") && self.people_noun(j - 2) {
            let mut k = a.end;
            loop {
                if self.is_punct(k, ",") && self.lower(k + 1) == "and" && self.is_num(k + 2) {
                    k += 3;
                } else if (self.is_punct(k, ",") || matches!(self.lower(k), "and" | "or"))
                    && self.is_num(k + 1)
                {
                    k += 2;
                } else {
                    break;
                }
            }
            let small = |n: usize| {
                self.digits(n)
                    .is_some_and(|v| v <= 120.0 && v.fract() == 0.0)
            };
            if (j != i || k != a.end)
                && (j..k).all(|n| !self.is_num(n) || self.surface(n).len() <= 3 && small(n))
                && self.is_punct(k, ",.;")
            {
                return Some("year");
            }
        }
        if self.name_age_in_list(i) {
            return Some("year");
        }
        // forwards: `28 and 31 years old`, `5 or 6 years old`
        let k = a.end;
        if !matches!(self.lower(k), "and" | "or") || !self.is_num(k + 1) {
            return None;
        }
        let b = self.amount(k + 1)?;
        let u = words::time_unit(self.lower(b.end))?;
        let old = if self.is_punct(b.end + 1, "-") {
            b.end + 2
        } else {
            b.end + 1
        };
        (self.lower(old) == "old").then_some(u)
    }

    /// `Rodney Hardee, 23, and Stephen Maynard 23, who`: a number at `i` right after a name of
    /// two or three capitalised words, which `and` joins to a name with its age in apposition:
    /// the age of the second name, its comma lost.
    pub(super) fn name_age_in_list(&self, i: usize) -> bool {
        if i < 7 || !self.is_punct(i + 1, ",.;") || self.surface(i).len() > 3 {
            return false;
        }
        let mut n = i;
        while n > i - 3
            && self.is_word(n - 1)
            && self.capitalized(n - 1)
            && words::month(self.lower(n - 1)).is_none()
        {
            n -= 1;
        }
        i - n >= 2
            && n >= 5
            && self.lower(n - 1) == "and"
            && self.is_punct(n - 2, ",")
            && self.is_num(n - 3)
            && self.surface(n - 3).len() <= 3
            && self.is_punct(n - 4, ",")
            && self.is_word(n - 5)
            && self.capitalized(n - 5)
    }

    /// Token `c` is a form of `be` said of a person: `the victim is`, `the suspect was`, `she
    /// was`, `The mother, who is`, `children believed to be`, `she will be` (not `the number of
    /// victims is`).
    pub(super) fn copula_of_person(&self, c: usize) -> bool {
        if !matches!(self.lower(c), "is" | "was" | "are" | "were" | "be") || c < 1 {
            return false;
        }
        let mut n = c - 1;
        if self.lower(c) == "be" {
            // (`she will be 34`, `he would be 40`: a modal of the future)
            if n >= 1 && matches!(self.lower(n), "will" | "would") {
                n -= 1;
            } else if self.lower(n) != "to"
                || n < 3
                || !words::reporting_participle(self.lower(n - 1))
            {
                return false;
            } else {
                n -= 2;
            }
        }
        self.same_sentence(n, c)
            && (matches!(self.lower(n), "he" | "she" | "who")
                || (self.has_role(n, |r| matches!(r, Role::PersonNoun))
                    || self.lower(n).strip_suffix('s').is_some_and(|w| {
                        // a plural (`the suspects were`)
                        self.lexicon
                            .word(w)
                            .iter()
                            .any(|r| matches!(r, Role::PersonNoun))
                    }))
                    && !(n >= 1 && self.lower(n - 1) == "of"))
    }

    /// `in their 30s`, `a man in his 20s`, `in their 50s and 60s`: an age by decade, `[30,40)`
    /// year.
    pub(super) fn decade_age(&self, i: usize) -> Option<RawQuantity> {
        self.decade_age_within(i, MAX_DECADE_LIST)
    }

    /// [`Self::decade_age`], looking back through at most `depth` earlier decades of a list (a
    /// long hostile list `20s and 30s and ...` costs a bounded look-back, not a recursion as deep
    /// as the list).
    fn decade_age_within(&self, i: usize, depth: u8) -> Option<RawQuantity> {
        let s = self.surface(i);
        if s.len() != 2 || !s.ends_with('0') || s.starts_with('0') || !self.glued(i + 1) {
            return None;
        }
        let e = self.plural_s_end(i)?;
        // (`in his late 30s`, `in her mid-40s`)
        let b = if i >= 1 && matches!(self.lower(i - 1), "early" | "mid" | "late") {
            i - 1
        } else if i >= 2 && self.lower(i - 2) == "mid" && self.is_punct(i - 1, "-") {
            i - 2
        } else {
            i
        };
        // `in their 50s and 60s`: the second decade of a pair is an age too, and so is each of
        // a list (`in their 30s, 40s and 50s`)
        let paired = b >= 3
            && (matches!(self.lower(b - 1), "and" | "or" | "to") || self.is_punct(b - 1, ","))
            && depth > 0
            && self.decade_age_within(b - 3, depth - 1).is_some();
        if !paired
            && (b < 2
                || self.lower(b - 2) != "in"
                || !matches!(
                    self.lower(b - 1),
                    "his" | "her" | "their" | "my" | "your" | "our"
                ))
        {
            return None;
        }
        let n: f64 = s.parse().ok()?;
        Some(self.decade_age_at(b, e, i, n))
    }

    /// The age of the decade `n` whose span is `b..e` (the number at `i`): `early`, `mid`,
    /// `late` at `b` the decade's first, middle or last third, approximate (`in his early 30s`,
    /// `~[30,34)`).
    fn decade_age_at(&self, b: usize, e: usize, i: usize, n: f64) -> RawQuantity {
        let value = match self.lower(b) {
            "early" => interval(n, true, n + 4.0, false, true),
            "mid" => interval(n + 4.0, true, n + 7.0, false, true),
            "late" => interval(n + 7.0, true, n + 10.0, false, true),
            _ => interval(n, true, n + 10.0, false, false),
        };
        RawQuantity {
            value: Some(value),
            unit: Some("year".into()),
            ..RawQuantity::new(b, e, QuantityKind::Age, i)
        }
    }

    /// An age by decade spelled as a word after a possessive and `in` (`in his mid-thirties`,
    /// `in their late seventies`, `in her twenties`), valued as [`Self::decade_age`]'s `in his
    /// mid-30s`.
    pub(super) fn spelled_decade_age(&self, i: usize) -> Option<RawQuantity> {
        let n = f64::from(super::decades::spelled_tens(self.lower(i))? * 10);
        let b = self.decade_modifier_start(i);
        let possessed = b >= 2
            && self.lower(b - 2) == "in"
            && matches!(
                self.lower(b - 1),
                "his" | "her" | "their" | "my" | "your" | "our"
            )
            && self.same_sentence(b - 2, i);
        possessed.then(|| self.decade_age_at(b, i + 1, i, n))
    }

    /// `in their early 30s to mid-40s`: an age by decade and `to` another one make one range,
    /// from the first's lower end to the second's upper end.
    pub(super) fn decade_age_range(&self, q: RawQuantity) -> RawQuantity {
        if self.lower(q.end) != "to" {
            return q;
        }
        let Some(r) = (q.end + 1..q.end + 4)
            .filter(|&k| self.is_num(k) && self.same_sentence(q.start, k))
            .find_map(|k| self.decade_age(k))
            .filter(|r| r.start == q.end + 1)
        else {
            return q;
        };
        let (Some(a), Some(b)) = (&q.value, &r.value) else {
            return q;
        };
        let value = Value {
            low: a.low,
            high: b.high,
            approximate: a.approximate || b.approximate,
        };
        RawQuantity {
            end: r.end,
            value: Some(value),
            ..q
        }
    }
}
