//! The phrase after an inverted reporting verb (`..., said the ministry`, `," said manager Javier
//! Ramirez-Baron`, `," wrote Yoon Tae-jin`).

use super::content::past_saying_date;
use super::marks::garbled_close;
use super::subject::{initial_dot, surname_word, title_dot};
use super::{cues, glued_quote, in_name, is_function, paren_after, time_word};
use crate::frame::quote_marks::inverted_only_speech_verb;
use crate::scan::{Context, RawQuantity};
use crate::words;

/// The end of the source's phrase opening at `e` after an inverted verb, when it ends the clause
/// and names a speaker, in the sentence ending at `se`.
pub(super) fn inverted_phrase(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    e: usize,
    se: usize,
) -> Option<usize> {
    // `, said the ministry`: the phrase ends the clause; a phrase opening in lower case
    // is a title before a name (`said ruling party deputy leader Ibrahim Mahmoud`)
    let mut k = e;
    // (a hyphened name: `said manager Javier Ramirez-Baron`; a Korean given name's
    // second syllable is lower case: `wrote Yoon Tae-jin`, `said Lee Kyu-chul`)
    let syllable = |k: usize| {
        let w = ctx.surface(k);
        (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())
    };
    let hyphen = |k: usize| {
        k > e
            && ctx.is_punct(k, "-")
            && ctx.glued(k)
            && ctx.glued(k + 1)
            && ctx.is_word(k + 1)
            && (ctx.capitalized(k + 1) || ctx.capitalized(k - 1) && syllable(k + 1))
    };
    // (an initial inside a name: `said Daniel S. Hamilton`)
    let initial = |k: usize| k > e && initial_dot(ctx, k) && ctx.capitalized(k + 1);
    // (a name's possessive: `said Haystack's Vincent Fish`)
    let possessive = |k: usize| k > e && ctx.possessive_after(k) && ctx.capitalized(k - 1);
    while k < e + 10
        && ctx.sentence_of.get(k) == ctx.sentence_of.get(e)
        && (possessive(k)
            || possessive(k - 1)
            || (ctx.is_word(k)
                || hyphen(k)
                || k > e && hyphen(k - 1)
                || title_dot(ctx, k)
                || initial(k))
                && (k == e
            || !is_function(ctx, k)
            // (a function word inside a name: `the Financial Times`)
            || in_name(ctx, k)
            || matches!(ctx.lower(k), "of" | "the")
            || name_for(ctx, e, k)
            // (`," said a statement by CEO Elon Musk`: a document's author after `by`)
            || statement_by(ctx, e, k)
            // (`said Tory MP and former minister Dominic Raab`)
            || ctx.lower(k) == "and" && ctx.is_word(k + 1)))
    {
        k += 1;
    }
    while k > e + 1 && matches!(ctx.lower(k - 1), "of" | "the") {
        k -= 1;
    }
    // (a possessive determiner opens a described speaker as `the` does: `, said its spokesman
    // Sun Jiwen`, `," said her attorney`, `," says their mother`)
    // (not when a setting would end it: `The brothers, aged 11 to 18, say their home in Mosul
    // was hit` is a subject and its verb)
    // (after a closing quote an indefinite determiner opens a described speaker too: `," said
    // a senior White House official`, `," said one German diplomat`; after a comma it opens a
    // subject, `..., said a dozen women were singing`)
    let indefinite = matches!(ctx.lower(e), "a" | "an" | "one")
        && e > 1
        && (ctx.is_punct(e - 2, "\"\u{201d}") || garbled_close(ctx, e - 2));
    let the = words::definite_determiner(ctx.lower(e)) || indefinite;
    let possessive_det = the && ctx.lower(e) != "the";
    // (or a setting of the saying runs to the end: `said al-Hariri in a press statement
    // Thursday.`)
    let setting = || {
        cues::setting_preposition(ctx.lower(k))
            && (k + 1..se)
                .all(|m| !ctx.is_punct(m, ",;:\"\u{201c}\u{201d}") && ctx.lower(m) != "that")
    };
    // (a parenthesis after the name closes it: `said Rep. Ann Cole (R-Kan.)`)
    let ends = k >= se
        || ctx.is_punct(k, ",.;:\"\u{201d})")
        || paren_after(ctx, k).is_some()
        || past_saying_date(ctx, qs, k) > k
        || !possessive_det && setting();
    let named = the
        || ctx.capitalized(e)
        || k > e + 1 && ctx.capitalized(k - 1) && ctx.capitalized(k - 2)
        // (`manager Javier Ramirez-Baron`)
        || k > e + 3 && hyphen(k - 2) && ctx.capitalized(k - 3) && ctx.capitalized(k - 4)
        // (`said al-Hariri`)
        || k == e + 3 && hyphen(e + 1) && ctx.capitalized(e + 2)
        // (a name opening on a lower-case particle: `," said de Blasio`, `said de Mistura`,
        // `said van der Bellen`)
        || k > e + 1
            && cues::name_particle(ctx.lower(e))
            && ctx.capitalized(k - 1)
            && (e + 1..k).all(|m| ctx.capitalized(m) || cues::name_particle(ctx.lower(m)))
        || k == e + 1
            && (words::source_noun(ctx.lower(e)) || words::speaker_noun(ctx.lower(e)));
    (ends && named && k > e + usize::from(the) && (!time_word(ctx, e) || lone_name(ctx, e)))
        .then_some(k)
}

/// A surname that is also a function word or a month, alone between an inverted verb and the
/// clause's end (`," says To.` for KPMG's Honson To, `," said May.` for Theresa May, `," said
/// More,`); `," the company said Tuesday.` is the saying's date. Class seen in fresh10 #56.
pub(super) fn lone_name(ctx: &Context<'_>, e: usize) -> bool {
    ctx.is_punct(e + 1, ".,")
        && ctx.sentence_of.get(e + 1) == ctx.sentence_of.get(e)
        && surname_word(ctx, e)
}

/// `by` at `k` after a noun of a document or statement (`," said a statement by CEO Elon Musk`,
/// `," said a statement by the interior ministry`): the author's name goes on the phrase.
fn statement_by(ctx: &Context<'_>, e: usize, k: usize) -> bool {
    k > e
        && ctx.lower(k) == "by"
        && (cues::report_noun(ctx.lower(k - 1)) || ctx.lower(k - 1) == "statement")
        && ctx.is_word(k + 1)
}

/// `for` at `k` inside an organisation's name, between a capitalised word and a capitalised one
/// (`said the Institute for Fiscal Studies`, `says the International Committee for the Recovery
/// of the Vaquita (CIRVA)`, `said the Centers for Disease Control and Prevention`). Class seen
/// in fresh19 #3.
fn name_for(ctx: &Context<'_>, e: usize, k: usize) -> bool {
    k > e
        && ctx.lower(k) == "for"
        && ctx.capitalized(k - 1)
        && (ctx.capitalized(k + 1) || ctx.lower(k + 1) == "the" && ctx.capitalized(k + 2))
}

/// Where the content of an inverted verb at `i` starts in the sentence opening at `ss`: past a
/// dateline (`(10.01.2017) Frequent strikes ..., says DW's X`) and a glued sentence before the
/// quote it closes (`... on Chinese goods "This strikes me as unlikely," says Mitter`).
pub(super) fn inverted_from(ctx: &Context<'_>, ss: usize, i: usize) -> usize {
    let lead = paren_after(ctx, ss).unwrap_or(ss);
    glued_quote(ctx, lead, i).unwrap_or(lead)
}

/// The inverted verb at `i` follows the end of what it reports: a comma or a closing quote mark
/// (or a garbled one). A document's `read`/`reads` only after a closing quote (`"...," read the
/// statement.`, `"...," reads the press release`), not after a comma (`turn on the TV, read the
/// newspaper`), where it is an act of reading.
pub(super) fn after_content(ctx: &Context<'_>, i: usize) -> bool {
    let quote = ctx.is_punct(i - 1, "\"\u{201d}") || garbled_close(ctx, i - 1);
    quote || !matches!(ctx.lower(i), "read" | "reads") && ctx.is_punct(i - 1, ",")
}

/// A verb that reports only closing a quote, or one of tweeting or warning, right after a
/// quote's closing mark and before its source (`"...," responded Mr Chan.`, `"...," tweeted
/// Trump.`, `"...," warned the IMF`, `"...!" declared the mayor`, a document's `"...," read the
/// statement.`, `"...," concluded the report`): it is inverted as `said` is (not `responded to`,
/// whose function word names no source).
pub(super) fn quote_inverted(ctx: &Context<'_>, i: usize) -> bool {
    let w = ctx.lower(i);
    (cues::closing_speech_verb(w) || matches!(w, "tweeted" | "warned"))
        && i > 1
        && (ctx.is_punct(i - 1, "\"\u{201d}") || garbled_close(ctx, i - 1))
        && ctx.is_punct(i - 2, ",?!")
}

/// A reporting verb at `i` that takes its source after it: an inverted verb of saying
/// (`..., said the ministry`, `..., explains Jost Armbruster`), or a [`quote_inverted`] one.
pub(super) fn verb(ctx: &Context<'_>, i: usize) -> bool {
    words::inverted_speech_verb(ctx.lower(i))
        || inverted_only_speech_verb(ctx.lower(i))
        || quote_inverted(ctx, i)
}

/// An inverted verb outside the lexicon's reporting verbs ([`inverted_only_speech_verb`]) at
/// `i`, after what it reports and before a speaker's first word (a capital or a determiner):
/// `..., explains Jost Armbruster.`, `..., notes The Associated Press.`, `..., recalls Youssef.`
pub(super) fn extra_tag(ctx: &Context<'_>, ss: usize, i: usize) -> bool {
    inverted_only_speech_verb(ctx.lower(i))
        && !ctx.capitalized(i)
        && i > ss + 1
        && after_content(ctx, i)
        && ctx.is_word(i + 1)
        && (ctx.capitalized(i + 1) || words::definite_determiner(ctx.lower(i + 1)))
}
