//! Syndicated copies: a document whose text repeats an earlier one's (`reckon run` finds them
//! with reckon-dedup) is one report, not another source. `claims.jsonl` holds one
//! [`DuplicateRecord`] line for it instead of its claims and article events; reconciliation
//! leaves out any claim or event of such a document, and lists it on the evidence of the first
//! document as "also reported by" ([`Evidence::also_reported_by`]).
//!
//! The types; `copies` applies them.

use serde::{Deserialize, Serialize};

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
    pub(crate) fn reprint(&self) -> Reprint {
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
