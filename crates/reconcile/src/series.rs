//! Series: the claims about one measure, ordered by the date they apply to.

use jiff::civil::Date;
use reckon_claims::{Granularity, QuantityKind, Value};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::{ClaimRecord, Config, Evidence, Interval};

/// Cue words that mark a figure as an earlier value restated (`up from 18,000`).
const PRIOR_CUES: &str = include_str!("../data/prior_cues.txt");

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
}

/// All claims about one measure (and place), in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// The grouping key: the claim's measure key, plus `@place` when the place is not already
    /// part of it, plus `[unit]` for money, percentages and dimensions.
    pub key: String,
    /// The extractor's measure key.
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
        .filter(|p| !p.is_empty())
}

/// The series key of a record, or `None` when it cannot join a series.
pub(crate) fn key_of(record: &ClaimRecord) -> Option<String> {
    let q = &record.claim.quantity;
    if !seriesable(q.kind) || q.value.is_none() {
        return None;
    }
    let measure = record.claim.frame.measure_key.as_deref()?.trim();
    if measure.is_empty() {
        return None;
    }
    let mut key = measure.to_string();
    if let Some(place) = place_of(record) {
        let norm = place.to_lowercase();
        let lower = measure.to_lowercase();
        let in_key = [norm.replace(' ', "_"), norm.replace(' ', "-"), norm.clone()]
            .iter()
            .any(|p| lower.contains(p.as_str()));
        if !in_key {
            key.push('@');
            key.push_str(&norm);
        }
    }
    match q.kind {
        QuantityKind::Money
        | QuantityKind::Dimension
        | QuantityKind::Percent
        | QuantityKind::Fraction => {
            let unit = q.unit.clone().unwrap_or_else(|| q.kind_name());
            key.push('[');
            key.push_str(&unit);
            key.push(']');
        }
        _ => {}
    }
    Some(key)
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
    if let Some(t) = &record.claim.frame.time
        && matches!(t.granularity, Granularity::Day | Granularity::Minute)
        && let Some(d) = t.iso.get(..10).and_then(|s| s.parse::<Date>().ok())
        && record.doc_date.is_none_or(|doc| d <= doc)
    {
        return Some(d);
    }
    record.doc_date
}

fn prior_cues() -> &'static [String] {
    static CUES: OnceLock<Vec<String>> = OnceLock::new();
    CUES.get_or_init(|| crate::checks::cue_lines(PRIOR_CUES))
}

/// True when the words just before the quantity mark it as an earlier value (`up from about`).
pub(crate) fn is_prior(record: &ClaimRecord) -> bool {
    if record.claim.frame.time.is_some() {
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
    prior_cues().iter().any(|cue| {
        // The cue must end the tail, or be followed by one modifier (`up from about`).
        tail.ends_with(cue.as_str())
            || words.len() >= 2 && words[..words.len() - 1].join(" ").ends_with(cue.as_str())
    })
}

/// Builds the series; also returns, per record, the series key and point index it went to.
pub(crate) fn build(
    config: &Config,
    records: &[ClaimRecord],
) -> (Vec<Series>, Vec<Option<(String, Point)>>) {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut placed: Vec<Option<(String, Point)>> = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        let Some(key) = key_of(r) else {
            placed.push(None);
            continue;
        };
        let value = r.claim.quantity.value.expect("key_of checks the value");
        let date = claim_date(r);
        let point = Point {
            date,
            value,
            interval: Interval::tolerant(
                &value,
                config.approx_tolerance,
                config.rounding_tolerance,
            ),
            prior: is_prior(r),
            evidence: Evidence::of(r, date),
        };
        groups.entry(key.clone()).or_default().push(i);
        placed.push(Some((key, point)));
    }
    let mut series = Vec::with_capacity(groups.len());
    for (key, members) in groups {
        let first = &records[members[0]];
        let cumulative_votes = members
            .iter()
            .filter(|&&i| records[i].claim.frame.cumulative)
            .count();
        let mut points: Vec<Point> = members
            .iter()
            .map(|&i| placed[i].as_ref().expect("grouped").1.clone())
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
        let measure_key = first.claim.frame.measure_key.clone().unwrap_or_default();
        let place = members.iter().find_map(|&i| place_of(&records[i]));
        let label = match &place {
            Some(p) if key.contains('@') => {
                format!("{} · {p}", measure_key.replace(['+', '_'], " "))
            }
            _ => measure_key.replace(['+', '_'], " "),
        };
        series.push(Series {
            key,
            measure_key,
            place,
            unit: first.claim.quantity.unit.clone(),
            kind: first.claim.quantity.kind,
            cumulative: cumulative_votes * 2 > members.len(),
            label,
            points,
        });
    }
    (series, placed)
}
