//! Series: the claims about one measure, ordered by the date they apply to.

use jiff::civil::Date;
use reckon_claims::{Granularity, QuantityKind, Value};
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::context::Context;
use crate::cues::Cues;
use crate::interval::Interval;
use crate::record::{ClaimRecord, Evidence};

/// One claim in a series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The date the claim applies to (its stated time, else the article date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The value as written (bounds, approximation).
    pub value: Value,
    /// The values the figure is compatible with, tolerance included.
    pub interval: Interval,
    /// True for an earlier value restated (`up from about 18,000`) whose own date is unknown;
    /// such points are shown but not compared with the figures of the article's date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prior: bool,
    /// Where the claim is.
    pub evidence: Evidence,
    /// What the claim's sentence says about its happening (not serialised).
    #[serde(skip)]
    pub(crate) context: Context,
}

/// All claims about one measure (and place), in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// The grouping key: the measure without its place (`killed+person`), plus `@place` (the
    /// place in key form, stated or inferred, see the crate README), plus `[unit]` for money,
    /// percentages and dimensions: `killed+person@cassuaro`.
    pub key: String,
    /// The extractor's measure key without the place (`killed+person`).
    pub measure_key: String,
    /// The place, when the claims name one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The unit (ISO 4217 code, `%`, a unit symbol), when not a plain count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What kind of quantity.
    pub kind: QuantityKind,
    /// True when most claims say the measure is cumulative (a toll that can only grow).
    pub cumulative: bool,
    /// A human label (`killed person · Cassuaro`).
    pub label: String,
    /// The archive-wide event the series counts (`Event::id`), for a series of one event's
    /// figures; absent for a series keyed by measure and place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The claims, ordered by date (undated last), then document and claim index.
    pub points: Vec<Point>,
}

impl Series {
    /// The latest dated point that is not a restated earlier value (ties: the last in order).
    pub fn latest(&self) -> Option<&Point> {
        self.points
            .iter()
            .filter(|p| !p.prior && p.date.is_some())
            .max_by_key(|p| p.date)
    }

    /// The smallest and largest finite figure stated, as written (ignoring tolerance).
    pub fn range(&self) -> Option<(f64, f64)> {
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        for p in &self.points {
            for b in [p.value.low, p.value.high].into_iter().flatten() {
                lo = lo.min(b.value);
                hi = hi.max(b.value);
            }
        }
        (lo <= hi).then_some((lo, hi))
    }

    /// Number of distinct documents in the series.
    pub fn documents(&self) -> usize {
        let mut ids: Vec<&str> = self
            .points
            .iter()
            .map(|p| p.evidence.doc_id.as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }

    /// Distinct dates with at least one point (not counting restated earlier values).
    pub fn dates(&self) -> Vec<Date> {
        let mut d: Vec<Date> = self
            .points
            .iter()
            .filter(|p| !p.prior)
            .filter_map(|p| p.date)
            .collect();
        d.dedup();
        d
    }
}

/// Kinds of quantity that form series.
fn seriesable(kind: QuantityKind) -> bool {
    matches!(
        kind,
        QuantityKind::Count
            | QuantityKind::Money
            | QuantityKind::Dimension
            | QuantityKind::Percent
            | QuantityKind::Fraction
    )
}

/// The place of a claim, as written, when it has one.
fn place_of(record: &ClaimRecord) -> Option<String> {
    record
        .claim
        .frame
        .place
        .as_ref()
        .map(|p| p.trim().to_string())
        // (a description as written, `the scene`, `the region`, names no place across
        // articles: the claim keys as one without a place)
        .filter(|p| !p.is_empty() && !p.starts_with("the "))
}

/// What a record's series key is made of: the measure without its place (`killed+person`),
/// the place in key form (`cassuaro`, from `Cassuaro province`), and the unit suffix (`[USD]`).
#[derive(Debug, Clone)]
pub(crate) struct KeyParts {
    pub base: String,
    pub place: Option<String>,
    pub unit: String,
}

impl KeyParts {
    /// `base@place[unit]`.
    pub fn key(&self, place: Option<&str>) -> String {
        let mut key = self.base.clone();
        if let Some(p) = place {
            key.push('@');
            key.push_str(p);
        }
        key.push_str(&self.unit);
        key
    }
}

/// The parts of a record's series key, or `None` when it cannot join a series.
pub(crate) fn key_parts(record: &ClaimRecord) -> Option<KeyParts> {
    let q = &record.claim.quantity;
    if !seriesable(q.kind) || q.value.is_none() {
        return None;
    }
    let measure = record.claim.frame.measure_key.as_deref()?.trim();
    if measure.is_empty() {
        return None;
    }
    let place = place_of(record).map(|p| reckon_claims::place_key(&p));
    let mut base = measure.to_string();
    if let Some(p) = &place {
        // the extractor's key ends with the place (`killed+person+cassuaro`); older claim files
        // may hold it as written (`+cassuaro province`)
        let written = place_of(record).unwrap_or_default().to_lowercase();
        for tail in [p.as_str(), written.as_str()] {
            if let Some(b) = base.strip_suffix(tail).and_then(|b| b.strip_suffix('+')) {
                base = b.to_string();
                break;
            }
        }
    }
    let unit = match q.kind {
        QuantityKind::Money
        | QuantityKind::Dimension
        | QuantityKind::Percent
        | QuantityKind::Fraction => {
            format!("[{}]", q.unit.clone().unwrap_or_else(|| q.kind_name()))
        }
        _ => String::new(),
    };
    Some(KeyParts { base, place, unit })
}

/// The series key of a record as stated (its own place only), or `None` when it cannot join a
/// series.
#[allow(dead_code)] // the stated key, kept for tests and debugging views
pub(crate) fn key_of(record: &ClaimRecord) -> Option<String> {
    key_parts(record).map(|k| k.key(k.place.as_deref()))
}

trait KindName {
    fn kind_name(&self) -> String;
}

impl KindName for reckon_claims::Quantity {
    fn kind_name(&self) -> String {
        serde_json::to_value(self.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// The date a claim applies to: its own stated day, if it is no later than the article, else
/// the article date.
pub(crate) fn claim_date(record: &ClaimRecord) -> Option<Date> {
    stated_day(record).or(record.doc_date)
}

/// The claim's own time as a day no later than the article: a stated day, or the last day of
/// a stated week (`up from 214 a week ago`: the figure as it stood by the end of that week),
/// cut back to the article date.
fn stated_day(record: &ClaimRecord) -> Option<Date> {
    let t = record.claim.frame.time.as_ref()?;
    let d = match t.granularity {
        Granularity::Day | Granularity::Minute => t.iso.get(..10)?.parse::<Date>().ok()?,
        Granularity::Week => {
            let (year, week) = t.iso.split_once("-W")?;
            let week = week.get(..2)?.parse().ok()?;
            jiff::civil::ISOWeekDate::new(year.parse().ok()?, week, jiff::civil::Weekday::Sunday)
                .ok()?
                .date()
                .min(record.doc_date.unwrap_or(Date::MAX))
        }
        _ => return None,
    };
    record.doc_date.is_none_or(|doc| d <= doc).then_some(d)
}

/// True when the words just before the quantity mark it as an earlier value (`up from about`).
pub(crate) fn is_prior(record: &ClaimRecord) -> bool {
    // a figure dated by its own words (`up from 214 a week ago`) is a point of that date
    if stated_day(record).is_some() {
        return false;
    }
    let Some((start, _)) = record.span_in_sentence() else {
        return false;
    };
    let Some(before) = record.sentence_text.get(..start) else {
        return false;
    };
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = words.join(" ");
    // The cue must end the tail, or be followed by one modifier (`up from about`).
    let cues = Cues::prior();
    cues.ends(&tail) || words.len() >= 2 && cues.ends(&words[..words.len() - 1].join(" "))
}

/// A record with the series it goes to: what the checks group by (the series key), its
/// `measure@place` key (the same unless the record is a figure of an event several articles
/// report), its place as keyed (stated or inferred) and its event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Keyed {
    /// The series key.
    pub(crate) key: String,
    /// The `measure@place` key.
    pub(crate) legacy: String,
    /// The place the series is keyed by (key form).
    pub(crate) place: Option<String>,
    /// The archive-wide event of the series, for a series of one event's figures.
    pub(crate) event: Option<String>,
    /// The record.
    pub(crate) record: ClaimRecord,
}

impl Keyed {
    /// The series key: what the check phase groups (and a distributed runner shuffles) by.
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// The point of a record in its series.
pub(crate) fn point(config: &Config, r: &ClaimRecord, event: Option<String>) -> Point {
    let value = r.claim.quantity.value.expect("key_parts checks the value");
    let date = claim_date(r);
    Point {
        date,
        value,
        interval: Interval::tolerant(&value, config.approx_tolerance, config.rounding_tolerance),
        prior: is_prior(r),
        evidence: Evidence {
            event,
            ..Evidence::of(r, date)
        },
        context: Context::of(r),
    }
}

/// One series from its members (sorted by document and claim index, one key); `each` sees
/// every member's point, in member order, before the points are sorted by date.
pub(crate) fn assemble(
    config: &Config,
    members: &[Keyed],
    mut each: impl FnMut(&Keyed, &Point),
) -> Series {
    let first = &members[0];
    let key = first.key.clone();
    let cumulative_votes = members
        .iter()
        .filter(|m| m.record.claim.frame.cumulative)
        .count();
    let mut points: Vec<Point> = members
        .iter()
        .map(|m| {
            let p = point(config, &m.record, m.event.clone());
            each(m, &p);
            p
        })
        .collect();
    points.sort_by(|a, b| {
        (
            a.date.is_none(),
            a.date,
            &a.evidence.doc_id,
            a.evidence.claim,
        )
            .cmp(&(
                b.date.is_none(),
                b.date,
                &b.evidence.doc_id,
                b.evidence.claim,
            ))
    });
    let measure_key = match key.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => key_parts(&first.record).map(|k| k.base).unwrap_or_default(),
    };
    // the place as written by a member keyed by it, else the key form
    let place = first.place.as_ref().map(|root| {
        members
            .iter()
            .filter_map(|m| place_of(&m.record))
            .find(|p| reckon_claims::place_key(p) == *root)
            .unwrap_or_else(|| root.clone())
    });
    let event = first.event.clone();
    let label = match &place {
        _ if event.is_some() => format!(
            "{} · event {}",
            measure_key.replace(['+', '_'], " "),
            event.as_deref().unwrap_or_default()
        ),
        Some(p) if key.contains('@') => {
            format!("{} · {p}", measure_key.replace(['+', '_'], " "))
        }
        _ => measure_key.replace(['+', '_'], " "),
    };
    Series {
        key,
        measure_key,
        place,
        unit: first.record.claim.quantity.unit.clone(),
        kind: first.record.claim.quantity.kind,
        cumulative: cumulative_votes * 2 > members.len(),
        label,
        event,
        points,
    }
}
