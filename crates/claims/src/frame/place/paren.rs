//! A figure's clause going on past the parenthesis right after it (issue 14, session 26; the
//! claims README tells what the rule changed on the real corpus).

use crate::scan::Context;

/// Tokens at most inside the parenthesis (`($767 million; 729.4 million euros; 611.23
/// million)`).
const INSIDE: usize = 24;

/// True when the place at token `t` is in the clause that goes on after a parenthesis opening
/// right after the figure ending at token `end`: the parenthesis restates the figure (a
/// currency conversion, an abbreviation) and does not end its clause, as it ends none for the
/// figure's time: `Hesteel announced that it will invest $120 million (114.1 million euros;
/// 95.6 million) in a steel mill in Smederevo`, `China would import 8 trillion euros ($8.6
/// trillion) worth of goods`. The clause after it must go on with a word, not more
/// punctuation. Not a place right after `to` or `from` (over a `the`): money given or paid to
/// a place, or from it, goes to a recipient or comes from a payer, it is not spent there
/// (`giving 100m ($423m) to Libya`, `paid 600 million euros (...) in compensation to Russia's
/// state nuclear giant`).
pub(crate) fn past_parenthesis(ctx: &Context<'_>, clause: &[u32], end: usize, t: usize) -> bool {
    if t <= end || !ctx.is_punct(end, "(") {
        return false;
    }
    let before = if ctx.lower(t - 1) == "the" {
        t - 2
    } else {
        t - 1
    };
    if matches!(ctx.lower(before), "to" | "from") {
        return false;
    }
    let s = ctx.sentence_of[end];
    let Some(close) = (end + 1..(end + INSIDE).min(clause.len()))
        .take_while(|&k| ctx.sentence_of[k] == s && !ctx.is_punct(k, "("))
        .find(|&k| ctx.is_punct(k, ")"))
    else {
        return false;
    };
    t > close
        && ctx.is_word(close + 1)
        && ctx.sentence_of[close + 1] == s
        && clause[close + 1] == clause[t]
}
