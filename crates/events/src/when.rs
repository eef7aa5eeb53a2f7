//! Event dates: windows read from the resolved dates of claims, or the days before the article.

use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};
use reckon_claims::{Granularity, Quantity};

use crate::types::{When, WhenSource};

/// Days before the publication date that an undated event may have happened in: most reports
/// come out the day of the event or the day after, follow-ups within a week.
pub const ARTICLE_WINDOW_DAYS: i32 = 7;

/// The window of days an ISO value of the claims crate covers (`2015-11` is all of November
/// 2015, `2025-W28` its seven days, `2017-02-04/2017-02-06` three days, a time its day, the
/// decade `198` the 1980s).
pub fn window_of_iso(iso: &str, granularity: Granularity) -> Option<(Date, Date)> {
    if let Some((a, b)) = iso.split_once('/') {
        let (start, _) = window_of_iso(a, Granularity::Day)?;
        let (_, end) = window_of_iso(b, Granularity::Day)?;
        return (start <= end).then_some((start, end));
    }
    if iso.starts_with('-') {
        return None;
    }
    let day_part = iso.split('T').next().unwrap_or(iso);
    if let Some((y, w)) = day_part.split_once("-W") {
        let (y, w) = (y.parse::<i16>().ok()?, w.parse::<i8>().ok()?);
        let start = ISOWeekDate::new(y, w, Weekday::Monday).ok()?.date();
        return Some((start, start.checked_add(6.days()).ok()?));
    }
    let mut parts = day_part.split('-');
    let y: i16 = parts.next()?.parse().ok()?;
    let m: Option<i8> = parts.next().map(str::parse).transpose().ok()?;
    let d: Option<i8> = parts.next().map(str::parse).transpose().ok()?;
    // `198` (the 1980s): from its first year to its last
    if granularity == Granularity::Decade {
        let d: i16 = day_part.parse().ok()?;
        return Some((
            Date::new(d.checked_mul(10)?, 1, 1).ok()?,
            Date::new(d.checked_mul(10)? + 9, 12, 31).ok()?,
        ));
    }
    match (m, d) {
        (Some(m), Some(d)) => {
            let day = Date::new(y, m, d).ok()?;
            Some((day, day))
        }
        (Some(m), None) => {
            let first = Date::new(y, m, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        (None, _) => Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?)),
    }
}

/// True when a date's words give it outright (`Feb. 6`, `2015`, `November 2015`) rather than
/// relative to the article date (`Monday`, `last month`, `yesterday`).
fn is_explicit(text: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = text.to_ascii_lowercase();
    text.bytes().any(|b| b.is_ascii_digit())
        || (!lower.contains("last") && !lower.contains("this") && !lower.contains("next"))
            && MONTHS.iter().any(|m| lower.contains(m))
}

/// The window a date or time quantity gives an event, when it is a past (or same-day) date of
/// at most a year: a date after the article's (`a hearing set for March 3`) is not when the
/// event happened.
pub fn window_of_quantity(q: &Quantity, article: Option<Date>) -> Option<When> {
    // (a decade, `in the 1990s`, is too long a window to date an event by)
    let t = q
        .time
        .as_ref()
        .filter(|t| t.granularity != Granularity::Decade)?;
    let (start, end) = window_of_iso(&t.iso, t.granularity)?;
    // a year before 1900 in news of events is a misread number (`1014`)
    if start.year() < 1900 || article.is_some_and(|a| start > a) {
        return None;
    }
    let source = if is_explicit(&q.text) {
        WhenSource::Explicit
    } else {
        WhenSource::Relative
    };
    // a window is never later than the article
    let end = article.map_or(end, |a| end.min(a));
    Some(When { start, end, source })
}

/// The window of an event the text gives no date for: the days up to the article date.
pub fn article_window(article: Date) -> When {
    let start = article
        .checked_sub(ARTICLE_WINDOW_DAYS.days())
        .unwrap_or(article);
    When {
        start,
        end: article,
        source: WhenSource::ArticleDate,
    }
}

/// The number of days between two windows (0 when they overlap).
pub fn gap_days(a: &When, b: &When) -> i64 {
    let (late_start, early_end) = if a.start >= b.start {
        (a.start, b.end)
    } else {
        (b.start, a.end)
    };
    if late_start <= early_end {
        return 0;
    }
    i64::from(
        early_end
            .until(late_start)
            .map(|s| s.get_days())
            .unwrap_or(i32::MAX),
    )
}

/// The number of days a window spans, its ends included.
pub fn width_days(w: &When) -> i64 {
    i64::from(w.start.until(w.end).map(|s| s.get_days()).unwrap_or(0)) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn iso_values_become_windows_of_their_granularity() {
        let day = |y, m, d| date(y, m, d);
        assert_eq!(
            window_of_iso("2015-11", Granularity::Month),
            Some((day(2015, 11, 1), day(2015, 11, 30)))
        );
        assert_eq!(
            window_of_iso("2017-02-04/2017-02-06", Granularity::Day),
            Some((day(2017, 2, 4), day(2017, 2, 6)))
        );
        assert_eq!(
            window_of_iso("2025-W28", Granularity::Week),
            Some((day(2025, 7, 7), day(2025, 7, 13)))
        );
        assert_eq!(
            window_of_iso("2025-07-07T18:30", Granularity::Minute),
            Some((day(2025, 7, 7), day(2025, 7, 7)))
        );
        assert_eq!(
            window_of_iso("2016", Granularity::Year),
            Some((day(2016, 1, 1), day(2016, 12, 31)))
        );
        assert_eq!(
            window_of_iso("198", Granularity::Decade),
            Some((day(1980, 1, 1), day(1989, 12, 31)))
        );
        assert_eq!(window_of_iso("-0044-03-15", Granularity::Day), None);
        assert_eq!(window_of_iso("garbage", Granularity::Day), None);
    }

    #[test]
    fn gaps_between_windows_count_days_apart() {
        let w = |s, e| When {
            start: s,
            end: e,
            source: WhenSource::Explicit,
        };
        let a = w(date(2016, 1, 1), date(2016, 1, 3));
        let b = w(date(2016, 1, 3), date(2016, 1, 9));
        let c = w(date(2016, 1, 10), date(2016, 1, 10));
        assert_eq!(gap_days(&a, &b), 0);
        assert_eq!(gap_days(&a, &c), 7);
        assert_eq!(gap_days(&c, &a), 7);
        assert_eq!(width_days(&b), 7);
    }

    #[test]
    fn relative_words_are_relative_and_dates_explicit() {
        assert!(is_explicit("Feb. 6"));
        assert!(is_explicit("November 2015"));
        assert!(!is_explicit("Monday"));
        assert!(!is_explicit("last month"));
    }
}
