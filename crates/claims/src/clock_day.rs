//! The day of a clock time that names none itself (GUIDELINES.md, "Dates and times"): the day
//! named in its sentence, else the day the text continues from, else the article date.
//!
//! The day the text continues from is the last day named before the time that dates an event:
//! a day that dates an act of saying (`Lehigh County District Attorney Jim Martin said Sunday`)
//! or `today` (the day of writing) does only when no event is dated before the time; a local report
//! names the day of the incident once, in its first sentences, and times it later, several
//! sentences on (`shot his wife ... Monday evening` ... `officers responded ... at about 5:48
//! p.m.`).

use jiff::civil::Date;

use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, TimeValue};
use crate::words;

/// The ISO day each clock time of `qs` takes (`None` for the other quantities and where no day is
/// known). `times` are the resolved dates of `qs`, `sent` the sentence of each token.
pub(crate) fn clock_days(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    times: &[Option<TimeValue>],
    sent: &[u32],
    article: Option<String>,
) -> Vec<Option<String>> {
    let day = |j: usize| times[j].as_ref().map(|t| t.iso.clone());
    let mut out = vec![None; qs.len()];
    // the last day before quantity `qi` that an event is dated by, and the last day of an act
    // of saying (the day the account continues from when no event is dated)
    let mut carried: Option<usize> = None;
    let mut said: Option<usize> = None;
    for qi in 0..qs.len() {
        if qs[qi].clock.is_some() {
            let s = sent[qs[qi].start];
            let cut = ends_sentence(ctx, qs[qi].end);
            // a day named sentences back carries over when it is near: in the sentences just
            // before, or within a fortnight of the article (not a past year a profile recalls)
            let near = |j: &usize| {
                sent[qs[*j].start] + NEAR_SENTENCES >= s
                    || times[*j]
                        .as_ref()
                        .is_some_and(|t| near_date(ctx.date, &t.iso))
            };
            // the day of the event carried over outranks a day of saying in the time's own
            // sentence (`shot ... Monday night.` then `... about 11:30 p.m. ..., a spokesman said
            // Tuesday morning`; not `today`, which may be the time's own: `at 12.45pm today`)
            let event = carried.filter(near);
            let same = crate::frame::nearest(
                qs,
                qi,
                |j| {
                    sent[qs[j].start] == s
                        && (j < qi || !cut)
                        && !(event.is_some() && speech_day(ctx, &qs[j]))
                },
                |j| single_day(times[j].as_ref()),
            );
            // (`Afternoon trading will start at 1330 local time` after `set on March 18`: a day
            // before the article carries no time ahead of it; the article's day)
            let ahead = |j: &usize| {
                !(ctx.far_future_context(qs[qi].start)
                    && times[*j]
                        .as_ref()
                        .and_then(|t| t.iso.parse::<Date>().ok())
                        .zip(ctx.date)
                        .is_some_and(|(d, a)| d < a))
            };
            let from = same.or_else(|| carried.or(said).filter(near).filter(ahead));
            out[qi] = from
                .and_then(|j| {
                    // `shot Sunday night ... just after midnight`: the small hours after a named
                    // night are the next day's
                    let small_hours = qs[qi].clock.as_ref().is_some_and(|c| c.0 < 5);
                    if small_hours && ctx.lower(qs[j].end - 1) == "night" {
                        next_day(&day(j)?)
                    } else {
                        day(j)
                    }
                })
                .or_else(|| article.clone());
        }
        if single_day(times[qi].as_ref()) {
            if writing_day(ctx, &qs[qi]) {
                said = Some(qi);
            } else {
                carried = Some(qi);
            }
        }
    }
    out
}

/// The ISO day after `iso` (`YYYY-MM-DD`).
fn next_day(iso: &str) -> Option<String> {
    let d = iso.parse::<Date>().ok()?.tomorrow().ok()?;
    Some(crate::scan::iso_day(d))
}

/// How many sentences back a day carries over to a clock time wherever it lies in the calendar
/// (the sentence before the time and the one before that).
const NEAR_SENTENCES: u32 = 2;

/// How many days from the article date a day named further back may lie and still carry over
/// (`shot ... on August 12`, a report dated ten days later).
const NEAR_DAYS: i32 = 14;

/// `iso` (`YYYY-MM-DD`) lies within [`NEAR_DAYS`] of the article date (any day does without one).
fn near_date(article: Option<Date>, iso: &str) -> bool {
    let Some(a) = article else {
        return true;
    };
    iso.parse::<Date>()
        .ok()
        .and_then(|d| a.until(d).ok())
        .is_some_and(|span| span.get_days().abs() <= NEAR_DAYS)
}

/// A time value naming one day (not a range of days, where which of its days is not said, nor a
/// day without a year).
pub(crate) fn single_day(t: Option<&TimeValue>) -> bool {
    t.is_some_and(|t| {
        t.granularity == Granularity::Day && !t.iso.starts_with('-') && !t.iso.contains('/')
    })
}

/// A time written with a final period (`6 p.m.`) and followed by a capitalised word that is no
/// day or month (`6 p.m. Mr. Hines died Saturday`): the period ends the sentence too, whatever
/// the segmenter made of the abbreviation, so a day after it is another sentence's.
fn ends_sentence(ctx: &Context<'_>, e: usize) -> bool {
    e > 0
        && ctx.surface(e - 1) == "."
        && ctx.surface(e).starts_with(|c: char| c.is_uppercase())
        && words::weekday(ctx.lower(e)).is_none()
        && words::month(ctx.lower(e)).is_none()
        // (`7 p.m. Eastern on Friday, March 31`: a zone)
        && !words::zone_region(ctx.lower(e))
}

/// A day that dates the writing, not an event: `today`, and a day of saying ([`speech_day`]).
fn writing_day(ctx: &Context<'_>, q: &RawQuantity) -> bool {
    q.end == q.start + 1 && matches!(ctx.lower(q.start), "today" | "tonight") || speech_day(ctx, q)
}

/// A day right after a reporting verb (`said Sunday`, `said on Monday`, `announced late
/// Tuesday`; not a passive, `was reported Thursday`, nor a possessive, `said Tuesday's
/// shooting`) or right before one (`Police on Sunday said`).
fn speech_day(ctx: &Context<'_>, q: &RawQuantity) -> bool {
    let mut b = q.start;
    while b > 0 && words::saying_date_preposition(ctx.lower(b - 1)) {
        b -= 1;
    }
    let before = if b > 0 { ctx.lower(b - 1) } else { "" };
    // (not the event's own day: `said Tuesday's shooting occurred`, `was reported Thursday`)
    let possessive = ctx.is_punct(q.end, "'\u{2019}") && ctx.lower(q.end + 1) == "s";
    let passive = b >= 2 && matches!(ctx.lower(b - 2), "was" | "were" | "been" | "be");
    (words::inverted_speech_verb(before) || matches!(before, "told" | "announced" | "confirmed"))
        && !possessive
        && !passive
        || matches!(ctx.lower(q.end), "said" | "announced")
}
