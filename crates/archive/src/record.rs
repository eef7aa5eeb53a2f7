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
    let (date, mut body) = split_date_header(&text);
    let mut extra = Map::new();
    if date.is_none() {
        if let Some((bad, rest, line)) = invalid_date_header(&text) {
            // The header is metadata even when its date is impossible: it is cut from the
            // text, and the record says why the document has no date.
            let place = Location {
                line: Some(line),
                ..location.clone()
            };
            warn(
                &mut extra,
                format!(
                    "{place}: invalid date {bad:?} in the date header; the document has no date"
                ),
            );
            body = rest;
        }
    }
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
            extra,
            ..DocMeta::default()
        },
        text,
    })
}

/// The field of [`DocMeta::extra`] holding what reading an article noticed but did not
/// reject (an impossible date): a list of messages naming the file and line.
pub const WARNINGS: &str = "warnings";

fn warn(extra: &mut Map<String, Value>, message: String) {
    match extra
        .entry(WARNINGS)
        .or_insert_with(|| Value::Array(Vec::new()))
    {
        Value::Array(list) => list.push(Value::String(message)),
        // An input field of that name that is not a list is kept; the warning is not lost.
        other => *other = Value::Array(vec![other.take(), Value::String(message)]),
    }
}

/// A ` date YYYY-MM-DD ` header shaped like a date that is no date (`2025-02-30`): the bad
/// date, the text after the header, and the header's 1-based line.
fn invalid_date_header(text: &str) -> Option<(&str, &str, u64)> {
    let trimmed = text.trim_start();
    let line = 1 + text[..text.len() - trimmed.len()].matches('\n').count() as u64;
    let rest = trimmed.strip_prefix("date")?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let candidate = rest.get(..10)?;
    let shaped = candidate.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    let after = &rest[10..];
    if !shaped || !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    Some((candidate, after.trim_start(), line))
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
    let Value::Object(mut map) = value else {
        return Err(Error::Json {
            location,
            message: format!("found {}, expected an object", json_type(&value)),
        });
    };
    if let Some(Value::Number(n)) = map.get("id") {
        if n.is_f64() {
            // A number too big for an integer would be rounded (two ids ending up as
            // `1.2345678901234568e+29`): the id is the number as written.
            if let Some(raw) = raw_id(&text) {
                map.insert("id".to_owned(), Value::String(raw));
            }
        }
    }
    let warn_line = location.clone();
    let mut doc = object_document(map, fallback_id, location, decoded_from)?;
    if doc.meta.date.is_none() {
        if let Some(Value::String(bad)) = doc.meta.extra.get("date") {
            let place = Location {
                id: Some(doc.meta.id.clone()),
                ..warn_line
            };
            let message = format!("{place}: invalid date {bad:?}; the document has no date");
            warn(&mut doc.meta.extra, message);
        }
    }
    Ok(doc)
}

/// The source text of a record's `id` value.
fn raw_id(line: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id<'a> {
        #[serde(borrow)]
        id: &'a serde_json::value::RawValue,
    }
    let id: Id<'_> = serde_json::from_str(line).ok()?;
    Some(id.id.get().to_owned())
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
    fn big_numeric_ids_keep_their_source_text() {
        let a = br#"{"id":123456789012345678901234567890,"text":"A."}"#;
        let b = br#"{"id":123456789012345678901234567891,"text":"B."}"#;
        let small = br#"{"id":42,"text":"C."}"#;
        let id = |l: &[u8]| {
            jsonl_document(l.to_vec(), "f:1".into(), Location::line("f", 1))
                .unwrap()
                .meta
                .id
        };
        assert_eq!(id(a), "123456789012345678901234567890");
        assert_eq!(id(b), "123456789012345678901234567891");
        assert_eq!(id(small), "42");
    }

    #[test]
    fn invalid_dates_are_warned_about_with_their_line() {
        let doc = txt_document(
            b"\n date 2025-02-30 Talks resumed.".to_vec(),
            "a.txt".into(),
            Location::file("dir/a.txt"),
        )
        .unwrap();
        assert_eq!((doc.meta.date, doc.text.as_str()), (None, "Talks resumed."));
        assert_eq!(
            doc.meta.extra[WARNINGS][0],
            "dir/a.txt:2: invalid date \"2025-02-30\" in the date header; the document has no date"
        );
        let doc = jsonl_document(
            br#"{"id":"j","date":"2025-02-30","text":"Hi."}"#.to_vec(),
            "f:4".into(),
            Location::line("f.jsonl", 4),
        )
        .unwrap();
        assert_eq!(
            doc.meta.extra[WARNINGS][0],
            "f.jsonl:4 (id j): invalid date \"2025-02-30\"; the document has no date"
        );
        let ok = txt_document(
            b" date 2025-02-28 Fine.".to_vec(),
            "b".into(),
            Location::file("b"),
        )
        .unwrap();
        assert!(ok.meta.extra.is_empty());
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
