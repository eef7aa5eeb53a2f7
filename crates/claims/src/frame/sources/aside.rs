//! A participle aside between a source and its verb (`Al Jazeera's Imran Khan, reporting from
//! West Jerusalem, said ...`, `Sir Malcolm, speaking on BBC Radio 4, said ...`, `Multiple media
//! reports, citing government sources, said ...`): the aside tells where or how the source
//! spoke, and the subject before it says what follows the verb. A tag set off by commas inside the
//! clause it reports (`Twenty years ago, X says, she ...`) is an aside of the writer's too.

use super::is_function;
use crate::scan::Context;
use crate::words;

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

/// A source's phrase opening at `j` after one fronted phrase (from `lead`, no clause punctuation
/// in it) and a comma, its verb followed by a comma (`after`) and a finite clause (`In any given
/// week, the agency says, it leaves ...`, `Twenty years ago, Larissa Boyce says, she confessed
/// ...`): a parenthetical tag; not a participle about the saying (`..., X said, citing ...`).
pub(super) fn parenthetical_tag(
    ctx: &Context<'_>,
    (lead, j): (usize, usize),
    after: usize,
    se: usize,
) -> bool {
    let w = ctx.lower(after + 1);
    j > lead + 1
        && ctx.is_punct(j - 1, ",")
        && (lead..j - 1).all(|k| !ctx.is_punct(k, ",;:()\"\u{201c}\u{201d}"))
        && ctx.is_punct(after, ",")
        && after + 2 < se
        && ctx.is_word(after + 1)
        && !w.ends_with("ing")
        && !matches!(
            w,
            "and" | "but" | "or" | "as" | "though" | "although" | "while"
        )
        // (a subject opens the clause: not the writer's gloss, `, Tillerson said, in an apparent
        // reference to ...`)
        && (!is_function(ctx, after + 1)
            || words::definite_determiner(w)
            || matches!(w, "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i" | "there"))
}
