//! Archive-wide events for reconciliation: the article events of every document (the
//! `EventRecord` lines of `claims.jsonl`) linked into [`Event`]s with stable ids, the records of
//! their implicit figures (`a 17-year-old was shot and killed` is one killed), and which claim is
//! a figure of which event.
//!
//! Matching reports across articles is `reckon_events::link` (deterministic, independent of
//! input order and sharding); this module turns its result into what the series need.

use std::collections::BTreeMap;

use reckon_claims::{Claim, Frame, Quantity, QuantityKind, Value};
use reckon_events::{Event, EventRecord};
use serde::{Deserialize, Serialize};

use crate::record::ClaimRecord;

/// Claim indices of implicit figures start here: figure `k` of article event `e` is
/// `IMPLICIT_CLAIM_BASE + e * 256 + k`, far above any written claim's index.
pub const IMPLICIT_CLAIM_BASE: u32 = 1 << 24;

/// The article events of an archive linked into events.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Linked {
    /// The events, sorted by id.
    pub events: Vec<Event>,
    /// `(document id, article event index)` to the event's id.
    #[serde(with = "as_list")]
    pub id_of: BTreeMap<(String, u32), String>,
    /// `(document id, claim index)` to the measure its event figure counts.
    #[serde(with = "as_list")]
    pub measure_of: BTreeMap<(String, u32), String>,
    /// The ids of the events that more than one article reports.
    pub shared: std::collections::BTreeSet<String>,
}

/// Links article events (sorted by document and index, without repeats) into events with
/// `reckon_events::link`, and notes the measure each claim that is an event figure counts.
pub(crate) fn link(records: &[EventRecord]) -> Linked {
    let linked = reckon_events::link(records);
    let mut measure_of = BTreeMap::new();
    for r in records {
        for f in &r.event.figures {
            if let Some(c) = f.claim {
                measure_of
                    .entry((r.doc_id.clone(), c))
                    .or_insert_with(|| f.measure.clone());
            }
        }
    }
    Linked {
        shared: linked
            .events
            .iter()
            .filter(|e| e.documents.len() > 1)
            .map(|e| e.id.clone())
            .collect(),
        events: linked.events,
        id_of: linked.event_of,
        measure_of,
    }
}

/// The records of the implicit figures of an article event (no number written), so that they
/// join their event's series like written figures.
pub(crate) fn implicit_records(r: &EventRecord) -> Vec<ClaimRecord> {
    r.event
        .figures
        .iter()
        .enumerate()
        // (a victim named in turn, `a fourth victim`, is a lower bound of the people hit, no
        // count to compare)
        .filter(|(_, f)| f.implicit && f.value.is_finite() && f.evidence.start <= f.evidence.end)
        .filter(|(_, f)| f.measure != reckon_events::figures::VICTIMS)
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

/// A map with keys JSON cannot name (tuples) as a list of pairs.
mod as_list {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub(super) fn serialize<S: Serializer, K: Serialize, V: Serialize>(
        map: &BTreeMap<K, V>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter())
    }

    pub(super) fn deserialize<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
    where
        D: Deserializer<'de>,
        K: Deserialize<'de> + Ord,
        V: Deserialize<'de>,
    {
        Ok(Vec::<(K, V)>::deserialize(d)?.into_iter().collect())
    }
}
