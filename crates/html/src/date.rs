//! Publication dates: where a page states one, read in a fixed order of trust, and the date
//! strings those places hold (ISO 8601 and its common variants) turned into calendar dates.

use jiff::civil::Date;

/// Where a page's date came from, in the order they are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DateSource {
    /// A `<meta>` tag: `article:published_time`, `og:published_time`, `date`, `DC.date.issued`...
    Meta,
    /// `datePublished` in a JSON-LD (`application/ld+json`) block.
    JsonLd,
    /// A `<time>` element (one marked `pubdate` or `itemprop=datePublished` first).
    Time,
    /// A date in the URL's path (`/2024/03/15/`, `/2024-03-15-...`).
    Url,
    /// The capture date the caller gave (a WARC record's `WARC-Date`): the last resort.
    Capture,
}

impl DateSource {
    /// The name used in output records (`meta`, `json-ld`, `time`, `url`, `capture`).
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Meta => "meta",
            DateSource::JsonLd => "json-ld",
            DateSource::Time => "time",
            DateSource::Url => "url",
            DateSource::Capture => "capture",
        }
    }
}

/// Plausible publication years: outside them a string is a product code, not a date.
const YEARS: std::ops::RangeInclusive<i16> = 1990..=2100;

fn ymd(y: &str, m: &str, d: &str) -> Option<Date> {
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !YEARS.contains(&y) {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// The calendar date a date string starts with: `2024-03-15`, `2024-03-15T10:00:00Z`,
/// `2024/03/15`, `20240315`. The date as written (no time-zone shift: a page's own date is
/// the day its readers saw).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10 && b[..10].is_ascii() && matches!(b[4], b'-' | b'/' | b'.') && b[7] == b[4] {
        return ymd(&s[..4], &s[5..7], &s[8..10]);
    }
    if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && b.get(8).is_none_or(|c| !c.is_ascii_digit())
    {
        return ymd(&s[..4], &s[4..6], &s[6..8]);
    }
    None
}

/// A date in a URL's path: three segments `/YYYY/MM/DD/`, or a segment starting `YYYY-MM-DD`.
/// A year and month alone (`/2024/03/`) are not a date.
pub fn url_date(url: &str) -> Option<Date> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segs: Vec<&str> = path.split('/').skip(1).collect();
    for w in segs.windows(3) {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if digits(w[0], 4) && (digits(w[1], 2) || digits(w[1], 1)) {
            let day: String = w[2].chars().take_while(char::is_ascii_digit).collect();
            if (1..=2).contains(&day.len())
                && (day.len() == w[2].len() || !w[2].as_bytes()[day.len()].is_ascii_digit())
            {
                if let Some(d) = ymd(w[0], w[1], &day) {
                    return Some(d);
                }
            }
        }
    }
    segs.iter().find_map(|s| {
        let b = s.as_bytes();
        (b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && b[..10].is_ascii())
            .then(|| parse_date(&s[..10]))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_variants_parse() {
        let d = Some(jiff::civil::date(2024, 3, 15));
        for s in [
            "2024-03-15",
            "2024-03-15T23:30:00-05:00",
            " 2024/03/15 ",
            "20240315",
            "2024.03.15",
        ] {
            assert_eq!(parse_date(s), d, "{s}");
        }
        for s in [
            "March 15, 2024",
            "15/03/2024",
            "0001-01-01",
            "2024-13-01",
            "",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }

    #[test]
    fn url_dates() {
        let d = Some(jiff::civil::date(2019, 10, 8));
        assert_eq!(url_date("https://x.com/news/2019/10/08/story-title/"), d);
        assert_eq!(url_date("https://x.com/2019/10/8/12345/story"), d);
        assert_eq!(url_date("https://x.com/a/2019-10-08-story.html"), d);
        assert_eq!(url_date("https://x.com/2019/10/story"), None);
        assert_eq!(url_date("https://x.com/id/20191008123"), None);
    }
}
