//! Entities across an archive: mention and document counts per entity id.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::{Entity, EntityId, Label};

/// One row of an [`EntityTable`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRow {
    /// The entity's stable id.
    pub id: EntityId,
    /// Its canonical name.
    pub canonical: String,
    /// Its label.
    pub label: Label,
    /// Mentions over all documents added.
    pub mentions: u64,
    /// Documents that mention it at least once.
    pub documents: u64,
}

/// Accumulates entities from many documents; tables built on different threads or shards merge
/// into the same result whatever the order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityTable {
    rows: HashMap<EntityId, EntityRow>,
    documents: u64,
}

impl EntityTable {
    /// An empty table.
    pub fn new() -> EntityTable {
        EntityTable::default()
    }

    /// Adds the entities of one document.
    pub fn add_document(&mut self, entities: &[Entity]) {
        self.documents += 1;
        let mut seen = HashSet::new();
        for e in entities {
            let row = self.rows.entry(e.id).or_insert_with(|| EntityRow {
                id: e.id,
                canonical: e.canonical.clone(),
                label: e.label,
                mentions: 0,
                documents: 0,
            });
            row.mentions += 1;
            if seen.insert(e.id) {
                row.documents += 1;
            }
        }
    }

    /// Adds every count of `other` into `self`.
    pub fn merge(&mut self, other: EntityTable) {
        self.documents += other.documents;
        for (id, r) in other.rows {
            match self.rows.get_mut(&id) {
                Some(mine) => {
                    mine.mentions += r.mentions;
                    mine.documents += r.documents;
                    // Deterministic whatever the merge order.
                    if r.canonical < mine.canonical {
                        mine.canonical = r.canonical;
                    }
                }
                None => {
                    self.rows.insert(id, r);
                }
            }
        }
    }

    /// Rows by mentions (descending), then documents (descending), then canonical name and label.
    pub fn sorted(&self) -> Vec<&EntityRow> {
        let mut v: Vec<&EntityRow> = self.rows.values().collect();
        v.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(b.documents.cmp(&a.documents))
                .then_with(|| a.canonical.cmp(&b.canonical))
                .then(a.label.cmp(&b.label))
        });
        v
    }

    /// The row of an entity.
    pub fn get(&self, id: EntityId) -> Option<&EntityRow> {
        self.rows.get(&id)
    }

    /// Number of distinct entities.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True if no entity was added.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Number of documents added.
    pub fn documents(&self) -> u64 {
        self.documents
    }
}
