//! A `since` that points back at the sentence before (issue 14, session 39; the claims README
//! tells what the rule changed on the real corpus).
//!
//! `Florida was the first to institute a Stand Your Ground law in 2005. Since then, more than 22
//! states have enacted similar laws`; `Then, in September 2016, news broke ... In the months
//! since, more than 100 women have come forward`; `... turned violent in December 2013. Tens of
//! thousands have since been killed`: the figure is counted over the window from the previous
//! sentence's date up to the article date (docs/judging/frames.md, windows ending now), as it
//! would be after `since 2005`. Only when the figure's sentence has no date of its own (the
//! caller asks only when its clause has none), the previous sentence names exactly one date,
//! and the `since` has no object of its own (`since then`, `since that time`, `since,` after a
//! period noun, or `since` between a perfect's auxiliary and its participle). Not an ordinal
//! (`the first time since then`: the first is not counted over the window) nor a duration (its
//! own stretch).

use super::season::sports_season;
use super::teaser::teaser_date;
use super::window::open_window;
use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};

/// True when the `since` at token `k` has no object of its own: `since then`, `since that
/// time`, `the months since,`, `have since been`.
fn bare_since(ctx: &Context<'_>, k: usize) -> bool {
    let (prev, next) = (ctx.lower(k.wrapping_sub(1)), ctx.lower(k + 1));
    next == "then"
        || next == "that" && ctx.lower(k + 2) == "time"
        || matches!(prev, "months" | "years" | "weeks" | "days" | "decades")
            && ctx.is_punct(k + 1, ",")
        || matches!(prev, "has" | "have" | "had" | "'ve")
            && ctx.is_word(k + 1)
            && !ctx.capitalized(k + 1)
            && !matches!(next, "the" | "a" | "an" | "his" | "her" | "its" | "their")
}

/// The window from the one date of the sentence before up to the article date, for quantity
/// `qs[qi]` whose clause (`clause[k]` the clause of token `k`) or fronted opening has a bare
/// `since` (see the module documentation).
pub(super) fn since_then(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
) -> Option<TimeValue> {
    let q = &qs[qi];
    if matches!(
        q.kind,
        QuantityKind::Date
            | QuantityKind::Time
            | QuantityKind::Age
            | QuantityKind::Ordinal
            | QuantityKind::Duration
    ) {
        return None;
    }
    let s = ctx.sentence_of[q.start];
    let mut k0 = q.start;
    while k0 > 0 && ctx.sentence_of[k0 - 1] == s {
        k0 -= 1;
    }
    let k1 = (q.start..ctx.sentence_of.len())
        .take_while(|&k| ctx.sentence_of[k] == s)
        .last()
        .map_or(q.end, |k| k + 1);
    let found = (k0..k1).any(|k| {
        ctx.lower(k) == "since"
            && bare_since(ctx, k)
            && (clause[k] == clause[q.start] || k < k0 + 6 && k < q.start)
    });
    // (not a sentence with a date of its own, which the `since` may point at: `was published
    // on Oct 29, and since then all 300,000 copies have been sold`)
    let dated = |d: &&RawQuantity| d.kind == QuantityKind::Date;
    if !found
        || s == 0
        || qs
            .iter()
            .filter(dated)
            .any(|d| ctx.sentence_of[d.start] == s)
    {
        return None;
    }
    let mut dates = qs
        .iter()
        .filter(dated)
        .filter(|d| ctx.sentence_of[d.start] == s - 1);
    let d = dates.next()?;
    if dates.next().is_some() {
        return None;
    }
    open_window(d.time.as_ref()?, ctx.date?)
}

/// The time of quantity `qs[qi]` when its clause states none: a teaser's bracketed day
/// (`time/teaser.rs`), a sports season (`time/season.rs`), else the window of a bare `since`.
pub(super) fn unstated(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
) -> Option<TimeValue> {
    teaser_date(ctx, qs, qi)
        .or_else(|| sports_season(ctx, clause, &qs[qi]))
        .or_else(|| since_then(ctx, clause, qs, qi))
}
