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
