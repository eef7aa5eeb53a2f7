//! A fronted locative that opens the sentence's second clause, after a short opening one (issue
//! 14, session 25; the claims README tells what the rule changed on the real corpus).

use crate::scan::Context;

/// Tokens at most in the opening clause before a second fronted one (`Last May,`, `Meanwhile,`,
/// `On February 28,`).
const OPENER: usize = 6;

/// Tokens at most in the second, fronted clause up to its comma.
const LOCATIVE: usize = 16;

/// True when the place at token `t` is in a fronted locative (`in X`, see
/// [`super::fronted_in`]) that opens the sentence's second clause: a short opening clause (a
/// date or a linking adverb, no verb of its own) and its comma, then the locative and its comma,
/// then the clause `c` of the figure: `Last May, in a primary school in Huaiyuan county, Anhui
/// province, a 13-year-old boy ... bullied his entire class of seven`, `Meanwhile, in the
/// Nigerian capital Abuja, about 100 demonstrators gathered`, `Later that day, in Aleppo, 12
/// people were killed`. The locative covers the clause after it as one opening the sentence
/// does; `first` is the sentence's first token.
pub(crate) fn fronted_second(
    ctx: &Context<'_>,
    clause: &[u32],
    first: usize,
    t: usize,
    c: u32,
) -> bool {
    if span_locative(ctx, clause, first, t, c) {
        return true;
    }
    let s = ctx.sentence_of.get(first);
    let Some(end) =
        (first..(first + OPENER + 1).min(clause.len())).find(|&k| clause[k] != clause[first])
    else {
        return false;
    };
    let second = end + 1;
    if !ctx.is_punct(end, ",")
        || ctx.sentence_of.get(second) != s
        || second >= clause.len()
        || clause[t] != clause[second]
        || clause[second] == c
        || clause[first] == c
        // (the opening clause is no subject with a verb: `The lab, in Zhongguancun, ...` is
        // an apposition, read by the apposition rules)
        || (first..end).any(|k| verb_like(ctx, k))
        || !super::fronted_in(ctx, second)
    {
        return false;
    }
    // the locative closes with a comma, before the figure's clause
    (second..(second + LOCATIVE).min(clause.len()))
        .find(|&k| clause[k] != clause[second])
        .is_some_and(|k| ctx.is_punct(k, ","))
}

/// True when the place at token `t` stands right after `in` inside an opening adverbial of a
/// span of time (`over`, `during`) that closes with a comma before the figure's clause `c`:
/// `Over the two months of their combat mission in Syria, the pilots ... made 420 sorties`,
/// `During two weeks of heavy fighting in Mosul, the troops ...` (session 39). The
/// stretch of time passed in the place, and so did what the clause after it counts. Only after
/// `in`: a visit's destination (`During Mr Tillerson's visit to China`) or a meeting's building
/// (`on Thursday at the White House`) is no place of the clause (session 38 measured both).
fn span_locative(ctx: &Context<'_>, clause: &[u32], first: usize, t: usize, c: u32) -> bool {
    // (over a list's dash glued to the opening word: `-Over the two months ...`)
    let first = if ctx.is_punct(first, "-\u{2013}\u{2014}") && ctx.glued(first + 1) {
        first + 1
    } else {
        first
    };
    let after_in = t > 1
        && (ctx.lower(t - 1) == "in" || ctx.lower(t - 1) == "the" && ctx.lower(t - 2) == "in");
    after_in
        && matches!(ctx.lower(first), "over" | "during")
        && ctx.capitalized(first)
        && clause[t] == clause[first]
        && clause[first] != c
        && !(first..t).any(|k| verb_like(ctx, k))
        && !super::saying_setting(ctx, first)
        && (t..(first + LOCATIVE + 8).min(clause.len()))
            .find(|&k| clause[k] != clause[first])
            .is_some_and(|k| ctx.is_punct(k, ","))
}

/// A lower-case word that reads as a finite verb (`was`, `said`, `killed`): an opening clause
/// with one is a clause of its own, not a fronted adverbial.
fn verb_like(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    ctx.is_word(k)
        && !ctx.capitalized(k)
        && (matches!(
            w,
            "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "said" | "says"
        ) || w.len() > 4 && w.ends_with("ed"))
}
