//! A date written as an event's name (issue 14, session 29; the claims README tells what the
//! rule changed on the real corpus).
//!
//! `9/11` (and `7/7`) is the name of an attack, written as a month and day with no year: `the
//! four 9/11 pilots`, `$7.4 billion in long-term benefits for 9/11 first responders`, `the
//! world's first 9/11 trials`, `the terrorist attacks of 9/11 made the country one of
//! Washington's priorities for nearly four decades`. Read on the real corpus, the figures around
//! it were not counted on that day; only a window it opens or closes (`since 9/11`, `from 9/11
//! on`, `after 9/11`) is dated by it.

use crate::scan::{Context, RawQuantity};

/// True when date quantity `d` is written as a bare `M/D` (digits, a slash, digits, no year)
/// and no `since`, `from`, `after`, `before`, `until`, `post` or `pre` comes right before it
/// (over a `the`).
pub(super) fn event_name(ctx: &Context<'_>, d: &RawQuantity) -> bool {
    let text = ctx.span(d.start, d.end).slice(ctx.text);
    let Some((m, day)) = text.split_once('/') else {
        return false;
    };
    let digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // (over a `the`: `since the 7/7 attacks`)
    let mut b = d.start.wrapping_sub(1);
    if ctx.lower(b) == "the" {
        b = b.wrapping_sub(1);
    }
    let bound = matches!(
        ctx.lower(b),
        "since" | "from" | "after" | "before" | "until" | "post" | "pre"
    );
    digits(m) && digits(day) && !bound
}
