//! Relative clauses around a source: a subject with its own relative clause (`Those who
//! combed the rubble for bodies said`), and a relative pronoun as the subject of a reporting verb,
//! whose antecedent is the source (`the latest report from the NSC which says that ...`).

use super::subject::subject_before;
use super::{cues, paren_before, speaker};
use crate::lexicon::Role;
use crate::scan::Context;
use crate::words;

/// The head of a subject with a relative clause ending at `j` (`Those who combed the rubble
/// for bodies said`, `Officials who spoke on condition of anonymity have told`): the first token
/// of the phrase before its `who`, if any.
pub(super) fn relative_head(ctx: &Context<'_>, ss: usize, j: usize) -> Option<usize> {
    let w = (j.saturating_sub(8).max(ss + 1)..j)
        .rev()
        .take_while(|&k| ctx.is_word(k) && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb)))
        .find(|&k| ctx.lower(k) == "who")?;
    let (h, _) = subject_before(ctx, w);
    if h < w {
        return Some(h);
    }
    // `Those who ...`: a pronoun head the walk does not take
    let k = w - 1;
    (ctx.is_word(k) && ctx.capitalized(k) && (k == ss || !ctx.is_word(k - 1))).then_some(k)
}

/// The antecedent of a relative pronoun just before the verb at `v` (`the latest report from the
/// National Safety Council (NSC) which says that ...`, `the Pew Research Center, which found
/// ...`): `(start, end, saw a definite determiner)`, if it can name a speaker. What is said
/// follows the verb.
pub(super) fn antecedent(ctx: &Context<'_>, ss: usize, v: usize) -> Option<(usize, usize, bool)> {
    if v <= ss + 1 || !matches!(ctx.lower(v - 1), "which" | "who") {
        return None;
    }
    let mut end = v - 1;
    if ctx.is_punct(end - 1, ",") {
        end -= 1;
    }
    if let Some(p) = paren_before(ctx, ss, end) {
        end = p;
    }
    let (mut a, det) = subject_before(ctx, end);
    // (not the participle the phrase depends on: `based on the latest report`)
    if a + 2 < end && ctx.lower(a).ends_with("ed") && words::source_preposition(ctx.lower(a + 1)) {
        a += 2;
    }
    // (nor a word of the main clause before a preposition: `drew a quick rebuke from Prime
    // Minister Theresa May, who`, `The majority came from the London Fire Brigade which`, `to hold
    // talks with the US president, who has said`; a
    // report's preposition stays: `the latest report from the NSC`)
    if let Some(p) = (a + 1..end).find(|&k| {
        let w = ctx.lower(k - 1);
        matches!(ctx.lower(k), "from" | "at" | "to" | "with" | "by")
            && ctx.is_word(k - 1)
            && !words::source_noun(w)
            && !cues::report_noun(w)
            && !cues::data_noun(w)
            && !ctx.capitalized(k - 1)
    }) {
        a = p + 1;
    }
    // (a participle opening it: `carrying Vietnamese documents, which`)
    if a + 1 < end && ctx.lower(a).ends_with("ing") && !ctx.capitalized(a) {
        a += 1;
    }
    (a < end && speaker(ctx, a, end, det)).then_some((a, end, det))
}

/// Where what a relative clause's verb reports ends, from its content start `after` to the
/// sentence end `se` (`Jamat-ul-Ahrar, which claimed responsibility ..., swore allegiance to IS
/// in September 2014`): a colon or semicolon past its first token (not `who said last week:
/// "..."`), or a comma before a lower-case verb, `and` or `but` (the main clause).
pub(super) fn relative_end(ctx: &Context<'_>, after: usize, se: usize) -> usize {
    (after + 1..se)
        .find(|&k| {
            ctx.is_punct(k, ";:")
                || ctx.is_punct(k, ",") && {
                    let w = ctx.lower(k + 1);
                    ctx.is_word(k + 1)
                        && !ctx.capitalized(k + 1)
                        && (cues::clause_word(w)
                            || matches!(w, "and" | "but")
                            || !super::is_function(ctx, k + 1))
                }
        })
        .unwrap_or(se)
}
