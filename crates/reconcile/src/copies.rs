//! Applies the duplicate lines of an archive ([`DuplicateRecord`]): the claims and article
//! events of copies are left out, and the evidence of first documents lists their copies.
//! Order-free like the rest: the records are sorted and deduplicated by the copy's id before
//! use, and chains (`c` repeats `b`, `b` repeats `a`) resolve to the first document.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::duplicates::DuplicateRecord;
use crate::finding::Reconciliation;
use crate::record::Evidence;
use crate::series::Series;
use reckon_events::EventRecord;

/// The copies of an archive, resolved to their first documents.
#[derive(Debug, Serialize, Deserialize)]
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

    /// True when `doc_id` is a copy (its claims are left out).
    pub(crate) fn is_copy(&self, doc_id: &str) -> bool {
        self.copies.contains(doc_id)
    }

    /// Leaves out the article events of every copy.
    pub(crate) fn fold_events(&self, events: &mut Vec<EventRecord>) {
        if !self.copies.is_empty() {
            events.retain(|e| !self.copies.contains(&e.doc_id));
        }
    }

    /// Lists the copies of its document on an evidence.
    fn list(&self, e: &mut Evidence) {
        if let Some(copies) = self.by_first.get(&e.doc_id) {
            e.also_reported_by = copies.iter().map(DuplicateRecord::reprint).collect();
        }
    }

    /// Lists the copies on every point of a series.
    pub(crate) fn annotate_series(&self, s: &mut Series) {
        if !self.by_first.is_empty() {
            s.points.iter_mut().for_each(|p| self.list(&mut p.evidence));
        }
    }

    /// Lists the copies on every evidence of the findings and passed checks, and hands the map
    /// over (series are annotated one by one, with [`Copies::annotate_series`]).
    pub(crate) fn annotate(self, out: &mut Reconciliation) {
        if self.by_first.is_empty() {
            return;
        }
        for s in &mut out.series {
            self.annotate_series(s);
        }
        for f in out.findings.iter_mut().chain(out.passed.iter_mut()) {
            f.evidence.iter_mut().for_each(|e| self.list(e));
        }
        out.duplicates = self.by_first;
    }
}
