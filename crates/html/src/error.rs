//! Why a page gave no article.

/// A page that could not be turned into an article. Unusual pages (no date, an overruled
/// charset) are not errors: [`crate::Page`] says what happened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not text: NUL or other control bytes where HTML has none.
    #[error("not HTML text: {control} control bytes in the first {sampled}")]
    Binary {
        /// Control bytes found in the sample.
        control: usize,
        /// Bytes sampled.
        sampled: usize,
    },
    /// Elements nested deeper than [`crate::Options::max_depth`]: refused before a tree is built.
    #[error("HTML nested {depth} elements deep (limit {limit})")]
    TooDeep {
        /// The nesting found.
        depth: usize,
        /// The limit.
        limit: usize,
    },
    /// The extractor found no article text on the page.
    #[error("no article text found")]
    NoText,
}
