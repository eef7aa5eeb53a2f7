//! A participle aside between a source and its verb (`Al Jazeera's Imran Khan, reporting from
//! West Jerusalem, said ...`, `Sir Malcolm, speaking on BBC Radio 4, said ...`, `Multiple media
//! reports, citing government sources, said ...`): the aside tells where or how the source
//! spoke, and the subject before it says what follows the verb.

use crate::scan::Context;

/// A participle that opens an aside about the saying (`reporting from`, `speaking to`,
/// `writing in`, `citing`, `representing`), not one that states an event of its own (`,
/// crushing her to death,`).
fn aside_participle(w: &str) -> bool {
    matches!(
        w,
        "reporting"
            | "speaking"
            | "writing"
            | "talking"
            | "citing"
            | "testifying"
            | "appearing"
            | "commenting"
            | "responding"
            | "addressing"
            | "representing"
            | "quoting"
    )
}

/// The comma opening a participle aside that closes with a comma just before the verb at `v`
/// (after the sentence start `ss`), with a word before it for the subject walk: the aside holds
/// no clause punctuation but the comma of a place's state or country (`reporting from
/// Washington, DC,`).
pub(super) fn participle_before(ctx: &Context<'_>, ss: usize, v: usize) -> Option<usize> {
    if v < ss + 4 || !ctx.is_punct(v - 1, ",") {
        return None;
    }
    for k in (v.saturating_sub(18).max(ss + 1)..v - 1).rev() {
        if ctx.is_punct(k, ";:()\"\u{201c}\u{201d}") {
            return None;
        }
        if !ctx.is_punct(k, ",") {
            continue;
        }
        if aside_participle(ctx.lower(k + 1)) && !ctx.capitalized(k + 1) {
            return ctx.is_word(k - 1).then_some(k);
        }
        // (a place's second part: `Washington, DC`, `Erbil, Iraq`)
        if !(ctx.is_word(k + 1) && ctx.capitalized(k + 1)) {
            return None;
        }
    }
    None
}
