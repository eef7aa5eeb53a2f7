//! Time windows of claim frames: a period up to or from the article date (`since 1980`,
//! `between now and 2035`, `over the last three decades`), a decade (`the 1990's`), and the
//! year of a window's first month written without one, and the twelve months up to a month (`the year to
//! September`).

use jiff::Span;
use jiff::civil::Date;

use super::super::cues;
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};
use crate::words;

/// `at the end of the 1990's`, `in the late 1980's`: a year ending in 0 with a glued `'s` or
/// `s` after `the` (or `early`/`mid`/`late`) is the decade, the window of its ten years
/// (`1990/1999`); `None` otherwise (`1990's World Cup` is that year's).
pub(super) fn decade(ctx: &Context<'_>, d: &RawQuantity, t: &TimeValue) -> Option<TimeValue> {
    // a decade the scanner read (`198`): the same window of years
    if t.granularity == Granularity::Decade {
        let d: i32 = t.iso.parse().ok()?;
        return Some(TimeValue {
            iso: format!("{:04}/{:04}", d * 10, d * 10 + 9),
            granularity: Granularity::Year,
            ..t.clone()
        });
    }
    let k = d.end;
    let s = ctx.possessive_after(k) || ctx.lower(k) == "s" && ctx.glued(k);
    let y: i32 = t.iso.parse().ok()?;
    let before = ctx.lower(d.start.wrapping_sub(1));
    (s && t.granularity == Granularity::Year
        && t.iso.len() == 4
        && y % 10 == 0
        && matches!(before, "the" | "early" | "mid" | "late"))
    .then(|| TimeValue {
        iso: format!("{y:04}/{:04}", y + 9),
        ..t.clone()
    })
}

/// The first year of a decade (`198`: `1980`); `None` for any other time.
pub(super) fn first_year(t: &TimeValue) -> Option<TimeValue> {
    let d: i32 = t
        .iso
        .parse()
        .ok()
        .filter(|_| t.granularity == Granularity::Decade)?;
    Some(TimeValue {
        iso: format!("{:04}", d * 10),
        granularity: Granularity::Year,
        ..t.clone()
    })
}

/// `from` a year earlier when, as written without a year, it was resolved to a later year than
/// the window's end `to` (`2017-01` before `2016-11` -> `2016-01`); `None` otherwise.
pub(super) fn earlier_year(from: &TimeValue, to: &TimeValue) -> Option<TimeValue> {
    let same = from.granularity == to.granularity
        && matches!(from.granularity, Granularity::Month | Granularity::Day);
    let (y, rest) = from.iso.split_at_checked(4)?;
    let y: i32 = y.parse().ok()?;
    let ty: i32 = to.iso.get(..4)?.parse().ok()?;
    let iso = format!("{:04}{rest}", y - 1);
    (same && y == ty + 1 && !from.iso.contains('/') && iso < to.iso).then(|| TimeValue {
        iso,
        ..from.clone()
    })
}

/// The window from the article date `today` up to `t` at `t`'s granularity (`between now and
/// 2035` in a 2017 article: `2017/2035`); `None` when `t` is a window already, a week or a time
/// of day, or does not lie after `today`.
pub(super) fn to_window(t: &TimeValue, today: Date) -> Option<TimeValue> {
    let start = at_granularity(t.granularity, today)?;
    (!t.iso.contains('/') && start < t.iso).then(|| TimeValue {
        iso: format!("{start}/{}", t.iso),
        ..t.clone()
    })
}

/// The article date `today` at granularity `g`; `None` for a decade, a week or a time of day.
fn at_granularity(g: Granularity, today: Date) -> Option<String> {
    Some(match g {
        Granularity::Year => format!("{:04}", today.year()),
        Granularity::Month => format!("{:04}-{:02}", today.year(), today.month()),
        Granularity::Day => today.to_string(),
        Granularity::Century | Granularity::Decade | Granularity::Week | Granularity::Minute => {
            return None;
        }
    })
}

/// The window from `t` up to the article date `today`, at `t`'s granularity (`since 1980` in a
/// 2017 article: `1980/2017`); `None` when `t` is a window already, a week or a time of day, or
/// does not lie before `today`.
pub(super) fn open_window(t: &TimeValue, today: Date) -> Option<TimeValue> {
    let end = at_granularity(t.granularity, today)?;
    (!t.iso.contains('/') && !t.iso.starts_with('-') && t.iso < end).then(|| TimeValue {
        iso: format!("{}/{}", t.iso, end),
        ..t.clone()
    })
}

/// A relative period among tokens `from..to` (`over the last three decades`, `in the next
/// decade`, `In the last two weeks`): the window it spans up to or from the article date
/// `today`, in years, months or days as its unit gives (`1987/2017`, `2017-03-06/2017-03-20`).
/// Not the period's own duration (`skip`: its first token), nor periods in hours or less.
pub(super) fn relative_period(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    (from, to): (usize, usize),
    skip: usize,
    today: Date,
) -> Option<TimeValue> {
    // (the one nearest the claim at `skip`: `cut by $330m over the last seven years and a
    // further $90m over the next three years`)
    (from.max(2)..to)
        .filter_map(|k| Some((k.abs_diff(skip), period_at(ctx, qs, k, skip, today)?)))
        .min_by_key(|&(d, _)| d)
        .map(|(_, t)| t)
}

/// The window of a relative period whose `last`/`next` is token `k` (see [`relative_period`]).
pub(super) fn period_at(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    k: usize,
    skip: usize,
    today: Date,
) -> Option<TimeValue> {
    let w = ctx.lower(k);
    let back = matches!(w, "last" | "past");
    if !(back || matches!(w, "next" | "coming"))
        || ctx.lower(k - 1) != "the"
        || !cues::period_preposition(ctx.lower(k - 2))
        || k + 1 == skip
    {
        return None;
    }
    let at = qs.partition_point(|q| q.start < k + 1);
    // (`within the next three weeks` is one bounded duration `(,3]` weeks from `within`, two
    // tokens before `the`: its upper bound is the window's length)
    let within = || {
        let i = qs.partition_point(|q| q.start < k - 2);
        qs.get(i).filter(|q| {
            q.start == k - 2 && q.end > k + 1 && q.kind == QuantityKind::Duration && q.start != skip
        })
    };
    let (n, unit) = match qs.get(at).filter(|q| q.start == k + 1).or_else(within) {
        Some(q) if q.kind == QuantityKind::Duration => {
            let v = q.value.as_ref()?;
            let hi = v.high.as_ref()?.value;
            let lo = v.low.as_ref().map_or(hi, |b| b.value);
            // (the value is in the quantity's unit: `three decades` is 30 years)
            let unit = words::time_unit(q.unit.as_deref()?)?;
            // (a range reaches back as far as its larger end: `over the last five to 10 years`
            // is the window of the last 10)
            (lo <= hi && hi.fract() == 0.0 && (1.0..=100.0).contains(&hi))
                .then_some((hi as i64, unit))?
        }
        Some(_) => return None,
        // (`the next decade`, not `the coming months`: a number of them not said)
        None if !ctx.lower(k + 1).ends_with('s') => (1, words::time_unit(ctx.lower(k + 1))?),
        None => return None,
    };
    units_window(n, unit, today, back)
}

/// The calendar unit of a window of `unit`s (`year` -> [`Granularity::Year`]); `None` for hours
/// and shorter.
pub(super) fn unit_granularity(unit: &str) -> Option<Granularity> {
    Some(match unit {
        "century" | "decade" | "year" => Granularity::Year,
        "month" => Granularity::Month,
        "fortnight" | "week" | "day" => Granularity::Day,
        _ => return None,
    })
}

/// The window of `n` `unit`s (a [`words::time_unit`]: years, months, days ...) back from the date
/// `at` (`back`) or ahead from it, at the unit's granularity (`3`, `year`, 2017-03-20, back:
/// `2014/2017`); `None` for hours and shorter.
pub(super) fn units_window(n: i64, unit: &str, at: Date, back: bool) -> Option<TimeValue> {
    let span = match unit {
        "century" => Span::new().years(100 * n),
        "decade" => Span::new().years(10 * n),
        "year" => Span::new().years(n),
        "month" => Span::new().months(n),
        "fortnight" => Span::new().days(14 * n),
        "week" => Span::new().days(7 * n),
        "day" => Span::new().days(n),
        _ => return None,
    };
    let g = unit_granularity(unit)?;
    let other = if back {
        at.checked_sub(span).ok()?
    } else {
        at.checked_add(span).ok()?
    };
    let (a, b) = if back { (other, at) } else { (at, other) };
    Some(TimeValue {
        iso: format!("{}/{}", at_granularity(g, a)?, at_granularity(g, b)?),
        granularity: g,
        zone: None,
    })
}

/// `January, 2015`, scanned as a month and a year (the year `y` at token `d`): the month of that
/// year.
pub(super) fn month_of_year(
    ctx: &Context<'_>,
    d: usize,
    y: Option<&TimeValue>,
) -> Option<TimeValue> {
    let y = y?;
    let month = words::month(ctx.lower(d.checked_sub(2)?))?;
    (y.granularity == Granularity::Year && y.iso.len() == 4 && ctx.is_punct(d - 1, ",")).then(
        || TimeValue {
            iso: format!("{}-{month:02}", y.iso),
            granularity: Granularity::Month,
            zone: None,
        },
    )
}

/// `in the year to September`, `the 12 months to September 2015`, `the fiscal year ending March`,
/// `the year to the end of December`: a month (`t`, the date at token `d`) that ends a year
/// counted back from it is the end of that year, and the figure holds over the twelve months
/// up to it (`2015-10/2016-09`), not in the month alone. The form of official statistics
/// (migration, prices, earnings) in British and Commonwealth reports.
pub(super) fn year_to(ctx: &Context<'_>, d: usize, t: &TimeValue) -> Option<TimeValue> {
    let w = |k: usize| ctx.lower(d.wrapping_sub(k));
    if t.granularity != Granularity::Month || t.iso.len() != 7 {
        return None;
    }
    // (`to the end of December`: the same end)
    let k = if w(1) == "of" && w(2) == "end" && w(3) == "the" {
        4
    } else {
        1
    };
    let year = match w(k + 1) {
        "year" => true,
        "months" => matches!(w(k + 2), "12" | "twelve"),
        _ => false,
    };
    if !year || !matches!(w(k), "to" | "ending" | "ended" | "through") || d < k + 2 {
        return None;
    }
    let y: i32 = t.iso.get(..4)?.parse().ok()?;
    let m: u32 = t.iso.get(5..)?.parse().ok()?;
    let start = if m == 12 {
        format!("{y:04}-01")
    } else {
        format!("{:04}-{:02}", y - 1, m + 1)
    };
    Some(TimeValue {
        iso: format!("{start}/{}", t.iso),
        ..t.clone()
    })
}

/// The window of two dates `from` and `to` joined by `and`/`to` (`between 2012 and 2015`):
/// `2012/2015`; `between January and November` in a March article is both months of the year
/// before (the first resolved to this year's January, the second to last year's November).
pub(super) fn between(from: &TimeValue, to: &TimeValue) -> Option<TimeValue> {
    let from = &earlier_year(from, to).unwrap_or_else(|| from.clone());
    (!from.iso.contains('/') && !to.iso.contains('/') && from.iso < to.iso).then(|| TimeValue {
        iso: format!("{}/{}", from.iso, to.iso),
        ..from.clone()
    })
}
