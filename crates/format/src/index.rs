//! The entities index of the HTML report: one row per entity cluster, with its mentions and the
//! documents it appears in. Memory is proportional to the number of distinct entities.

use std::collections::{BTreeMap, BTreeSet};

use reckon_entities::{Entity, Label};

/// Entities across an archive, accumulated document by document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntityIndex {
    entries: BTreeMap<(String, Label), (u64, BTreeSet<String>)>,
}

/// One row of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRow<'a> {
    /// Canonical name.
    pub canonical: &'a str,
    /// Label.
    pub label: Label,
    /// Number of mentions.
    pub mentions: u64,
    /// Documents it appears in (sorted).
    pub documents: Vec<&'a str>,
}

impl EntityIndex {
    /// Adds the entities of one document.
    pub fn add(&mut self, doc_id: &str, entities: &[Entity]) {
        for e in entities {
            let entry = self
                .entries
                .entry((e.canonical.clone(), e.label))
                .or_default();
            entry.0 += 1;
            if !entry.1.contains(doc_id) {
                entry.1.insert(doc_id.to_string());
            }
        }
    }

    /// Merges another index (from another shard).
    pub fn merge(&mut self, other: EntityIndex) {
        for (k, (n, docs)) in other.entries {
            let e = self.entries.entry(k).or_default();
            e.0 += n;
            e.1.extend(docs);
        }
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Rows by mentions (descending), then name.
    pub fn rows(&self) -> Vec<EntityRow<'_>> {
        let mut rows: Vec<EntityRow<'_>> = self
            .entries
            .iter()
            .map(|((c, l), (n, docs))| EntityRow {
                canonical: c,
                label: *l,
                mentions: *n,
                documents: docs.iter().map(String::as_str).collect(),
            })
            .collect();
        rows.sort_by(|a, b| {
            (b.mentions, a.canonical, a.label).cmp(&(a.mentions, b.canonical, b.label))
        });
        rows
    }
}
