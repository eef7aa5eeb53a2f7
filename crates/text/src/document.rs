//! The article every stage reads, and its metadata.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

/// What is known about an article besides its text: the one definition of these fields, shared
/// by [`Document`] and by every output record that carries a document's metadata
/// (`reckon_format::DocRecord` flattens it, so its JSON keeps these field names).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocMeta {
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
    /// Name of the encoding the bytes were decoded from, when it was not UTF-8
    /// (for example `windows-1252`), so the output says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decoded_from: Option<String>,
    /// Fields of the input record reckon does not interpret, passed through unchanged.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One news article: what the archive reader produces and every later stage consumes.
///
/// `text` is the article body exactly as read (after decoding to UTF-8); every [`crate::Span`]
/// produced by any reckon stage indexes into it.
///
/// JSON: the fields of [`DocMeta`] and `text`, in the order `id`, `date`, `title`, `source`,
/// `url`, `text`, `decoded_from`, `extra` (absent options and an empty `extra` left out).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Document {
    /// Id, date, title, source, URL, encoding and passthrough fields.
    #[serde(flatten)]
    pub meta: DocMeta,
    /// The article text. All spans index into this string.
    pub text: String,
}

impl Serialize for Document {
    /// Writes `text` between `url` and `decoded_from`, where the document's JSON has always had
    /// it (a flattened [`DocMeta`] would put it last).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let m = &self.meta;
        let present = [
            m.date.is_some(),
            m.title.is_some(),
            m.source.is_some(),
            m.url.is_some(),
            m.decoded_from.is_some(),
            !m.extra.is_empty(),
        ];
        let len = 2 + present.iter().filter(|&&p| p).count();
        let mut s = serializer.serialize_struct("Document", len)?;
        s.serialize_field("id", &m.id)?;
        optional(&mut s, "date", &m.date)?;
        optional(&mut s, "title", &m.title)?;
        optional(&mut s, "source", &m.source)?;
        optional(&mut s, "url", &m.url)?;
        s.serialize_field("text", &self.text)?;
        optional(&mut s, "decoded_from", &m.decoded_from)?;
        if m.extra.is_empty() {
            s.skip_field("extra")?;
        } else {
            s.serialize_field("extra", &m.extra)?;
        }
        s.end()
    }
}

/// Writes `key` when `value` is `Some`, as `skip_serializing_if = "Option::is_none"` does.
fn optional<S: SerializeStruct, T: Serialize>(
    s: &mut S,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(v) => s.serialize_field(key, v),
        None => s.skip_field(key),
    }
}

impl Document {
    /// A document with just an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            meta: DocMeta {
                id: id.into(),
                ..DocMeta::default()
            },
            text: text.into(),
        }
    }

    /// Sets the publication date.
    pub fn with_date(mut self, date: jiff::civil::Date) -> Document {
        self.meta.date = Some(date);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON of a document is what it was before its metadata became [`DocMeta`]: same keys,
    /// same order (`text` after `url`), absent parts left out; and it reads back the same.
    #[test]
    fn document_json_keeps_its_field_order_and_round_trips() {
        let mut doc = Document::new("a1", "Hi.").with_date(jiff::civil::date(2025, 7, 7));
        doc.meta.title = Some("T".into());
        doc.meta.source = Some("S".into());
        doc.meta.url = Some("http://x".into());
        doc.meta.decoded_from = Some("windows-1252".into());
        doc.meta.extra.insert("lang".into(), "en".into());
        let json = serde_json::to_string(&doc).unwrap();
        assert_eq!(
            json,
            r#"{"id":"a1","date":"2025-07-07","title":"T","source":"S","url":"http://x","text":"Hi.","decoded_from":"windows-1252","extra":{"lang":"en"}}"#
        );
        assert_eq!(serde_json::from_str::<Document>(&json).unwrap(), doc);

        let bare = Document::new("b", "Text.");
        let json = serde_json::to_string(&bare).unwrap();
        assert_eq!(json, r#"{"id":"b","text":"Text."}"#);
        assert_eq!(serde_json::from_str::<Document>(&json).unwrap(), bare);
    }

    /// Keys a document does not know are ignored when reading one, as they were.
    #[test]
    fn document_json_ignores_unknown_keys() {
        let doc: Document =
            serde_json::from_str(r#"{"id":"c","text":"T.","lang":"en","date":"2020-01-02"}"#)
                .unwrap();
        assert_eq!(
            doc,
            Document::new("c", "T.").with_date(jiff::civil::date(2020, 1, 2))
        );
    }
}
