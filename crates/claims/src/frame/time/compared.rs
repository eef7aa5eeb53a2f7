//! Dates on the other side of a comparison: a date that modifies the noun a figure is compared
//! with (`below the 1981-2010 average`), follows `than` or `compared to` (`six fewer than last
//! year`, `up 20 percent compared to 2015`), or dates another figure that a `from` or `than`
//! introduces (`up from 48% in 2012`) is the compared value's, not the figure's. Moved out of
//! `time.rs` unchanged (session 28b); each takes the figure `qi` and the date `j` of `qs`.

use crate::frame::cues;
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};
use crate::words;

/// `432,000 square miles below the 1981-2010 average`, `more than the 2015 total`, `2 percent
/// higher compared to the 2016 election`: a date modifying the noun a figure is compared with
/// is that baseline's, not the figure's.
pub(super) fn baseline(ctx: &Context<'_>, qs: &[RawQuantity], qi: usize, j: usize) -> bool {
    let d = qs[j].start;
    j > qi
        && d >= 2
        && words::definite_determiner(ctx.lower(d - 1))
        && (matches!(
            ctx.lower(d - 2),
            "below" | "above" | "than" | "versus" | "vs"
        ) || matches!(ctx.lower(d - 2), "to" | "with")
            && ctx.lower(d.wrapping_sub(3)) == "compared")
        && ctx.is_word(qs[j].end)
        && !ctx.capitalized(qs[j].end)
}

/// `2,000 yuan more than in 2015`, `six fewer than last year`, `eight times that of 1980`: a
/// date after `than`, `than in` or `that of` is the compared value's; not a deadline, `no later
/// than 2021`.
pub(super) fn than(ctx: &Context<'_>, qs: &[RawQuantity], qi: usize, j: usize) -> bool {
    let d = qs[j].start;
    let w = |k: usize| ctx.lower(d.wrapping_sub(k));
    let t = if w(1) == "than" {
        2
    } else if matches!(w(1), "in" | "at" | "during" | "on") && w(2) == "than" {
        3
    } else {
        // (`12 times the number in 2012`, `nearly four times the percentage in 2015`: the
        // multiple's base, as `that of`)
        let base = matches!(w(1), "in" | "of" | "for")
            && ctx.is_word(d.wrapping_sub(2))
            && w(3) == "the"
            && matches!(w(4), "times" | "fold");
        return j > qi && (w(1) == "of" && matches!(w(2), "that" | "those") || base);
    };
    j > qi && !matches!(w(t), "later" | "earlier" | "sooner")
}

/// `rose by about $3m compared to 2015`: a bare year or month after `compared to/with`.
pub(super) fn compared(ctx: &Context<'_>, qs: &[RawQuantity], qi: usize, j: usize) -> bool {
    let d = qs[j].start;
    j > qi
        && matches!(ctx.lower(d.wrapping_sub(1)), "to" | "with")
        && ctx.lower(d.wrapping_sub(2)) == "compared"
}

/// `well down from the 38 it won in 2012`: a date after another figure that a `from` or `than`
/// introduces is that figure's (`to 892 from 784 in 2014`, `up from 48% in 2012`, `rather than
/// the 25 percent his 2005 returns revealed`: a `from` right after the figure or after
/// `up`/`down`, a `than the`; a year or month, not the day of the change: `dropped to 2.37
/// percent from 2.41 late Friday`).
pub(super) fn other_figure(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    j: usize,
) -> bool {
    let coarse = times[j]
        .as_ref()
        .is_some_and(|t| matches!(t.granularity, Granularity::Year | Granularity::Month));
    j > qi
        && coarse
        && qs[qi + 1..j].iter().any(|x| {
            !matches!(x.kind, QuantityKind::Date | QuantityKind::Time) && prior_at(ctx, &qs[qi], x)
        })
}

/// Figure `x` after figure `q` is an earlier or compared value: after `from` (right after `q`,
/// or after `up`/`down`), `than the`, `versus`, `compared to/with`, or a noun of change and
/// `from` (`just 45.3 percent ... - a dramatic drop from the near 80 percent recorded ... in
/// 2009`).
fn prior_at(ctx: &Context<'_>, q: &RawQuantity, x: &RawQuantity) -> bool {
    let change_from = |f: usize| {
        f >= 1 && ctx.lower(f) == "from" && cues::change_noun(ctx.lower(f - 1)) && f > q.end
    };
    let k = x.start;
    k >= 2
        && (ctx.lower(k - 1) == "from"
            && (k - 1 == q.end || matches!(ctx.lower(k - 2), "up" | "down"))
            || ctx.lower(k - 1) == "the" && ctx.lower(k - 2) == "than"
            // (`1.1 percent of GDP versus 2.6 percent in 1990`, `13 percent in 2015
            // compared to 11 percent in 2010`: the other side of a comparison)
            || matches!(ctx.lower(k - 1), "versus" | "vs")
            || matches!(ctx.lower(k - 1), "to" | "with") && ctx.lower(k - 2) == "compared"
            || (k.saturating_sub(4)..k)
                .rev()
                .take_while(|&t| {
                    ctx.is_word(t)
                        && (ctx.lower(t) == "from" || cues::before_prior_value(ctx.lower(t)))
                })
                .any(change_from)
            || k >= 3 && ctx.lower(k - 2) == "from" && matches!(ctx.lower(k - 3), "up" | "down"))
}
