//! The act of saying around a source, told apart from what is said: a date that ends the
//! sentence after bare words is when it was said (`told all this to an asylum officer last
//! month`), and a quote glued to the writer's sentence is the speaker's alone.

use super::cues;
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;
use crate::words;

fn is_function(ctx: &Context<'_>, i: usize) -> bool {
    ctx.lexicon
        .word(ctx.lower(i))
        .iter()
        .any(|r| matches!(r, Role::Function))
}

/// The date ending the stretch `after..end` when only bare words lead to it from a verb's
/// content start `after` (an object, an addressee, the medium: `told all this to a U.S. asylum
/// officer last month`, `said on Fox's "..." radio Tuesday`, `confirmed the news to the WSJ
/// Monday, describing ...`): its start. Not after a clause of the content (a subject pronoun, an
/// auxiliary or past-tense verb, `that`, a number: `said he does not believe divers can go down
/// today`, `says Ryan spoke again today`), nor before more words (`said today's rallies would be massive`).
pub(super) fn trailing_saying_date(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    after: usize,
    end: usize,
) -> Option<usize> {
    let k = qs.partition_point(|q| q.start < after);
    let d = qs.get(k).filter(|q| q.start < end)?;
    // (a window or a deadline is content: `announced Xi's visit from Jan 15 to 18`)
    if !matches!(d.kind, QuantityKind::Date | QuantityKind::Time)
        || d.start == after
        || cues::content_date_preposition(ctx.lower(d.start - 1))
    {
        return None;
    }
    let bare = (after..d.start).all(|t| {
        let w = ctx.lower(t);
        !ctx.is_num(t)
            && w != "that"
            && !cues::clause_word(w)
            // (an infinitive: `announced its decision to lay down its weapons by April 8`)
            && !(w == "to"
                && ctx.is_word(t + 1)
                && !ctx.capitalized(t + 1)
                && !is_function(ctx, t + 1)
                && !ctx.lower(t + 1).ends_with("ing"))
            && !(w.len() > 3 && w.ends_with("ed") && !ctx.capitalized(t))
    });
    let mut e = d.end;
    if words::part_of_day(ctx.lower(e)) {
        e += 1;
    }
    let closes = e >= end
        || ctx.sentence_of.get(e) != ctx.sentence_of.get(d.start)
        || ctx.is_punct(e, ".!?") && ctx.sentence_of.get(e + 1) != ctx.sentence_of.get(d.start)
        || ctx.is_punct(e, ",") && ctx.lower(e + 1).ends_with("ing") && !ctx.capitalized(e + 1);
    (bare && closes).then_some(d.start)
}

/// [`trailing_saying_date`] past a programme's quoted title that reads as a date before it
/// (`told ABC News chief anchor George Stephanopoulos on "This Week" on Sunday`, `said on "This
/// Week" Sunday`): the title's opening mark, so the title and the date are both the saying's
/// setting. Only bare words (no clause, number or `that`) between the verb's content start
/// `after` and the title.
pub(super) fn trailing_setting(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    after: usize,
    end: usize,
) -> Option<usize> {
    if let Some(d) = trailing_saying_date(ctx, qs, after, end) {
        return Some(d);
    }
    let quote = |k: usize| ctx.is_punct(k, "\"\u{201c}\u{201d}");
    let k = qs.partition_point(|q| q.start < after);
    let t = qs
        .get(k)
        .filter(|q| q.start > after && q.end < end && quote(q.start - 1) && quote(q.end))?;
    let bare = (after..t.start - 1).all(|k| {
        let w = ctx.lower(k);
        !ctx.is_num(k) && w != "that" && !cues::clause_word(w) && !quote(k)
    });
    (bare && trailing_saying_date(ctx, qs, t.end + 1, end).is_some()).then_some(t.start - 1)
}

/// The opening mark of the quote that a source at `j` closes (`"...," X said`) when the quote
/// opens a glued sentence of its own: a capitalised word after the mark, and before it a word,
/// number or closing mark that does not introduce it (`... fell in Chicago on Tuesday morning "If
/// you must go out ..." de Blasio said`). The sentence before the mark is the writer's.
pub(super) fn glued_quote(ctx: &Context<'_>, lead: usize, j: usize) -> Option<usize> {
    let is_quote = |k: usize| ctx.is_punct(k, "\"\u{201c}\u{201d}");
    // the closing mark just before the source (`,"`, `."`, `"?`)
    let close = (j.saturating_sub(3).max(lead)..j)
        .rev()
        .find(|&k| is_quote(k) && ctx.glued(k))?;
    let open = (lead..close).rev().find(|&k| is_quote(k))?;
    let opens = !ctx.glued(open + 1) || ctx.is_word(open + 1) && ctx.capitalized(open + 1);
    let before = open.checked_sub(1).filter(|&b| b >= lead)?;
    let w = ctx.lower(before);
    let writers = ctx.is_word(before)
        && (!is_function(ctx, before)
            || matches!(
                w,
                "year" | "years" | "week" | "weeks" | "month" | "months" | "day" | "days"
            ))
        && !ctx.has_role(before, |r| matches!(r, Role::AttrVerb))
        || ctx.is_num(before);
    // (a quote of a few words is a title or a name: `to see the movie "Lincoln," X said`)
    let long = (open + 1..close).filter(|&k| ctx.is_word(k)).count() >= 4;
    (opens
        && long
        && open > lead + 2
        && ctx.is_word(open + 1)
        && ctx.capitalized(open + 1)
        && writers
        && !ctx.glued(open))
    .then_some(open)
}

/// Token `k` is an acronym in capitals that spells a function word (`IT experts`, `US`).
pub(super) fn acronym(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.surface(k);
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}
