//! The article every stage reads.

use serde::{Deserialize, Serialize};

/// One news article: what the archive reader produces and every later stage consumes.
///
/// `text` is the article body exactly as read (after decoding to UTF-8); every [`crate::Span`]
/// produced by any reckon stage indexes into it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier: the relative path of a file, the JSONL `id`, or `file:line`.
    pub id: String,
    /// Publication date, when the archive gives one. Relative dates resolve against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<jiff::civil::Date>,
    /// Headline, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the document came from: outlet name, or the input file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// URL of the article, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article text. All spans index into this string.
    pub text: String,
    /// Name of the encoding the bytes were decoded from, when it was not UTF-8
    /// (for example `windows-1252`), so the output says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decoded_from: Option<String>,
    /// Fields of the input record reckon does not interpret, passed through unchanged.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Document {
    /// A document with just an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Sets the publication date.
    pub fn with_date(mut self, date: jiff::civil::Date) -> Document {
        self.date = Some(date);
        self
    }
}
