//! `reckon-html`: a news or blog page as HTML bytes in, the article out: its text with
//! paragraph breaks kept as newlines, its title, its publication date and where that date was
//! read, and the charset the bytes were decoded from.
//!
//! ```
//! use reckon_html::{DateSource, Hints, Options, extract};
//!
//! let html = br#"<html><head><title>Dam opens | Daily</title>
//!   <meta property="article:published_time" content="2024-03-15T08:00:00Z"></head>
//!   <body><nav>Home | World | Sport</nav><article><h1>Dam opens</h1>
//!   <p>The new dam on the river opened on Friday after six years of work, officials said.</p>
//!   <p>It will supply water to 2 million people in the region, the ministry said.</p>
//!   </article><footer>Contact us</footer></body></html>"#;
//! let page = extract(html, &Hints::default(), &Options::default()).unwrap();
//! assert!(page.text.contains("opened on Friday"));
//! assert!(page.text.contains("officials said.\n"), "{:?}", page.text);
//! assert!(!page.text.contains("Contact us"));
//! assert_eq!(page.date, Some(jiff::civil::date(2024, 3, 15)));
//! assert_eq!(page.date_source, Some(DateSource::Meta));
//! assert_eq!(page.decoded_from, None);
//! ```
//!
//! Design decisions:
//! - The article body comes from [`dom_smoothie`](https://crates.io/crates/dom_smoothie) (a
//!   Readability port) with image captions taken out first, and from
//!   [`rs-trafilatura`](https://crates.io/crates/rs-trafilatura) where dom_smoothie finds
//!   nothing ([`Extractor::Auto`]); chosen by measurement on a
//!   181-page benchmark for F1 and speed (see the README). This crate adds what an archive
//!   reader needs around it: charset decoding, a date with its provenance, and limits.
//! - Paragraph breaks: a newline goes before every block-level tag before extraction, so
//!   `</p><p>` with no whitespace between cannot run two sentences together. The same
//!   byte-level pass cuts out what is never article text (comments, `<script>` but JSON-LD,
//!   `<style>`, `<svg>`, `<noscript>`, `<template>`, `<nav>`, `<footer>`, `<aside>`, a
//!   `<header>` outside `<article>`/`<main>`, `<link>`, every attribute no extractor reads,
//!   indentation), so the parser and dom_smoothie see fewer nodes and bytes.
//! - That one byte-level pass also measures the nesting depth of what the parser will see and
//!   counts the page's words *before* the page is parsed into a tree, so a page nested
//!   100,000 deep is refused ([`Error::TooDeep`])
//!   instead of costing quadratic time in the tree builder or overflowing the stack of a
//!   recursive walk. The page is then parsed once (html5ever, through `dom_query`): the title
//!   and date candidates are read and the image captions cut from that tree in one walk, and
//!   dom_smoothie reads the same tree.
//! - Charset: a byte-order mark, then the HTTP header's charset ([`Hints::content_type`]), then
//!   `<meta charset>` in the first 1024 bytes, then detection (chardetng). A declaration the
//!   bytes contradict (declared UTF-8 but invalid, declared Latin-1 over valid UTF-8) is
//!   overruled by detection and [`Page::charset_overruled`] names it.
//! - Dates, in order: meta `article:published_time` (and kin), JSON-LD `datePublished`,
//!   `<time>`, the URL's path, then [`Hints::capture_date`]; [`Page::date_source`] says which.
//! - Pure and deterministic: no I/O, no global state, `Send + Sync` inputs and outputs.

#![deny(missing_docs)]

mod blocks;
mod charset;
mod choose;
mod date;
mod error;
mod prescan;
mod scan;

pub use charset::{CharsetSource, charset_param};
pub use choose::{Extractor, Signals};
pub use date::{DateSource, parse_date, url_date};
pub use error::Error;
pub use prescan::Words;

/// What the caller knows about a page from outside it (HTTP headers, a WARC record).
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The HTTP `Content-Type` header value (`text/html; charset=...`).
    pub content_type: Option<&'a str>,
    /// The page's URL: a date in its path is a date candidate, and the extractor reads it.
    pub url: Option<&'a str>,
    /// When the page was captured (a WARC record's `WARC-Date`): the date of last resort.
    pub capture_date: Option<jiff::civil::Date>,
}

/// Limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Deepest element nesting accepted (elements that need an end tag). Default 1,000:
    /// real news pages stay under 100.
    pub max_depth: usize,
    /// Which extractor reads the article body (default [`Extractor::Auto`]).
    pub extractor: Extractor,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_depth: 1000,
            extractor: Extractor::Auto,
        }
    }
}

/// One page's article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The article body, paragraphs separated by blank lines (`\n\n`).
    pub text: String,
    /// The headline: the extractor's (`og:title`, `<h1>`, `<title>` cleaned of the site name),
    /// else the `<title>`.
    pub title: Option<String>,
    /// The publication date.
    pub date: Option<jiff::civil::Date>,
    /// Where [`Page::date`] was read.
    pub date_source: Option<DateSource>,
    /// The encoding the bytes were decoded from, when not UTF-8 (`windows-1252`...).
    pub decoded_from: Option<&'static str>,
    /// Where the encoding was learnt.
    pub charset_source: CharsetSource,
    /// A declared charset the bytes contradicted (and detection overruled).
    pub charset_overruled: Option<String>,
    /// The extractor whose text [`Page::text`] is ([`Extractor::Trafilatura`] or
    /// [`Extractor::Readability`], never `Auto`).
    pub extractor: Extractor,
    /// What [`Extractor::Auto`] looked at (`None` when dom_smoothie did not run or failed).
    pub signals: Option<Signals>,
}

/// How many leading bytes are checked for binary content.
const SNIFF: usize = 8192;

/// Refuses bytes that are not text: more than 1 in 50 of the first 8 KiB is a control byte
/// (NUL, or C0 other than tab, newlines, form feed; DEL).
fn check_text(bytes: &[u8]) -> Result<(), Error> {
    if encoding_rs::Encoding::for_bom(bytes)
        .is_some_and(|(e, _)| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE)
    {
        return Ok(());
    }
    let sample = &bytes[..bytes.len().min(SNIFF)];
    let control = sample
        .iter()
        .filter(|&&b| matches!(b, 0..=8 | 0x0E..=0x1F | 0x7F))
        .count();
    if control * 50 > sample.len() {
        return Err(Error::Binary {
            control,
            sampled: sample.len(),
        });
    }
    Ok(())
}

/// Extracts the article of one page.
///
/// # Errors
/// [`Error::Binary`] for bytes that are not text, [`Error::TooDeep`] past
/// [`Options::max_depth`], [`Error::NoText`] when no article text is found.
pub fn extract(bytes: &[u8], hints: &Hints<'_>, options: &Options) -> Result<Page, Error> {
    check_text(bytes)?;
    let declared = hints.content_type.and_then(charset_param);
    let decoded = charset::decode(bytes, declared);
    let (html, pre) = blocks::break_blocks(&decoded.text);
    if pre.max_depth > options.max_depth {
        return Err(Error::TooDeep {
            depth: pre.max_depth,
            limit: options.max_depth,
        });
    }
    let doc = dom_query::Document::from(html.as_str());
    let found = scan::scan(&doc);
    let (date, date_source) = pick_date(&found, hints);
    let mut signals = None;
    let mut body = None;
    if options.extractor != Extractor::Trafilatura {
        if let Some((text, title, fast)) = readability(doc, hints.url) {
            let s = Signals {
                page: pre.words,
                fast,
            };
            signals = Some(s);
            if options.extractor == Extractor::Readability || !choose::fast_output_suspect(&s) {
                body = Some((text, title, Extractor::Readability));
            }
        }
    }
    let (text, title, extractor) = match body {
        Some(b) => b,
        None if options.extractor == Extractor::Readability => return Err(Error::NoText),
        None => {
            let (text, title) = trafilatura(&html, hints.url)?;
            (text, title, Extractor::Trafilatura)
        }
    };
    if text.is_empty() {
        return Err(Error::NoText);
    }
    let title = title
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .or(found.title);
    Ok(Page {
        text,
        title,
        date,
        date_source,
        decoded_from: (decoded.encoding != encoding_rs::UTF_8).then(|| decoded.encoding.name()),
        charset_source: decoded.source,
        charset_overruled: decoded.overruled,
        extractor,
        signals,
    })
}

/// rs-trafilatura's article text (tidied) and title.
fn trafilatura(html: &str, url: Option<&str>) -> Result<(String, Option<String>), Error> {
    let options = rs_trafilatura::Options {
        url: url.map(str::to_owned),
        ..rs_trafilatura::Options::default()
    };
    let result = rs_trafilatura::extract_with_options(html, &options).map_err(|_| Error::NoText)?;
    Ok((tidy(&result.content_text), result.metadata.title))
}

/// dom_smoothie's article text (tidied), title, and the word counts of its article HTML;
/// `None` when it finds no article.
fn readability(
    doc: dom_query::Document,
    url: Option<&str>,
) -> Option<(String, Option<String>, Words)> {
    let mut reader = dom_smoothie::Readability::with_document(doc, url, None).ok()?;
    let article = reader.parse().ok()?;
    let words = choose::serialized_words(&article.content);
    Some((
        tidy(&article.text_content),
        Some(article.title).filter(|t| !t.trim().is_empty()),
        words,
    ))
}

/// The first date candidate that parses, in the documented order.
fn pick_date(
    found: &scan::Scan,
    hints: &Hints<'_>,
) -> (Option<jiff::civil::Date>, Option<DateSource>) {
    let candidates = [
        (
            found.meta_date.as_deref().and_then(parse_date),
            DateSource::Meta,
        ),
        (
            found.json_ld_date.as_deref().and_then(parse_date),
            DateSource::JsonLd,
        ),
        (
            found.time_date.as_deref().and_then(parse_date),
            DateSource::Time,
        ),
        (hints.url.and_then(url_date), DateSource::Url),
        (hints.capture_date, DateSource::Capture),
    ];
    candidates
        .into_iter()
        .find_map(|(d, s)| d.map(|d| (Some(d), Some(s))))
        .unwrap_or((None, None))
}

/// Trims every line, drops runs of more than one blank line, and trims the whole.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_junk_labelled_html_is_refused() {
        let junk: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(matches!(
            extract(&junk, &Hints::default(), &Options::default()),
            Err(Error::Binary { .. })
        ));
    }

    #[test]
    fn nesting_100000_deep_is_refused_without_overflow() {
        let html = format!(
            "<html><body>{}text{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert_eq!(
            extract(html.as_bytes(), &Hints::default(), &Options::default()),
            Err(Error::TooDeep {
                depth: 100_000,
                limit: 1000
            })
        );
    }

    #[test]
    fn nesting_hidden_in_a_math_title_is_refused() {
        let html = format!(
            "<html><body><math><title>{}text{}</title></math>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert!(matches!(
            extract(html.as_bytes(), &Hints::default(), &Options::default()),
            Err(Error::TooDeep { .. })
        ));
    }

    #[test]
    fn self_closed_divs_100000_deep_are_refused() {
        let html = format!("<html><body>{}text", "<div/>".repeat(100_000));
        assert!(matches!(
            extract(html.as_bytes(), &Hints::default(), &Options::default()),
            Err(Error::TooDeep { .. })
        ));
    }

    #[test]
    fn date_falls_back_to_url_then_capture() {
        let html = b"<html><body><article><p>The council met on Tuesday and voted to close the old bridge for repairs, a spokesman said.</p></article></body></html>";
        let hints = Hints {
            url: Some("https://example.com/2021/06/01/bridge"),
            capture_date: Some(jiff::civil::date(2021, 6, 3)),
            ..Hints::default()
        };
        let page = extract(html, &hints, &Options::default()).unwrap();
        assert_eq!(
            (page.date, page.date_source),
            (Some(jiff::civil::date(2021, 6, 1)), Some(DateSource::Url))
        );
        let hints = Hints { url: None, ..hints };
        let page = extract(html, &hints, &Options::default()).unwrap();
        assert_eq!(page.date_source, Some(DateSource::Capture));
    }

    #[test]
    fn tidy_keeps_paragraph_breaks() {
        assert_eq!(tidy("  a \n\n\n b\nc  \n"), "a\n\nb\nc");
    }
}
