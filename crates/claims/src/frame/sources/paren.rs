//! Short parentheses around a source: a party and state after a name (`Jim Jordan (R-Ohio)
//! said`), an acronym (`the National Safety Council (NSC) which says`) and a dateline opening
//! the sentence (`(18.03.2017) US military action ...`).

use crate::scan::Context;

/// The `(` of a short parenthesis closing just before token `v` (`Jim Jordan (R-Ohio) said`),
/// after the sentence start `ss`.
pub(super) fn paren_before(ctx: &Context<'_>, ss: usize, v: usize) -> Option<usize> {
    if v <= ss + 1 || !ctx.is_punct(v - 1, ")") {
        return None;
    }
    // (up to 8 tokens, or a web address glued in one: `An AP analysis (http://apne.ws/x) found`)
    (v.saturating_sub(16).max(ss + 1)..v - 1)
        .rev()
        .take_while(|&p| !ctx.is_punct(p, ")"))
        .find(|&p| {
            ctx.is_punct(p, "(")
                && (v - p <= 9 || (p + 2..v).all(|t| ctx.glued(t)) && ctx.lower(p + 1) == "http")
        })
}

/// Past a wire dateline opening the sentence at token `ss`: one to three words in capitals, an
/// optional short parenthesis naming the agency, then a dash (`WASHINGTON (Reuters) - The U.S.
/// Department of Homeland Security has issued ..., saying ...`, `BEIJING (AP) - China's ...`,
/// `LONDON - ...`): the token after the dash.
pub(super) fn dateline_after(ctx: &Context<'_>, ss: usize) -> Option<usize> {
    let shouted = |t: usize| {
        let w = ctx.span(t, t + 1).slice(ctx.text);
        ctx.is_word(t) && w.len() > 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let same = |t: usize| ctx.sentence_of.get(t) == ctx.sentence_of.get(ss);
    let k = (ss..ss + 3).take_while(|&t| same(t) && shouted(t)).last()? + 1;
    let k = paren_after(ctx, k).unwrap_or(k);
    (same(k + 1) && ctx.is_punct(k, "-\u{2013}\u{2014}")).then_some(k + 1)
}

/// Past a short parenthesis opening at token `ss` (`(18.03.2017) US military action ...`).
pub(super) fn paren_after(ctx: &Context<'_>, ss: usize) -> Option<usize> {
    if !ctx.is_punct(ss, "(") {
        return None;
    }
    (ss + 1..ss + 8)
        .take_while(|&k| ctx.sentence_of.get(k) == ctx.sentence_of.get(ss) && !ctx.is_punct(k, "("))
        .find(|&k| ctx.is_punct(k, ")"))
        .map(|k| k + 1)
}

/// The start of what stands between a speaker and the verb at `v`: a short parenthesis
/// ([`paren_before`]) or a party and state between commas, the US papers' tag after a member of
/// Congress (`A spokesperson for Sen. Deb Fischer, R-Nebraska, said`, `Sen. Mark Warner, D-Va.,
/// the top Democrat on the committee, told`, `Chairman Richard Burr, R-North Carolina, gave`):
/// the comma opening the tag.
pub(super) fn aside_before(ctx: &Context<'_>, ss: usize, v: usize) -> Option<usize> {
    paren_before(ctx, ss, v).or_else(|| party_before(ctx, ss, v))
}

/// The comma opening `, R-Nebraska,` / `, D-Conn.,` / `, I-Vt.,` that ends just before token `v`
/// (`v - 1` the closing comma): one party letter, a glued hyphen, then one or two capitalized
/// words of the state, a glued abbreviation dot allowed.
pub(super) fn party_before(ctx: &Context<'_>, ss: usize, v: usize) -> Option<usize> {
    if v < ss + 5 || !ctx.is_punct(v - 1, ",") {
        return None;
    }
    let c = (v.saturating_sub(7).max(ss)..v - 1)
        .rev()
        .find(|&k| ctx.is_punct(k, ","))?;
    let (p, h) = (c + 1, c + 2);
    let party = ctx.is_word(p) && matches!(ctx.surface(p), "R" | "D" | "I");
    let hyphen = h < v - 1 && ctx.is_punct(h, "-") && ctx.glued(h) && ctx.glued(h + 1);
    let state = (h + 1..v - 1)
        .all(|k| ctx.is_word(k) && ctx.capitalized(k) || ctx.is_punct(k, ".") && ctx.glued(k))
        && (h + 1..v - 1).filter(|&k| ctx.is_word(k)).count() <= 2
        && h + 1 < v - 1;
    (party && hyphen && state).then_some(c)
}
