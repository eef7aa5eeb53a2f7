//! A date in a relative clause on another noun (issue 14, session 24; the claims README tells
//! what the rule changed on the real corpus).
//!
//! A relative clause (`that` or `which` and a finite verb) whose pronoun stands more than three
//! tokens after the figure describes a noun further on, not the counted one, and its date is
//! that noun's event: `Two House committees have approved the legislation ... that was unveiled
//! by Republican leaders a week ago`, `killed 74 in Quetta and an Easter Day park bombing that
//! killed more than 70 last year`, `companies that accounted for 17 percent of China's GDP in
//! 2015` for the alumni counted before, `Gulf countries that are not party to the 1951 Refugee
//! Convention`. Right after the counted noun the clause is the counted thing's own and keeps
//! its date (`280,000 asylum seekers that arrived in the country last year`, `two cable cars
//! that stopped working mid-air yesterday`, `21 safety recommendations which were all accepted
//! by the CAA this year`). Not for an ordinal, whose noun is often the event of the clause (`the
//! fourth round of intra-Syrian talks that kicked off in Geneva last week`), nor for `who`
//! (`killed 20 people who were attending a wedding on Friday`), nor for the setting or cause of
//! the figure's event ([`setting_of_event`]).

use crate::frame::cues;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;

/// Words after the figure within which a relative pronoun is taken to follow the counted noun
/// itself (`280,000 asylum seekers that`, `one five-year stint that`).
const OWN_NOUN: usize = 3;

/// Finite verbs that open a relative clause after its pronoun (`that was`, `which are`, `that
/// kicked off`).
fn finite(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    ctx.is_word(k)
        && !ctx.capitalized(k)
        && (matches!(
            w,
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would"
        ) || w.len() > 4 && w.ends_with("ed")
            || cues::irregular_past(w))
}

/// An adverb of manner or time in `-ly` between a relative pronoun and its verb (`such as the
/// one that severely damaged Oroville Dam last month`, `a plant which recently opened in May`,
/// `the law that eventually passed in 2015`): the clause is still a relative one.
fn adverb(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    ctx.is_word(k) && !ctx.capitalized(k) && w.len() > 4 && w.ends_with("ly")
}

/// Words (tokens not glued to the one before: `five-year` is one) from token `a` up to `b`.
fn words_between(ctx: &Context<'_>, a: usize, b: usize) -> usize {
    (a..b).filter(|&k| k == a || !ctx.glued(k)).count()
}

/// True when the noun phrase ending before the relative pronoun at token `k` is the setting or
/// the cause of the figure's event, after `in`, `at`, `during`, `amid`, `due to` or `because of`
/// (`died in the torrential rains and landslides that hit central Chile over the weekend`,
/// `canceled because of the heavy smog that limited visibility on Jan 1`, `crushed to death at
/// a protest that grew out of a religious festival ... on October 2nd`): the clause dates the
/// event the figure is part of. The phrase is walked back over at most six words and `and`.
fn setting_of_event(ctx: &Context<'_>, k: usize) -> bool {
    let mut j = k;
    for _ in 0..7 {
        j = match j.checked_sub(1) {
            Some(j) => j,
            None => return false,
        };
        let w = ctx.lower(j);
        match w {
            "in" | "at" | "during" | "amid" => return true,
            "to" => return ctx.lower(j.wrapping_sub(1)) == "due",
            "of" => return ctx.lower(j.wrapping_sub(1)) == "because",
            "the" | "a" | "an" | "and" | "-" => continue,
            _ if ctx.is_word(j) => continue,
            _ => return false,
        }
    }
    false
}

/// True when the date starting at token `d`, after the figure `q` in its clause `clause`, is in
/// a relative clause on another noun than the counted one (see the module documentation).
pub(super) fn in_other_relative(
    ctx: &Context<'_>,
    clause: &[u32],
    q: &RawQuantity,
    d: usize,
) -> bool {
    q.kind != QuantityKind::Ordinal
        && (q.end + 1..d).any(|k| {
            matches!(ctx.lower(k), "that" | "which")
                && words_between(ctx, q.end, k) > OWN_NOUN
                && (finite(ctx, k + 1) || adverb(ctx, k + 1) && finite(ctx, k + 2))
                && clause[k] == clause[q.start]
                // (not `much of which`, `two of which`: the figure's own partitive)
                && ctx.lower(k - 1) != "of"
                && !setting_of_event(ctx, k)
        })
}
