//! A quote a named subject's own clause introduces with a colon, its verb no verb of saying
//! (`Lord Haskins agrees, and suggests your tastebuds may be grateful: "We all buy ...`,
//! `Sean Spicer was blunt: "...`): the name says the quote. Only a name of two or more
//! capitalised words opening the sentence, a finite lower-case verb right after it, and a
//! clause of at most 16 tokens with no quote mark or capitalised word before the colon, and
//! no source found before the colon in the sentence (a verb of saying has its own rules).

use super::colon::quote_after_colon;
use super::{Source, is_function};
use crate::scan::Context;

/// The source of the quote opening right after the colon at `c`, in the sentence `ss..se`.
pub(super) fn predicate_colon(
    ctx: &Context<'_>,
    c: usize,
    (ss, se): (usize, usize),
) -> Option<Source> {
    if !ctx.is_punct(c, ":")
        || c + 2 >= se
        || !ctx.is_punct(c + 1, "\"\u{201c}")
        || ctx.glued(c + 1)
        || c < ss + 3
        || c - ss > 24
    {
        return None;
    }
    // the name: capitalised words from the sentence start
    let mut v = ss;
    while v < c && ctx.is_word(v) && ctx.capitalized(v) && !is_function(ctx, v) {
        v += 1;
    }
    if v < ss + 2 || v >= c || v - ss > 5 {
        return None;
    }
    // a finite verb after it (`agrees`, `was`, `denied`), then a clause with no saying
    let w = ctx.lower(v);
    let finite = ctx.is_word(v)
        && !ctx.capitalized(v)
        && (w.ends_with('s') || w.ends_with("ed") || matches!(w, "was" | "is" | "had"));
    if !finite
        || c - v > 16
        || (v..c).any(|k| {
            ctx.is_punct(k, "\"\u{201c}\u{201d}:;()") || ctx.is_word(k) && ctx.capitalized(k)
        })
    {
        return None;
    }
    Some(quote_after_colon(ctx, (ss, v), c, se))
}
