//! Centuries as dates (indep-NOTES.md decisions 9 and 145): `the 20th century`, `the
//! nineteenth century`, `a 19th-century mill`, `the 18th and 19th centuries` are dates of century
//! granularity, ISO 8601's two-digit century (`19` for the years 1900-1999, the 20th century);
//! `the 1800s` with a plural `s` on a year of hundreds is the century of those hundred years
//! (`18`; `the 2000s` stays the decade, [`Context::decade`]); and an ordinal standing alone
//! after `the` later in a sentence that named a century (`with roots in the 19th century to
//! the dominant force of the 21st.`) is that century too. A part (`early`, `mid`, `late`) stays
//! in the span and leaves the century, as with decades. Not a century: an era before Christ
//! (`the 5th century BC`, whose years count down), a century of runs (`his 20th century` in a
//! cricket report has no `the`), and a name (`the 21st Century Cures Act`, decision 148).

use super::calendar::time_value;
use super::{Context, RawQuantity, Step};
use crate::types::{Granularity, QuantityKind};
use crate::words;

/// How far back (in lexemes) a sentence's `century` makes a lone `the 21st` a century.
const ELLIPSIS_WINDOW: usize = 24;

impl Context<'_> {
    /// A century at `i`: the ordinal (`20th`, `twentieth`) of `the Nth century`, or `the`
    /// before a spelled one; a name holding one is skipped whole; `None` otherwise.
    pub(super) fn century(&self, i: usize) -> Option<Step> {
        // (this runs at numbers, and at `the` before a spelled ordinal)
        let (o, b) = if self.is_num(i) {
            (i, i)
        } else if self.lower(i) == "the" {
            let k = if matches!(self.lower(i + 1), "early" | "mid" | "late") {
                i + 2
            } else {
                i + 1
            };
            if self.is_num(k) {
                return None;
            }
            (k, i + 1)
        } else {
            return None;
        };
        let (n, e) = self.century_ordinal(o)?;
        let u = if self.is_punct(e, "-\u{2010}") && self.glued(e) && self.glued(e + 1) {
            e + 1
        } else {
            e
        };
        let named = match self.lower(u) {
            "century" => true,
            // `the 18th and 19th centuries`: the first of a pair takes the plural after it
            "centuries" => true,
            "and" | "or" | "to" => self
                .century_ordinal(u + 1)
                .is_some_and(|(_, e2)| self.lower(e2) == "centuries"),
            _ => false,
        };
        let mut end = if matches!(self.lower(u), "century" | "centuries") {
            u + 1
        } else {
            e
        };
        if !named {
            // the elliptical `the 21st` in a sentence that named a century before it
            let the = o >= 1 && self.lower(o - 1) == "the";
            let alone = self.kind(e) != Some(crate::lex::LexemeKind::Word)
                || matches!(self.lower(e), "and" | "or");
            let before = (o.saturating_sub(ELLIPSIS_WINDOW)..o).any(|k| {
                self.same_sentence(k, o) && matches!(self.lower(k), "century" | "centuries")
            });
            if !(the && alone && before) {
                return None;
            }
            end = e;
        }
        // a name with the century in it (`the 21st Century Cures Act`, `the 21st Century
        // Maritime Silk Road`): a capital `Century` before a capitalised word
        let capital = |k: usize| {
            self.surface(k)
                .starts_with(|c: char| c.is_ascii_uppercase())
        };
        if end == u + 1 && capital(u) && self.is_word(end) && capital(end) {
            return Some(Step::Skip(end));
        }
        // an era before Christ counts its years down (`the 5th century BC`)
        if matches!(self.lower(end), "bc" | "bce" | "b") {
            return None;
        }
        // a century of runs: `his 20th century`, `a 19th century` (an innings), unless the
        // adjective's hyphen names the time (`a 19th-century mill`) or the plural pairs two
        // (`the 17th and 18th centuries`)
        let start = self.century_part(b, o);
        let the = start >= 1 && self.lower(start - 1) == "the" || self.lower(start) == "the"
            // `the troubled 14th century`, `the long nineteenth century`: one small-letter
            // adjective between `the` and a named century (no runs are `the troubled`)
            || start >= 2
                && matches!(self.lower(u), "century" | "centuries")
                && self.lower(start - 2) == "the"
                && self.is_word(start - 1)
                && !self.capitalized(start - 1)
                && words::small(self.lower(start - 1)).is_none()
                && self.same_sentence(start - 2, start);
        // (`an 18th century estate`: an adjective before its noun, not an innings of a century
        // `of the season` or `for Kent`)
        let adjective = start >= 1
            && matches!(self.lower(start - 1), "a" | "an")
            && self.is_word(end)
            && !matches!(
                self.lower(end),
                "of" | "for"
                    | "in"
                    | "at"
                    | "against"
                    | "on"
                    | "with"
                    | "and"
                    | "or"
                    | "this"
                    | "last"
                    | "to"
                    | "from"
                    | "as"
                    | "since"
            );
        if !the && !adjective && u == e && self.lower(u) != "centuries" {
            return None;
        }
        let start = if self.lower(start) == "the" {
            start + 1
        } else {
            start
        };
        Some(Step::Found(RawQuantity {
            time: Some(time_value(format!("{:02}", n - 1), Granularity::Century)),
            ..RawQuantity::new(start, end, QuantityKind::Date, o)
        }))
    }

    /// The start of a century's span whose ordinal is at `o` (`b` when the scan opened at `the`):
    /// a part before it (`early`, `mid`, `late`, `mid-`) is kept.
    fn century_part(&self, b: usize, o: usize) -> usize {
        if o >= 1 && matches!(self.lower(o - 1), "early" | "mid" | "late") {
            o - 1
        } else if o >= 2 && self.lower(o - 2) == "mid" && self.is_punct(o - 1, "-") {
            o - 2
        } else {
            b.min(o)
        }
    }

    /// An ordinal of a century at `k`: `20th`, `21st` (1 to 22) or a spelled one (`nineteenth`);
    /// returns (n, end).
    fn century_ordinal(&self, k: usize) -> Option<(u64, usize)> {
        if self.is_num(k) {
            let s = self.surface(k);
            if s.len() > 2 || !self.glued(k + 1) {
                return None;
            }
            let n: u64 = s.parse().ok()?;
            let suffix = match n % 10 {
                1 if n != 11 => "st",
                2 if n != 12 => "nd",
                3 if n != 13 => "rd",
                _ => "th",
            };
            return ((1..=22).contains(&n) && self.lower(k + 1) == suffix).then_some((n, k + 2));
        }
        let w = self.lower(k);
        let n = match w {
            "twenty" if self.is_punct(k + 1, "-") => match words::ordinal(self.lower(k + 2)) {
                Some(m @ 1..=2) => return Some((20 + m, k + 3)),
                _ => return None,
            },
            _ => words::ordinal(w)?,
        };
        (1..=20).contains(&n).then_some((n, k + 1))
    }

    /// `the 1800s`, `the early 1900s`: a year of hundreds with its plural `s` after `the` (or a
    /// part of it) is the century of those hundred years (decision 145's `the 1900s`); `None`
    /// for `the 2000s` (a decade) and without `the` (`1900s-era`, `in 1800s Britain`).
    pub(super) fn hundreds(&self, i: usize) -> Option<RawQuantity> {
        let s = self.surface(i);
        if s.len() != 4 || !s.ends_with("00") || !self.glued(i + 1) {
            return None;
        }
        let n: u16 = s.parse().ok()?;
        if !(1000..2000).contains(&n) {
            return None;
        }
        let e = self.plural_s_end(i)?;
        if e != i + 2 {
            return None;
        }
        let b = self.century_part(i, i);
        if !(b >= 1 && self.lower(b - 1) == "the") {
            return None;
        }
        Some(RawQuantity {
            time: Some(time_value(format!("{:02}", n / 100), Granularity::Century)),
            ..RawQuantity::new(b, e, QuantityKind::Date, i)
        })
    }
}
