//! The checks: conflicts, monotonicity, parts and wholes, durations, clocks and percentages.

use jiff::civil::Date;
use jiff::{ToSpan, Unit};
use reckon_claims::{Granularity, QuantityKind, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::OnceLock;

use crate::interval::num;
use crate::series::{self, Point};
use crate::zones::{local_to_utc, parse_clock};
use crate::{
    ClaimRecord, Config, Evidence, Finding, FindingKind, Interval, Reconciliation, Series, Severity,
};

const CAUSE_CUES: &str = include_str!("../data/cause_cues.txt");
const DURATION_CUES: &str = include_str!("../data/duration_cues.txt");

/// The non-comment, non-empty lines of a cue file, lowercased.
pub(crate) fn cue_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

fn cues(cell: &'static OnceLock<Vec<String>>, text: &str) -> &'static [String] {
    cell.get_or_init(|| cue_lines(text))
}

/// True when `text` contains one of `cues` as whole words (case-insensitive).
fn has_cue(text: &str, cues: &[String]) -> bool {
    let lower = text.to_lowercase();
    cues.iter().any(|cue| {
        lower.match_indices(cue.as_str()).any(|(i, m)| {
            let before = lower[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = lower[i + m.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
    })
}

/// `14 Feb 2026`.
pub(crate) fn fmt_date(d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {} {}",
        d.day(),
        MONTHS[(d.month() - 1) as usize],
        d.year()
    )
}

/// Runs every check over records sorted by `(doc_id, claim index)`.
pub(crate) fn run(config: &Config, records: &[ClaimRecord]) -> Reconciliation {
    let (series, placed) = series::build(config, records);
    let by_key: BTreeMap<&str, &Series> = series.iter().map(|s| (s.key.as_str(), s)).collect();
    let mut out = Out::default();
    for s in series
        .iter()
        .filter(|s| checked_across_documents(config, s))
    {
        conflicts(config, s, &mut out);
        if s.cumulative {
            decreases(config, s, &mut out);
        } else {
            stock_rises(config, s, &mut out);
        }
    }
    let docs = doc_ranges(records);
    let pairs = parts_in_articles(config, records, &docs, &placed, &mut out);
    parts_across_articles(&pairs, &by_key, &mut out);
    for range in &docs {
        let doc = &records[range.clone()];
        durations(config, doc, &mut out);
        clocks(config, doc, &mut out);
        percents(config, doc, &mut out);
    }
    let sort = |v: &mut Vec<Finding>| {
        v.sort_by(|a, b| {
            (
                a.date.is_none(),
                a.date,
                a.kind,
                &a.series,
                &a.evidence,
                &a.explanation,
            )
                .cmp(&(
                    b.date.is_none(),
                    b.date,
                    b.kind,
                    &b.series,
                    &b.evidence,
                    &b.explanation,
                ))
        });
        v.dedup();
    };
    sort(&mut out.findings);
    sort(&mut out.passed);
    Reconciliation {
        series,
        findings: out.findings,
        passed: out.passed,
    }
}

#[derive(Default)]
struct Out {
    findings: Vec<Finding>,
    passed: Vec<Finding>,
}

#[allow(clippy::too_many_arguments)] // one call site per check; a struct would only rename them
fn finding(
    kind: FindingKind,
    severity: Severity,
    series: Option<&str>,
    date: Option<Date>,
    explanation: String,
    arithmetic: String,
    evidence: Vec<Evidence>,
) -> Finding {
    Finding {
        kind,
        severity,
        series: series.map(str::to_string),
        date,
        explanation,
        arithmetic,
        evidence,
    }
}

/// Ranges of records that belong to one document (records are sorted by document).
fn doc_ranges(records: &[ClaimRecord]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=records.len() {
        if i == records.len() || records[i].doc_id != records[start].doc_id {
            if start < i {
                out.push(start..i);
            }
            start = i;
        }
    }
    out
}

/// Non-prior points grouped by date.
fn by_date(s: &Series) -> BTreeMap<Date, Vec<&Point>> {
    let mut m: BTreeMap<Date, Vec<&Point>> = BTreeMap::new();
    for p in &s.points {
        if let (Some(d), false) = (p.date, p.prior) {
            m.entry(d).or_default().push(p);
        }
    }
    m
}

fn quote(p: &Point) -> String {
    format!("“{}” ({})", p.evidence.text, p.evidence.cite())
}

/// The point with the highest lower end, and the one with the lowest upper end.
fn extremes<'a>(points: &[&'a Point]) -> (&'a Point, &'a Point) {
    let mut top = points[0];
    let mut bottom = points[0];
    for &p in &points[1..] {
        if p.interval.lo > top.interval.lo
            || (p.interval.lo == top.interval.lo && !p.interval.lo_inclusive)
        {
            top = p;
        }
        if p.interval.hi < bottom.interval.hi
            || (p.interval.hi == bottom.interval.hi && !p.interval.hi_inclusive)
        {
            bottom = p;
        }
    }
    (top, bottom)
}

/// A representative magnitude of an interval (a finite end), for the ratio guard.
fn magnitude(i: &Interval) -> Option<f64> {
    [i.lo, i.hi].into_iter().find(|v| v.is_finite() && *v > 0.0)
}

/// True when two figures are close enough in size to be about the same thing: figures more than
/// `max_ratio` apart are more likely about different events than contradictory reports.
fn comparable(config: &Config, a: &Interval, b: &Interval) -> bool {
    match (magnitude(a), magnitude(b)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= config.max_ratio,
        _ => true,
    }
}

/// Whether a series takes part in the checks across documents (conflict, monotonicity).
fn checked_across_documents(config: &Config, s: &Series) -> bool {
    !matches!(s.kind, QuantityKind::Percent | QuantityKind::Fraction)
        && (s.place.is_some() || !config.require_place)
}

/// The pair `(high, low)` with `high` wholly above `low`, from different documents, comparable in
/// size, with the widest gap (first in point order on ties).
fn worst_pair<'a>(
    config: &Config,
    highs: &[&'a Point],
    lows: &[&'a Point],
) -> Option<(&'a Point, &'a Point)> {
    // Only the highest and lowest few can form the widest gap; bounding them keeps a date with
    // thousands of claims linear (sort is stable, so ties keep point order).
    const K: usize = 64;
    let mut highs = highs.to_vec();
    highs.sort_by(|a, b| b.interval.lo.total_cmp(&a.interval.lo));
    highs.truncate(K);
    let mut lows = lows.to_vec();
    lows.sort_by(|a, b| a.interval.hi.total_cmp(&b.interval.hi));
    lows.truncate(K);
    let mut worst: Option<(f64, &Point, &Point)> = None;
    for &h in &highs {
        for &l in &lows {
            if h.evidence.doc_id == l.evidence.doc_id
                || !h.interval.above(&l.interval)
                || magnitude(&h.interval).is_none_or(|v| v < config.min_value)
                || !comparable(config, &h.interval, &l.interval)
            {
                continue;
            }
            let gap = h.interval.lo - l.interval.hi;
            if worst.is_none_or(|(g, _, _)| gap > g) {
                worst = Some((gap, h, l));
            }
        }
    }
    worst.map(|(_, h, l)| (h, l))
}

fn conflicts(config: &Config, s: &Series, out: &mut Out) {
    for (date, points) in by_date(s) {
        if points.len() < 2 {
            continue;
        }
        if let Some((top, bottom)) = worst_pair(config, &points, &points) {
            out.findings.push(finding(
                FindingKind::Conflict,
                Severity::High,
                Some(&s.key),
                Some(date),
                format!(
                    "On {}, two figures for “{}” cannot both be true: {} against {}.",
                    fmt_date(date),
                    s.label,
                    quote(top),
                    quote(bottom)
                ),
                format!(
                    "{} and {} do not overlap",
                    top.interval.describe(),
                    bottom.interval.describe()
                ),
                vec![top.evidence.clone(), bottom.evidence.clone()],
            ));
        }
    }
}

/// Days from `a` to `b`.
fn days_between(a: Date, b: Date) -> i64 {
    (b - a).get_days() as i64
}

fn decreases(config: &Config, s: &Series, out: &mut Out) {
    let dates = by_date(s);
    let list: Vec<(&Date, &Vec<&Point>)> = dates.iter().collect();
    for (i, (date, points)) in list.iter().enumerate() {
        let earlier: Vec<&Point> = list[..i]
            .iter()
            .filter(|(d, _)| days_between(**d, **date) <= config.window_days)
            .flat_map(|(_, ps)| ps.iter().copied())
            .collect();
        if let Some((b, bottom)) = worst_pair(config, &earlier, points) {
            out.findings.push(finding(
                FindingKind::CumulativeDecrease,
                Severity::High,
                Some(&s.key),
                Some(**date),
                format!(
                    "The cumulative figure for “{}” falls from {} to {}, but a running total cannot go down.",
                    s.label,
                    quote(b),
                    quote(bottom)
                ),
                format!("{} is below the earlier {}", bottom.interval.describe(), b.interval.describe()),
                vec![b.evidence.clone(), bottom.evidence.clone()],
            ));
        }
    }
}

fn stock_rises(config: &Config, s: &Series, out: &mut Out) {
    static CELL: OnceLock<Vec<String>> = OnceLock::new();
    let cause = cues(&CELL, CAUSE_CUES);
    let dates = by_date(s);
    let mut prev: Option<(Date, Vec<&Point>)> = None;
    for (date, points) in dates {
        if let Some((before_date, before)) = &prev
            && days_between(*before_date, date) <= config.window_days
        {
            let hull_before = before
                .iter()
                .skip(1)
                .fold(before[0].interval, |h, p| h.hull(&p.interval));
            let hull_now = points
                .iter()
                .skip(1)
                .fold(points[0].interval, |h, p| h.hull(&p.interval));
            let explained = points.iter().any(|p| has_cue(&p.evidence.sentence, cause));
            if hull_now.above(&hull_before)
                && !explained
                && comparable(config, &hull_now, &hull_before)
                && magnitude(&hull_now).is_some_and(|v| v >= config.min_value)
            {
                let (_, low_before) = extremes(before);
                let (high_now, _) = extremes(&points);
                out.findings.push(finding(
                    FindingKind::StockRiseWithoutCause,
                    Severity::Low,
                    Some(&s.key),
                    Some(date),
                    format!(
                        "“{}” rises from {} to {} and the article gives no reason for the increase.",
                        s.label,
                        quote(low_before),
                        quote(high_now)
                    ),
                    format!("{} > {}", hull_now.describe(), hull_before.describe()),
                    vec![low_before.evidence.clone(), high_now.evidence.clone()],
                ));
            }
        }
        prev = Some((date, points));
    }
}

/// A part-whole pair of series keys with the claims that established it.
type Pairs = BTreeMap<(String, String), (Evidence, Evidence)>;

fn parts_in_articles(
    config: &Config,
    records: &[ClaimRecord],
    docs: &[Range<usize>],
    placed: &[Option<(String, Point)>],
    out: &mut Out,
) -> Pairs {
    let mut pairs = Pairs::new();
    for range in docs {
        let index: BTreeMap<u32, usize> =
            range.clone().map(|i| (records[i].claim.index, i)).collect();
        for pi in range.clone() {
            let part = &records[pi];
            for w in &part.part_of {
                let Some(&wi) = index.get(w) else { continue };
                let whole = &records[wi];
                let (Some(pv), Some(wv)) = (part.claim.quantity.value, whole.claim.quantity.value)
                else {
                    continue;
                };
                let pint =
                    Interval::tolerant(&pv, config.approx_tolerance, config.rounding_tolerance);
                let wint =
                    Interval::tolerant(&wv, config.approx_tolerance, config.rounding_tolerance);
                let date = series::claim_date(part);
                if pint.above(&wint) {
                    out.findings.push(finding(
                        FindingKind::PartExceedsWhole,
                        Severity::High,
                        None,
                        date,
                        format!(
                            "In {}, “{}” is given as part of “{}” but is larger than it.",
                            part.doc_id, part.claim.quantity.text, whole.claim.quantity.text
                        ),
                        format!("{} > {}", pint.describe(), wint.describe()),
                        vec![
                            Evidence::of(part, date),
                            Evidence::of(whole, series::claim_date(whole)),
                        ],
                    ));
                }
                if let (Some((pk, _)), Some((wk, _))) = (&placed[pi], &placed[wi])
                    && pk != wk
                {
                    pairs.entry((pk.clone(), wk.clone())).or_insert_with(|| {
                        (
                            Evidence::of(part, date),
                            Evidence::of(whole, series::claim_date(whole)),
                        )
                    });
                }
            }
        }
    }
    pairs
}

fn parts_across_articles(pairs: &Pairs, by_key: &BTreeMap<&str, &Series>, out: &mut Out) {
    for ((pk, wk), (ep, ew)) in pairs {
        let (Some(ps), Some(ws)) = (by_key.get(pk.as_str()), by_key.get(wk.as_str())) else {
            continue;
        };
        let wholes = by_date(ws);
        for (date, parts) in by_date(ps) {
            let Some(ws_on_date) = wholes.get(&date) else {
                continue;
            };
            let mut worst: Option<(f64, &Point, &Point)> = None;
            for &p in &parts {
                for &w in ws_on_date {
                    if p.evidence.doc_id == w.evidence.doc_id || !p.interval.above(&w.interval) {
                        continue;
                    }
                    let gap = p.interval.lo - w.interval.hi;
                    if worst.is_none_or(|(g, _, _)| gap > g) {
                        worst = Some((gap, p, w));
                    }
                }
            }
            if let Some((_, p, w)) = worst {
                out.findings.push(finding(
                    FindingKind::PartExceedsWholeAcrossArticles,
                    Severity::High,
                    Some(&format!("{pk} -> {wk}")),
                    Some(date),
                    format!(
                        "On {}, “{}” {} is larger than “{}” {}, although {} counts the first as part of the second.",
                        fmt_date(date),
                        ps.label,
                        quote(p),
                        ws.label,
                        quote(w),
                        ep.doc_id
                    ),
                    format!("{} > {}", p.interval.describe(), w.interval.describe()),
                    vec![p.evidence.clone(), w.evidence.clone(), ep.clone(), ew.clone()],
                ));
            }
        }
    }
}

/// Records of one document grouped by sentence span, in text order.
fn sentences(doc: &[ClaimRecord]) -> BTreeMap<(u32, u32), Vec<&ClaimRecord>> {
    let mut m: BTreeMap<(u32, u32), Vec<&ClaimRecord>> = BTreeMap::new();
    for r in doc {
        m.entry((r.claim.sentence.start, r.claim.sentence.end))
            .or_default()
            .push(r);
    }
    for v in m.values_mut() {
        v.sort_by_key(|r| (r.claim.quantity.span.start, r.claim.index));
    }
    m
}

/// The earliest and latest day a resolved date may denote.
fn date_range(iso: &str, granularity: Granularity) -> Option<(Date, Date)> {
    match granularity {
        Granularity::Day | Granularity::Minute => {
            let d: Date = iso.get(..10)?.parse().ok()?;
            Some((d, d))
        }
        Granularity::Month => {
            let d: Date = format!("{}-01", iso.get(..7)?).parse().ok()?;
            Some((d, d.last_of_month()))
        }
        Granularity::Year => {
            let y: i16 = iso.get(..4)?.parse().ok()?;
            Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
        }
        Granularity::Week => None,
    }
}

/// Elapsed time from `from` to `to` in `unit`, as a fraction.
fn elapsed(from: Date, to: Date, unit: &str) -> Option<f64> {
    let days = (to - from).total((Unit::Day, from)).ok()?;
    match unit {
        "day" => Some(days),
        "week" => Some(days / 7.0),
        "month" | "year" => {
            let u = if unit == "month" {
                Unit::Month
            } else {
                Unit::Year
            };
            let span = from.until((u, to)).ok()?;
            let whole = if unit == "month" {
                span.get_months() as f64 + span.get_years() as f64 * 12.0
            } else {
                span.get_years() as f64
            };
            let anchor = if unit == "month" {
                from.checked_add((whole as i64).months()).ok()?
            } else {
                from.checked_add((whole as i64).years()).ok()?
            };
            let rest = (to - anchor).total((Unit::Day, anchor)).ok()?;
            Some(whole + rest / if unit == "month" { 30.44 } else { 365.25 })
        }
        _ => None,
    }
}

fn durations(config: &Config, doc: &[ClaimRecord], out: &mut Out) {
    static CELL: OnceLock<Vec<String>> = OnceLock::new();
    let cue = cues(&CELL, DURATION_CUES);
    let dates_in_doc: Vec<&ClaimRecord> = doc
        .iter()
        .filter(|r| r.claim.quantity.kind == QuantityKind::Date && r.claim.quantity.time.is_some())
        .collect();
    for (_, members) in sentences(doc) {
        for r in &members {
            let q = &r.claim.quantity;
            // `10-day-old` may come as a duration or as an age; both are checked.
            if !matches!(q.kind, QuantityKind::Duration | QuantityKind::Age) {
                continue;
            }
            let (Some(reference), Some(n)) = (r.doc_date, q.value.and_then(|v| v.as_exact()))
            else {
                continue;
            };
            let Some(unit) = q
                .unit
                .as_deref()
                .map(|u| u.trim_end_matches('s').to_lowercase())
            else {
                continue;
            };
            if !matches!(unit.as_str(), "day" | "week" | "month" | "year") {
                continue;
            }
            let lower = q.text.to_lowercase();
            let cued = has_cue(&r.sentence_text, cue);
            // A person's age in years (`a 27-year-old man`) is not a duration since a date.
            let aged = lower.ends_with("old")
                && (q.kind == QuantityKind::Duration || unit != "year" || cued);
            if !aged && !cued {
                continue;
            }
            // Only `N-unit-old` forms are precise enough to flag (`for three days since
            // October` links loosely), and in years only with a cue (`a 59-year-old man` is a
            // person's age). Others can only pass.
            let flaggable = lower.ends_with("old")
                && (unit != "year" || (cued && q.kind == QuantityKind::Duration));
            let test = |d: &ClaimRecord| -> Option<(bool, String)> {
                let t = d.claim.quantity.time.as_ref()?;
                let (first, last) = date_range(&t.iso, t.granularity)?;
                // A start date is strictly before the article (`today` is not a start).
                if last >= reference {
                    return None;
                }
                let min = elapsed(last, reference, &unit)?;
                let max = elapsed(first, reference, &unit)?;
                if max < 1.0 {
                    // Less than one unit ago (`63-year-old` next to `Monday`): not the start.
                    return None;
                }
                let tol = if unit == "day" {
                    config.day_tolerance as f64
                } else {
                    0.0
                };
                let ok = n >= min.floor() - tol && n <= max.ceil() + tol;
                let span = if (max - min).abs() < 1e-9 {
                    format!("{} {unit}s", num(min.floor()))
                } else {
                    format!("{} to {} {unit}s", num(min.floor()), num(max.ceil()))
                };
                Some((
                    ok,
                    format!(
                        "from “{}” ({}) to the article date ({}) is {span}; stated {}",
                        d.claim.quantity.text,
                        t.iso,
                        reference,
                        num(n)
                    ),
                ))
            };
            let same_sentence: Vec<&ClaimRecord> = members
                .iter()
                .copied()
                .filter(|d| {
                    d.claim.quantity.kind == QuantityKind::Date && d.claim.index != r.claim.index
                })
                .collect();
            let date = Some(reference);
            let results: Vec<(&ClaimRecord, bool, String)> = same_sentence
                .iter()
                .filter_map(|d| test(d).map(|(ok, a)| (*d, ok, a)))
                .collect();
            if let Some((d, _, arithmetic)) = results.iter().find(|(_, ok, _)| *ok) {
                out.passed.push(finding(
                    FindingKind::DurationMismatch,
                    Severity::Info,
                    None,
                    date,
                    format!("“{}” matches the dates: {arithmetic}.", q.text),
                    arithmetic.clone(),
                    vec![Evidence::of(r, date), Evidence::of(d, date)],
                ));
            } else if let Some((d, _, arithmetic)) = results
                .iter()
                .filter(|_| flaggable)
                .min_by_key(|(d, _, _)| d.claim.quantity.span.start.abs_diff(q.span.start))
            {
                out.findings.push(finding(
                    FindingKind::DurationMismatch,
                    Severity::Medium,
                    None,
                    date,
                    format!(
                        "“{}” does not match the dates in the same sentence: {arithmetic}.",
                        q.text
                    ),
                    arithmetic.clone(),
                    vec![Evidence::of(r, date), Evidence::of(d, date)],
                ));
            } else if aged {
                // No date in the sentence: a date elsewhere in the article may confirm, never flag.
                if let Some((d, arithmetic)) = dates_in_doc
                    .iter()
                    .filter_map(|d| test(d).filter(|(ok, _)| *ok).map(|(_, a)| (*d, a)))
                    .next()
                {
                    out.passed.push(finding(
                        FindingKind::DurationMismatch,
                        Severity::Info,
                        None,
                        date,
                        format!(
                            "“{}” matches a date elsewhere in the article: {arithmetic}.",
                            q.text
                        ),
                        arithmetic,
                        vec![Evidence::of(r, date), Evidence::of(d, date)],
                    ));
                }
            }
        }
    }
}

fn zone_text(r: &ClaimRecord) -> String {
    let t = r.claim.quantity.time.as_ref();
    format!(
        "{} {} {}",
        r.claim.quantity.text,
        t.and_then(|t| t.zone.as_deref()).unwrap_or(""),
        t.map(|t| t.iso.as_str()).unwrap_or("")
    )
    .to_lowercase()
}

fn is_local(r: &ClaimRecord) -> bool {
    zone_text(r).contains("local")
}

fn is_utc(r: &ClaimRecord) -> bool {
    let z = zone_text(r);
    z.contains("gmt")
        || z.contains("utc")
        || r.claim
            .quantity
            .time
            .as_ref()
            .is_some_and(|t| t.iso.ends_with('Z'))
}

fn clocks(config: &Config, doc: &[ClaimRecord], out: &mut Out) {
    let sents = sentences(doc);
    // Places named anywhere in the document, for sentences that name none.
    let mut doc_places: BTreeSet<(String, String)> = BTreeSet::new();
    for members in sents.values() {
        for (n, z) in config.zones.find_in(&members[0].sentence_text) {
            doc_places.insert((n.to_string(), z.to_string()));
        }
        for r in members {
            if let Some(p) = &r.claim.frame.place
                && let Some(z) = config.zones.zone_of(p)
            {
                doc_places.insert((p.clone(), z.to_string()));
            }
        }
    }
    for members in sents.values() {
        let times: Vec<&ClaimRecord> = members
            .iter()
            .copied()
            .filter(|r| r.claim.quantity.kind == QuantityKind::Time)
            .collect();
        for local in times.iter().filter(|r| is_local(r) && !is_utc(r)) {
            let Some(utc) = times
                .iter()
                .filter(|r| is_utc(r) && r.claim.index != local.claim.index)
                .min_by_key(|r| {
                    r.claim
                        .quantity
                        .span
                        .start
                        .abs_diff(local.claim.quantity.span.start)
                })
            else {
                continue;
            };
            let lt = local.claim.quantity.time.as_ref();
            let ut = utc.claim.quantity.time.as_ref();
            let Some((ldate, ltime)) =
                parse_clock(lt.map(|t| t.iso.as_str()), &local.claim.quantity.text)
            else {
                continue;
            };
            let Some((_, utime)) =
                parse_clock(ut.map(|t| t.iso.as_str()), &utc.claim.quantity.text)
            else {
                continue;
            };
            let Some(day) = ldate.or(local.doc_date) else {
                continue;
            };
            let mut here: Vec<(String, String)> = Vec::new();
            if let Some(p) = &local.claim.frame.place
                && let Some(z) = config.zones.zone_of(p)
            {
                here.push((p.clone(), z.to_string()));
            }
            for (n, z) in config.zones.find_in(&local.sentence_text) {
                if !here.iter().any(|(_, hz)| hz == z) {
                    here.push((n.to_string(), z.to_string()));
                }
            }
            let in_sentence = !here.is_empty();
            let candidates: Vec<(String, String)> = if in_sentence {
                here
            } else {
                doc_places.iter().cloned().collect()
            };
            let date = Some(day);
            let evidence = vec![Evidence::of(local, date), Evidence::of(utc, date)];
            let mut first_miss: Option<(String, String, jiff::civil::Time, String)> = None;
            let mut matched = None;
            for (place, zone) in &candidates {
                let Some((expected, offset)) = local_to_utc(day, ltime, zone) else {
                    continue;
                };
                if expected == utime {
                    matched = Some((place.clone(), zone.clone(), offset));
                    break;
                }
                if first_miss.is_none() {
                    first_miss = Some((place.clone(), zone.clone(), expected, offset));
                }
            }
            let hm = |t: jiff::civil::Time| format!("{:02}:{:02}", t.hour(), t.minute());
            if let Some((place, zone, offset)) = matched {
                out.passed.push(finding(
                    FindingKind::LocalTimeMismatch,
                    Severity::Info,
                    None,
                    date,
                    format!(
                        "“{}” in {place} is “{}”: {zone} is UTC{offset} on {}.",
                        local.claim.quantity.text,
                        utc.claim.quantity.text,
                        fmt_date(day)
                    ),
                    format!("{} local - ({offset}) = {} UTC", hm(ltime), hm(utime)),
                    evidence,
                ));
            } else if in_sentence && let Some((place, zone, expected, offset)) = first_miss {
                out.findings.push(finding(
                    FindingKind::LocalTimeMismatch,
                    Severity::Medium,
                    None,
                    date,
                    format!(
                        "“{}” in {place} ({zone}, UTC{offset} on {}) is {} GMT, not “{}”.",
                        local.claim.quantity.text,
                        fmt_date(day),
                        hm(expected),
                        utc.claim.quantity.text
                    ),
                    format!(
                        "{} local - ({offset}) = {} UTC; stated {}",
                        hm(ltime),
                        hm(expected),
                        hm(utime)
                    ),
                    evidence,
                ));
            }
        }
    }
}

fn percents(config: &Config, doc: &[ClaimRecord], out: &mut Out) {
    for members in sentences(doc).values() {
        let counts: Vec<&ClaimRecord> = members
            .iter()
            .copied()
            .filter(|r| {
                r.claim.quantity.kind == QuantityKind::Count && r.claim.quantity.value.is_some()
            })
            .collect();
        for pct in members
            .iter()
            .filter(|r| r.claim.quantity.kind == QuantityKind::Percent)
        {
            let Some(pv) = pct.claim.quantity.value else {
                continue;
            };
            // Pairs the text relates (part_of), else two counts right next to the percentage.
            let mut pairs: Vec<(&ClaimRecord, &ClaimRecord)> = Vec::new();
            for p in &counts {
                for w in &counts {
                    if p.part_of.contains(&w.claim.index) {
                        pairs.push((p, w));
                    }
                }
            }
            if pairs.is_empty() && counts.len() == 2 && adjacent(pct, &counts) {
                let (a, b) = (counts[0], counts[1]);
                let mid = |r: &ClaimRecord| {
                    let i = Interval::of(&r.claim.quantity.value.expect("filtered"));
                    if i.lo.is_finite() { i.lo } else { i.hi }
                };
                pairs.push(if mid(a) <= mid(b) { (a, b) } else { (b, a) });
            }
            let tol = |r: &ClaimRecord| {
                Interval::tolerant(
                    &r.claim.quantity.value.expect("filtered"),
                    config.approx_tolerance,
                    config.rounding_tolerance,
                )
            };
            let mut stated = Interval::tolerant(&pv, config.approx_tolerance, false);
            stated.lo -= config.percent_tolerance;
            stated.hi += config.percent_tolerance;
            stated.lo_inclusive = true;
            stated.hi_inclusive = true;
            let date = series::claim_date(pct);
            let mut first: Option<Finding> = None;
            let mut ok = false;
            for (p, w) in pairs {
                let (pi, wi) = (tol(p), tol(w));
                if !(pi.lo.is_finite()
                    && pi.hi.is_finite()
                    && wi.lo.is_finite()
                    && wi.hi.is_finite())
                    || wi.lo <= 0.0
                {
                    continue;
                }
                let computed = Interval {
                    lo: pi.lo / wi.hi * 100.0,
                    lo_inclusive: true,
                    hi: pi.hi / wi.lo * 100.0,
                    hi_inclusive: true,
                };
                let point = Interval::of(&p.claim.quantity.value.expect("filtered")).lo
                    / Interval::of(&w.claim.quantity.value.expect("filtered")).hi
                    * 100.0;
                let arithmetic = format!(
                    "{} / {} = {}%, stated {}",
                    p.claim.quantity.text,
                    w.claim.quantity.text,
                    num((point * 10.0).round() / 10.0),
                    pct.claim.quantity.text
                );
                let evidence = vec![
                    Evidence::of(pct, date),
                    Evidence::of(p, date),
                    Evidence::of(w, date),
                ];
                let stated_value = magnitude(&Interval::of(&pv)).unwrap_or(0.0);
                if point <= 0.0
                    || point > 100.0
                    || !comparable(
                        config,
                        &Interval::of(&Value::exact(point)),
                        &Interval::of(&Value::exact(stated_value)),
                    )
                {
                    // A part larger than its whole, or a ratio far from the stated one: these
                    // counts are not what the percentage was computed from.
                    continue;
                }
                if !computed.disjoint(&stated) {
                    ok = true;
                    out.passed.push(finding(
                        FindingKind::PercentMismatch,
                        Severity::Info,
                        None,
                        date,
                        format!(
                            "“{}” matches its counts: {arithmetic}.",
                            pct.claim.quantity.text
                        ),
                        arithmetic,
                        evidence,
                    ));
                    break;
                }
                if first.is_none() {
                    first = Some(finding(
                        FindingKind::PercentMismatch,
                        Severity::Medium,
                        None,
                        date,
                        format!(
                            "“{}” does not match the counts it is computed from: {} of {} is {}%.",
                            pct.claim.quantity.text,
                            p.claim.quantity.text,
                            w.claim.quantity.text,
                            num((point * 10.0).round() / 10.0)
                        ),
                        arithmetic,
                        evidence,
                    ));
                }
            }
            if let (false, Some(f)) = (ok, first) {
                out.findings.push(f);
            }
        }
    }
}

/// True when the percentage sits right after one of the counts (`410, or 35 percent`,
/// `60 (25%)`) or right before `of` + the other (`35% of the 1,850`).
fn adjacent(pct: &ClaimRecord, counts: &[&ClaimRecord]) -> bool {
    let s = pct.claim.sentence.start as usize;
    let text = &pct.sentence_text;
    let (ps, pe) = (
        pct.claim.quantity.span.start as usize,
        pct.claim.quantity.span.end as usize,
    );
    counts.iter().any(|c| {
        let (cs, ce) = (
            c.claim.quantity.span.start as usize,
            c.claim.quantity.span.end as usize,
        );
        let gap = |a: usize, b: usize| {
            text.get(a.saturating_sub(s)..b.saturating_sub(s))
                .map(str::to_lowercase)
        };
        let after_count = ce <= ps
            && gap(ce, ps).is_some_and(|g| g.len() <= 8 && !g.chars().any(|c| c.is_ascii_digit()));
        let before_whole = pe <= cs
            && gap(pe, cs).is_some_and(|g| {
                let g = g.trim();
                g == "of" || g == "of the" || g.starts_with("of the ") && g.len() <= 16
            });
        after_count || before_whole
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn elapsed_months_of_the_seed_war() {
        let min = elapsed(date(2023, 10, 31), date(2025, 7, 7), "month").unwrap();
        let max = elapsed(date(2023, 10, 1), date(2025, 7, 7), "month").unwrap();
        assert!(min.floor() <= 21.0 && 21.0 <= max.ceil(), "{min} {max}");
        assert_eq!(
            elapsed(date(2026, 2, 11), date(2026, 2, 26), "day"),
            Some(15.0)
        );
    }

    #[test]
    fn cues_match_whole_words() {
        let c = cue_lines("# comment\nafter\ndue to\n");
        assert!(has_cue("After the river flooded, it rose", &c));
        assert!(!has_cue("The aftermath was grim", &c));
        assert!(has_cue("closed due to floods", &c));
    }
}
