//! Nouns of saying with a `that` clause (ruling of session 32, frames.md "Nouns of saying with a
//! `that` clause"): a noun of saying, finding or estimating followed by a `that` clause stating
//! a figure attributes it to the noun's owner, its possessor (`the CBO's findings that 24 million
//! would lose coverage`, `Trump's claim that 3 million voted illegally`), its `by X` (`a report by
//! Human Rights Watch that ...`) or the publisher named on it (`a New York Times report that 30
//! died`). With no owner (`amid reports that 30 died`, `his claim that`: a pronoun names no one
//! here) it gives none; a relative `that` (`the report that came out on Monday`, `the claim that
//! he made in 2016`) opens no such clause.

use super::{Source, attr, is_function};
use crate::frame::cues;
use crate::scan::{Context, RawQuantity};
use crate::words;

/// A noun of saying, finding or estimating that may take a `that` clause of content.
fn saying_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "reports"
            | "finding"
            | "findings"
            | "claim"
            | "claims"
            | "statement"
            | "estimate"
            | "estimates"
            | "announcement"
            | "allegation"
            | "allegations"
            | "warning"
            | "warnings"
            | "assertion"
            | "assertions"
    )
}

/// Words that open a `that` clause of content and cannot be its verb: a quantity's bound or a
/// plural of large numbers (`that more than 300`, `that millions of ...`).
fn content_opener(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "some"
            | "over"
            | "up"
            | "at"
            | "as"
            | "only"
            | "just"
            | "fewer"
            | "less"
            | "most"
            | "many"
            | "half"
            | "all"
            | "no"
            | "there"
            | "millions"
            | "thousands"
            | "hundreds"
            | "dozens"
            | "billions"
    )
}

/// Prepositions and adverbs that, right after a pronoun and one word, show a relative clause
/// missing its object (`the claim that he made in 2016`, `the report that they released last
/// week`).
fn after_missing_object(w: &str) -> bool {
    matches!(
        w,
        "in" | "on" | "at" | "during" | "last" | "this" | "to" | "for" | "with" | "earlier"
    )
}

/// The source of the `that` clause after the noun of saying at `i` in the sentence `ss..se`.
pub(super) fn noun_that(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    i: usize,
    (ss, se): (usize, usize),
) -> Option<Source> {
    if !saying_noun(ctx.lower(i)) || ctx.capitalized(i) {
        return None;
    }
    // `a report by Human Rights Watch that`: the owner after `by`, capitalised words (with
    // `the`, `of`, `and`, `for`) up to the `that`
    let by_end = (ctx.lower(i + 1) == "by").then(|| {
        (i + 2..(i + 10).min(se))
            .take_while(|&k| {
                ctx.is_word(k)
                    && (ctx.capitalized(k)
                        || matches!(ctx.lower(k), "the" | "of" | "and" | "for" | "that"))
            })
            .find(|&k| ctx.lower(k) == "that" && k > i + 2 && ctx.capitalized(k - 1))
    });
    let t = match by_end {
        Some(Some(t)) => t,
        Some(None) => return None,
        None if ctx.lower(i + 1) == "that" => i + 1,
        None => return None,
    };
    if !complement(ctx, qs, t, se) {
        return None;
    }
    // (a form that is also a verb's, `The UN estimates that`, `The sheriff's department
    // estimates that`, is a noun only right after a possessor: `Trump's claims that`)
    let verb_form = matches!(ctx.lower(i), "reports" | "claims" | "estimates");
    if verb_form && !(i >= ss + 3 && ctx.possessive_after(i - 2)) {
        return None;
    }
    let start = if t > i + 1 {
        noun_phrase_start(ctx, i, ss).unwrap_or(i)
    } else {
        owner_before(ctx, i, ss)?
    };
    // the clause ends at a mark that closes it (a comma may still be inside it)
    let to = (t + 1..se)
        .find(|&k| ctx.is_punct(k, ";:()\u{2013}\u{2014}\"\u{201c}\u{201d}"))
        .unwrap_or(se);
    Some(Source {
        // (`a report by Amnesty International`: the owner after `by` is in the phrase)
        attribution: attr(ctx, start, if t > i + 1 { t } else { i + 1 }),
        from: start,
        to,
        skip: (start, t + 1),
        that: true,
        sentence: ctx.sentence_of[i],
    })
}

/// The `that` at `t` opens a clause of content, not a relative clause: what follows is a
/// subject (a determiner, a number, a name, a pronoun, a bound), not the relative clause's verb
/// (`the report that came out`), and a pronoun's verb is not left without its object (`the claim
/// that he made in 2016`); nor does the clause hold a saying of its own (`the report that the
/// ministry released said ...`).
fn complement(ctx: &Context<'_>, qs: &[RawQuantity], t: usize, se: usize) -> bool {
    let k = t + 1;
    if k >= se || !(ctx.is_word(k) || ctx.is_num(k)) {
        return false;
    }
    let w = ctx.lower(k);
    let pronoun = cues::subject_pronoun(w);
    let subject = pronoun
        || ctx.starts_number(k)
        || qs.iter().any(|q| q.start == k)
        || ctx.capitalized(k)
        || words::determiner(w)
        || matches!(
            w,
            "his" | "her" | "their" | "its" | "our" | "this" | "these" | "those"
        )
        || content_opener(w);
    if !subject {
        return false;
    }
    let relative = pronoun
        && (!ctx.is_word(k + 2) || after_missing_object(ctx.lower(k + 2)))
        && !ctx.starts_number(k + 2);
    let says = (k..se)
        .take_while(|&j| !ctx.is_punct(j, ";:()\u{2013}\u{2014}\"\u{201c}\u{201d}"))
        .any(|j| {
            ctx.has_role(j, |r| matches!(r, crate::lexicon::Role::AttrVerb))
                && !cues::noun_like_speech_verb(ctx.lower(j))
        });
    !relative && !says
}

/// The owner before the noun at `i`: a named possessor (`the CBO's findings`, `Trump's claim`,
/// `the president's latest claim`) or a publisher's name on the noun after a determiner (`a New
/// York Times report`); the start of the phrase naming it. A possessive pronoun (`his claim`)
/// and a bare noun (`reports that`) name no owner.
fn owner_before(ctx: &Context<'_>, i: usize, ss: usize) -> Option<usize> {
    // (up to two plain lower-case words between: `the CBO's latest findings`)
    let mut k = i;
    while k > ss + 1
        && k + 2 > i
        && ctx.is_word(k - 1)
        && !ctx.capitalized(k - 1)
        && !is_function(ctx, k - 1)
        && !words::determiner(ctx.lower(k - 1))
    {
        k -= 1;
    }
    // a possessor: `X 's` before `k`
    if k >= ss + 3 && ctx.possessive_after(k - 2) {
        let p = k - 3;
        if !ctx.is_word(p) {
            return None;
        }
        let mut a = p;
        while a > ss && ctx.is_word(a - 1) && ctx.capitalized(a - 1) && ctx.capitalized(a) {
            a -= 1;
        }
        // (a described possessor runs back to its `the`: `the budget office's findings`)
        if !ctx.capitalized(p) {
            while a > ss + 1
                && a + 3 > p
                && ctx.is_word(a - 1)
                && !ctx.capitalized(a - 1)
                && !is_function(ctx, a - 1)
                && !words::determiner(ctx.lower(a - 1))
            {
                a -= 1;
            }
        }
        if a > ss && matches!(ctx.lower(a - 1), "the") {
            a -= 1;
        }
        // (a lower-case possessor needs its `the`: `the president's claim`, not `one's claim`)
        return (ctx.capitalized(p) || ctx.lower(a) == "the").then_some(a);
    }
    // a publisher's name: determiner + capitalised words right before the noun
    if k == i && i > ss + 1 && ctx.capitalized(i - 1) {
        let mut a = i - 1;
        while a > ss
            && ctx.is_word(a - 1)
            && ctx.capitalized(a - 1)
            && !matches!(ctx.lower(a - 1), "a" | "an" | "the")
        {
            a -= 1;
        }
        if a > ss && matches!(ctx.lower(a - 1), "a" | "an" | "the") {
            return Some(a - 1);
        }
    }
    None
}

/// The start of the noun phrase ending at the noun `i`: its determiner or possessor, or the noun.
fn noun_phrase_start(ctx: &Context<'_>, i: usize, ss: usize) -> Option<usize> {
    owner_before(ctx, i, ss)
        .or_else(|| (i > ss && matches!(ctx.lower(i - 1), "a" | "an" | "the")).then(|| i - 1))
}

/// The source `x` is a noun's owner found here (its phrase holds a noun of saying, and what it
/// covers opens right after its `that`): a source of a nested clause, which reports no speech of
/// its sentence, so a quotation after that sentence is not its own.
pub(crate) fn owned_by_noun(ctx: &Context<'_>, x: &Source) -> bool {
    x.that
        && x.from == x.skip.0
        && x.skip.1 > 0
        && ctx.lower(x.skip.1 - 1) == "that"
        && x.phrase_lexemes(ctx).any(|k| saying_noun(ctx.lower(k)))
}
