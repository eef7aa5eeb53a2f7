//! Quarters of a year as dates (indep-NOTES.md decision 104): `the third quarter of 2014`,
//! `first quarter 1987`, `1986 fourth quarter` are one date mention of the year, the quarter
//! words a modifier as in `by the end of 2016`, and the rank is no ordinal of its own. A quarter
//! without a year in a company's or an economy's figures (`first quarter net`, `1ST QTR`,
//! `fourth-quarter earnings`) is the quarter nearest the article date, moved by the verbs around
//! it as a month is; a quarter named as a stretch of time with no word of a game in its sentence
//! (`during the second quarter`) is the one whose middle is nearest the article date; a quarter
//! of a game (`scored 12 points in the fourth quarter`) keeps its rank. A half of a year with
//! its year written (`the second half of 2024`) is read as a quarter is (decision 128). `a year
//! ago` after a quarter or a half in its sentence is the year before the quarter's. A number
//! of `consecutive` quarters is a length in months (decision 214: `two consecutive quarters` 6
//! month).

use super::calendar::time_value;
use super::{Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::types::{Granularity, QuantityKind};
use crate::words;

/// How far (in lexemes, each side) a word of figures makes a quarter without a year a period of
/// results.
const FIGURES_WINDOW: usize = 8;

impl Context<'_> {
    /// A quarter of a year at `i` (its rank, or a year before it): the date of its year,
    /// spanning the whole expression.
    pub(super) fn quarter(&self, i: usize) -> Option<RawQuantity> {
        if let Some(q) = self.consecutive_quarters(i) {
            return Some(q);
        }
        // (this runs at every lexeme that may open a mention: the length of a rank or a year
        // first, `1`, `1st`, `first`..`fourth`, `1986`)
        let t = self.lexemes.get(i)?;
        let len = t.end - t.start;
        let may = match t.kind {
            LexemeKind::Number => len == 1 || len == 4,
            LexemeKind::Word => (5..=7).contains(&len),
            LexemeKind::Punct => false,
        };
        if !may {
            return None;
        }
        // `1986 fourth quarter`, `fiscal 1987 first quarter`
        let year_before = self
            .modern_year(i)
            .filter(|_| self.lexemes.get(i + 1).is_some_and(|t| t.spaced));
        let r = if year_before.is_some() { i + 1 } else { i };
        // `in the middle of the current quarter`: the article's quarter, of its year
        if len == 7 && self.lower(r) == "current" && matches!(self.lower(r + 1), "quarter" | "qtr")
        {
            let d = self.date?;
            return Some(RawQuantity {
                time: Some(time_value(format!("{:04}", d.year()), Granularity::Year)),
                ..RawQuantity::new(i, r + 2, QuantityKind::Date, r)
            });
        }
        let (rank, e) = self.rank_at(r)?;
        let u = if self.is_punct(e, "-") && self.glued(e) && self.glued(e + 1) {
            e + 1
        } else {
            e
        };
        // a half of a year with its year written (`the second half of 2024`, `first half
        // 2019`, `the first half of this year`) is the year's date as a quarter is (decision
        // 128: no ordinal, no fraction); a half without one keeps its rank (`in the second
        // half` of a match)
        let half = self.lower(u) == "half" && rank <= 2;
        if !(half || matches!(self.lower(u), "quarter" | "qtr") && (1..=4).contains(&rank)) {
            return None;
        }
        let mut end = u + 1;
        // the year after: `of 2014`, `2014`, `of fiscal 1987`, `of this year`, `of last year`
        let mut year = year_before;
        if year.is_none() {
            let k = if self.lower(end) == "of" {
                end + 1
            } else {
                end
            };
            let k = if self.lower(k) == "fiscal" { k + 1 } else { k };
            if let Some(y) = self.modern_year(k) {
                year = Some(y);
                end = k + 1;
            } else if self.lower(end) == "of" {
                if let (Some(d), Some(shift)) = (
                    self.date,
                    match (self.lower(end + 1), self.lower(end + 2)) {
                        ("this", "year") => Some(0),
                        ("last", "year") => Some(-1),
                        ("next", "year") => Some(1),
                        _ => None,
                    },
                ) {
                    year = Some(i32::from(d.year()) + shift);
                    end += 3;
                }
            }
        }
        let year = match year {
            Some(y) => y,
            None if half => return None,
            None if self.figures_near(r, end) => {
                // the quarter's first month, resolved as a month alone is
                let m = (rank * 3 - 2) as i8;
                let y = self.infer_year(m, 1)?;
                i32::from(self.month_year(y, m, r, false))
            }
            // a stretch of time with no figures: the quarter whose middle is nearest the article
            // date (`during the second quarter` in March is this year's, `in the fourth quarter`
            // in February last year's)
            None if self.period_of_year(i, end) => {
                let d = self.date?;
                let m = (rank * 3 - 1) as i8;
                let y = d.year();
                (y - 1..=y + 1)
                    .filter_map(|y| {
                        let c = jiff::civil::Date::new(y, m, 15).ok()?;
                        Some(((c - d).get_days().abs(), y))
                    })
                    .min()
                    .map(|(_, y)| i32::from(y))?
            }
            None => return None,
        };
        // `the year-ago first quarter`, `the prior year's 4th qtr`: the same quarter a year
        // before the one read (indep-NOTES.md decision 120), the words of the year in the mention
        let (start, year) = match self.year_before_quarter(i) {
            Some(s) if year_before.is_none() => (s, year - 1),
            _ => (i, year),
        };
        Some(RawQuantity {
            time: Some(time_value(format!("{year:04}"), Granularity::Year)),
            ..RawQuantity::new(start, end, QuantityKind::Date, r)
        })
    }

    /// The start of `year-ago`, `year-earlier`, `prior year's` or `previous year's` right
    /// before the rank of a quarter at `i`.
    fn year_before_quarter(&self, i: usize) -> Option<usize> {
        if i < 3 || !self.same_sentence(i - 3, i) {
            return None;
        }
        // `year-ago`, `year-earlier`
        if self.lower(i - 3) == "year"
            && (self.hyphened_word(i - 2, "ago") || self.hyphened_word(i - 2, "earlier"))
        {
            return Some(i - 3);
        }
        // `prior year's`, `previous year's`
        (i >= 4
            && self.same_sentence(i - 4, i)
            && matches!(self.lower(i - 4), "prior" | "previous")
            && self.lower(i - 3) == "year"
            && self.possessive_after(i - 2))
        .then(|| i - 4)
    }

    /// `year-ago` and `year-earlier` as adjectives (`from the year-ago period`, `In the
    /// year-ago quarter`, `from year-ago loss`, `the year-earlier figure`): the year before the
    /// article's (indep-NOTES.md decisions 205 and 120, at the year), a `period` or `quarter`
    /// after it in the mention; the year before a quarter named earlier in the sentence by
    /// `anchor_year_before_quarter`. Not before a quarter's rank (`the year-ago first
    /// quarter`, read by `quarter`).
    pub(super) fn year_ago(&self, i: usize) -> Option<RawQuantity> {
        if self.lower(i) != "year"
            || !(self.hyphened_word(i + 1, "ago") || self.hyphened_word(i + 1, "earlier"))
            || self.quarter(i + 3).is_some_and(|q| q.start == i)
        {
            return None;
        }
        let y = i64::from(self.date?.year()) - 1;
        let end = if matches!(self.lower(i + 3), "period" | "quarter") {
            i + 4
        } else {
            i + 3
        };
        Some(RawQuantity {
            time: Some(time_value(format!("{y:04}"), Granularity::Year)),
            ..RawQuantity::new(i, end, QuantityKind::Date, i)
        })
    }

    /// A rank of one to four at `k`: `first`..`fourth`, `1st`..`4th` (`1ST`). Returns (rank, end).
    /// `two consecutive quarters`, `three successive quarters`, `4 straight quarters`: a
    /// length of three months a quarter (decision 214 sums quarters into months), the number
    /// at `i` a cardinal of one or two digits or a small word (not `two quarters` alone, a
    /// fraction or a game's periods).
    fn consecutive_quarters(&self, i: usize) -> Option<RawQuantity> {
        let n = if self.is_num(i) {
            let s = self.surface(i);
            if s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse::<u32>().ok()?
        } else if self.is_word(i) {
            words::small(self.lower(i))?
        } else {
            return None;
        };
        if n < 2
            || !matches!(self.lower(i + 1), "consecutive" | "successive" | "straight")
            || self.lower(i + 2) != "quarters"
            || !self.same_sentence(i, i + 2)
        {
            return None;
        }
        Some(RawQuantity {
            value: Some(super::values::exact(f64::from(n * 3))),
            unit: Some("month".into()),
            ..RawQuantity::new(i, i + 3, QuantityKind::Duration, i)
        })
    }

    fn rank_at(&self, k: usize) -> Option<(u64, usize)> {
        if self.is_num(k) {
            // (one digit, read without parsing: this runs at every number)
            let n = match self.surface(k).as_bytes() {
                [b @ b'1'..=b'4'] => u64::from(b - b'0'),
                _ => return None,
            };
            let suffix = self.lower(k + 1);
            let ok = self.glued(k + 1)
                && matches!((n, suffix), (1, "st") | (2, "nd") | (3, "rd") | (4, "th"));
            return ok.then_some((n, k + 2));
        }
        let n = match self.lower(k) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => return None,
        };
        Some((n, k + 1))
    }

    /// A year of our times written as four plain digits at `k` (`1987`, not `1,987`).
    pub(crate) fn modern_year(&self, k: usize) -> Option<i32> {
        let s = self.surface(k);
        if !self.is_num(k) || s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // (`the first half of the 1990s` is a part of a decade)
        if self.plural_s_end(k).is_some() {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        (1900..=2100).contains(&y).then_some(y)
    }

    /// A word of a company's or an economy's figures near the quarter `s..e` (`net`, `profit`,
    /// `earnings`, `growth`, `pct`), and no word of a game (`points`, `goals`, `touchdown`).
    /// A quarter named as a stretch of time (`during the second quarter`, `rising through the
    /// first quarter`, `in the fourth quarter`) in a sentence with no word of a game anywhere
    /// in it (`trailed by 25 points in the third quarter`, `possession in the first quarter` of
    /// a match): a quarter of the year even without figures near.
    fn period_of_year(&self, s: usize, e: usize) -> bool {
        let during = s >= 2
            && self.lower(s - 1) == "the"
            && matches!(
                self.lower(s - 2),
                "in" | "during" | "through" | "throughout" | "for" | "by" | "into"
            );
        if !during {
            return false;
        }
        let sent = self.sentence_of[s];
        let mut k = s;
        while k > 0 && self.sentence_of[k - 1] == sent {
            k -= 1;
        }
        while k < self.lexemes.len() && self.sentence_of[k] == sent {
            let w = self.lower(k);
            if words::game_word(w) || words::match_word(w) {
                return false;
            }
            k += 1;
        }
        e > s
    }

    fn figures_near(&self, s: usize, e: usize) -> bool {
        let from = s.saturating_sub(FIGURES_WINDOW);
        let mut figures = false;
        for k in from..(e + FIGURES_WINDOW).min(self.lexemes.len()) {
            if !self.same_sentence(k, s) {
                continue;
            }
            let w = self.lower(k);
            if words::game_word(w) {
                return false;
            }
            figures |= words::figures_word(w) || words::year_result_noun(w);
        }
        figures
    }
}

impl Context<'_> {
    /// `a year ago` and `a year earlier` after a quarter or a half of a year in the same sentence
    /// (`a loss in the fourth quarter, after a shortfall in the same period a year ago`): the
    /// year before the quarter's (indep-NOTES.md decisions 12 and 128), not the year before the
    /// article; on an undated article too, where they were a length of one year.
    pub(super) fn anchor_year_before_quarter(&self, qs: &mut [RawQuantity]) {
        let mut quarter: Option<(i64, u32)> = None;
        for q in qs.iter_mut() {
            let s = self.sentence_of[q.start];
            // (`year-ago`, `year-earlier`: read by `year_ago`)
            if q.kind == QuantityKind::Date
                && self.lower(q.start) == "year"
                && (self.hyphened_word(q.start + 1, "ago")
                    || self.hyphened_word(q.start + 1, "earlier"))
            {
                if let Some((y, _)) = quarter.filter(|&(_, qsent)| qsent == s) {
                    q.time = Some(time_value(format!("{:04}", y - 1), Granularity::Year));
                }
                continue;
            }
            let year = q
                .time
                .as_ref()
                .filter(|t| q.kind == QuantityKind::Date && t.granularity == Granularity::Year)
                .and_then(|t| t.iso.parse::<i64>().ok());
            if let Some(y) = year.filter(|_| {
                (q.start..q.end).any(|k| matches!(self.lower(k), "quarter" | "quarters" | "half"))
            }) {
                quarter = Some((y, s));
                continue;
            }
            let Some((y, qsent)) = quarter.filter(|&(_, qsent)| qsent == s) else {
                continue;
            };
            // `a year ago`: the date read from the article, or the length left on an undated one
            let (a, e) = (q.start, q.end);
            let ago = matches!(self.lower(a), "a" | "one")
                && self.lower(a + 1) == "year"
                && (e == a + 3 && matches!(self.lower(a + 2), "ago" | "earlier")
                    || e == a + 2 && matches!(self.lower(e), "ago" | "earlier"));
            if ago && matches!(q.kind, QuantityKind::Date | QuantityKind::Duration) {
                q.kind = QuantityKind::Date;
                q.value = None;
                q.unit = None;
                q.time = Some(time_value(format!("{:04}", y - 1), Granularity::Year));
                q.end = a + 3;
                quarter = Some((y, qsent));
            }
        }
    }
}
