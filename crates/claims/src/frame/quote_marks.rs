//! Quotation marks as the frame code reads them: which mark opens a quote and which closes one
//! (one reading for `quotes.rs`, which carries a quote's speaker, and `sources/tagged.rs`, which
//! gives a figure inside a tagged quote to the tag's speaker), and the verbs of saying that
//! report only closing a quote.

use crate::scan::Context;

/// A quotation mark at `p` that opens a quote: `“`, or `"` glued to what follows and not to what
/// precedes. Not `"?`: a mis-decoded character in the real corpus (`"?RT? News (@rtenews)`, a
/// bullet before a heading), read on the corpus as no quote's start.
pub(super) fn opening(ctx: &Context<'_>, p: usize) -> bool {
    ctx.is_punct(p, "\u{201c}")
        || ctx.is_punct(p, "\"")
            && !ctx.glued(p)
            && ctx.glued(p + 1)
            && !(ctx.is_punct(p + 1, "?") && ctx.glued(p + 1))
}

/// A quotation mark at `p` that closes a quote: `”`, or `"` glued to what precedes.
pub(super) fn closing(ctx: &Context<'_>, p: usize) -> bool {
    ctx.is_punct(p, "\u{201d}") || ctx.is_punct(p, "\"") && ctx.glued(p)
}

/// Verbs of saying that report only closing a quote (`"...," Haley stressed.`, `"...," the
/// spokesman responded.`, `"...," he texted.`) or opening one after their subject (`Ellison
/// declared, "...`): elsewhere they name an act (`stressed the need for`, `responded to the
/// attack`, `declared a state of emergency`). Read with `cues::closing_speech_verb`.
pub(super) fn quote_closing_verb(w: &str) -> bool {
    matches!(
        w,
        "stressed"
            | "responded"
            | "declared"
            | "asserted"
            | "emphasized"
            | "emphasised"
            | "conceded"
            | "texted"
            | "elaborated"
            | "echoed"
            | "contended"
            | "proclaimed"
            | "complained"
            | "answered"
            | "observed"
            | "cautioned"
            | "boasted"
            | "quipped"
            | "joked"
            | "affirmed"
            | "maintained"
            | "underlined"
    )
}

/// Present or past forms of verbs of saying that `words::inverted_speech_verb` lacks, read as
/// inverted after what they report (`..., explains Jost Armbruster, an engineer.`, `..., notes
/// The Associated Press.`, `"...," argues Jun.`, `"...," recalls Youssef.`); elsewhere they keep
/// their other readings (`Smith argues that ...`, `the notes of the meeting`).
pub(super) fn inverted_only_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "explains"
            | "notes"
            | "argues"
            | "argued"
            | "insists"
            | "insisted"
            | "recalls"
            | "observes"
            | "warns"
    )
}
