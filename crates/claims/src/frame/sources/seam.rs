//! A headline glued to the body's first sentence with no stop between them: the headline and
//! the body say different things, and a source of one does not cover a figure of the other
//! (`Rutte said there was a real chance ... victorious The VVD is polling at 16 percent`).

use super::is_function;
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::Attribution;

/// A headline glued to the body's first sentence with no stop between (`... gets a test flight
/// four years after first prototype was born An improved version ..., according to industry
/// sources`, `Rutte said there was a real chance ... victorious The VVD is polling at 16
/// percent`): the capitalised article at `t` that
/// opens the body, after a plain lower-case word or a figure (not a function word, nor a verb of
/// saying: `told The Huffington Post`), at least four words into a stretch of its sentence with
/// no comma, colon, bracket or quotation mark (not `Bezos, who owns The Washington Post, said`).
fn body_after_headline(ctx: &Context<'_>, t: usize) -> bool {
    if t < 5 || !matches!(ctx.surface(t), "The" | "A" | "An") || !ctx.is_word(t + 1) {
        return false;
    }
    let p = t - 1;
    let s = ctx.sentence_of[t];
    let plain = ctx.sentence_of[p] == s
        && (ctx.is_word(p) && !ctx.capitalized(p) || ctx.is_num(p) || ctx.is_punct(p, "%"))
        && !is_function(ctx, p)
        && !ctx.has_role(p, |r| matches!(r, Role::AttrVerb));
    if !plain {
        return false;
    }
    let mut words = 0;
    let mut k = t;
    while k > 0 && ctx.sentence_of[k - 1] == s {
        k -= 1;
        if ctx.is_punct(k, ",:;()\"\u{201c}\u{201d}") {
            return false;
        }
        words += usize::from(ctx.is_word(k));
    }
    words >= 4
}

/// A headline seam ([`body_after_headline`]) lies between quantity `q` and the source `a` of
/// its sentence: the headline and the body say different things, and a source of one does not
/// cover a figure of the other. A seam at the source's own first word (`How the first military
/// action went wrong in a deadly raid The Pentagon said ...`) parts the headline's figures from
/// the source that opens the body.
pub(super) fn seam_between(ctx: &Context<'_>, q: &RawQuantity, a: &Attribution) -> bool {
    let s = ctx.sentence_of[q.start];
    let n = ctx.sentence_of.len();
    let at = |t: usize| ctx.span(t, t + 1).start;
    if a.span.start > at(q.start) {
        (q.end..n)
            .take_while(|&t| ctx.sentence_of[t] == s && at(t) <= a.span.start)
            .any(|t| body_after_headline(ctx, t))
    } else {
        (0..=q.start)
            .rev()
            .take_while(|&t| ctx.sentence_of[t] == s && at(t) >= a.span.end)
            .any(|t| body_after_headline(ctx, t))
    }
}
