//! `reckon-review`: review what an extraction change does, on a whole archive.
//!
//! - **Golden files** ([`GoldenDoc`], [`Mention`]): the extraction of one document as a small
//!   text file, one entity or claim a line with its sentence, meant to be read in a pull request
//!   (`document`), parsed back exactly ([`parse_golden`]), and kept in a folder, one file per
//!   document ([`golden_path`], [`list_golden`], [`read_golden`], [`GoldenWriter`]).
//! - **Pairing** ([`pair`]): which new mention is "the same" as an old one, in four passes of
//!   decreasing strictness (same span; same sentence; same nearby words; overlapping spans).
//!   This is the analysis every diff rests on; its module documentation is the reference.
//! - **Diff** ([`diff_docs`] → [`DocDiff`]): the changes of one document, each classified
//!   ([`ChangeKind`]: appeared, disappeared, value, bounds, label, frame, extent).
//! - **Report** ([`DiffReport`]): the diff of an archive summed document by document (totals,
//!   most frequent changes, a bounded number of per-document blocks), for a terminal or as JSON.
//!
//! `reckon snapshot` and `reckon diff` are thin glue over this crate.
//!
//! ```
//! use reckon_review::{DiffReport, GoldenDoc, diff_docs, parse_golden};
//! use reckon_text::Document;
//!
//! let doc = Document::new("wire/a.txt", "Officials said 12 people died in Gaza.");
//! let seg = reckon_text::segment(&doc.text);
//! let entities = reckon_entities::Recognizer::new().recognize(&doc, &seg);
//! let claims = reckon_claims::Extractor::new().extract(&doc, &seg, &entities).claims;
//! let golden = GoldenDoc::new(&doc, &seg.sentences, &entities, &claims);
//! let text = golden.render();
//! assert!(text.starts_with("# reckon golden v1\n"));
//! assert_eq!(parse_golden(&text).unwrap(), golden);
//!
//! let mut report = DiffReport::new(20);
//! report.add(diff_docs(Some(&golden), Some(&golden)));
//! assert!(!report.has_changes());
//! ```
//!
//! Design decisions: a golden line holds every field in its printed form, so a golden file
//! renders and parses back exactly and one changed claim is one changed line in `git diff`;
//! the diff compares printed forms too, so it works the same on golden folders and on two
//! `reckon run` JSONL outputs (whose mentions have no sentence until one is added with
//! [`DocDiff::add_context`]). Reports are bounded: an archive of any size gives totals plus at
//! most `max_blocks` per-document blocks.

#![deny(missing_docs)]

use std::path::PathBuf;

mod diff;
mod document;
mod files;
mod pairing;
mod parser;
mod report;

pub use diff::{Change, ChangeKind, DocDiff, DocStatus, FieldChange, diff_docs};
pub use document::{CONTEXT_CHARS, GoldenDoc, Mention, MentionKind};
pub use files::{GOLDEN_EXT, GoldenWriter, MAX_GOLDEN_PATH, golden_path, list_golden, read_golden};
pub use pairing::{NEAR_CHARS, pair};
pub use parser::parse_golden;
pub use report::DiffReport;

/// Errors reading or writing a golden folder.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A golden file is malformed.
    #[error("{}:{line}: {reason}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// Two documents would be written to the same golden file.
    #[error(
        "documents {first:?} and {second:?} map to the same golden file {} (ids must be unique, also ignoring case)",
        path.display()
    )]
    Collision {
        /// The file, relative to the golden directory.
        path: PathBuf,
        /// The document written first.
        first: String,
        /// The document that collides with it.
        second: String,
    },
    /// A symbolic link inside the golden folder, where a golden file or its folder would be.
    #[error(
        "{}: is a symbolic link; golden files are never written or removed through one",
        path.display()
    )]
    Symlink {
        /// The link.
        path: PathBuf,
    },
}
