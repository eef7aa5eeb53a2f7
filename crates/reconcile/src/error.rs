//! The errors of this crate.

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer line could not be read.
    #[error("gazetteer line {line}: {reason}")]
    Gazetteer {
        /// 1-based line number (0 when the whole table is at fault).
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A line of `claims.jsonl` is not a valid claim record (read on past it).
    #[error("{file}:{line}: {reason}")]
    Line {
        /// The input's name (its path, or `-`).
        file: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        reason: String,
    },
}
