//! Turning one article's bytes into a [`Document`]: the seed `.txt` format and JSONL records.

use reckon_text::{DocMeta, Document};
use serde_json::{Map, Value};

use crate::decode::decode;
use crate::error::{Error, Location};

/// Parses a whole `.txt` article: an optional ` date YYYY-MM-DD ` header (after any leading
/// whitespace) followed by the text on the same line. A file that does not start so has no date.
pub(crate) fn txt_document(
    bytes: Vec<u8>,
    id: String,
    location: Location,
) -> Result<Document, Error> {
    if bytes.is_empty() {
        return Err(Error::EmptyFile(location));
    }
    let (text, decoded_from) = decode(bytes).map_err(|offset| Error::InvalidUtf8 {
        location: location.clone(),
        offset,
    })?;
    let (date, body) = split_date_header(&text);
    if body.trim().is_empty() {
        return Err(Error::EmptyText(location));
    }
    let body_start = text.len() - body.len();
    let mut text = text;
    text.drain(..body_start);
    Ok(Document {
        meta: DocMeta {
            id,
            date,
            decoded_from: decoded_from.map(str::to_owned),
            ..DocMeta::default()
        },
        text,
    })
}

/// Splits a leading `date YYYY-MM-DD` header off `text`; returns the date and the rest, with
/// the whitespace after the header removed. Text without a valid header is returned whole.
pub fn split_date_header(text: &str) -> (Option<jiff::civil::Date>, &str) {
    let trimmed = text.trim_start();
    if let Some(rest) = trimmed.strip_prefix("date") {
        let rest = rest.trim_start_matches([' ', '\t']);
        if rest.len() >= 10 && rest.is_char_boundary(10) {
            if let Ok(date) = rest[..10].parse::<jiff::civil::Date>() {
                let after = &rest[10..];
                if after.is_empty() || after.starts_with(char::is_whitespace) {
                    return (Some(date), after.trim_start());
                }
            }
        }
    }
    (None, text)
}

/// Parses one JSONL line into a document. `fallback_id` (`file:line`) is used when the record
/// has no usable `id`.
pub(crate) fn jsonl_document(
    line: Vec<u8>,
    fallback_id: String,
    location: Location,
) -> Result<Document, Error> {
    let (text, decoded_from) = decode(line).map_err(|offset| Error::InvalidUtf8 {
        location: location.clone(),
        offset,
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|e| Error::Json {
        location: location.clone(),
        message: e.to_string(),
    })?;
    let Value::Object(map) = value else {
        return Err(Error::Json {
            location,
            message: format!("found {}, expected an object", json_type(&value)),
        });
    };
    object_document(map, fallback_id, location, decoded_from)
}

/// Builds a document from one record (a JSONL object or a Parquet row as JSON).
pub(crate) fn object_document(
    mut map: Map<String, Value>,
    fallback_id: String,
    location: Location,
    decoded_from: Option<&'static str>,
) -> Result<Document, Error> {
    let id = match map.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            // Keep an unusable id visible rather than dropping it.
            map.insert("id".to_owned(), other);
            fallback_id
        }
        None => fallback_id,
    };
    let location = Location {
        id: Some(id.clone()),
        ..location
    };
    let text = match map.remove("text") {
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(Error::TextNotString {
                location,
                found: json_type(&other),
            });
        }
        None => return Err(Error::MissingText(location)),
    };
    if text.trim().is_empty() {
        return Err(Error::EmptyText(location));
    }
    let date = match map.get("date") {
        Some(Value::String(s)) => parse_date(s),
        _ => None,
    };
    if date.is_some() {
        map.remove("date");
    }
    let title = take_string(&mut map, "title");
    let url = take_string(&mut map, "url").or_else(|| take_string(&mut map, "source_url"));
    let source = take_string(&mut map, "source");
    Ok(Document {
        meta: DocMeta {
            id,
            date,
            title,
            source,
            url,
            decoded_from: decoded_from.map(str::to_owned),
            extra: map,
        },
        text,
    })
}

/// A date from the start of an ISO date or date-time string (`2017-02-07`, `2017-02-07T10:00:00Z`).
fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    head.parse().ok()
}

fn take_string(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    match map.get(key) {
        Some(Value::String(s)) => {
            let s = s.clone();
            map.remove(key);
            Some(s)
        }
        Some(Value::Null) => {
            map.remove(key);
            None
        }
        _ => None,
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_header_after_spaces_with_text_on_same_line() {
        let (d, rest) = split_date_header(" date 2025-07-07 Negotiations resume in Qatar.");
        assert_eq!(d, Some(jiff::civil::date(2025, 7, 7)));
        assert_eq!(rest, "Negotiations resume in Qatar.");
    }

    #[test]
    fn no_header_means_all_body() {
        let text = "dated 2025-07-07 is not a header";
        assert_eq!(split_date_header(text), (None, text));
        assert_eq!(
            split_date_header("date 2025-13-45 bad"),
            (None, "date 2025-13-45 bad")
        );
    }

    #[test]
    fn jsonl_keeps_unknown_fields_and_maps_known_ones() {
        let line = br#"{"id":"a1","date":"2017-02-07T10:00:00Z","title":"T","source_url":"http://x","text":"Hi.","lang":"en"}"#;
        let doc = jsonl_document(line.to_vec(), "f:1".into(), Location::line("f", 1)).unwrap();
        assert_eq!(doc.meta.id, "a1");
        assert_eq!(doc.meta.date, Some(jiff::civil::date(2017, 2, 7)));
        assert_eq!(doc.meta.url.as_deref(), Some("http://x"));
        assert_eq!(
            doc.meta.extra.get("lang"),
            Some(&Value::String("en".into()))
        );
    }

    #[test]
    fn jsonl_errors_name_the_problem() {
        let loc = Location::line("f", 3);
        let e = jsonl_document(br#"{"id":7,"text":5}"#.to_vec(), "f:3".into(), loc.clone())
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "f:3 (id 7): \"text\" is a number, not a string"
        );
        let e =
            jsonl_document(br#"{"title":"x"}"#.to_vec(), "f:3".into(), loc.clone()).unwrap_err();
        assert_eq!(e.to_string(), "f:3 (id f:3): record has no \"text\" field");
        let e = jsonl_document(b"not json".to_vec(), "f:3".into(), loc).unwrap_err();
        assert!(e.to_string().starts_with("f:3: not a JSON object"), "{e}");
    }
}
