//! Days named by reference to a day the text gave before: `That day`, `that night`, `the next
//! morning`, `the following day`, `the night before`, `that week` (GUIDELINES.md and
//! indep-NOTES.md decisions 12, 58, 66, 84: the day the text refers to, or one relative to it).
//!
//! The scan reads the phrase as a date with no value; [`Context::anchor_anaphoric`] then gives it
//! the most recent single day named before it, kept as state over the document's quantities (no
//! rescan per mention), when that day is safely the one meant: in the same paragraph, or within
//! [`NEAR_SENTENCES`] sentences, or within [`NEAR_DAYS`] of the article date (a day of the
//! story, not a past year a profile recalls). Otherwise the phrase is dropped, as `that month`
//! without a month is: which day is not said.

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
            ("the", "next" | "following" | "previous") if part(self.lower(i + 2)) => i + 3,
            ("the", _) if part(n) && matches!(self.lower(i + 2), "before" | "after") => {
                let after = self.lower(i + 3);
                let free = !self.is_word(i + 3)
                    || matches!(
                        after,
                        "and" | "but" | "at" | "when" | "in" | "around" | "about" | "as"
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
    /// drops those without one. One pass: the last day named and the paragraph breaks since it
    /// are carried as state.
    pub(super) fn anchor_anaphoric(&self, qs: &mut Vec<RawQuantity>) {
        let mut last: Option<(Date, u32)> = None;
        // a paragraph break lies between the last day and the text reached
        let mut broken = false;
        let mut cursor = 0usize;
        let mut any = false;
        for q in qs.iter_mut() {
            let at = self.lexemes[q.start].start as usize;
            if at > cursor {
                broken |= self.text[cursor..at].contains('\n');
                cursor = at;
            }
            if self.is_anaphoric(q) {
                any = true;
                let s = self.sentence_of[q.start];
                let near = |d: Date, ds: u32| {
                    !broken
                        || ds + NEAR_SENTENCES >= s
                        || self.date.is_some_and(|a| {
                            a.until(d)
                                .is_ok_and(|span| span.get_days().abs() <= NEAR_DAYS)
                        })
                };
                if let Some((d, _)) = last.filter(|&(d, ds)| near(d, ds)) {
                    let (shift, week) = self.anaphoric_shift(q);
                    let x = add_days(d, shift);
                    q.time = Some(if week {
                        time_value(iso_week(x), Granularity::Week)
                    } else {
                        time_value(iso_day(x), Granularity::Day)
                    });
                    if !week {
                        last = Some((x, s));
                        broken = false;
                    }
                }
                continue;
            }
            if let Some(d) = q
                .time
                .as_ref()
                .filter(|t| q.kind == QuantityKind::Date && t.granularity == Granularity::Day)
                .and_then(|t| t.iso.parse::<Date>().ok())
            {
                last = Some((d, self.sentence_of[q.start]));
                broken = false;
                let end = self.lexemes[q.end - 1].end as usize;
                cursor = cursor.max(end);
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
}
