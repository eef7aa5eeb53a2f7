//! A date inside a dashed aside after the figure (issue 14, session 35, round time36).

use crate::scan::{Context, RawQuantity};

/// Tokens an aside may run between its two dashes.
const REACH: usize = 20;

/// True when the token is a dash that sets off an aside (`-`, `--`, an en or em dash).
fn dash(ctx: &Context<'_>, k: usize) -> bool {
    ctx.is_punct(k, "-\u{2013}\u{2014}")
}

/// `The new 12-sided coin - which comes into circulation on Tuesday - has a hidden security
/// feature`, `His first budget -- expected to be unveiled later this week -- will mark ...`: a
/// date between two dashes after figure `q`, the figure before the first, is the aside's (of
/// the noun it describes going on), not the figure's. Both dashes in the sentence, the aside at
/// most [`REACH`] tokens, the first dash at most [`REACH`] tokens after the figure.
pub(super) fn in_dashed_aside(ctx: &Context<'_>, q: &RawQuantity, d: &RawQuantity) -> bool {
    // (a window `since` opens inside the aside reaches the clause around it: `lifted 728
    // million people above the poverty line - contrasting with 152 million elsewhere since 1981
    // -`)
    if d.start <= q.end || ctx.lower(d.start - 1) == "since" {
        return false;
    }
    let s = ctx.sentence_of[q.start];
    let n = ctx.sentence_of.len();
    let Some(open) = (q.end..d.start).rev().take(REACH).find(|&k| dash(ctx, k)) else {
        return false;
    };
    // (a dash glued inside a word or a range, `2-1`, is no aside's: spaces on both sides)
    let spaced = |k: usize| {
        let sp = ctx.span(k, k + 1);
        let bytes = ctx.text.as_bytes();
        let (a, b) = (sp.start as usize, sp.end as usize);
        a > 0 && bytes.get(a - 1) == Some(&b' ') || bytes.get(b) == Some(&b' ')
    };
    if open < q.end || !spaced(open) || ctx.sentence_of[open] != s {
        return false;
    }
    (d.end..(d.end + REACH).min(n))
        .take_while(|&k| ctx.sentence_of[k] == s)
        .any(|k| dash(ctx, k) && spaced(k))
}
