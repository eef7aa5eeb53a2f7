//! A quote introduced by its speaker's name and a colon, with no verb (`Football Supporters'
//! Federation chairman Malcolm Clarke: "We're very pleased ...`, `TRUMP: "I got 306 electoral
//! college votes."`, `BBC Radio Leicester's Jason Bourne: "Claudio was upbeat ...`): the name
//! says the quote. Not a label (`RELATED: "...`, `Now: "...`), nor a name that ends a phrase of
//! the writer's (`... in the US: "When ...`).

use super::{Source, attr, cues, is_function, time_word};
use crate::lexicon::Role;
use crate::scan::Context;
use crate::words;

/// Words of a heading or label before a colon, not a speaker's name.
pub(super) fn label(w: &str) -> bool {
    matches!(
        w,
        "related"
            | "read"
            | "more"
            | "watch"
            | "see"
            | "update"
            | "updated"
            | "note"
            | "now"
            | "then"
            | "also"
            | "photo"
            | "video"
            | "breaking"
            | "exclusive"
            | "analysis"
            | "opinion"
            | "correction"
            | "quote"
            | "background"
            | "context"
            | "live"
            | "latest"
            | "listen"
            | "story"
            | "headline"
            | "warning"
            | "question"
            | "answer"
            | "q"
            | "a"
    )
}

/// The source of the quote opening right after the colon at `c`, in the sentence `ss..se`: the
/// name phrase just before the colon (capitalised words, possessives, titles and speaker nouns,
/// at most ten tokens, ending in a capitalised word), opening the sentence or after a heading's
/// lower-case word run into it; it covers the quote, up to its closing mark or the sentence end.
pub(super) fn colon_quote(ctx: &Context<'_>, c: usize, (ss, se): (usize, usize)) -> Option<Source> {
    // (a space before the quote: not a legend run into a tweet, `Show Us Your Taxes:"90 minutes`)
    if !ctx.is_punct(c, ":")
        || c <= ss
        || c + 2 >= se
        || !ctx.is_punct(c + 1, "\"\u{201c}")
        || ctx.glued(c + 1)
    {
        return None;
    }
    let last = c - 1;
    if !(ctx.is_word(last) && ctx.capitalized(last)) || time_word(ctx, last) {
        return None;
    }
    let part = |k: usize| {
        let w = ctx.lower(k);
        ctx.is_word(k)
            && (ctx.capitalized(k)
                || w == "s" && k > 0 && ctx.is_punct(k - 1, "'\u{2019}")
                || words::speaker_noun(w)
                || ctx.has_role(k, |r| matches!(r, Role::PersonNoun)))
            || ctx.is_punct(k, "'\u{2019}") && ctx.lower(k + 1) == "s"
            // (`Sen.`, `Markus N. Beeko`, `Jean-Yves`)
            || ctx.is_punct(k, ".-") && ctx.glued(k) && k > ss && ctx.is_word(k - 1)
    };
    let mut a = last;
    while a > ss && last - a < 10 && part(a - 1) {
        a -= 1;
    }
    // (the phrase opens on a capitalised word)
    while a < last && !(ctx.is_word(a) && ctx.capitalized(a)) {
        a += 1;
    }
    // opening the sentence (past a bullet or a quote), or after a heading's lower-case word
    let opens = (ss..a).all(|k| !ctx.is_word(k) && !ctx.is_num(k))
        || ctx.is_word(a - 1) && !ctx.capitalized(a - 1) && !is_function(ctx, a - 1);
    let labelled = (a..c).any(|k| label(ctx.lower(k)) || cues::linking_adverb(ctx.lower(k)));
    if !opens || labelled {
        return None;
    }
    Some(quote_after_colon(ctx, (a, c), c, se))
}

/// The source `a..b` of the quote opening right after the colon at `c`, in a sentence ending
/// at `se`: what is said runs up to the quote's closing mark when it closes in the sentence
/// (`Venter: "It's prone to the winds" South Africa says ...`: the rest is another's), within a
/// bounded window (a colon is read at every one, so no scan to a far sentence end); the words
/// from `a` to the colon are no content.
pub(super) fn quote_after_colon(
    ctx: &Context<'_>,
    (a, b): (usize, usize),
    c: usize,
    se: usize,
) -> Source {
    let to = (c + 2..se.min(c + 400))
        .find(|&p| ctx.is_punct(p, "\u{201d}") || ctx.is_punct(p, "\"") && ctx.glued(p))
        .unwrap_or(se);
    Source {
        attribution: attr(ctx, a, b),
        from: c + 1,
        to,
        skip: (a, c + 1),
        that: false,
        sentence: ctx.sentence_of[c],
    }
}
