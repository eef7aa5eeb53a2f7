//! `reckon-format`: every output reckon writes.
//!
//! - [`DocRecord`] / [`ErrorRecord`]: the per-document JSONL line of `reckon run` (optional parts
//!   chosen by [`Emit`]) and the record written in place of an unreadable article.
//! - JSONL of claims, series and findings ([`write_claims_jsonl`], [`write_series_jsonl`],
//!   [`write_findings_jsonl`]), CSV of claims and series ([`write_claims_csv`],
//!   [`write_series_csv`]), Parquet of claims (`write_claims_parquet`, feature `parquet`).
//! - A terminal report ([`render_terminal`]) and a self-contained HTML report (`render_html`,
//!   feature `html`, on by default).
//! - [`read_claims_jsonl`] and [`read_records_jsonl`] read `claims.jsonl` and `reckon run`
//!   documents back. (Golden files and the diff of two extractions live in `reckon-review`.)
//!
//! Every schema is documented in `docs/formats.md`; a schema change is a snapshot change.
//!
//! ```
//! use reckon_format::{Emit, DocRecord};
//! use reckon_text::Document;
//!
//! let doc = Document::new("a.txt", "Text.");
//! let rec = DocRecord::new(&doc, Emit::parse("claims").unwrap(), None, None, None);
//! assert_eq!(serde_json::to_string(&rec).unwrap(), r#"{"id":"a.txt"}"#);
//! let report = reckon_format::render_terminal(&reckon_reconcile::reconcile([]), &Default::default());
//! assert!(report.starts_with("reckon: 0 series, 0 findings"));
//! ```
//!
//! - [`terminal_safe`]: every text from the archive printed on a terminal goes through it
//!   (control characters escaped); [`csv_text_cell`]: CSV text cells are neutralised against
//!   spreadsheet formulas; [`ensure_finite`]: no output holds an infinite or NaN number.
//!
//! Design decisions: writers take `impl Write` and never buffer a whole archive; the reports take
//! a finished [`reckon_reconcile::Reconciliation`] (its size is proportional to the claims). All
//! output is deterministic: maps are ordered, floats print the same everywhere, and no timestamp
//! or absolute path is written.

#![deny(missing_docs)]

mod events;
mod finite;
#[cfg(feature = "html")]
mod html;
mod index;
mod jsonl;
#[cfg(feature = "parquet")]
mod parquet_out;
mod record;
mod table;
mod terminal;

pub use events::{event_block, event_when, findings_of, render_events, write_events_jsonl};
pub use finite::ensure_finite;
#[cfg(feature = "html")]
pub use html::{HtmlOptions, esc, render_html};
pub use index::{EntityIndex, EntityRow};
pub use jsonl::{
    read_claims_jsonl, read_records_jsonl, write_claims_jsonl, write_findings_jsonl, write_line,
    write_lines, write_series_jsonl,
};
#[cfg(feature = "parquet")]
pub use parquet_out::{ClaimsParquetWriter, claims_schema, write_claims_parquet};
pub use record::{DocRecord, Emit, ErrorBody, ErrorRecord};
pub use table::{
    CLAIM_COLUMNS, ClaimRow, ClaimsCsvWriter, SERIES_COLUMNS, SeriesCsvWriter, SeriesRow,
    csv_text_cell, series_rows, write_claims_csv, write_series_csv,
};
pub use terminal::{TerminalOptions, render_terminal, terminal_safe, top_series};

/// Errors of the writers.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Writing failed.
    #[error("write failed: {0}")]
    Io(#[from] std::io::Error),
    /// A value could not be serialised.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A line of a JSONL input is not a valid record.
    #[error("line {line}: {source}")]
    Line {
        /// 1-based line number.
        line: u64,
        /// The parse error.
        source: serde_json::Error,
    },
    /// A record holds an infinite or NaN number, which no output format may carry (JSON would
    /// write `null`; see [`ensure_finite`]). The record is refused, not written.
    #[error("{field} is {value}: no output holds a number that is not finite")]
    NonFinite {
        /// Where in the record (`claims.3.quantity.value.high.value`).
        field: String,
        /// The value.
        value: f64,
    },
    /// CSV writing failed.
    #[error("CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Parquet writing failed.
    #[cfg(feature = "parquet")]
    #[error("Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// Arrow batch construction failed.
    #[cfg(feature = "parquet")]
    #[error("Arrow: {0}")]
    Arrow(#[from] arrow::error::ArrowError),
}
