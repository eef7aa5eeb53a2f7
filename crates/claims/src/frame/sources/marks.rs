//! Quotation marks around a source and the corpus's damaged marks: a quote the source closes
//! (`"...," X said`), a closing mark mis-decoded as `"?` (`bill,"?Rep. Jim McGovern said`), a
//! hyphen glued for a lost space (`Nicola Sturgeon-said`, `said that-Turkey`).

use super::{Source, cues};
use crate::frame::saying::glued_quote;
use crate::scan::Context;

/// Token `k` is the `@` of an e-mail address (`masi@chinadaily.com.cn`): glued to a word on
/// both sides.
fn email_at(ctx: &Context<'_>, k: usize) -> bool {
    ctx.is_punct(k, "@") && ctx.glued(k) && ctx.glued(k + 1) && ctx.is_word(k.wrapping_sub(1))
}

/// Sources cut at an e-mail address in their content: the reporter's address closes the story
/// (`... the Yamal project. zhengxin@chinadaily.com.cn (China Daily European Weekly 01/27/2017
/// page29)`, `... diesel. yangziman@chinadaily.com.cn - A worker helps refuel a car ... on Dec
/// 14`); the edition line or photo caption glued after it is no one's saying.
pub(super) fn byline_cut(ctx: &Context<'_>, mut out: Vec<Source>) -> Vec<Source> {
    for x in &mut out {
        if let Some(k) = (x.skip.1..x.to).find(|&k| email_at(ctx, k)) {
            x.to = k.saturating_sub(1).max(x.skip.1);
        }
        if let Some(k) = (x.from..x.skip.0).rev().find(|&k| email_at(ctx, k)) {
            x.from = (k + 1).min(x.skip.0);
        }
    }
    out
}

/// A quote the source's phrase at `j` closes in the usual form, `"...," X said` (or `..."?X
/// said`, a mis-decoded mark): four words or more ending in a comma, `?` or `!` inside the
/// marks, opening the sentence at `ss` or a glued sentence of its own. Not a title (`On
/// Wednesday's "The Daily Show," Noah said`, `Appearing on "Newsroom with Fredericka
/// Whitfield," the critic said there's ...`) nor a quoted phrase (`Calling the project a
/// "partnership between the strong", Ken Chu confirms ...`).
pub(super) fn quote_before(ctx: &Context<'_>, ss: usize, j: usize) -> bool {
    if !after_quote(ctx, j) {
        return false;
    }
    let is_quote = |k: usize| ctx.is_punct(k, "\"\u{201c}\u{201d}");
    let Some(close) = (j.saturating_sub(3).max(ss + 1)..j)
        .rev()
        .find(|&k| is_quote(k))
    else {
        return false;
    };
    // (no opening mark: the quote opened in an earlier sentence; a mis-decoded closing mark
    // inside is an apostrophe's: `the two leaders"?agreements`)
    let open = (ss..close)
        .rev()
        .find(|&k| is_quote(k) && !garbled_close(ctx, k + 1));
    ctx.is_punct(close - 1, ",?!")
        && (open.map_or(ss, |o| o + 1)..close)
            .filter(|&k| ctx.is_word(k))
            .nth(3)
            .is_some()
        && open.is_none_or(|o| {
            (ss..o).all(|k| !ctx.is_word(k) && !ctx.is_num(k)) || glued_quote(ctx, ss, j) == Some(o)
        })
}

/// A quote of the verb's sentence closes just before the verb at `v`, or before a short subject
/// of it (`," Breyer concluded`, `," the minister concluded`, `," concluded`), stray punctuation
/// after the quote allowed (`,"?Breyer`).
pub(in crate::frame) fn after_quote(ctx: &Context<'_>, v: usize) -> bool {
    let mut k = v;
    while k > 0 && v - k < 4 && ctx.is_word(k - 1) {
        k -= 1;
    }
    (k.saturating_sub(3)..k)
        .rev()
        .take_while(|&p| {
            !ctx.is_word(p) && !ctx.is_num(p) && ctx.sentence_of[p] == ctx.sentence_of[v]
        })
        // (a closing quote is glued to what it closes, an opening one is not)
        .any(|p| ctx.is_punct(p, "\"\u{201d}") && ctx.glued(p))
}

/// The noun-like verb at `v` closes its sentence as a tag after a comma, its subject a determiner
/// and a common noun that is no norm (`However, "many others" plan to reach 2% by 2024, the
/// report states.`; not `..., the United States.`, `..., the law states.`).
pub(super) fn comma_tag(ctx: &Context<'_>, v: usize) -> bool {
    v > 3
        && ctx.is_punct(v - 3, ",")
        && matches!(
            ctx.lower(v - 2),
            "the" | "a" | "an" | "this" | "its" | "their"
        )
        && ctx.is_word(v - 1)
        && !ctx.capitalized(v - 1)
        && !cues::norm_noun(ctx.lower(v - 1))
        && ctx.sentence_of.get(v - 3) == ctx.sentence_of.get(v)
}

/// The content starting at `after` follows a `that` (`said that ...`, `said that-Turkey`).
pub(super) fn opens_with_that(ctx: &Context<'_>, after: usize) -> bool {
    after > 0
        && (ctx.lower(after - 1) == "that"
            || after > 1 && glued_space(ctx, after - 1) && ctx.lower(after - 2) == "that")
}

/// The `that` clause of a verb opens with an aside in commas, at `after` past the `that`
/// (`conservatives acknowledged that, short of a massive overhaul, they won't support it`, `said
/// that, unlike last year, 40 percent ...`): the content still follows the verb, so the source
/// does not close what came before it; it goes on past the aside's closing comma (the token
/// returned). Class seen in fresh16 #117.
pub(super) fn aside_after_that(ctx: &Context<'_>, after: usize, se: usize) -> Option<usize> {
    if !ctx.is_punct(after, ",")
        || !ctx.is_word(after + 1)
        || matches!(ctx.lower(after + 1), "and" | "but" | "or" | "as" | "which")
    {
        return None;
    }
    (after + 2..se)
        .find(|&k| ctx.is_punct(k, ","))
        .map(|k| k + 1)
}

/// Token `k` is a hyphen glued on both sides, which the corpus often writes for a space
/// (`Sturgeon-said`, `said-over the weekend that-Turkey`).
pub(super) fn glued_space(ctx: &Context<'_>, k: usize) -> bool {
    ctx.is_punct(k, "-") && ctx.glued(k) && ctx.glued(k + 1)
}

/// Token `k` is the `?` of a closing quotation mark the corpus mis-decoded as `"?` (a closing
/// `”` or `’` and the space after it: `bill,"?Rep. Jim McGovern said`, `the two leaders"?agreements`):
/// glued to a glued `"`.
pub(super) fn garbled_close(ctx: &Context<'_>, k: usize) -> bool {
    k > 0 && ctx.is_punct(k, "?") && ctx.glued(k) && ctx.is_punct(k - 1, "\"") && ctx.glued(k - 1)
}

/// Past the `?` of a mis-decoded closing mark at `k` (see [`garbled_close`]), else `k`.
pub(super) fn past_garbled_mark(ctx: &Context<'_>, k: usize) -> usize {
    k + usize::from(garbled_close(ctx, k))
}

/// An outlet's or a group's name in quotation marks right before the verb at `v` (`The "Donbass
/// News agency" wrote that ...`, `tabloid "The Sun" reported dozens ...`, `news outlet "Aviation
/// Herald" reported`): the first word inside the marks, when every word there is capitalised
/// (up to five) and the opening mark does not close an earlier quote (`"...," reported X`).
pub(super) fn quoted_name_before(ctx: &Context<'_>, ss: usize, v: usize) -> Option<usize> {
    if v < ss + 3 || !ctx.is_punct(v - 1, "\"\u{201d}") || !ctx.glued(v - 1) {
        return None;
    }
    let open = (v.saturating_sub(7).max(ss)..v - 1)
        .rev()
        .find(|&k| !ctx.is_word(k))?;
    (ctx.is_punct(open, "\"\u{201c}")
        && open + 1 < v - 1
        && (open + 1..v - 1).all(|k| ctx.is_word(k) && ctx.capitalized(k))
        && (open == ss || !ctx.is_punct(open - 1, ",")))
    .then_some(open + 1)
}

/// A closing verb of saying at `i` ends its tag: no word follows, a setting preposition does
/// (`," Breyer concluded at the hearing`), or `as` and a pronoun, the circumstance of the saying
/// (`," Anisa explains as she stands in front of her shack`, fresh29 #189; attr44).
pub(super) fn tag_ends(ctx: &Context<'_>, i: usize) -> bool {
    !ctx.is_word(i + 1)
        || cues::setting_preposition(ctx.lower(i + 1))
        || ctx.lower(i + 1) == "as" && cues::subject_pronoun(ctx.lower(i + 2))
}
