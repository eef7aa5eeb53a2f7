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

pub(super) fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}
