//! A date opening the sentence with no comma after it, the subject right after the date (issue
//! 14, session 36; the claims README tells what it changed on the real corpus): `Last May two
//! Romanian soldiers were killed ... after two members of a police unit shot them`, `In 2015 the
//! states hardest hit were West Virginia with 41.5 deaths per 100,000 people, New Hampshire
//! (34.3), ...`. The fronted adverbial dates the whole sentence, past the clause boundaries a
//! comma would have marked, as a comma's fronted clause does (the figure's own clause first: a
//! date of its own wins).

use super::cues;
use super::lists::dateline_end;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;

/// Words after a date opening the sentence that keep the date's own phrase going or make the
/// date a subject (`In 2015 and 2016`, `In 2010 in New York`, `Last year was ...`): no bare
/// fronted adverbial.
const KEEPS_THE_DATE_PHRASE: &[&str] = &[
    "and", "or", "to", "of", "in", "on", "at", "by", "for", "from", "until", "through", "when",
    "after", "before", "since", "is", "was", "are", "were", "has", "had", "have", "will", "would",
    "marks", "marked", "saw", "alone", "ago", "later", "earlier", "that", "than", "as",
];

/// The index of the date that word `f` opens the sentence with, for quantity `qi` after it,
/// when no comma closes the date's phrase; `is_date(k)`: quantity `k` is a resolved date (the
/// caller checks the date is one a figure may take). A preposition or `last`/`this` opens it, not
/// a bare date (`A year ago CEFC agreed ...`, `Today Mr Tusk promised ...` are read as a
/// clause's own date only); not for a duration or an ordinal, whose time is their own phrase's
/// (`10 years ahead of the schedule`, `one of its first projects`); not past a later date, which
/// opens a clause of its own (`In 2015 a bomber killed five ..., and last year gunmen stormed an
/// office, killing seven`).
pub(super) fn bare_fronted(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    qi: usize,
    f: usize,
    is_date: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let q = &qs[qi];
    let s = *ctx.sentence_of.get(q.start)?;
    let w = ctx.lower(f);
    let j = qs[..qi].partition_point(|x| x.start < f);
    let d = qs.get(j).filter(|d| {
        j < qi
            && (matches!(w, "in" | "on" | "during") && d.start == f + 1
                || matches!(w, "last" | "this") && (d.start == f || d.start == f + 1))
    })?;
    if matches!(q.kind, QuantityKind::Duration | QuantityKind::Ordinal)
        || (j + 1..qi).any(|k| is_date(k) && qs[k].start > d.end)
    {
        return None;
    }
    // (the next word opens the subject: not a preposition, conjunction or verb that keeps the
    // date's own phrase going, nor a mark)
    let e = d.end;
    let subject = ctx.is_word(e)
        && ctx.sentence_of.get(e) == Some(&s)
        && !KEEPS_THE_DATE_PHRASE.contains(&ctx.lower(e));
    (subject && ctx.sentence_of.get(f) == Some(&s) && q.start > e).then_some(j)
}

/// The word that opens a fronted clause of sentence `s` starting at token `first`: past a glued
/// dateline (`WASHINGTON "?In 2005, ...`, see [`dateline_end`]), a mis-decoded quote mark
/// (`"?In October 2015, ...`), and a linking adverb, conjunction or participle of starting
/// before an opener (`Also on Monday, ...`, `But on Wednesday night, ...`, `Starting from April
/// 17, a total of 267 organizations will have to submit around 20 percent`, `Beginning in 2018,
/// ...`; `Meanwhile, on Friday, ...` is a comma's clause of its own and not read here).
pub(super) fn opener_at(ctx: &Context<'_>, first: usize, s: u32) -> Option<usize> {
    let first = dateline_end(ctx, first);
    let f = (first..first + 3)
        .find(|&k| !ctx.is_punct(k, "\"\u{201c}-\u{2014}(?"))
        .filter(|&k| ctx.sentence_of.get(k) == Some(&s))?;
    let starting = matches!(ctx.lower(f), "starting" | "beginning" | "effective");
    let linked = matches!(ctx.lower(f), "but" | "and" | "yet");
    let f = if (cues::linking_adverb(ctx.lower(f)) || starting || linked)
        && cues::fronted_opener(ctx.lower(f + 1))
    {
        f + 1
    } else {
        f
    };
    Some(f)
}
