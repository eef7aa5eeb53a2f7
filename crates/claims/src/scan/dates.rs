//! Dates: weekdays (resolved to the past or the future by the verbs around them), month names
//! with or without day and year, numeric dates (`2016-12-09`, `12/09/2016`, `06.02.2017`), day
//! ranges (`February 4-6`), `today`, `last week`; dates anchored on an earlier date of the
//! sentence (`two years later`) are in `anchored`.

use jiff::civil::Date;

use super::calendar::{add_days, add_months, iso_day, iso_week, time_value};
use super::{Context, RawQuantity, Step};
use crate::lex::LexemeKind;
use crate::lexicon::Role;
use crate::types::{Granularity, QuantityKind};
use crate::words;

impl Context<'_> {
    pub(super) fn date_time(&self, i: usize) -> Option<RawQuantity> {
        if let Some(q) = self.elapsed(i).or_else(|| self.clock(i)) {
            return Some(q);
        }
        let w = self.lower(i);
        let k = self.kind(i)?;
        if k == LexemeKind::Number {
            return self.bc_year(i).or_else(|| self.numeric_date(i));
        }
        if k != LexemeKind::Word {
            return None;
        }
        // `that night`, `the next morning`: resolved from the day named before by
        // `anchor_anaphoric`
        if matches!(w, "that" | "the") {
            if let Some(q) = self.anaphoric_day(i) {
                return Some(q);
            }
        }
        if w == "the" && self.lower(i + 1) == "year" {
            return self.year_of_rank(i);
        }
        if w == "year" {
            return self.year_ago(i);
        }
        // weekday; not one opening a name after `the` (`The Sunday Times`, `the Monday Night
        // Football`)
        if let Some(wd) = words::weekday(w) {
            let name = i > 0
                && self.lower(i - 1) == "the"
                && self.capitalized(i)
                && self.is_word(i + 1)
                && self.capitalized(i + 1)
                && words::month(self.lower(i + 1)).is_none()
                && !words::part_of_day(self.lower(i + 1));
            // `on a Monday`, `every Sunday`, `each Tuesday`: any such day, no date (`faces a
            // Friday deadline` is the coming one)
            let generic = i > 0
                && (matches!(self.lower(i - 1), "every" | "each")
                    || matches!(self.lower(i - 1), "a" | "an")
                        && self.lower(i.wrapping_sub(2)) == "on");
            if name || generic {
                return None;
            }
            return self.weekday_at(i, i, wd, 0);
        }
        if words::relative_weekday_word(w) {
            if let Some(wd) = words::weekday(self.lower(i + 1)) {
                let dir = match w {
                    "last" | "past" | "previous" => -1,
                    "next" | "coming" => 1,
                    _ => 0,
                };
                return self.weekday_at(i, i + 1, wd, dir);
            }
        }
        // month names (not inside a name of hyphened words: `Mar-a-Lago`; `in May-and June`
        // with a dash written as a hyphen is a month)
        let hyphened_name = self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_word(i + 2)
            && self.lower(i + 2).len() <= 3
            && !self.capitalized(i + 2)
            && self.is_punct(i + 3, "-")
            && self.glued(i + 3)
            && self.glued(i + 4)
            && self.capitalized(i + 4);
        if let Some(m) = words::month(w)
            .filter(|_| (self.capitalized(i) || !words::ambiguous_month(w)) && !hyphened_name)
        {
            // (`Linseed prev 34.8, Feb 32.9`: a column of a table)
            if let Some(q) = self.table_month(i, m) {
                return Some(q);
            }
            // (`shipment in June/July`: a period of two months)
            if let Some(q) = self.month_pair(i, m) {
                return Some(q);
            }
            // (`West German January industrial output`: the month of a statistic)
            if let Some(q) = self.statistic_month(i) {
                return Some(q);
            }
            return self.month_at(i, i, m);
        }
        if words::month_part_word(w) {
            let j = if self.is_punct(i + 1, "-") {
                i + 2
            } else {
                i + 1
            };
            if let Some(m) = words::month(self.lower(j)).filter(|_| self.capitalized(j)) {
                // (`in mid-April`, `by end-March`: the context of the month is before the part)
                let s = if j == i + 2 { i } else { j };
                if let Some(mut q) = self.month_at(s, j, m) {
                    q.start = i;
                    return Some(q);
                }
                // (`and end-March`: the hyphened part is context enough)
                if j == i + 2 && self.glued(i + 1) && self.glued(j) {
                    if let Some(q) = self.hyphened_part_month(i, j, m) {
                        return Some(q);
                    }
                }
            }
            // `at end-1986`, `by mid-1987`: the year (the wire services' hyphened part)
            let inside_word = i >= 1 && self.is_punct(i - 1, "-") && self.glued(i);
            if j == i + 2 && self.glued(i + 1) && self.glued(j) && !inside_word {
                if let Some(q) = self.hyphened_part_year(i, j) {
                    return Some(q);
                }
            }
        }
        // `later that month`, `that year`: resolved from the sentence's date by `anchor_that`
        if w == "that"
            && matches!(self.lower(i + 1), "month" | "year")
            && self.same_sentence(i, i + 1)
            && !self.is_punct(i + 2, "'\u{2019}-")
        {
            return Some(RawQuantity::new(i, i + 2, QuantityKind::Date, i + 1));
        }
        let d = self.date?;
        let day = |x: Date, e: usize| {
            Some(RawQuantity {
                time: Some(time_value(iso_day(x), Granularity::Day)),
                ..RawQuantity::new(i, e, QuantityKind::Date, i)
            })
        };
        match w {
            "today" => {
                return if self.nowadays(i) {
                    None
                } else {
                    day(d, i + 1)
                };
            }
            "yesterday" => return day(add_days(d, -1), i + 1),
            "tomorrow" => return day(add_days(d, 1), i + 1),
            "tonight" => return day(d, i + 1),
            // `this morning`, `this afternoon`: a part of the article's day
            "this" if words::part_of_day(self.lower(i + 1)) && self.same_sentence(i, i + 1) => {
                return day(d, i + 2);
            }
            // `this decade`: the article's decade, as `this year` its year
            "this" if self.lower(i + 1) == "decade" && self.same_sentence(i, i + 1) => {
                return Some(RawQuantity {
                    time: Some(time_value(
                        format!("{:03}", d.year() / 10),
                        Granularity::Decade,
                    )),
                    ..RawQuantity::new(i, i + 2, QuantityKind::Date, i + 1)
                });
            }
            // `last weekend`, `this weekend`, `next weekend`: its Saturday and Sunday
            "last" | "this" | "next" | "past"
                if self.lower(i + 1) == "weekend" && self.same_sentence(i, i + 1) =>
            {
                // days since the latest Saturday on or before the article date (0 on a Saturday)
                let since_sat = (i64::from(d.weekday().to_monday_zero_offset()) + 2) % 7;
                let sat = add_days(d, -since_sat);
                let sat = match w {
                    "last" | "past" => add_days(sat, -7),
                    "next" => add_days(sat, 7),
                    // (`this weekend` on a weekday is the coming one)
                    _ if since_sat >= 2 => add_days(sat, 7),
                    _ => sat,
                };
                return Some(RawQuantity {
                    time: Some(time_value(
                        format!("{}/{}", iso_day(sat), iso_day(add_days(sat, 1))),
                        Granularity::Day,
                    )),
                    ..RawQuantity::new(i, i + 2, QuantityKind::Date, i)
                });
            }
            // `over the weekend`, `during the weekend`, `at the weekend`, `after the weekend`:
            // the latest one (the coming one under a future cue)
            "the"
                if self.lower(i + 1) == "weekend"
                    && self.same_sentence(i, i + 1)
                    && matches!(
                        self.lower(i.wrapping_sub(1)),
                        "over" | "during" | "at" | "after"
                    ) =>
            {
                let since_sat = (i64::from(d.weekday().to_monday_zero_offset()) + 2) % 7;
                let sat = if self.future_context(i) {
                    add_days(d, 7 - since_sat)
                } else if since_sat == 0 {
                    add_days(d, -7)
                } else {
                    add_days(d, -since_sat)
                };
                return Some(RawQuantity {
                    time: Some(time_value(
                        format!("{}/{}", iso_day(sat), iso_day(add_days(sat, 1))),
                        Granularity::Day,
                    )),
                    ..RawQuantity::new(i, i + 2, QuantityKind::Date, i)
                });
            }
            // `last night`: the evening before the article's day
            "last" if self.lower(i + 1) == "night" && self.same_sentence(i, i + 1) => {
                return day(add_days(d, -1), i + 2);
            }
            _ => {}
        }
        // this/last/next week|month|year, earlier this month, later this year
        let (j, shift0) = match w {
            "earlier" | "later" if self.lower(i + 1) == "this" => (i + 2, 0),
            // `the current fiscal year`, `the current financial year`: the year running at the
            // article's date (indep-NOTES.md decision 454), named by its end: in the last quarter
            // of the calendar year, the next year's (the US government's fiscal 1962 in a
            // November 1961 story, indep18)
            "current"
                if matches!(self.lower(i + 1), "fiscal" | "financial")
                    && self.lower(i + 2) == "year" =>
            {
                (i + 2, i64::from(d.month() >= 10))
            }
            "this" | "current" => (i + 1, 0),
            "last" | "past" | "previous" => (i + 1, -1),
            // `the prior year` (not `the prior year's 4th qtr`, a quarter a year back)
            "prior" if self.lower(i.wrapping_sub(1)) == "the" && !self.possessive_after(i + 2) => {
                (i + 1, -1)
            }
            "next" | "coming" => (i + 1, 1),
            _ => return None,
        };
        if w == "past" && self.lower(i.wrapping_sub(1)) == "the" {
            return None; // `the past week` is a duration
        }
        let u = self.lower(j);
        let t = match u {
            // `last week` in a Sunday story: the week just ended, the story's own ISO week
            // (indep-NOTES.md decision 121)
            "week"
                if w == "last"
                    && d.weekday() == jiff::civil::Weekday::Sunday
                    && self.lower(i.wrapping_sub(1)) != "the" =>
            {
                time_value(iso_week(d), Granularity::Week)
            }
            "week" => time_value(iso_week(add_days(d, 7 * shift0)), Granularity::Week),
            "month" => {
                let x = add_months(d, shift0);
                time_value(
                    format!("{:04}-{:02}", x.year(), x.month()),
                    Granularity::Month,
                )
            }
            "year" => time_value(
                format!("{:04}", i64::from(d.year()) + shift0),
                Granularity::Year,
            ),
            _ => return None,
        };
        // `last year's`: keep the possessive out of the span
        Some(RawQuantity {
            time: Some(t),
            ..RawQuantity::new(i, j + 1, QuantityKind::Date, j)
        })
    }

    /// `the seventh homicide of the year`, `the first major price drop of the year`: a rank
    /// within the year of the article, when no year is named before it in the sentence (`the
    /// best film of 2009 ... of the year` is that year's) and nothing makes it another year (`of
    /// the year before`, `Player of the Year`).
    fn year_of_rank(&self, i: usize) -> Option<RawQuantity> {
        if i < 2 || self.lower(i - 1) != "of" || self.capitalized(i + 1) {
            return None;
        }
        if self.possessive_after(i + 2)
            || words::time_relation_word(self.lower(i + 2))
            || matches!(
                self.lower(i + 2),
                "when" | "in" | "that" | "before" | "after"
            )
        {
            return None;
        }
        let from = i.saturating_sub(6);
        let ranked = (from..i - 1).any(|k| {
            self.same_sentence(k, i)
                && self.is_word(k)
                && (words::ordinal(self.lower(k)).is_some()
                    || words::rank_superlative(self.lower(k)))
        });
        let year_before = (0..i)
            .rev()
            .take_while(|&k| self.same_sentence(k, i))
            .any(|k| {
                self.digits(k)
                    .is_some_and(|y| self.surface(k).len() == 4 && (1000.0..2200.0).contains(&y))
            });
        // (a part of a year is habitual or another year's as often as this one's: `the busiest
        // time of the year`, `the first half of the year` in a report on last year, `most of
        // the year`)
        let part = words::period_noun(self.lower(i - 2))
            || matches!(
                self.lower(i - 2),
                "time" | "part" | "half" | "months" | "weeks" | "days" | "most" | "rest"
            );
        let year_named = (0..i)
            .rev()
            .take_while(|&k| self.same_sentence(k, i))
            .any(|k| matches!(self.lower(k), "year" | "years"));
        if !ranked || year_before || part || year_named {
            return None;
        }
        let d = self.date?;
        Some(RawQuantity {
            time: Some(time_value(format!("{:04}", d.year()), Granularity::Year)),
            ..RawQuantity::new(i, i + 2, QuantityKind::Date, i + 1)
        })
    }

    pub(super) fn weekday_at(&self, s: usize, wi: usize, wd: i8, dir: i8) -> Option<RawQuantity> {
        let mut e = wi + 1;
        // `Monday, July 7` / `Monday 7 July`: the explicit date wins
        let j = if self.is_punct(e, ",") { e + 1 } else { e };
        if let Some(q) = self.kind(j).and_then(|k| match k {
            LexemeKind::Word
                if words::month(self.lower(j)).is_some()
                    && self.capitalized(j)
                    && (self.is_num(j + 1) || self.is_punct(j + 1, ".") && self.is_num(j + 2)) =>
            {
                self.month_at(j, j, words::month(self.lower(j))?)
            }
            LexemeKind::Number
                if words::month(self.lower(j + 1)).is_some()
                    || self.is_word(j + 2) && words::month(self.lower(j + 2)).is_some() =>
            {
                self.numeric_date(j)
            }
            _ => None,
        }) {
            if q.time
                .as_ref()
                .is_some_and(|t| t.granularity == Granularity::Day)
            {
                return Some(RawQuantity { start: s, ..q });
            }
        }
        if words::part_of_day(self.lower(e)) && !self.capitalized(e) {
            e += 1;
        }
        let Some(d) = self.date else {
            return Some(RawQuantity::new(s, e, QuantityKind::Date, wi));
        };
        let doc = i64::from(d.weekday().to_monday_zero_offset());
        let wd = i64::from(wd);
        let back = (doc - wd).rem_euclid(7);
        let fwd = (wd - doc).rem_euclid(7);
        let off = match dir {
            -1 => -(if back == 0 { 7 } else { back }),
            1 => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            _ => {
                if back != 0 && self.future_context(s) {
                    fwd
                } else {
                    -back
                }
            }
        };
        Some(RawQuantity {
            time: Some(time_value(iso_day(add_days(d, off)), Granularity::Day)),
            ..RawQuantity::new(s, e, QuantityKind::Date, wi)
        })
    }

    /// A numeric date's year: a two-digit year (`09/01/94`) is the one of its century that is
    /// at most ten years after the article's date (`94` is 1994 in a 2017 article, `17` is 2017),
    /// or after 2035 without a date.
    fn full_year(&self, y: i16) -> i16 {
        if y >= 100 {
            return y;
        }
        let ceiling = self.date.map_or(2035, |d| d.year() + 10);
        if 2000 + y <= ceiling {
            2000 + y
        } else {
            1900 + y
        }
    }

    pub(super) fn month_at(&self, s: usize, mi: usize, m: i8) -> Option<RawQuantity> {
        let w = self.lower(mi);
        let mut e = mi + 1;
        if self.is_punct(e, ".")
            && self.glued(e)
            && w.len() <= 4
            && !matches!(w, "may" | "june" | "july")
        {
            e += 1; // Jan.
        }
        let ambiguous = words::ambiguous_month(w);
        // Month D(st)?(, YYYY)?
        if self.is_num(e) {
            if let Some(day) = self.digits(e).filter(|v| {
                (1.0..=31.0).contains(v)
                    && v.fract() == 0.0
                    && !self.surface(e).contains(['.', ','])
            }) {
                let mut k = self.day_suffix(e + 1);
                // `February 4-6`: a range of days
                let last = self.last_day(k, day as i8);
                if let Some((_, after)) = last {
                    k = after;
                }
                return Some(self.day_date(s, mi, m, day as i8, last.map(|l| l.0), k));
            }
            if let Some(y) = self
                .digits(e)
                .filter(|y| self.surface(e).len() == 4 && (1000.0..2200.0).contains(y))
            {
                return Some(RawQuantity {
                    time: Some(time_value(
                        format!("{:04}-{m:02}", y as i16),
                        Granularity::Month,
                    )),
                    ..RawQuantity::new(s, e + 1, QuantityKind::Date, mi)
                });
            }
        }
        // `effective March one.`, `on March Four to serve`: the wire's day in words, before
        // the end of its phrase (not `March one year later`, `the March one`)
        if let Some(day) = words::small(self.lower(e)).filter(|&d| {
            (1..=19).contains(&d)
                && self.is_word(e)
                && self.capitalized(mi)
                && self.lower(s.wrapping_sub(1)) != "the"
                && (self.is_punct(e + 1, ".,;") || matches!(self.lower(e + 1), "to" | "at"))
        }) {
            return Some(self.day_date(s, mi, m, day as i8, None, e + 1));
        }
        // `in July, 2002.`: a comma between the month and its year, the phrase ending after
        // the year (not `in July, 2000 people`)
        if self.is_punct(e, ",") && self.is_num(e + 1) && self.phrase_end(e + 2) {
            if let Some(y) = self
                .digits(e + 1)
                .filter(|y| self.surface(e + 1).len() == 4 && (1800.0..2100.0).contains(y))
            {
                return Some(RawQuantity {
                    time: Some(time_value(
                        format!("{:04}-{m:02}", y as i16),
                        Granularity::Month,
                    )),
                    ..RawQuantity::new(s, e + 2, QuantityKind::Date, mi)
                });
            }
        }
        // `May of 2014`
        if self.lower(e) == "of" {
            if let Some(y) = self
                .digits(e + 1)
                .filter(|y| self.surface(e + 1).len() == 4 && (1000.0..2200.0).contains(y))
            {
                return Some(RawQuantity {
                    time: Some(time_value(
                        format!("{:04}-{m:02}", y as i16),
                        Granularity::Month,
                    )),
                    ..RawQuantity::new(s, e + 2, QuantityKind::Date, mi)
                });
            }
        }
        // a month alone needs a date context
        let prev = self.lower(s.wrapping_sub(1));
        let ctx = words::month_context_word(prev);
        let modifier = self.month_modifier(s, e, ambiguous);
        // `sea ice extent for January`, `elections slated for September` (not `the average for
        // February`, `a record for January`: any year's month)
        let before_for = self.lower(s.wrapping_sub(2));
        let data_for = prev == "for" && data_or_schedule_word(before_for);
        // (`slated for September`: the next September, whatever the verbs around say)
        let scheduled = data_for && schedule_word(before_for);
        if !modifier
            && !data_for
            && (!ctx || ambiguous && !words::ambiguous_month_context_word(prev))
        {
            return None;
        }
        let t = self.date.and_then(|d| {
            let y = match prev {
                "last" => {
                    if m < d.month() {
                        d.year()
                    } else {
                        d.year() - 1
                    }
                }
                _ if scheduled => {
                    if m >= d.month() {
                        d.year()
                    } else {
                        d.year() + 1
                    }
                }
                "next" => {
                    if m > d.month() {
                        d.year()
                    } else {
                        d.year() + 1
                    }
                }
                _ => self.month_year(self.infer_year(m, 1)?, m, s, modifier),
            };
            Some(time_value(format!("{y:04}-{m:02}"), Granularity::Month))
        });
        Some(RawQuantity {
            time: t,
            ..RawQuantity::new(s, e, QuantityKind::Date, mi)
        })
    }

    /// The month at `s` (its name ending before `e`) modifies the noun after it: `In a December
    /// parliamentary hearing`, `the November election`, `an April referendum`. A determiner
    /// before it and a lower-case word after it that is no function word (not `the March for
    /// Science`, `that March was`); a month that is also a word or a name (`the May
    /// government`) only before a noun of a dated event (`a May runoff`, `the May elections`).
    ///
    /// Wire copy drops the determiner: a month that is no word or name opening its sentence
    /// (`January payments showed`, `December sales were`, `February FOB exports rose`) or
    /// before a possessive (`turning round December's deficit`) dates the noun as well.
    fn month_modifier(&self, s: usize, e: usize, ambiguous: bool) -> bool {
        let next = self.lower(e);
        if !ambiguous && self.capitalized(s) && !self.title_case_around(s) {
            // `December's 6.48 billion deficit`
            if self.is_punct(e, "'\u{2019}") && self.lower(e + 1) == "s" && self.glued(e) {
                return true;
            }
            let opens = s == 0 || !self.same_sentence(s - 1, s);
            if opens
                && self.is_word(e)
                && (acronym(self.surface(e))
                    || !self.capitalized(e)
                        && next.len() > 2
                        && !not_modified_noun(next)
                        && !next.starts_with("average"))
            {
                return true;
            }
        }
        matches!(
            self.lower(s.wrapping_sub(1)),
            "a" | "an" | "the" | "that" | "its" | "his" | "her" | "their"
        ) && self.capitalized(s)
            && self.is_word(e)
            && if acronym(self.surface(e)) {
                // `The February IPO`, `a December IPSOS survey` (a month that is also a word
                // or name stays out: `the May UK election` is no date of May)
                !ambiguous
            } else if self.capitalized(e) {
                false
            } else if ambiguous {
                words::dated_event_noun(next) || matches!(next, "runoff" | "vote" | "summit")
            } else {
                // (`the February average`: any year's February)
                next.len() > 2 && !not_modified_noun(next) && !next.starts_with("average")
            }
    }

    /// `9/11`, the attacks of 11 September 2001 named by their day (indep-NOTES.md decision
    /// 146: `since 9/11`, `after 9/11`, `the 9/11 attacks`): the date 2001-09-11; and `7/7`,
    /// the London bombings of 7 July 2005 named the same way (`since the 7/7 attacks`, decision
    /// 182). Not a date with a year after it (`9/11/2016`), nor inside a name (`the 9/11
    /// Commission`, skipped).
    pub(super) fn named_day(&self, i: usize) -> Option<Step> {
        let named = match (self.surface(i), self.surface(i + 2)) {
            ("9", "11") => (2001, 9, 11),
            ("7", "7") => (2005, 7, 7),
            _ => return None,
        };
        if !(self.is_punct(i + 1, "/")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && !self.is_punct(i + 3, "/"))
        {
            return None;
        }
        if self.is_word(i + 3) && self.capitalized(i + 3) && self.same_sentence(i, i + 3) {
            return Some(Step::Skip(i + 3));
        }
        // `Fahrenheit 9/11`, `in Fahrenheit 9/11 there are`: after a capitalised word inside a
        // sentence (no month or weekday, not a headline in title case) the day ends a title, a
        // name (as a capitalised word after it, above)
        let title = i >= 2
            && self.same_sentence(i - 2, i)
            && self.is_word(i - 1)
            && !self.glued(i)
            && self.capitalized(i - 1)
            && !self.is_punct(i - 2, "\"\u{201c}")
            && words::month(self.lower(i - 1)).is_none()
            && words::weekday(self.lower(i - 1)).is_none()
            && !self.title_case_around(i - 1);
        if title {
            return Some(Step::Skip(i + 3));
        }
        let day = Date::new(named.0, named.1, named.2).ok()?;
        Some(Step::Found(RawQuantity {
            time: Some(time_value(iso_day(day), Granularity::Day)),
            ..RawQuantity::new(i, i + 3, QuantityKind::Date, i)
        }))
    }

    /// Dates starting with digits: `7 October (2023)`, `2016-12-09`, `12/09/2016`, `06.02.2017`.
    pub(super) fn numeric_date(&self, i: usize) -> Option<RawQuantity> {
        let s = self.surface(i);
        // dd.mm.yyyy (a year of two or four digits: `1.8.3`, `2.10.1` are versions)
        if s.matches('.').count() == 2 {
            let p: Vec<&str> = s.split('.').collect();
            if !matches!(p[2].len(), 2 | 4) {
                return None;
            }
            let (d, m, y) = (
                p[0].parse::<i8>().ok()?,
                p[1].parse::<i8>().ok()?,
                p[2].parse::<i16>().ok()?,
            );
            let date = Date::new(self.full_year(y), m, d).ok()?;
            return Some(RawQuantity {
                time: Some(time_value(iso_day(date), Granularity::Day)),
                ..RawQuantity::new(i, i + 1, QuantityKind::Date, i)
            });
        }
        if s.contains([',', '.']) {
            return None;
        }
        // yyyy-mm-dd
        if s.len() == 4
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.surface(i + 2).len() == 2
            && self.is_punct(i + 3, "-")
            && self.glued(i + 3)
            && self.is_num(i + 4)
            && self.surface(i + 4).len() == 2
        {
            let date = Date::new(
                s.parse().ok()?,
                self.surface(i + 2).parse().ok()?,
                self.surface(i + 4).parse().ok()?,
            )
            .ok()?;
            return Some(RawQuantity {
                time: Some(time_value(iso_day(date), Granularity::Day)),
                ..RawQuantity::new(i, i + 5, QuantityKind::Date, i)
            });
        }
        // mm/dd/yyyy (dd/mm when the first part is over 12)
        if self.is_punct(i + 1, "/")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
            && self.is_punct(i + 3, "/")
            && self.glued(i + 3)
            && self.is_num(i + 4)
            && self.glued(i + 4)
        {
            let a: i8 = s.parse().ok()?;
            let b: i8 = self.surface(i + 2).parse().ok()?;
            let y: i16 = self.surface(i + 4).parse().ok()?;
            let y = self.full_year(y);
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            let date = Date::new(y, m, d).ok()?;
            return Some(RawQuantity {
                time: Some(time_value(iso_day(date), Granularity::Day)),
                ..RawQuantity::new(i, i + 5, QuantityKind::Date, i)
            });
        }
        // D(st)? (-D(st)?)? (of)? Month (YYYY)?
        let day = self
            .digits(i)
            .filter(|v| (1.0..=31.0).contains(v) && s.len() <= 2)? as i8;
        let mut k = self.day_suffix(i + 1);
        // `4-6 February`: a range of days
        let last = self.last_day(k, day);
        if let Some((_, after)) = last {
            k = after;
        }
        if self.lower(k) == "of" {
            k += 1;
        }
        let m = words::month(self.lower(k)).filter(|_| self.capitalized(k))?;
        let mut e = k + 1;
        if self.is_punct(e, ".") && self.glued(e) && self.lower(k).len() <= 4 {
            e += 1;
        }
        Some(self.day_date(i, i, m, day, last.map(|l| l.0), e))
    }

    /// Past an ordinal suffix glued to a day number at `k - 1` (`4th`).
    pub(super) fn day_suffix(&self, k: usize) -> usize {
        if self.is_word(k) && self.glued(k) && words::ordinal_suffix(self.lower(k)) {
            k + 1
        } else {
            k
        }
    }

    /// The last day of a range after the first day `first` (`-6`, `–6th`, ` to 5`, ` through
    /// 5`, `between Feb 13 and 24`): (day, end). Not a clock time or a quantity (`March 3 to 5 p.m.`, `4-6 million`,
    /// `3-5 days`).
    pub(super) fn last_day(&self, k: usize, first: i8) -> Option<(i8, usize)> {
        let dash = self.is_punct(k, "-\u{2013}")
            && (self.glued(k) == self.glued(k + 1) || self.surface(k) == "\u{2013}");
        // (`between Feb 13 and 24`: `between` before the month, its dot, the first day)
        let between =
            self.lower(k) == "and" && (3..=4).any(|b| k >= b && self.lower(k - b) == "between");
        if !(dash || between || matches!(self.lower(k), "to" | "through")) || !self.is_num(k + 1) {
            return None;
        }
        let t = self.surface(k + 1);
        let d: i8 = t
            .parse()
            .ok()
            .filter(|d| t.len() <= 2 && *d > first && *d <= 31)?;
        let e = self.day_suffix(k + 2);
        let w = self.lower(e);
        if self.is_punct(e, ":.%") && self.glued(e) && self.is_num(e + 1)
            || self.is_punct(e, "%-")
            || self.is_word(e)
                && (words::big_scale(w).is_some()
                    || words::time_unit(w).is_some()
                    || words::not_day_range_end(w)
                    || self.has_role(e, |r| {
                        matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::CurCode(_))
                    }))
        {
            return None;
        }
        Some((d, e))
    }

    /// In an undated document, the one year written in the sentence of token `s` (`In 1992,
    /// ... there were 177 million calls on June 1`, `the first grand slam of 2005, which begins
    /// on 17 January`, `April 26 (posted Tuesday, April 20, 1999)`): the year of a day named
    /// there without one. Four digits after `in`, `of`, `since`, `until`, `by`, `during` or a
    /// comma, the only such year of the sentence (two years leave the day yearless). A dated
    /// document infers the year from its date instead.
    fn sentence_year(&self, s: usize) -> Option<i16> {
        if self.date.is_some() {
            return None;
        }
        let back = (0..s).rev().take_while(|&k| self.same_sentence(s, k));
        let ahead = (s..).take_while(|&k| self.same_sentence(s, k));
        let mut years = back.chain(ahead).filter_map(|k| {
            let cue = k > 0
                && self.same_sentence(s, k - 1)
                && (matches!(
                    self.lower(k - 1),
                    "in" | "of" | "since" | "until" | "by" | "during"
                ) || self.is_punct(k - 1, ","));
            let y = self
                .digits(k)
                .filter(|y| cue && self.surface(k).len() == 4 && (1000.0..2200.0).contains(y))?;
            Some(y as i16)
        });
        let y = years.next()?;
        years.all(|o| o == y).then_some(y)
    }

    /// A day of month `m` (or the days `day..=last`) with the year at `e` (after an optional
    /// comma) or inferred: the date mention `s..` with its core token.
    pub(super) fn day_date(
        &self,
        s: usize,
        core: usize,
        m: i8,
        day: i8,
        last: Option<i8>,
        e: usize,
    ) -> RawQuantity {
        let kk = if self.is_punct(e, ",") { e + 1 } else { e };
        let year = self
            .digits(kk)
            .filter(|y| self.surface(kk).len() == 4 && (1000.0..2200.0).contains(y));
        let (y, end) = match year {
            Some(y) => (Some(y as i16), kk + 1),
            None => (
                self.infer_year(m, day)
                    .map(|y| self.past_year(y, m, day, s, false))
                    .or_else(|| self.sentence_year(s)),
                e,
            ),
        };
        let one = |d: i8| match y {
            Some(y) => Date::new(y, m, d).ok().map(iso_day),
            None => Some(format!("--{m:02}-{d:02}")),
        };
        // a range of days is an ISO 8601 interval (`2017-02-04/2017-02-06`)
        let iso = match last {
            Some(l) => one(day).zip(one(l)).map(|(a, b)| format!("{a}/{b}")),
            None => one(day),
        };
        RawQuantity {
            time: iso.map(|x| time_value(x, Granularity::Day)),
            ..RawQuantity::new(s, end, QuantityKind::Date, core)
        }
    }
}

/// An acronym (`IPO`, `UN`, `IPSOS`): two to six capital letters.
fn acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Nouns of figures and participles of scheduling before `for` that make the month after it a
/// date: the month the figures are of, or the month the thing is set for.
fn data_or_schedule_word(w: &str) -> bool {
    schedule_word(w)
        || matches!(
            w,
            "extent" | "data" | "figures" | "statistics" | "numbers" | "sales" | "results"
        )
}

/// Participles of scheduling (`slated for April`): the month after them is ahead.
fn schedule_word(w: &str) -> bool {
    matches!(
        w,
        "slated" | "scheduled" | "set" | "planned" | "due" | "expected"
    )
}

/// Words after a month name that show it modifies no noun (`the March for Science`, `that March
/// was the time`, `the December by the time`): prepositions, conjunctions and verbs of being,
/// having and the future.
fn not_modified_noun(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "nor"
            | "for"
            | "of"
            | "by"
            | "to"
            | "in"
            | "on"
            | "at"
            | "with"
            | "from"
            | "into"
            | "than"
            | "as"
            | "was"
            | "is"
            | "are"
            | "were"
            | "be"
            | "been"
            | "will"
            | "would"
            | "had"
            | "has"
            | "have"
            | "the"
            | "that"
            | "this"
            | "when"
            | "which"
            | "who"
            | "after"
            | "before"
            | "until"
            | "through"
    )
}
