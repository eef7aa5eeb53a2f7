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
//!
//! The duration that is itself the window ahead, or an offset after `within`, takes no time at
//! all (session 34, the session 33 ruling on future windows and offsets: [`ahead_or_offset`]).

use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};

/// True when duration `q` is a window ahead or an offset from another date, which states no
/// time of its own (docs/judging/frames.md, the session 33 ruling on future windows and
/// offsets): `over the next five years`, `the following five years`, `in the coming three
/// years` (`next`/`following`/`coming`/`upcoming` right before it); a stretch after `within`
/// counted from another event (`within two months of the court ruling`); and a deadline after
/// `within` in a clause of a plan, a duty or a prospect (`plans to open 30 stores within three
/// years`, `must be held within two months`, `will launch the battle within two weeks`: a modal
/// or `to` at most 16 tokens back in its clause). Not the stretch a past event took (`5,000
/// garments were sold within two seconds` in November: the sale's date stays), nor a window
/// back from now (`within the past two weeks`: `the past` stands between).
pub(super) fn ahead_or_offset(ctx: &Context<'_>, clause: &[u32], q: &RawQuantity) -> bool {
    if q.kind != QuantityKind::Duration {
        return false;
    }
    let before = ctx.lower(q.start.wrapping_sub(1));
    if matches!(before, "next" | "following" | "coming" | "upcoming") {
        return true;
    }
    let from = if ctx.lower(q.start) == "within" {
        q.start
    } else if before == "within" {
        q.start - 1
    } else {
        return false;
    };
    let c = clause[from];
    let ahead = (from.saturating_sub(16)..from)
        .rev()
        .take_while(|&t| clause[t] == c)
        .any(|t| {
            matches!(
                ctx.lower(t),
                "to" | "will"
                    | "would"
                    | "must"
                    | "should"
                    | "shall"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "plans"
                    | "aims"
            )
        });
    ctx.lower(q.end) == "of" || ahead
}

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
