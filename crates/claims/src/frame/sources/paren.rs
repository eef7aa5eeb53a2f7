//! Short parentheses around a source: a party and state after a name (`Jim Jordan (R-Ohio)
//! said`), an acronym (`the National Safety Council (NSC) which says`) and a dateline opening
//! the sentence (`(18.03.2017) US military action ...`).

use crate::scan::Context;

/// The `(` of a short parenthesis closing just before token `v` (`Jim Jordan (R-Ohio) said`),
/// after the sentence start `ss`.
pub(super) fn paren_before(ctx: &Context<'_>, ss: usize, v: usize) -> Option<usize> {
    if v <= ss + 1 || !ctx.is_punct(v - 1, ")") {
        return None;
    }
    // (up to 8 tokens, or a web address glued in one: `An AP analysis (http://apne.ws/x) found`)
    (v.saturating_sub(16).max(ss + 1)..v - 1)
        .rev()
        .take_while(|&p| !ctx.is_punct(p, ")"))
        .find(|&p| {
            ctx.is_punct(p, "(")
                && (v - p <= 9 || (p + 2..v).all(|t| ctx.glued(t)) && ctx.lower(p + 1) == "http")
        })
}

/// Past a short parenthesis opening at token `ss` (`(18.03.2017) US military action ...`).
pub(super) fn paren_after(ctx: &Context<'_>, ss: usize) -> Option<usize> {
    if !ctx.is_punct(ss, "(") {
        return None;
    }
    (ss + 1..ss + 8)
        .take_while(|&k| ctx.sentence_of.get(k) == ctx.sentence_of.get(ss) && !ctx.is_punct(k, "("))
        .find(|&k| ctx.is_punct(k, ")"))
        .map(|k| k + 1)
}
