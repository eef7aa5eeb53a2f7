//! A window ahead of the speaker (`over the next five years`, `in the coming three years`,
//! `within the next six months`) is no figure of a past period named beside it (issue 14,
//! session 25b; the claims README tells what it changed on the real corpus).
//!
//! The class, from the real corpus: a figure of a period already past and a plan or projection
//! for the years ahead share one sentence (`has invested around 100 bln rubles ... in 2011-2016
//! and plans a severalfold increase of the figure in the next 5 years`, `artists that have
//! shown appreciation over the past 5 years and are projected to grow by 20% ... over the next
//! five`). The window ahead starts when the text is written; a window that ends by the article's
//! year is the other figure's period, not its time. A single date beside it may be the date of
//! the saying or of the plan (`a survey ... last year shows that 56.8 percent ... would increase
//! their overseas assets in the next two years`, `met Trump on Jan 9 and laid out ... plan ...
//! over the next five years`) and stays.

use crate::scan::{Context, RawQuantity};
use crate::types::TimeValue;

/// True when quantity `q` is the length of a window ahead (`next`/`coming` right before it)
/// and `t` is a window of years or months that ends no later than the article's year.
pub(super) fn past_window_ahead(ctx: &Context<'_>, q: &RawQuantity, t: &TimeValue) -> bool {
    let Some(today) = ctx.date else {
        return false;
    };
    if !matches!(ctx.lower(q.start.wrapping_sub(1)), "next" | "coming") {
        return false;
    }
    let Some((_, end)) = t.iso.split_once('/') else {
        return false;
    };
    end.get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|y| y <= i32::from(today.year()))
}
