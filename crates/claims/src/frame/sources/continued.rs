//! Reporting verbs reached through a few words: a saying continued (`The statement went on to
//! say, "...`, `the report goes on to say that ...`) and a claim made with an infinitive (`Baidu
//! claims to hold 70 percent of ...`, `the group claimed to have killed 30 soldiers`).

use crate::scan::Context;

/// The start of `went on to` (`goes on to`, `go on to`) just before the verb at `v`, after the
/// sentence start `ss`: the subject of `went` says what the verb says.
pub(super) fn went_on_to(ctx: &Context<'_>, ss: usize, v: usize) -> Option<usize> {
    (v >= ss + 4
        && ctx.lower(v - 1) == "to"
        && ctx.lower(v - 2) == "on"
        && matches!(ctx.lower(v - 3), "went" | "goes" | "go" | "going"))
    .then(|| v - 3)
}

/// `claims`/`claimed` at `i` opens an infinitive that says what is claimed (`claims to account
/// for`, `claimed to have shot down`): a verb, not the plural noun (`insurance claims`), when a
/// lower-case word that is not a determiner follows `to` at `e`.
pub(super) fn claims_to(ctx: &Context<'_>, i: usize, e: usize) -> bool {
    matches!(ctx.lower(i), "claims" | "claimed")
        && ctx.lower(e) == "to"
        && ctx.is_word(e + 1)
        && !ctx.capitalized(e + 1)
        && !crate::words::determiner(ctx.lower(e + 1))
        && !matches!(
            ctx.lower(e + 1),
            "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
}
