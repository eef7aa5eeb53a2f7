//! Place names to IANA time zones, and the clock arithmetic of `6:30pm local time (22:30 GMT)`.

use aho_corasick::{AhoCorasick, MatchKind};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{TimeZone, TimeZoneDatabase};
use std::sync::OnceLock;

use crate::error::Error;

/// The default gazetteer (see `data/zones.tsv` for provenance).
const BUILTIN: &str = include_str!("../data/zones.tsv");

/// A gazetteer of place names with their time zone, searchable in sentences.
#[derive(Debug, Clone)]
pub struct Zones {
    names: Vec<(String, String)>,
    automaton: AhoCorasick,
}

impl Default for Zones {
    fn default() -> Zones {
        Zones::builtin()
    }
}

impl Zones {
    /// The bundled gazetteer (countries, capitals, large cities, seats of government).
    ///
    /// Its zones are not looked up in the tz database here (35 k instructions a zone, 8 M a
    /// process): a test checks that they all exist, as [`Zones::from_tsv`] does for a given file.
    pub fn builtin() -> Zones {
        Zones::parse(BUILTIN, false).expect("the bundled zones.tsv is valid")
    }

    /// Parses a gazetteer: one `name<TAB>Area/City` a line, `#` comments. Every zone must exist
    /// in the bundled tz database.
    pub fn from_tsv(text: &str) -> Result<Zones, Error> {
        Zones::parse(text, true)
    }

    /// [`Zones::from_tsv`], checking each zone against the tz database if `check`.
    fn parse(text: &str, check: bool) -> Result<Zones, Error> {
        let mut names = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let Some((name, zone)) = line.split_once('\t') else {
                return Err(Error::Gazetteer {
                    line: i + 1,
                    reason: "expected NAME<TAB>ZONE".into(),
                });
            };
            if check && tzdb().get(zone.trim()).is_err() {
                return Err(Error::Gazetteer {
                    line: i + 1,
                    reason: format!("unknown time zone {zone:?}"),
                });
            }
            names.push((name.trim().to_string(), zone.trim().to_string()));
        }
        Zones::from_pairs(names)
    }

    /// Adds entries (later entries with the same name replace earlier ones).
    pub fn extend(&mut self, other: &Zones) -> Result<(), Error> {
        let mut names = self.names.clone();
        names.extend(other.names.iter().cloned());
        *self = Zones::from_pairs(names)?;
        Ok(())
    }

    fn from_pairs(mut names: Vec<(String, String)>) -> Result<Zones, Error> {
        // Last entry for a name wins; keep a deterministic order.
        names.reverse();
        let mut seen = std::collections::BTreeSet::new();
        names.retain(|(n, _)| seen.insert(n.clone()));
        names.sort();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names.iter().map(|(n, _)| n.as_str()))
            .map_err(|e| Error::Gazetteer {
                line: 0,
                reason: e.to_string(),
            })?;
        Ok(Zones { names, automaton })
    }

    /// The zone of a place name, exactly as listed (case-insensitive fallback).
    pub fn zone_of(&self, place: &str) -> Option<&str> {
        let place = place.trim();
        self.names
            .iter()
            .find(|(n, _)| n == place)
            .or_else(|| {
                self.names
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(place))
            })
            .map(|(_, z)| z.as_str())
    }

    /// Places named in `text`, in text order, as `(name, zone)`, whole words only.
    pub fn find_in<'a>(&'a self, text: &str) -> Vec<(&'a str, &'a str)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for m in self.automaton.find_iter(text) {
            let before_ok = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            let after_ok = m.end() == bytes.len() || !bytes[m.end()].is_ascii_alphanumeric();
            if before_ok && after_ok {
                let (n, z) = &self.names[m.pattern().as_usize()];
                out.push((n.as_str(), z.as_str()));
            }
        }
        out
    }
}

/// The bundled tz database (the same on every machine, unlike the system one).
pub(crate) fn tzdb() -> &'static TimeZoneDatabase {
    static DB: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DB.get_or_init(TimeZoneDatabase::bundled)
}

/// The UTC clock time of a local clock time on `date` in `zone`, and the zone's offset then.
pub(crate) fn local_to_utc(date: Date, local: Time, zone: &str) -> Option<(Time, String)> {
    let tz: TimeZone = tzdb().get(zone).ok()?;
    let zoned = DateTime::from_parts(date, local).to_zoned(tz).ok()?;
    let offset = zoned.offset().to_string();
    let utc = zoned.timestamp().to_zoned(TimeZone::UTC);
    Some((utc.time(), offset))
}

/// Reads a clock time from an ISO value (`2025-07-07T18:30`, `T22:30Z`) or from the text as
/// written (`6:30pm`, `22:30`, `11am`, `8 p.m.`). Returns the date part of the ISO value too.
pub(crate) fn parse_clock(iso: Option<&str>, text: &str) -> Option<(Option<Date>, Time)> {
    if let Some(iso) = iso
        && let Some((d, t)) = iso.split_once('T')
    {
        let date = d.parse::<Date>().ok();
        let t = t.trim_end_matches('Z');
        let mut parts = t.split(':');
        let h: i8 = parts.next()?.parse().ok()?;
        let m: i8 = parts.next().unwrap_or("0").parse().ok()?;
        if let Ok(time) = Time::new(h, m, 0, 0) {
            return Some((date, time));
        }
    }
    parse_clock_text(text).map(|t| (None, t))
}

fn parse_clock_text(text: &str) -> Option<Time> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find(|c: char| c.is_ascii_digit())?;
    let rest = &lower[start..];
    let hend = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let mut h: i8 = rest[..hend].parse().ok()?;
    let mut rest = &rest[hend..];
    let mut m: i8 = 0;
    if let Some(r) = rest.strip_prefix(':').or_else(|| {
        rest.strip_prefix('.')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    }) {
        let mend = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
        m = r[..mend].parse().ok()?;
        rest = &r[mend..];
    }
    let suffix: String = rest
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .take(2)
        .collect();
    match suffix.as_str() {
        "pm" if h < 12 => h += 12,
        "am" if h == 12 => h = 0,
        _ => {}
    }
    Time::new(h, m, 0, 0).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn the_builtin_zones_are_all_in_the_tz_database() {
        let checked = Zones::from_tsv(BUILTIN).expect("every bundled zone exists");
        assert_eq!(checked.names, Zones::builtin().names);
    }

    #[test]
    fn washington_in_july_is_utc_minus_four() {
        let z = Zones::builtin();
        assert_eq!(z.zone_of("Washington, DC"), Some("America/New_York"));
        let (utc, off) =
            local_to_utc(date(2025, 7, 7), time(18, 30, 0, 0), "America/New_York").unwrap();
        assert_eq!(utc, time(22, 30, 0, 0));
        assert_eq!(off, "-04");
        let (utc, _) = local_to_utc(date(2026, 2, 20), time(20, 0, 0, 0), "Africa/Maputo").unwrap();
        assert_eq!(utc, time(18, 0, 0, 0));
    }

    #[test]
    fn finds_whole_word_places_longest_first() {
        let z = Zones::builtin();
        let found = z.find_in("Talks in Washington, DC and Doha; not Omanis.");
        assert_eq!(
            found,
            vec![
                ("Washington, DC", "America/New_York"),
                ("Doha", "Asia/Qatar")
            ]
        );
    }

    #[test]
    fn clocks() {
        assert_eq!(
            parse_clock(None, "6:30pm"),
            Some((None, time(18, 30, 0, 0)))
        );
        assert_eq!(parse_clock(None, "11am"), Some((None, time(11, 0, 0, 0))));
        assert_eq!(parse_clock(None, "8 p.m."), Some((None, time(20, 0, 0, 0))));
        assert_eq!(parse_clock(None, "12am"), Some((None, time(0, 0, 0, 0))));
        assert_eq!(
            parse_clock(Some("2025-07-07T22:30Z"), "x"),
            Some((Some(date(2025, 7, 7)), time(22, 30, 0, 0)))
        );
    }

    #[test]
    fn bad_gazetteer_lines_are_errors() {
        assert!(Zones::from_tsv("Nowhere\tMars/Olympus").is_err());
        assert!(Zones::from_tsv("no tab here").is_err());
        let mut z = Zones::builtin();
        z.extend(&Zones::from_tsv("Porto Test\tAfrica/Maputo\n").unwrap())
            .unwrap();
        assert_eq!(z.zone_of("porto test"), Some("Africa/Maputo"));
    }
}
