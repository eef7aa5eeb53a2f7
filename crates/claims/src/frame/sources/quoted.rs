//! A medium quoting a speaker (`"...," NHK quoted the minister.`, `KCNA quoted Kim as saying
//! that ...`): the one quoted says the quote, or, named only by a pronoun (`the agency quoted
//! him`), the medium that quotes it.

use super::content::{content_end, past_saying_date};
use super::marks::after_quote;
use super::survey::survey_by;
use super::{Source, attr};
use crate::scan::{Context, RawQuantity};
use crate::words;

/// The source of `quoted` at `i`, else of a survey closing the sentence ([`survey_by`]).
pub(super) fn medium_or_survey(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    i: usize,
    range: (usize, usize),
) -> Option<Source> {
    quoted(ctx, qs, i, range).or_else(|| survey_by(ctx, i, range))
}

/// The source of `quoted` at `i` in the sentence `ss..se`: closing a quote (`"...," X quoted Y
/// (as saying).`, `..., X quoted Y as saying.`: what comes before is its content) or opening a clause (`X quoted Y as saying
/// (that) ...`, what follows is). Not a document or a figure quoted (`quoted statistics
/// issued by`, `quoted documents suggesting`): the one quoted is followed by `as saying`, or
/// closes the sentence after a quote.
fn quoted(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    i: usize,
    (ss, se): (usize, usize),
) -> Option<Source> {
    // (not `quoted by`, `quoted in`, `quoted from`: a passive or a citation)
    if ctx.lower(i) != "quoted"
        || i == ss
        || ctx.capitalized(i)
        || matches!(
            ctx.lower(i + 1),
            "by" | "in" | "from" | "on" | "as" | "above"
        )
    {
        return None;
    }
    // the one quoted: up to `as saying`, the date of the saying or the sentence's end
    let a = i + 1;
    let mut b = a;
    while b < se
        && b < a + 8
        && ctx.is_word(b)
        && ctx.lower(b) != "as"
        && ctx.lower(b) != "saying"
        && past_saying_date(ctx, qs, b) == b
    {
        b += 1;
    }
    if b == a {
        return None;
    }
    let saying = ctx.lower(b) == "as" && ctx.lower(b + 1) == "saying";
    let after = if saying { b + 2 } else { b };
    let after = past_saying_date(ctx, qs, after);
    let ends = (after..se).all(|k| !ctx.is_word(k) && !ctx.is_num(k));
    let pronoun = b == a + 1 && matches!(ctx.lower(a), "him" | "her" | "them" | "it");
    let source = if pronoun { None } else { Some(attr(ctx, a, b)) };
    // (a pronoun: the medium between the content and the verb, `," the agency quoted him`)
    let mut m = i;
    while m > ss && ctx.is_word(m - 1) {
        m -= 1;
    }
    if ends && (after_quote(ctx, i) || m > ss + 3 && ctx.is_punct(m - 1, ",")) {
        let source = source.or_else(|| (m < i).then(|| attr(ctx, m, i)))?;
        return Some(Source {
            attribution: source,
            from: ss,
            to: m,
            skip: (m, m),
            that: false,
            sentence: ctx.sentence_of[i],
        });
    }
    if !saying || ends || pronoun || !words::determiner(ctx.lower(a)) && !ctx.capitalized(a) {
        return None;
    }
    let from = after + usize::from(ctx.lower(after) == "that" || ctx.is_punct(after, ":"));
    Some(Source {
        attribution: source?,
        from,
        to: content_end(ctx, from, se),
        skip: (from, from),
        that: ctx.lower(after) == "that",
        sentence: ctx.sentence_of[i],
    })
}
