//! Applies the duplicate lines of an archive ([`DuplicateRecord`]): the claims and article
//! events of copies are left out, and the evidence of first documents lists their copies.
//! Order-free like the rest: the records are sorted and deduplicated by the copy's id before
//! use, and chains (`c` repeats `b`, `b` repeats `a`) resolve to the first document.

use std::collections::{BTreeMap, BTreeSet};

use crate::duplicates::DuplicateRecord;
use crate::finding::Reconciliation;
use crate::record::{ClaimRecord, Evidence};
use reckon_events::EventRecord;

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
