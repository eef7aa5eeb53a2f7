//! Counts of input records read and deliberately not turned into documents (WARC requests,
//! metadata, non-HTML responses...): not errors, but a summary must account for them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Counts of WARC records that were read and deliberately not turned into documents, by
/// reason (`request`, `metadata`, `revisit`, `warcinfo`, `status-404`, `not-html`...). A
/// cheap clone shares the counts: take one before handing the archive to another thread.
#[derive(Debug, Clone, Default)]
pub struct SkipCounts(Arc<Mutex<BTreeMap<String, u64>>>);

impl SkipCounts {
    #[cfg_attr(not(feature = "warc"), allow(dead_code))]
    pub(crate) fn add(&self, reason: &str) {
        let mut m = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *m.entry(reason.to_owned()).or_insert(0) += 1;
    }

    /// The counts so far, by reason.
    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// All skipped records.
    pub fn total(&self) -> u64 {
        self.snapshot().values().sum()
    }
}
