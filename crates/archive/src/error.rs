//! Why an article could not be read, and where it was.

use std::fmt;

/// Where in the input an error happened: a file (or `-` for stdin), a line, a document id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The input path as given (or `-` for standard input).
    pub path: String,
    /// The 1-based line number, for line-oriented inputs.
    pub line: Option<u64>,
    /// The document id, when it could be read before the error.
    pub id: Option<String>,
}

impl Location {
    /// A location naming a whole file.
    pub fn file(path: impl Into<String>) -> Location {
        Location {
            path: path.into(),
            line: None,
            id: None,
        }
    }

    /// A location naming one line of a file.
    pub fn line(path: impl Into<String>, line: u64) -> Location {
        Location {
            path: path.into(),
            line: Some(line),
            id: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(id) = &self.id {
            write!(f, " (id {id})")?;
        }
        Ok(())
    }
}

/// An article, a line or a whole file that could not be read. The rest of the archive is unaffected.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The path does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(Location),
    /// The operating system refused or failed a read.
    #[error("{location}: {source}")]
    Io {
        /// Where.
        location: Location,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Walking a directory failed (unreadable directory, symlink loop).
    #[error("{location}: {message}")]
    Walk {
        /// Where.
        location: Location,
        /// What went wrong.
        message: String,
    },
    /// The file (or the decompressed stream) holds no bytes at all.
    #[error("{0}: empty file")]
    EmptyFile(Location),
    /// The article has no text (an empty `text` field, or a file holding only a header).
    #[error("{0}: empty text")]
    EmptyText(Location),
    /// The bytes are neither UTF-8 nor a single-byte legacy encoding: corrupt.
    #[error("{location}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Where.
        location: Location,
        /// Byte offset of the first invalid sequence within the article or line.
        offset: usize,
    },
    /// A JSONL line is not a JSON object.
    #[error("{location}: not a JSON object: {message}")]
    Json {
        /// Where.
        location: Location,
        /// The parser's message.
        message: String,
    },
    /// A JSONL record has no `text` field.
    #[error("{0}: record has no \"text\" field")]
    MissingText(Location),
    /// A JSONL record's `text` is not a string.
    #[error("{location}: \"text\" is {found}, not a string")]
    TextNotString {
        /// Where.
        location: Location,
        /// The JSON type found instead (`a number`, `null`, ...).
        found: &'static str,
    },
    /// A line or article is larger than the configured limit; it was skipped without being held in memory.
    #[error("{location}: {what} of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// Where.
        location: Location,
        /// `line` or `article`.
        what: &'static str,
        /// Bytes seen (at least).
        size: u64,
        /// The configured limit.
        limit: u64,
    },
    /// A compressed stream expanded past the configured limit (a decompression bomb); the rest of the file was skipped.
    #[error(
        "{location}: decompressed data exceeds the limit of {limit} bytes; rest of file skipped"
    )]
    DecompressionLimit {
        /// Where the limit was hit.
        location: Location,
        /// The configured limit.
        limit: u64,
    },
    /// A compressed stream ended early or is corrupt; articles after this point in the file are lost.
    #[error(
        "{location}: {format} stream is truncated or corrupt ({message}); rest of file skipped"
    )]
    Corrupt {
        /// Where reading stopped.
        location: Location,
        /// `gzip` or `zstd`.
        format: &'static str,
        /// The decoder's message.
        message: String,
    },
    /// A file in a folder is a named pipe, a socket or a device: reading it could block forever
    /// or never end, so it is skipped. (Given by name on the command line, it is read as a stream.)
    #[error("{location}: {kind}, skipped (only regular files are read from folders)")]
    NotRegular {
        /// Where.
        location: Location,
        /// What it is (`a named pipe (FIFO)`, `a socket`, `a device`).
        kind: &'static str,
    },
    /// A WARC record that could not be read (a header without `WARC/1.x`, a wrong
    /// `Content-Length`, a truncated or corrupt gzip member, a page over the size limit); the
    /// reader went on at the next record.
    #[error("{location}: WARC record at offset {offset}: {message}")]
    Warc {
        /// Where (`id` is the `WARC-Record-ID` when it was read).
        location: Location,
        /// Byte offset of the record (of its gzip member in a `.warc.gz`).
        offset: u64,
        /// What was wrong.
        message: String,
    },
    /// An HTML page that gave no article (binary bytes, nesting too deep, no text).
    #[cfg(feature = "html")]
    #[error("{location}{}: {source}", offset.map(|o| format!(" (WARC record at offset {o})")).unwrap_or_default())]
    Html {
        /// Where.
        location: Location,
        /// Byte offset of the WARC record holding the page, if it came from one.
        offset: Option<u64>,
        /// Why.
        source: reckon_html::Error,
    },
    /// The input's compression is recognised but support for it was compiled out.
    #[error("{location}: {format} input needs the `{format}` feature of reckon-archive")]
    Unsupported {
        /// Where.
        location: Location,
        /// `gzip` or `zstd`.
        format: &'static str,
    },
}

impl Error {
    /// Where the error happened.
    pub fn location(&self) -> &Location {
        match self {
            Error::NotFound(l)
            | Error::EmptyFile(l)
            | Error::EmptyText(l)
            | Error::MissingText(l) => l,
            Error::Io { location, .. }
            | Error::Walk { location, .. }
            | Error::InvalidUtf8 { location, .. }
            | Error::Json { location, .. }
            | Error::TextNotString { location, .. }
            | Error::TooLarge { location, .. }
            | Error::DecompressionLimit { location, .. }
            | Error::Corrupt { location, .. }
            | Error::NotRegular { location, .. }
            | Error::Warc { location, .. }
            | Error::Unsupported { location, .. } => location,
            #[cfg(feature = "html")]
            Error::Html { location, .. } => location,
        }
    }

    /// A short machine-readable name for the kind of error (`invalid_utf8`, `missing_text`...).
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound(_) => "not_found",
            Error::Io { .. } => "io",
            Error::Walk { .. } => "walk",
            Error::EmptyFile(_) => "empty_file",
            Error::EmptyText(_) => "empty_text",
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::Json { .. } => "not_json",
            Error::MissingText(_) => "missing_text",
            Error::TextNotString { .. } => "text_not_string",
            Error::TooLarge { .. } => "too_large",
            Error::DecompressionLimit { .. } => "decompression_limit",
            Error::Corrupt { .. } => "corrupt_stream",
            Error::NotRegular { .. } => "not_regular_file",
            Error::Unsupported { .. } => "unsupported",
            Error::Warc { .. } => "bad_warc_record",
            #[cfg(feature = "html")]
            Error::Html { source, .. } => match source {
                reckon_html::Error::Binary { .. } => "not_html",
                reckon_html::Error::TooDeep { .. } => "html_too_deep",
                _ => "no_article_text",
            },
        }
    }
}
