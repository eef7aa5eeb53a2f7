//! `reckon-claims`: every number in a news article, resolved, framed and related.
//!
//! (Seam types sketched by the spine; the extractor is filled in by the numeric-claims work.)

mod types;

pub use types::{
    Attribution, Bound, Claim, Extraction, Frame, Granularity, Quantity, QuantityKind, Relation,
    RelationKind, TimeValue, Value,
};
