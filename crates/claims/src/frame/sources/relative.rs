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
///
/// The phrase before the verb may be the object of a preposition of place or motion inside
/// that relative clause (`Kaloyev who lost his wife and two children in the 2002 mid-air
/// collision over south Germany said`, `a man who lived for years near the border said`): a
/// subject never follows such a preposition, so the `who` (or `that`, `which`: `the EU Naval
/// Force that patrols the waters off Somalia said`) is looked for farther back.
pub(super) fn relative_head(ctx: &Context<'_>, ss: usize, j: usize) -> Option<usize> {
    let far = governed(ctx, ss, j);
    let reach = if far { 24 } else { 8 };
    // (a hyphen glued inside a compound and a number are part of the clause: `mid-air`, `for
    // 30 years`)
    let hyphen = |k: usize| {
        far && (ctx.is_punct(k, "-") && ctx.glued(k) && ctx.glued(k + 1) || ctx.starts_number(k))
    };
    let w = (j.saturating_sub(reach).max(ss + 1)..j)
        .rev()
        .take_while(|&k| {
            (ctx.is_word(k) || hyphen(k)) && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
        })
        .find(|&k| ctx.lower(k) == "who" || far && matches!(ctx.lower(k), "that" | "which"))?;
    let (h, _) = subject_before(ctx, w);
    if h < w {
        return Some(h);
    }
    // `Those who ...`: a pronoun head the walk does not take
    let k = w - 1;
    (ctx.is_word(k) && ctx.capitalized(k) && (k == ss || !ctx.is_word(k - 1))).then_some(k)
}

/// Whether the phrase starting at `j` is the object of a preposition of place or motion after a
/// word of its clause (`the collision over south Germany`, `a ship off Somalia`, `fled across
/// the border`): no subject of a verb follows such a preposition, so the phrase is not a source.
/// Class seen in fresh16 #151 (`over south Germany said`) and in the corpus (`after years near
/// the front line said`).
pub(super) fn governed(ctx: &Context<'_>, ss: usize, j: usize) -> bool {
    j > ss + 1 && ctx.is_word(j - 2) && place_only_preposition(ctx.lower(j - 1))
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
            // (not the colon of a clock time: `started at 14:40 GMT`)
            ctx.is_punct(k, ";:") && !(ctx.glued(k) && ctx.glued(k + 1) && ctx.is_num(k + 1))
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

/// A source phrase starting at `j` is the subject of an object relative clause, its pronoun
/// just before it (`The tie-breaking vote, which Senate officials said was unprecedented ...,
/// came after two Republicans joined`, `Boko Haram, which Amnesty International said has a
/// fighting force of around 15,000 strong, took up arms in 2009`, `A teenager whom police said
/// was motivated by radical Islam bombed a Sikh temple, injuring three people`): what it says
/// is the relative clause, which ends at [`relative_end`]; the main clause after it is the
/// writer's (class seen on the corpus run, attr28).
pub(super) fn object_source(ctx: &Context<'_>, ss: usize, j: usize) -> bool {
    j > ss + 1 && matches!(ctx.lower(j - 1), "which" | "who" | "whom")
}

/// Prepositions of place or motion that take an object and never stand before a subject
/// (`the collision over south Germany said`, `a ship off Somalia`, `fled across the border`): a
/// noun phrase after one of them, just before a reporting verb, is not its speaker.
fn place_only_preposition(w: &str) -> bool {
    matches!(
        w,
        "over"
            | "across"
            | "near"
            | "into"
            | "onto"
            | "through"
            | "throughout"
            | "toward"
            | "towards"
            | "beneath"
            | "underneath"
            | "above"
            | "beyond"
            | "off"
            | "inside"
            | "outside"
            | "along"
    )
}
