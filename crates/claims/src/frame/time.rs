//! The time of a claim: the date of the counted event or the date at which the figure holds,
//! from the claim's own clause or a fronted time adverbial. A date opening a window (`since
//! 1980`, `From 2011, ...`) gives the window up to the article date; a date after `from` that
//! follows the figure (`down 11.1 percent from a year earlier`) is the date of the earlier
//! value, not of the figure.

use jiff::civil::Date;

use super::{is_function, nearest};
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};

/// The time of quantity `qi`: a date in its own clause; else a date opening the sentence in a
/// fronted clause (`In 2015, ...`, `Last year, ...`); for an age, else the nearest date of the
/// sentence (`died on Sunday, aged 3 days`). Two dates joined by `and`/`to` (`between 2012 and
/// 2015`, `for 2014 and 2015`) are one window; a date after `since` or `from` alone is a window
/// up to the article date, and is no time for an ordinal (`the first time since 1968`).
pub(super) fn time(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    first: usize,
) -> Option<TimeValue> {
    let q = &qs[qi];
    let c = clause[q.start];
    let s = ctx.sentence_of[q.start];
    let is_date = |j: usize| times[j].is_some() && matches!(qs[j].kind, QuantityKind::Date);
    // a window of two dates of the same granularity: `between 2012 and 2015`
    let joined = |a: usize, b: usize| {
        let (x, y) = (&qs[a], &qs[b]);
        let g = |k: usize| times[k].as_ref().map(|u| u.granularity);
        y.start == x.end + 1
            && matches!(ctx.lower(x.end), "and" | "to" | "through")
            && is_date(a)
            && is_date(b)
            && g(a) == g(b)
    };
    let paired = |j: usize| j + 1 < qs.len() && joined(j, j + 1) || j > 0 && joined(j - 1, j);
    // `since 1980`; `From 2011, ...` opening the sentence (a `from` elsewhere is an origin:
    // `filings from 1995`); `since the dam's completion in 1968` (a `since` a few words before
    // the date in its clause, with no number between) only counts for ordinals: `since the
    // cyclone struck last month` dates the deaths it counts
    let opener = |j: usize| {
        let d = qs[j].start;
        let w = ctx.lower(d.wrapping_sub(1));
        if paired(j) {
            return None;
        }
        if w == "since" || w == "from" && d == first + 1 {
            return Some(w);
        }
        // `up 10 percent from last year`: the earlier value's date
        if w == "from" && q.kind == QuantityKind::Percent && d > q.end && d <= q.end + 4 {
            return Some("prior");
        }
        (d.saturating_sub(8)..d)
            .rev()
            .take_while(|&k| clause[k] == clause[d] && !ctx.is_num(k))
            .any(|k| ctx.lower(k) == "since")
            .then_some("since ...")
    };
    let dated = |j: usize| {
        is_date(j)
            && match opener(j) {
                Some("prior") => false,
                // `for the first time since 1968`: the first time is not in 1968
                Some(_) => q.kind != QuantityKind::Ordinal,
                None => true,
            }
    };
    let own = nearest(qs, qi, |j| clause[qs[j].start] == c, dated);
    let fronted = || {
        // the sentence's first quantity, a date alone in the opening clause
        let j = qs[..qi].partition_point(|x| x.start < first);
        let d = qs.get(j).filter(|_| j < qi && dated(j))?;
        let lead = d.start - first;
        let opens = lead == 0 || lead == 1 && ctx.is_word(first) && is_function(ctx, first);
        let closes = ctx.is_punct(d.end, ",") && clause.get(d.end + 1) != Some(&clause[d.start]);
        (opens && closes && ctx.sentence_of[d.start] == s && clause[q.start] != clause[d.start])
            .then_some(j)
    };
    let age = || {
        (q.kind == QuantityKind::Age)
            .then(|| nearest(qs, qi, |j| ctx.sentence_of[qs[j].start] == s, dated))
            .flatten()
    };
    let j = own.or_else(fronted).or_else(age)?;
    let t = times[j].clone()?;
    let window = |a: usize, b: usize| {
        let (from, to) = (times[a].as_ref()?, times[b].as_ref()?);
        (!from.iso.contains('/') && !to.iso.contains('/') && from.iso < to.iso).then(|| TimeValue {
            iso: format!("{}/{}", from.iso, to.iso),
            ..from.clone()
        })
    };
    if j + 1 < qs.len() && joined(j, j + 1) {
        return window(j, j + 1).or(Some(t));
    }
    if j > 0 && joined(j - 1, j) {
        return window(j - 1, j).or(Some(t));
    }
    // `since 2010, when it totalled 45%`: the figure is of the date itself
    let when = (qs[j].end..q.start).any(|k| ctx.lower(k) == "when");
    if matches!(opener(j), Some("since" | "from")) && !when {
        return Some(ctx.date.and_then(|d| open_window(&t, d)).unwrap_or(t));
    }
    Some(t)
}

/// The window from `t` up to the article date `today`, at `t`'s granularity (`since 1980` in a
/// 2017 article: `1980/2017`); `None` when `t` is a window already, a week or a time of day, or
/// does not lie before `today`.
fn open_window(t: &TimeValue, today: Date) -> Option<TimeValue> {
    let end = match t.granularity {
        Granularity::Year => format!("{:04}", today.year()),
        Granularity::Month => format!("{:04}-{:02}", today.year(), today.month()),
        Granularity::Day => today.to_string(),
        Granularity::Week | Granularity::Minute => return None,
    };
    (!t.iso.contains('/') && !t.iso.starts_with('-') && t.iso < end).then(|| TimeValue {
        iso: format!("{}/{}", t.iso, end),
        ..t.clone()
    })
}
