//! Calendar arithmetic and ISO 8601 renderings on `jiff` dates.

use jiff::civil::Date;

use crate::types::{Granularity, TimeValue};

pub(crate) fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub(super) fn time_value(iso: String, g: Granularity) -> TimeValue {
    TimeValue {
        iso,
        granularity: g,
        zone: None,
    }
}

pub(super) fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().days(n)).unwrap_or(d)
}

pub(super) fn add_months(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().months(n)).unwrap_or(d)
}

/// `d` moved by `n` days, or `None` when `n` or the result is outside the calendar's range
/// (`99999999999 days ago`): unlike [`add_days`], for counts read from the text.
pub(super) fn shift_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

/// `d` moved by `n` months, or `None` out of the calendar's range (see [`shift_days`]).
pub(super) fn shift_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_months(n).ok()?).ok()
}

/// The year `n` years after `d`'s, or `None` outside the years jiff can represent (-9999 to
/// 9999).
pub(super) fn shift_year(d: Date, n: i64) -> Option<i64> {
    i64::from(d.year())
        .checked_add(n)
        .filter(|y| (-9999..=9999).contains(y))
}

pub(super) fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}
