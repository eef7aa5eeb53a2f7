//! Archive entries as read, before the costly step: a [`Document`] already (text, JSONL,
//! Parquet), or a [`RawPage`] of HTML whose article is still to be extracted.
//!
//! Reading is one stream, so it runs on one thread; extracting an article from HTML costs
//! far more than reading its bytes. [`Archive::entries`](crate::Archive::entries) hands the
//! pages out raw so that a caller with a thread pool can call [`RawPage::into_document`] on
//! many at once; iterating an [`Archive`](crate::Archive) itself extracts each page in turn.

use reckon_text::Document;

use crate::error::{Error, Location};

/// One item of [`Archive::entries`](crate::Archive::entries): an entry, or the reason an
/// article could not be read.
pub type RawItem = Result<Entry, Error>;

/// One article as read.
#[derive(Debug)]
pub enum Entry {
    /// A document read from text, JSONL or Parquet.
    Document(Document),
    /// An HTML page (a `.html` file or a WARC record) whose article is not extracted yet.
    Page(RawPage),
}

impl Entry {
    /// The document id (a page's WARC record id, URL or path).
    pub fn id(&self) -> &str {
        match self {
            Entry::Document(d) => &d.meta.id,
            Entry::Page(p) => &p.meta.id,
        }
    }

    /// Bytes held: the text of a document, the HTML of a page (for batching by size).
    pub fn len(&self) -> usize {
        match self {
            Entry::Document(d) => d.text.len(),
            Entry::Page(p) => p.bytes.len() - p.body_start,
        }
    }

    /// True when [`Entry::len`] is zero.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The document: as read, or extracted from the page ([`RawPage::into_document`]).
    ///
    /// # Errors
    /// A page that gives no article (see [`RawPage::into_document`]).
    pub fn into_document(self) -> Result<Document, Error> {
        match self {
            Entry::Document(d) => Ok(d),
            Entry::Page(p) => p.into_document(),
        }
    }
}

/// What is known about a page besides its bytes.
// Without the `html` feature no page is ever made, so the extraction hints go unread.
#[cfg_attr(not(feature = "html"), allow(dead_code))]
#[derive(Debug, Clone)]
pub(crate) struct PageMeta {
    pub id: String,
    pub url: Option<String>,
    pub content_type: Option<String>,
    pub capture_date: Option<jiff::civil::Date>,
    /// The WARC record's offset, for error messages.
    pub offset: Option<u64>,
    /// The id this page's id repeats, set by [`crate::UniqueIds`].
    pub duplicate_of: Option<String>,
}

/// An HTML page as read: its bytes and what the file or WARC record said about it. Pure data,
/// `Send`: extract it on any thread.
#[derive(Debug)]
pub struct RawPage {
    /// The record's block or the file; the page starts at `body_start` (after an HTTP head).
    pub(crate) bytes: Vec<u8>,
    pub(crate) body_start: usize,
    pub(crate) meta: PageMeta,
    pub(crate) location: Location,
}

impl RawPage {
    /// The document id the page will have.
    pub fn id(&self) -> &str {
        &self.meta.id
    }

    /// The page's URL (`WARC-Target-URI`), when known.
    pub fn url(&self) -> Option<&str> {
        self.meta.url.as_deref()
    }

    /// The page's HTML bytes (without the HTTP head of a WARC response).
    pub fn html(&self) -> &[u8] {
        &self.bytes[self.body_start..]
    }

    /// Byte offset of the WARC record (of its gzip member in a `.warc.gz`), if it came from one.
    pub fn offset(&self) -> Option<u64> {
        self.meta.offset
    }

    /// Extracts the article with `reckon-html` (feature `html`): text, title, date (with
    /// `extra.date_source`), the URL's host as `source`, and the charset.
    ///
    /// # Errors
    /// `Error::Html` (with the WARC offset) for bytes that are not text, nesting past the
    /// limit, or no article text; [`Error::Unsupported`] without the `html` feature.
    pub fn into_document(self) -> Result<Document, Error> {
        #[cfg(feature = "html")]
        {
            let html = &self.bytes[self.body_start..];
            let hints = reckon_html::Hints {
                content_type: self.meta.content_type.as_deref(),
                url: self.meta.url.as_deref(),
                capture_date: self.meta.capture_date,
            };
            let (id, offset) = (self.meta.id.clone(), self.meta.offset);
            let mut doc = crate::html::page_document(html, &hints, id, offset, self.location)?;
            if let Some(original) = self.meta.duplicate_of {
                doc.meta.extra.insert(
                    crate::DUPLICATE_OF.to_owned(),
                    serde_json::Value::String(original),
                );
            }
            Ok(doc)
        }
        #[cfg(not(feature = "html"))]
        Err(Error::Unsupported {
            location: self.location,
            format: "html",
        })
    }
}
