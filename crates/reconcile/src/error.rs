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
    /// Records could not be spilled to (or read back from) the spill folder: a full disk, a
    /// folder that cannot be written. Nothing was output.
    #[error("cannot spill records to {}: {reason}", dir.display())]
    Spill {
        /// The spill folder (`--spill-dir`, else the system's temporary folder).
        dir: std::path::PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A reconcile state folder ([`crate::State`]) that cannot be used: another format
    /// version, another archive or other options, a corrupt batch, or a write that failed (the
    /// state is then as it was).
    #[error("reconcile state {}: {reason}", dir.display())]
    State {
        /// The state folder.
        dir: std::path::PathBuf,
        /// What is wrong.
        reason: String,
    },
}
