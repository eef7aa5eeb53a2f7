//! HTML pages (files `.html`, `.htm`, compressed or not, and WARC records) to documents: the
//! article text, title and date from [`reckon_html`], the URL's host as `source`, and in
//! `extra` the provenance a reader needs: `date_source` (`meta`, `json-ld`, `time`, `url`,
//! `capture`) and, when a declared charset was wrong, `charset_overruled`.

use reckon_text::Document;
use serde_json::Value;

use crate::error::{Error, Location};

/// Largest HTML page read, in bytes (a WARC record's block or a file); larger ones are an
/// error for that page, skipped without being held.
// Only the WARC reader caps pages by it; `.html` files are capped by `max_document_bytes`.
#[cfg_attr(not(feature = "warc"), allow(dead_code))]
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

/// One page's document (id `id`), or the error saying why it has none; `offset` is the WARC
/// record's, for the error.
pub(crate) fn page_document(
    bytes: &[u8],
    hints: &reckon_html::Hints<'_>,
    id: String,
    offset: Option<u64>,
    mut location: Location,
) -> Result<Document, Error> {
    location.id = Some(id.clone());
    let page =
        reckon_html::extract(bytes, hints, &reckon_html::Options::default()).map_err(|source| {
            Error::Html {
                location,
                offset,
                source,
            }
        })?;
    let mut extra = serde_json::Map::new();
    if let Some(s) = page.date_source {
        extra.insert("date_source".into(), Value::from(s.as_str()));
    }
    if let Some(c) = page.charset_overruled {
        extra.insert("charset_overruled".into(), Value::from(c));
    }
    Ok(Document {
        meta: reckon_text::DocMeta {
            id,
            date: page.date,
            title: page.title,
            source: hints.url.and_then(host),
            url: hints.url.map(str::to_owned),
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
