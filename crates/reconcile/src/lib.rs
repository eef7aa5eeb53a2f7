//! `reckon-reconcile`: claims from many articles grouped into series, with findings.
//!
//! (Seam types sketched by the spine; the logic is filled in by the reconciliation work.)

use reckon_claims::Claim;
use reckon_text::Span;
use serde::{Deserialize, Serialize};

/// One claim with the document context reconciliation needs: a line of `claims.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// The document's id.
    pub doc_id: String,
    /// The document's publication date (ISO), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_date: Option<jiff::civil::Date>,
    /// The document's source (outlet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence text, for evidence.
    pub sentence_text: String,
    /// The claim.
    pub claim: Claim,
}

/// A pointer to a claim in a document: what every finding cites.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The document id.
    pub doc_id: String,
    /// The claim index within the document.
    pub claim: u32,
    /// The span of the quantity in the document.
    pub span: Span,
}
