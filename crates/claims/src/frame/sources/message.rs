//! A participle of saying right after a message its subject sent or issued, with no comma
//! between (`The organization sent a letter to Congress yesterday saying the bill would ...`,
//! `The ministry issued a statement saying 30 people had died`, `Smith wrote a letter saying
//! ...`): the sender says what the message says. The message's noun is no source of its own
//! here (the sender is named), and a message with no named sender (`a statement was issued
//! saying ...`, `in a letter saying ...`) is left alone.

use super::subject::{speaker, subject_before};
use super::{Source, attr, noun_that};
use crate::scan::{Context, RawQuantity};
use crate::words;

/// Participles of saying that report a message's content.
fn saying(w: &str) -> bool {
    matches!(
        w,
        "saying" | "stating" | "claiming" | "warning" | "announcing" | "confirming" | "estimating"
    )
}

/// Nouns of a written or posted message.
fn message_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "letter"
            | "note"
            | "message"
            | "memo"
            | "memorandum"
            | "tweet"
            | "email"
            | "e-mail"
            | "release"
            | "notice"
            | "post"
            | "communique"
            | "bulletin"
            | "advisory"
            | "circular"
            | "filing"
            | "complaint"
            | "petition"
            | "declaration"
    )
}

/// Verbs of sending or issuing a message (their subject is its sender).
fn sending_verb(w: &str) -> bool {
    matches!(
        w,
        "issued"
            | "issues"
            | "issue"
            | "sent"
            | "sends"
            | "send"
            | "wrote"
            | "writes"
            | "write"
            | "written"
            | "released"
            | "releases"
            | "release"
            | "posted"
            | "posts"
            | "post"
            | "published"
            | "publishes"
            | "publish"
            | "filed"
            | "files"
            | "file"
            | "signed"
            | "signs"
            | "sign"
            | "circulated"
            | "submitted"
            | "delivered"
            | "put"
            | "puts"
    )
}

/// The owner of a noun of saying with a `that` clause at `i` (`the CBO's findings that 24
/// million ...`, [`noun_that`]), else the sender of a message with a participle of saying at
/// `i` ([`message_saying`]).
pub(super) fn noun_or_message(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    i: usize,
    sentence: (usize, usize),
) -> Option<Source> {
    noun_that::noun_that(ctx, qs, i, sentence).or_else(|| message_saying(ctx, qs, i, sentence))
}

/// The source of the participle of saying at `i` (sentence `ss..se`) when it follows, with no
/// clause punctuation between, a message noun that a sending verb's object opens with (`issued
/// a statement saying`, `sent an open letter to the board on Monday saying`, `put out a
/// statement saying`): the verb's subject, a speaker by the subject walk of `X said`.
fn message_saying(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    i: usize,
    (ss, se): (usize, usize),
) -> Option<Source> {
    let verb = ctx.lower(i);
    if !saying(verb) || i < ss + 4 || ctx.capitalized(i) {
        return None;
    }
    // the message noun, at most eight plain tokens back (an addressee or a date between)
    let noun = (i.saturating_sub(9).max(ss)..i)
        .rev()
        .take_while(|&k| (ctx.is_word(k) || ctx.is_num(k)) && !saying(ctx.lower(k)))
        .find(|&k| message_noun(ctx.lower(k)))?;
    // the object opens with a determiner, maybe an adjective or two (`a joint statement`, `an
    // open letter`), after the verb (and its particle: `put out`)
    let det = (noun.saturating_sub(3).max(ss)..noun)
        .rev()
        .find(|&k| matches!(ctx.lower(k), "a" | "an" | "the"))?;
    if (det + 1..noun).any(|k| !ctx.is_word(k) || words::determiner(ctx.lower(k))) {
        return None;
    }
    let mut v = det.checked_sub(1)?;
    if ctx.lower(v) == "out" && v > ss {
        v -= 1;
    }
    if v <= ss || !sending_verb(ctx.lower(v)) || ctx.capitalized(v) {
        return None;
    }
    if matches!(ctx.lower(v), "put" | "puts") && ctx.lower(v + 1) != "out" {
        return None;
    }
    while v > ss && words::speech_aux(ctx.lower(v - 1)) {
        v -= 1;
    }
    let (mut j, saw_det) = subject_before(ctx, v);
    if j >= v || !speaker(ctx, j, v, saw_det) {
        return None;
    }
    // (the walk stops at a preposition inside the subject, `officials at the ministry`: the
    // head before it is the sender, or no one when it names none, `five judges at that court`
    // is no court's letter)
    let d =
        j - usize::from(j > ss && matches!(ctx.lower(j - 1), "that" | "this" | "these" | "those"));
    if d > ss + 1 && matches!(ctx.lower(d - 1), "at" | "of" | "from" | "in" | "for" | "on") {
        let (h, det) = subject_before(ctx, d - 1);
        if h >= d - 1 || !speaker(ctx, h, d - 1, det) {
            return None;
        }
        j = h;
    }
    Some(Source::of_saying(
        ctx,
        qs,
        (i, i + 1),
        se,
        attr(ctx, j, v),
        j,
    ))
}
