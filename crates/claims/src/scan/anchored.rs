//! Dates anchored on an earlier date of their sentence rather than on the article's: `two
//! years later` after `in 2012`, `the next month` after `February 2016`, `that month`, and a
//! weekday beside another date of its clause (`the 2012 Ryder Cup on Sunday`). Split from
//! `dates` (which reads the dates themselves) to keep each file short.

use jiff::civil::Date;

use super::calendar::{add_days, add_months, iso_day, time_value};
use super::values::exact_value;
use super::{Context, RawQuantity};
use crate::lexicon::Role;
use crate::types::{Granularity, QuantityKind};
use crate::words;

impl Context<'_> {
    /// Dates counted from the date a sentence refers to, not from the article's: `two years
    /// later` after `in 2012` is 2014, `the next month` after `February 2016` is 2016-03. The
    /// anchor is the nearest earlier date of the same sentence; without one, `two years later`
    /// stays a duration and `the next month` is counted from the article's date.
    pub(super) fn anchor_relative(&self, qs: &mut [RawQuantity]) {
        self.anchor_weekdays(qs);
        self.anchor_weekday_pairs(qs);
        for k in 0..qs.len() {
            let q = &qs[k];
            let (n, unit, end) = match q.kind {
                // `two years later`, `a month earlier`
                QuantityKind::Duration => {
                    let later = match self.lower(q.end) {
                        "later" => 1,
                        "earlier" => -1,
                        // `from 75.1 mln dlrs a year before, with ...` (not `a year before the
                        // election`, a length)
                        "before" if self.is_punct(q.end + 1, ",.;") => -1,
                        _ => continue,
                    };
                    let Some(v) = q.value.as_ref().and_then(exact_value) else {
                        continue;
                    };
                    let Some(unit) = q.unit.as_deref() else {
                        continue;
                    };
                    if v.fract() != 0.0
                        || !(1.0..=100.0).contains(&v)
                        || self.sentence_of[q.end] != self.sentence_of[q.start]
                    {
                        continue;
                    }
                    (later * v as i64, unit, q.end + 1)
                }
                // `the next month`, `the previous year`
                QuantityKind::Date
                    if q.end == q.start + 2
                        && matches!(self.lower(q.start), "next" | "previous" | "prior")
                        && q.start > 0
                        && self.lower(q.start - 1) == "the" =>
                {
                    let n = if self.lower(q.start) == "next" { 1 } else { -1 };
                    (n, self.lower(q.start + 1), q.end)
                }
                _ => continue,
            };
            let anchor = qs[..k]
                .iter()
                .rev()
                .take_while(|a| self.sentence_of[a.start] == self.sentence_of[qs[k].start])
                .find_map(|a| {
                    let t = a.time.as_ref().filter(|_| a.kind == QuantityKind::Date)?;
                    // (`the 1920s, ... three decades later`: no year to count from)
                    (!t.iso.contains('/')
                        && !t.iso.contains('W')
                        && t.granularity != Granularity::Decade)
                        .then(|| t.iso.clone())
                });
            // `A year earlier, in a similar survey, 53 pct ...`: with no date in its sentence, a
            // year before the article's (as `a year ago`; indep-NOTES.md decision 12)
            let anchor = anchor.or_else(|| {
                (unit == "year" && n == -1 && q.kind == QuantityKind::Duration)
                    .then(|| self.date.map(|d| format!("{:04}", d.year())))
                    .flatten()
            });
            let Some(anchor) = anchor else {
                continue;
            };
            let parts: Vec<i64> = anchor.split('-').filter_map(|x| x.parse().ok()).collect();
            let date =
                |y: i64, m: i64, d: i64| Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok();
            let t = match (unit, parts.as_slice()) {
                // (`in October, ... a year earlier`: October of the year before)
                ("year", [y]) => time_value(format!("{:04}", y + n), Granularity::Year),
                ("year", [y, m]) => time_value(format!("{:04}-{m:02}", y + n), Granularity::Month),
                ("year", [y, m, d]) => {
                    let Some(x) = date(y + n, *m, (*d).min(28)).and_then(|_| date(y + n, *m, *d))
                    else {
                        continue;
                    };
                    time_value(iso_day(x), Granularity::Day)
                }
                ("month", [y, m, ..]) => {
                    let Some(x) = date(*y, *m, 1) else {
                        continue;
                    };
                    let x = add_months(x, n);
                    time_value(
                        format!("{:04}-{:02}", x.year(), x.month()),
                        Granularity::Month,
                    )
                }
                ("week" | "day", [y, m, d]) => {
                    let days = if unit == "week" { 7 * n } else { n };
                    let Some(x) = date(*y, *m, *d) else {
                        continue;
                    };
                    time_value(iso_day(add_days(x, days)), Granularity::Day)
                }
                _ => continue,
            };
            let q = &mut qs[k];
            q.kind = QuantityKind::Date;
            q.end = end;
            q.value = None;
            q.unit = None;
            q.time = Some(t);
        }
    }

    /// `that month`, `that year`: the month or year of the nearest earlier date of the sentence
    /// (`continues November 19th ...; after a break later that month`); without one, not a
    /// quantity (which month is not said), so it is dropped.
    pub(super) fn anchor_that(&self, qs: &mut Vec<RawQuantity>) {
        for k in 0..qs.len() {
            let q = &qs[k];
            if !self.that_month_or_year(q) {
                continue;
            }
            let month = self.lower(q.start + 1) == "month";
            let earlier = || {
                qs[..k]
                    .iter()
                    .rev()
                    .take_while(|a| self.sentence_of[a.start] == self.sentence_of[q.start])
                    .filter(|a| a.kind == QuantityKind::Date)
                    .filter(|a| {
                        a.time
                            .as_ref()
                            .is_some_and(|t| !t.iso.contains(['/', 'W']) && !t.iso.starts_with('-'))
                    })
            };
            // `that year` takes the nearest earlier date that writes its year (`Trump's 2005
            // tax returns were made public on Tuesday night, revealing that he made $150
            // million that year`: 2005, not the year the article dates Tuesday to); a date
            // whose year is only inferred (`on Tuesday`, `last week`) when none is written
            let anchor = (!month)
                .then(|| earlier().find(|a| self.writes_year(a)))
                .flatten()
                .or_else(|| earlier().next())
                .and_then(|a| a.time.as_ref());
            let t = anchor.and_then(|t| {
                let len = if month { 7 } else { 4 };
                (t.iso.len() >= len).then(|| {
                    let g = if month {
                        Granularity::Month
                    } else {
                        Granularity::Year
                    };
                    time_value(t.iso[..len].to_owned(), g)
                })
            });
            qs[k].time = t;
        }
        qs.retain(|q| !self.that_month_or_year(q));
    }

    /// A date of `q` written with its year in digits (`2005`, `March 3, 2005`, `the 2005
    /// season`).
    fn writes_year(&self, q: &RawQuantity) -> bool {
        (q.start..q.end).any(|k| {
            let s = self.surface(k);
            s.len() == 4
                && s.bytes().all(|b| b.is_ascii_digit())
                && (1000..=2100).contains(&s.parse::<u16>().unwrap_or(0))
        })
    }

    /// `q` is a `that month` or `that year` without a value yet (not `that night`, which
    /// `anchor_anaphoric` resolves).
    fn that_month_or_year(&self, q: &RawQuantity) -> bool {
        q.kind == QuantityKind::Date
            && q.time.is_none()
            && self.lower(q.start) == "that"
            && matches!(self.lower(q.start + 1), "month" | "year")
    }

    /// A weekday joined to the weekday before it (`for Monday and Tuesday`, `on Tuesday or
    /// Wednesday`, `from Friday to Sunday`, `on Friday, Saturday and Sunday`) is the next such
    /// day after it, in the same run of days: each resolved alone from the article date, `Monday
    /// and Tuesday` in a Monday article gave the Monday of that day and the Tuesday before it
    /// (a week apart, the pair out of order), `this Thursday and Friday` two days of different
    /// weeks. Joined means only a coordinator (`and`, `or`, `to`, `through`, `until`, `till`, a
    /// dash), optionally with `on`, or a comma before a weekday that an `and`/`or`/comma
    /// follows (a list), lie between them.
    fn anchor_weekday_pairs(&self, qs: &mut [RawQuantity]) {
        // the weekday of a date quantity resolved to a day with no number in it (`Tuesday`,
        // `this Thursday`, `Monday night`), and that day
        let weekday_day = |q: &RawQuantity| -> Option<(i8, Date)> {
            if q.kind != QuantityKind::Date
                || q.end - q.start > 3
                || (q.start..q.end).any(|t| self.is_num(t))
            {
                return None;
            }
            let wd = (q.start..q.end).find_map(|t| words::weekday(self.lower(t)))?;
            let t = q.time.as_ref()?;
            if t.granularity != Granularity::Day {
                return None;
            }
            Some((wd, t.iso.parse::<Date>().ok()?))
        };
        for k in 1..qs.len() {
            let (p, q) = (&qs[k - 1], &qs[k]);
            if self.sentence_of[p.start] != self.sentence_of[q.start] || p.end >= q.start {
                continue;
            }
            let (Some((wp, dp)), Some((wq, dq))) = (weekday_day(p), weekday_day(q)) else {
                continue;
            };
            let between: Vec<usize> = (p.end..q.start).collect();
            let coordinator = |t: usize| {
                matches!(
                    self.lower(t),
                    "and" | "or" | "to" | "through" | "until" | "till"
                ) || self.is_punct(t, "-\u{2013}")
            };
            let joined = match between.as_slice() {
                [c] if coordinator(*c) => true,
                [c, on] if coordinator(*c) && self.lower(*on) == "on" => true,
                // (a list: `Friday, Saturday and Sunday`)
                [c] if self.is_punct(*c, ",") => {
                    matches!(self.lower(q.end), "and" | "or") || self.is_punct(q.end, ",")
                }
                _ => false,
            };
            let off = i64::from(wq - wp).rem_euclid(7);
            if !joined || off == 0 {
                continue;
            }
            let day = add_days(dp, off);
            if day != dq {
                qs[k].time = Some(time_value(iso_day(day), Granularity::Day));
            }
        }
    }

    /// A weekday beside another date of its clause resolves inside that date's period: `on
    /// Sunday` in `the 2012 Ryder Cup on Sunday` is a Sunday of 2012 (the year: which Sunday is
    /// not said), beside `13 November 2015` the nearest such weekday to it. A weekday whose day,
    /// resolved from the article date, already lies in that period is left alone.
    fn anchor_weekdays(&self, qs: &mut [RawQuantity]) {
        for k in 0..qs.len() {
            let q = &qs[k];
            if q.kind != QuantityKind::Date
                || q.end - q.start > 3
                || (q.start..q.end).any(|t| self.is_num(t))
            {
                continue;
            }
            let Some(wd) = (q.start..q.end).find_map(|t| words::weekday(self.lower(t))) else {
                continue;
            };
            let Some(day) = q
                .time
                .as_ref()
                .filter(|t| t.granularity == Granularity::Day)
            else {
                continue;
            };
            let day = day.iso.clone();
            // the nearest other date, a neighbour in the same clause (no clause punctuation and
            // no reporting verb between: `On Monday, police said the 2015 attack ...` is not one)
            // nor a verb in the past between (`on Tuesday revealed the haul they seized in
            // January 2017`: two events), unless coordinated (`began on Friday 13 November 2015
            // and ended on Saturday`: one sequence)
            let joined = |a: usize, b: usize| {
                (a..b).all(|t| {
                    let w = self.lower(t);
                    let past = (w.len() > 4 && w.ends_with("ed") || words::irregular_past_verb(w))
                        && !matches!(self.lower(t.wrapping_sub(1)), "and" | "then" | "but");
                    !(past
                        || self.is_punct(t, ",;:()\"\u{201c}\u{201d}")
                        || self.has_role(t, |r| matches!(r, Role::AttrVerb)))
                })
            };
            // (an explicit date, with a number: not another weekday or `last week`)
            let explicit = |a: &RawQuantity| (a.start..a.end).any(|t| self.is_num(t));
            let near = [k.checked_sub(1), Some(k + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| qs.get(j).map(|a| (j, a)))
                .filter(|(_, a)| {
                    a.kind == QuantityKind::Date
                        && explicit(a)
                        // (`held since 2016 were released Tuesday`: a date opening or closing a
                        // stretch is no period the weekday lies in)
                        && !words::stretch_preposition(self.lower(a.start.wrapping_sub(1)))
                        // (`Monday for a deadly 1974 attack`: a year naming what a noun is of)
                        && !self.year_before_noun(a)
                        && self.sentence_of[a.start] == self.sentence_of[q.start]
                        && a.start.abs_diff(q.start) <= 15
                        && if a.start < q.start {
                            joined(a.end, q.start)
                        } else {
                            joined(q.end, a.start)
                        }
                })
                .filter_map(|(_, a)| a.time.clone())
                .find(|t| !t.iso.contains(['/', 'W']) && !t.iso.starts_with('-'));
            let Some(anchor) = near else {
                continue;
            };
            if day.starts_with(&anchor.iso) {
                continue;
            }
            let t = match anchor.granularity {
                Granularity::Year | Granularity::Month => anchor,
                Granularity::Day => {
                    let Ok(a) = anchor.iso.parse::<Date>() else {
                        continue;
                    };
                    let off = (-3..=3i64)
                        .find(|&o| {
                            i64::from(add_days(a, o).weekday().to_monday_zero_offset())
                                == i64::from(wd)
                        })
                        .unwrap_or(0);
                    time_value(iso_day(add_days(a, off)), Granularity::Day)
                }
                _ => continue,
            };
            qs[k].time = Some(t);
        }
    }
}
