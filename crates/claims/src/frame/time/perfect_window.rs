//! A duration after `for` in a present perfect clause is a window ending now (issue 14, session
//! 34; the claims README tells what the rule changed on the real corpus).
//!
//! `has been in detention for 100 days`, `have been working with this partner for more than two
//! years now`, `Hou has worked in publishing for eight years`, `has ruled Sudan for nearly three
//! decades`: the present perfect says the state or activity runs up to the time of writing, so
//! the duration is the window from its start to the article date and takes that window as its
//! time (docs/judging/frames.md, the ruling of session 31 on windows ending now: the duration
//! that is itself the window takes the window). Not a past perfect (`had lived there for 20
//! years`: the window ends at another past date), nor a modal or infinitive perfect (`would have
//! allowed him to avoid paying taxes for 18 years`), nor a condition (`if birds have been housed for
//! more than 12 weeks`), nor a term set ahead (`has been jailed for
//! 16 years`, `has been leased to Beijing for 40 years`, `has made a decision to ban them for
//! five years`), nor hours and shorter, nor a window not counted in whole units up to 100 of its
//! unit (`for thousands of years`).

use super::window::units_window;
use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};
use crate::words;

/// Words that end the reach back from `for` to the perfect's auxiliary: another verb's
/// infinitive or clause (`to`, `that`, `who`), a modal, or a finite verb of its own (`He said
/// he was there for five years`).
fn stop_word(w: &str) -> bool {
    modal(w)
        || matches!(
            w,
            "to" | "that"
                | "which"
                | "who"
                | "whom"
                | "when"
                | "while"
                | "because"
                | "if"
                | "until"
                | "before"
                | "after"
                | "is"
                | "are"
                | "was"
                | "were"
                | "did"
                | "does"
        )
}

/// A modal verb (`would have`, `may have`: no state running up to now).
fn modal(w: &str) -> bool {
    matches!(
        w,
        "can" | "will" | "would" | "could" | "may" | "might" | "must" | "should" | "shall"
    )
}

/// Token `t` is a present perfect auxiliary: `has`, `have`, `hasn't`, `haven't`, `I've`, or the
/// `'s` of `She's been`.
fn perfect_aux(ctx: &Context<'_>, t: usize) -> bool {
    let w = ctx.lower(t);
    matches!(w, "has" | "have" | "hasn't" | "haven't")
        || w.ends_with("'ve")
        || w.ends_with("\u{2019}ve")
        || matches!(w, "s" | "'s" | "\u{2019}s") && ctx.lower(t + 1) == "been"
}

/// A past participle by its ending (`been`, `worked`, `known`, `kept`, `held`, `spent`, `had`),
/// enough to tell `has worked` from `has a 99 percent rate` and `have access`.
fn participle_like(w: &str) -> bool {
    [
        "ed", "en", "wn", "ne", "un", "ht", "lt", "pt", "ld", "id", "ad", "ot", "de", "nt",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// Participles whose `for` sets a term ahead rather than counting back (`jailed for 16 years`,
/// `leased for 40 years`, `banned for five years`).
fn term_participle(w: &str) -> bool {
    matches!(
        w,
        "jailed"
            | "sentenced"
            | "imprisoned"
            | "banned"
            | "barred"
            | "suspended"
            | "leased"
            | "rented"
            | "extended"
            | "postponed"
            | "delayed"
            | "deferred"
            | "adjourned"
            | "elected"
            | "reelected"
            | "appointed"
            | "granted"
            | "given"
            | "awarded"
            | "signed"
            | "hired"
            | "contracted"
            | "booked"
            | "scheduled"
            | "planned"
            | "set"
            | "approved"
            | "renewed"
            | "ordered"
            | "allowed"
            | "licensed"
    )
}

/// Adverbs that may stand between the auxiliary and its participle (`has only been`, `have
/// long been`).
fn adverb(w: &str) -> bool {
    matches!(
        w,
        "only"
            | "already"
            | "long"
            | "not"
            | "never"
            | "also"
            | "just"
            | "always"
            | "now"
            | "since"
    )
}

/// The window of duration `qs[qi]` when it follows `for` in a present perfect clause (the
/// auxiliary at most 12 tokens back in its clause, before a participle, with no stop word
/// between): `n` units back from the article date `ctx.date` (`for more than two years` in a
/// 2017 article: `2015/2017`).
pub(super) fn perfect_window(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
) -> Option<TimeValue> {
    let q = &qs[qi];
    let k = q.start.checked_sub(1)?;
    if q.kind != QuantityKind::Duration || ctx.lower(k) != "for" || ctx.lower(q.end) == "of" {
        return None;
    }
    let today = ctx.date?;
    let c = clause[q.start];
    let aux = (k.saturating_sub(12)..k)
        .rev()
        .take_while(|&t| clause[t] == c && !stop_word(ctx.lower(t)))
        .find(|&t| perfect_aux(ctx, t))?;
    // (`would have`, `may have`, `to have`, `not have`: no state running up to now)
    if aux > 0 && matches!(ctx.lower(aux - 1), w if w == "to" || w == "not" || modal(w)) {
        return None;
    }
    // (`if birds have been housed for more than 12 weeks they cannot be sold as free range`: a
    // condition, no state of now)
    let condition = (aux.saturating_sub(6)..aux)
        .rev()
        .take_while(|&t| clause[t] == c)
        .any(|t| matches!(ctx.lower(t), "if" | "unless" | "once" | "until" | "whether"));
    if condition {
        return None;
    }
    let v = (aux + 1..k).find(|&t| !adverb(ctx.lower(t)));
    if let Some(v) = v {
        let w = ctx.lower(v);
        // (`has been jailed for 16 years`, `has banned them for five years`)
        let term = term_participle(w) || w == "been" && term_participle(ctx.lower(v + 1));
        if !ctx.is_word(v) || !participle_like(w) || term {
            return None;
        }
    }
    let value = q.value.as_ref()?;
    // (the number as written: `more than two years`, `nearly three decades` reach back about
    // that far)
    let n = value.high.as_ref().or(value.low.as_ref())?.value;
    let unit = words::time_unit(q.unit.as_deref()?)?;
    if n.fract() != 0.0 || !(1.0..=100.0).contains(&n) {
        return None;
    }
    units_window(n as i64, unit, today, true)
}
