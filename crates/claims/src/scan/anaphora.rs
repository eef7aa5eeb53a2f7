//! Days named by reference to a day the text gave before: `That day`, `that night`, `the next
//! morning`, `the following day`, `the night before`, `that week` (GUIDELINES.md and
//! indep-NOTES.md decisions 12, 58, 66, 84: the day the text refers to, or one relative to it).
//!
//! The scan reads the phrase as a date with no value; [`Context::anchor_anaphoric`] then gives it
//! the most recent single day named before it, kept as state over the document's quantities (no
//! rescan per mention), when that day is safely the one meant: within [`NEAR_SENTENCES`]
//! sentences, or in the same paragraph (where the text has paragraphs), or, for a phrase naming
//! that very day (`that night`, not `the next day`), a day of the story within [`NEAR_DAYS`] of
//! the article date (not `today`, the day of writing, nor a past year a profile recalls); and no
//! date of another period named between them. Otherwise the phrase is dropped, as `that month`
//! without a month is: which day is not said. Measured on the corpus (README, session 19).
//!
//! `Two years later` opening a sentence shortly after one that names a year (`Before leaving
//! public life in 2008, ...`) is that year plus two ([`Context::anchor_years_later`]; the
//! guidelines' `two years later` after `2012`); elsewhere it stays a duration.

use jiff::civil::Date;

use super::calendar::{add_days, iso_day, iso_week, time_value};
use super::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind};

/// How many sentences back the day referred to may be named (`On Nov. 13, officers ...` three
/// sentences before `That day, he told police`).
const NEAR_SENTENCES: u32 = 3;

/// How many days from the article date the day referred to may lie when it is named further
/// back (`gunned down ... Monday night` paragraphs before `at the car wash that night`).
const NEAR_DAYS: i32 = 14;

/// How many sentences back the year that `N years later` counts from may be named (`in 2008,
/// Nagel helped ... Chertoff vowed ... Two years later`).
const YEAR_SENTENCES: u32 = 2;

/// A part of a day that `that` or `the next` refers with.
fn part(w: &str) -> bool {
    matches!(w, "day" | "night" | "morning" | "evening" | "afternoon")
}

impl Context<'_> {
    /// Whether an anaphoric day may open at `i` (for [`Context::may_open`]): `that` or `the`
    /// before the words the phrases read next.
    pub(super) fn may_open_anaphoric(&self, i: usize) -> bool {
        let n = self.lower(i + 1);
        match self.lower(i) {
            "that" => part(n) || matches!(n, "same" | "week"),
            "the" => part(n) || matches!(n, "next" | "following" | "previous"),
            _ => false,
        }
    }

    /// An anaphoric day at `i` and the shift in days from the day it refers to: `that
    /// (same) night` (0), `the next morning`, `the following day` (+1), `the previous night`
    /// (-1), `the night before` and `the day after` when nothing follows that names what it is
    /// before or after (not `the day before the vote`); `that week` is the referred day's week.
    /// The mention has no value until [`Context::anchor_anaphoric`].
    pub(super) fn anaphoric_day(&self, i: usize) -> Option<RawQuantity> {
        let w = self.lower(i);
        let n = self.lower(i + 1);
        let e = match (w, n) {
            ("that", "same") if part(self.lower(i + 2)) => i + 3,
            ("that", _) if part(n) || n == "week" => i + 2,
            // (not `the next day after receiving notice`: counted from what follows)
            ("the", "next" | "following" | "previous")
                if part(self.lower(i + 2)) && self.lower(i + 3) != "after" =>
            {
                i + 3
            }
            ("the", _) if part(n) && matches!(self.lower(i + 2), "before" | "after") => {
                let after = self.lower(i + 3);
                let free = !self.is_word(i + 3)
                    || matches!(
                        after,
                        "and" | "but" | "at" | "when" | "in" | "around" | "about"
                    );
                if !free {
                    return None;
                }
                i + 3
            }
            _ => return None,
        };
        // within one sentence, and not a possessive's noun (`that day's`) cut in half
        if e > self.lexemes.len() || !self.same_sentence(i, e - 1) {
            return None;
        }
        Some(RawQuantity::new(i, e, QuantityKind::Date, i + 1))
    }

    /// The shift in days of the anaphoric day `q` from the day it refers to, and whether it is
    /// the week of that day.
    fn anaphoric_shift(&self, q: &RawQuantity) -> (i64, bool) {
        let last = self.lower(q.end - 1);
        match (self.lower(q.start + 1), last) {
            (_, "week") => (0, true),
            ("next" | "following", _) | (_, "after") => (1, false),
            ("previous", _) | (_, "before") => (-1, false),
            _ => (0, false),
        }
    }

    /// Gives each anaphoric day of `qs` (dates without a value opening with `that` or `the`)
    /// the value of the most recent single day before it, when near (see the module docs);
    /// drops those without one. One pass: the last day named (its sentence, and whether it is
    /// `today`, the day of writing) and the paragraph breaks since it are carried as state. A
    /// date of another period between them (`in 1987`, `last week`, `over the weekend`) ends
    /// the reference: the text has moved on to another time.
    pub(super) fn anchor_anaphoric(&self, qs: &mut Vec<RawQuantity>) {
        let mut last: Option<(Date, u32, bool)> = None;
        // a paragraph break lies between the last day and the text reached
        let mut broken = false;
        let mut cursor = 0usize;
        let mut any = false;
        // whether the text has paragraphs at all (else `broken` says nothing), looked up once
        let mut paragraphs: Option<bool> = None;
        for q in qs.iter_mut() {
            let at = self.lexemes[q.start].start as usize;
            if at > cursor {
                broken |= self.text[cursor..at].contains('\n');
                cursor = at;
            }
            if self.is_anaphoric(q) {
                any = true;
                let s = self.sentence_of[q.start];
                let (shift, week) = self.anaphoric_shift(q);
                let has_paragraphs = *paragraphs.get_or_insert_with(|| self.text.contains('\n'));
                let near = |d: Date, ds: u32, today: bool| {
                    ds + NEAR_SENTENCES >= s
                        || has_paragraphs && !broken
                        // (a day of the story named further back, for `that day` itself)
                        || shift == 0
                            && !today
                            && self.date.is_some_and(|a| {
                                a.until(d)
                                    .is_ok_and(|span| span.get_days().abs() <= NEAR_DAYS)
                            })
                };
                if let Some((d, _, _)) = last.filter(|&(d, ds, today)| near(d, ds, today)) {
                    let x = add_days(d, shift);
                    q.time = Some(if week {
                        time_value(iso_week(x), Granularity::Week)
                    } else {
                        time_value(iso_day(x), Granularity::Day)
                    });
                    if !week {
                        last = Some((x, s, false));
                        broken = false;
                    }
                }
                continue;
            }
            let Some(t) = q.time.as_ref().filter(|_| q.kind == QuantityKind::Date) else {
                continue;
            };
            match t.iso.parse::<Date>() {
                Ok(d) if t.granularity == Granularity::Day => {
                    let today =
                        q.end == q.start + 1 && matches!(self.lower(q.start), "today" | "tonight");
                    last = Some((d, self.sentence_of[q.start], today));
                    broken = false;
                    let end = self.lexemes[q.end - 1].end as usize;
                    cursor = cursor.max(end);
                }
                // (`in 2014` after `June 18, 2014` is the same time)
                _ if last.is_some_and(|(d, _, _)| iso_day(d).starts_with(t.iso.as_str())) => {}
                _ => last = None,
            }
        }
        if any {
            qs.retain(|q| !(q.time.is_none() && self.is_anaphoric(q)));
        }
    }

    /// `q` is an anaphoric day as [`Context::anaphoric_day`] reads it (so far without a value).
    fn is_anaphoric(&self, q: &RawQuantity) -> bool {
        q.kind == QuantityKind::Date
            && q.time.is_none()
            && matches!(self.lower(q.start), "that" | "the")
            && self.anaphoric_day(q.start).is_some_and(|a| a.end == q.end)
    }

    /// Makes each `N years later` opening a sentence a date when one of the
    /// [`YEAR_SENTENCES`] sentences before it names a single year and no other date comes between: that year
    /// plus N (`in 2008. Two years later,`: 2010). The rest stay durations.
    pub(super) fn anchor_years_later(&self, qs: &mut [RawQuantity]) {
        let mut last_year: Option<(i64, u32)> = None;
        for q in qs.iter_mut() {
            let s = self.sentence_of[q.start];
            let opens = q.start == 0 || !self.same_sentence(q.start - 1, q.start);
            let n = q
                .value
                .as_ref()
                .and_then(super::values::exact_value)
                .filter(|n| n.fract() == 0.0 && (1.0..=100.0).contains(n));
            if q.kind == QuantityKind::Duration
                && q.unit.as_deref() == Some("year")
                && opens
                && self.lower(q.end) == "later"
                && self.same_sentence(q.start, q.end)
            {
                if let (Some(n), Some((y, ys))) = (n, last_year) {
                    if ys + YEAR_SENTENCES >= s {
                        let y = y + n as i64;
                        q.kind = QuantityKind::Date;
                        q.value = None;
                        q.unit = None;
                        q.time = Some(time_value(format!("{y:04}"), Granularity::Year));
                        q.end += 1;
                        last_year = Some((y, s));
                        continue;
                    }
                }
            }
            if q.kind != QuantityKind::Date {
                continue;
            }
            last_year = q
                .time
                .as_ref()
                .filter(|t| t.granularity == Granularity::Year && t.iso.len() == 4)
                .and_then(|t| t.iso.parse().ok())
                .map(|y| (y, s));
        }
    }
}
