//! HTML pages (files `.html`, `.htm`, compressed or not, and WARC records) to documents: the
//! article text, title and date from [`reckon_html`], the URL's host as `source`, and in
//! `extra` the provenance a reader needs: `date_source` (`meta`, `json-ld`, `time`, `url`,
//! `capture`) and, when a declared charset was wrong, `charset_overruled`.

use reckon_text::Document;
use serde_json::Value;

use crate::entry::PageMeta;
use crate::error::{Error, Location};

/// Largest HTML page read, in bytes (a WARC record's block or a file); larger ones are an
/// error for that page, skipped without being held.
pub(crate) const MAX_PAGE_BYTES: u64 = 16 << 20;

/// The host of a URL, lower-cased, without user info or port.
pub(crate) fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next()?
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// One page's document, or the error saying why it has none.
pub(crate) fn page_document(
    bytes: &[u8],
    meta: &PageMeta,
    mut location: Location,
) -> Result<Document, Error> {
    let hints = reckon_html::Hints {
        content_type: meta.content_type.as_deref(),
        url: meta.url.as_deref(),
        capture_date: meta.capture_date,
    };
    location.id = Some(meta.id.clone());
    let page = reckon_html::extract(bytes, &hints, &reckon_html::Options::default()).map_err(
        |source| Error::Html {
            location,
            offset: meta.offset,
            source,
        },
    )?;
    let mut extra = serde_json::Map::new();
    if let Some(s) = page.date_source {
        extra.insert("date_source".into(), Value::from(s.as_str()));
    }
    if let Some(c) = page.charset_overruled {
        extra.insert("charset_overruled".into(), Value::from(c));
    }
    Ok(Document {
        meta: reckon_text::DocMeta {
            id: meta.id.clone(),
            date: page.date,
            title: page.title,
            source: meta.url.as_deref().and_then(host),
            url: meta.url.clone(),
            decoded_from: page.decoded_from.map(str::to_owned),
            extra,
        },
        text: page.text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_of_urls() {
        assert_eq!(
            host("https://User@WWW.Example.com:8080/a?b").as_deref(),
            Some("www.example.com")
        );
        assert_eq!(host("http://[::1]:80/").as_deref(), Some("[::1]"));
        assert_eq!(host("no-scheme"), None);
    }
}
