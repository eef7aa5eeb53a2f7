//! Syndicated copies: a document whose text repeats an earlier one's (`reckon run` finds them
//! with reckon-dedup) is one report, not another source. `claims.jsonl` holds one
//! [`DuplicateRecord`] line for it instead of its claims and article events; reconciliation
//! leaves out any claim or event of such a document, and lists it on the evidence of the first
//! document as "also reported by" ([`Evidence::also_reported_by`]).
//!
//! Order-free like the rest: the records are sorted and deduplicated by the copy's id before
//! use, and chains (`c` repeats `b`, `b` repeats `a`) resolve to the first document.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::finding::Reconciliation;
use crate::record::{ClaimRecord, Evidence};
use reckon_events::EventRecord;

/// One line of `claims.jsonl` saying that document `duplicate` repeats document `of`'s text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateRecord {
    /// The id of the copy.
    pub duplicate: String,
    /// The id of the first document it repeats (whose claims count).
    pub of: String,
    /// True when the words are the same (case, punctuation and spacing aside).
    pub exact: bool,
    /// The estimated share of the shorter text's word shingles found in the other (1.0 exact).
    pub overlap: f64,
    /// The copy's publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_date: Option<jiff::civil::Date>,
    /// The copy's source (outlet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl DuplicateRecord {
    /// Why the record cannot be used, if it cannot.
    pub fn check(&self) -> Result<(), String> {
        if self.duplicate == self.of {
            return Err(format!(
                "{} is given as a duplicate of itself",
                self.duplicate
            ));
        }
        if !(0.0..=1.0).contains(&self.overlap) {
            return Err(format!("overlap {} is not in [0, 1]", self.overlap));
        }
        Ok(())
    }

    /// The copy as the evidence of its first document lists it.
    fn reprint(&self) -> Reprint {
        Reprint {
            doc_id: self.duplicate.clone(),
            doc_date: self.doc_date,
            source: self.source.clone(),
        }
    }
}

/// A copy of an evidence's document, listed on the evidence as "also reported by".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Reprint {
    /// The copy's document id.
    pub doc_id: String,
    /// The copy's publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_date: Option<jiff::civil::Date>,
    /// The copy's source (outlet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The copies of an archive, resolved to their first documents.
pub(crate) struct Copies {
    /// First document id -> its copies, sorted by copy id.
    by_first: BTreeMap<String, Vec<DuplicateRecord>>,
    /// Every copy's id.
    copies: BTreeSet<String>,
}

impl Copies {
    /// Sorts, deduplicates (one record per copy id, the least by `of` then content) and
    /// resolves chains; a record that fails [`DuplicateRecord::check`] or lies on a cycle is
    /// left out.
    pub(crate) fn new(mut records: Vec<DuplicateRecord>) -> Copies {
        records.retain(|r| r.check().is_ok());
        records.sort_by(|a, b| {
            (a.duplicate.as_str(), a.of.as_str())
                .cmp(&(b.duplicate.as_str(), b.of.as_str()))
                .then_with(|| crate::canonical(a).cmp(&crate::canonical(b)))
        });
        records.dedup_by(|a, b| a.duplicate == b.duplicate);
        let of: BTreeMap<&str, &str> = records
            .iter()
            .map(|r| (r.duplicate.as_str(), r.of.as_str()))
            .collect();
        // follow `of` to a document that is no copy; at most one step per record (a cycle
        // has no first document: its records are left out)
        let root = |start: &str| -> Option<String> {
            let mut at = start;
            for _ in 0..=of.len() {
                match of.get(at) {
                    Some(next) => at = next,
                    None => return Some(at.to_owned()),
                }
            }
            None
        };
        let mut by_first: BTreeMap<String, Vec<DuplicateRecord>> = BTreeMap::new();
        let mut copies = BTreeSet::new();
        for r in &records {
            if let Some(first) = root(&r.of) {
                copies.insert(r.duplicate.clone());
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push(DuplicateRecord {
                        of: first,
                        ..r.clone()
                    });
            }
        }
        Copies { by_first, copies }
    }

    /// Leaves out the claims and article events of every copy.
    pub(crate) fn fold(&self, records: &mut Vec<ClaimRecord>, events: &mut Vec<EventRecord>) {
        if self.copies.is_empty() {
            return;
        }
        records.retain(|r| !self.copies.contains(&r.doc_id));
        events.retain(|e| !self.copies.contains(&e.doc_id));
    }

    /// Lists the copies on every evidence of their first documents, and hands the map over.
    pub(crate) fn annotate(self, out: &mut Reconciliation) {
        if self.by_first.is_empty() {
            return;
        }
        let list = |e: &mut Evidence| {
            if let Some(copies) = self.by_first.get(&e.doc_id) {
                e.also_reported_by = copies.iter().map(DuplicateRecord::reprint).collect();
            }
        };
        out.series
            .iter_mut()
            .flat_map(|s| s.points.iter_mut())
            .for_each(|p| list(&mut p.evidence));
        out.findings
            .iter_mut()
            .chain(out.passed.iter_mut())
            .flat_map(|f| f.evidence.iter_mut())
            .for_each(list);
        out.duplicates = self.by_first;
    }
}
