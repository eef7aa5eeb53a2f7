//! Archive-wide events for reconciliation: the article events of every document (the
//! `EventRecord` lines of `claims.jsonl`) linked into [`Event`]s with stable ids, the records of
//! their implicit figures (`a 17-year-old was shot and killed` is one killed), and which claim is
//! a figure of which event.
//!
//! Linking here is deliberately strict (same kind, same place, overlapping date windows), so
//! that two happenings are never merged on weak evidence; `reckon-events` owns the matching
//! of reports across articles, and this is the stand-in reconciliation uses until its linker is
//! wired in. Ids are the smallest member `(document id, article event index)`, so they do not
//! depend on input order or sharding.

use std::collections::BTreeMap;

use jiff::civil::Date;
use reckon_claims::{Claim, Frame, Quantity, QuantityKind, Value};
use reckon_events::{Event, EventFigure, EventRecord, When, WhenSource};

use crate::record::ClaimRecord;

/// Claim indices of implicit figures start here: figure `k` of article event `e` is
/// `IMPLICIT_CLAIM_BASE + e * 256 + k`, far above any written claim's index.
pub const IMPLICIT_CLAIM_BASE: u32 = 1 << 24;

/// Days before the article date an undated event may have happened.
const UNDATED_DAYS: i64 = 3;

/// The article events of an archive linked into events.
#[derive(Debug, Default)]
pub(crate) struct Linked {
    /// The events, sorted by id.
    pub events: Vec<Event>,
    /// `(document id, article event index)` to the event's id.
    pub id_of: BTreeMap<(String, u32), String>,
    /// `(document id, claim index)` to the measure its event figure counts.
    pub measure_of: BTreeMap<(String, u32), String>,
}

/// The window of an article event: its own, else the days before its article's date.
fn window(r: &EventRecord) -> Option<(Date, Date)> {
    if let Some(w) = r.event.when {
        return Some((w.start.min(w.end), w.end.max(w.start)));
    }
    let d = r.doc_date?;
    Some((d.checked_sub(jiff::Span::new().days(UNDATED_DAYS)).ok()?, d))
}

/// Links article events (sorted by document and index, without repeats) into events.
pub(crate) fn link(records: &[EventRecord]) -> Linked {
    // groups: same kind and place (events without a place stay alone)
    let mut groups: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    let mut alone = Vec::new();
    for (i, r) in records.iter().enumerate() {
        match (&r.event.place, window(r)) {
            (Some(p), Some(_)) if !p.trim().is_empty() => groups
                .entry((format!("{:?}", r.event.kind), reckon_claims::place_key(p)))
                .or_default()
                .push(i),
            _ => alone.push(vec![i]),
        }
    }
    let mut clusters: Vec<Vec<usize>> = alone;
    for members in groups.into_values() {
        let mut members = members;
        members.sort_by_key(|&i| (window(&records[i]), i));
        let mut current: Vec<usize> = Vec::new();
        let mut end: Option<Date> = None;
        for i in members {
            let (s, e) = window(&records[i]).expect("grouped records have a window");
            if end.is_some_and(|x| s <= x) {
                current.push(i);
                end = end.map(|x| x.max(e));
            } else {
                if !current.is_empty() {
                    clusters.push(std::mem::take(&mut current));
                }
                current.push(i);
                end = Some(e);
            }
        }
        if !current.is_empty() {
            clusters.push(current);
        }
    }
    let mut linked = Linked::default();
    for mut members in clusters {
        members.sort_by(|&a, &b| {
            (&records[a].doc_id, records[a].event.index)
                .cmp(&(&records[b].doc_id, records[b].event.index))
        });
        let first = &records[members[0]];
        let id = format!("{}#{}", first.doc_id, first.event.index);
        let mut documents: Vec<String> =
            members.iter().map(|&i| records[i].doc_id.clone()).collect();
        documents.dedup();
        let when = members
            .iter()
            .filter_map(|&i| window(&records[i]))
            .reduce(|(s1, e1), (s2, e2)| (s1.max(s2), e1.min(e2)))
            .filter(|(s, e)| s <= e)
            .map(|(start, end)| When {
                start,
                end,
                source: first.event.when.map_or(WhenSource::ArticleDate, |w| w.source),
            });
        let mut by_measure: BTreeMap<String, Vec<(Option<Date>, String, reckon_events::Figure)>> =
            BTreeMap::new();
        for &i in &members {
            let r = &records[i];
            linked
                .id_of
                .insert((r.doc_id.clone(), r.event.index), id.clone());
            for f in &r.event.figures {
                if let Some(c) = f.claim {
                    linked
                        .measure_of
                        .insert((r.doc_id.clone(), c), f.measure.clone());
                }
                by_measure.entry(f.measure.clone()).or_default().push((
                    r.doc_date,
                    r.doc_id.clone(),
                    f.clone(),
                ));
            }
        }
        let figures = by_measure
            .into_iter()
            .map(|(measure, mut reports)| {
                reports.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
                // the latest report; on a tie, the largest figure of that day
                let latest = reports.iter().map(|r| r.0).max().flatten();
                let value = reports
                    .iter()
                    .filter(|r| r.0 == latest)
                    .map(|r| r.2.value)
                    .fold(f64::NEG_INFINITY, f64::max);
                EventFigure {
                    measure,
                    value,
                    reports: reports.into_iter().map(|(_, d, f)| (d, f)).collect(),
                }
            })
            .collect();
        linked.events.push(Event {
            id,
            kind: first.event.kind,
            when,
            place: first.event.place.clone(),
            documents,
            members: members
                .iter()
                .map(|&i| (records[i].doc_id.clone(), records[i].event.index))
                .collect(),
            figures,
        });
    }
    linked.events.sort_by(|a, b| a.id.cmp(&b.id));
    linked
}

/// The records of the implicit figures of an article event (no number written), so that they
/// join their event's series like written figures.
pub(crate) fn implicit_records(r: &EventRecord) -> Vec<ClaimRecord> {
    r.event
        .figures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.implicit && f.value.is_finite() && f.evidence.start <= f.evidence.end)
        .map(|(k, f)| ClaimRecord {
            doc_id: r.doc_id.clone(),
            doc_date: r.doc_date,
            source: r.source.clone(),
            sentence_text: String::new(),
            title: None,
            part_of: vec![],
            event: Some(r.event.index),
            claim: Claim {
                index: IMPLICIT_CLAIM_BASE
                    .saturating_add(r.event.index.saturating_mul(256))
                    .saturating_add(k as u32),
                quantity: Quantity {
                    span: f.evidence,
                    text: format!("{} (implicit)", crate::interval::num(f.value)),
                    kind: QuantityKind::Count,
                    value: Some(Value::exact(f.value)),
                    unit: None,
                    time: None,
                },
                frame: Frame {
                    measure_key: Some(f.measure.clone()),
                    place: r.event.place.clone(),
                    ..Frame::default()
                },
                sentence: f.evidence,
            },
        })
        .collect()
}
