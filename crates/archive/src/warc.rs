//! WARC files (1.0 and 1.1): plain, gzip with one member per record (as CC-NEWS writes them)
//! or the whole file in one member, and zstd. Read record by record with bounded memory; a
//! `response` (HTTP 200, HTML) or `resource` (HTML) record becomes a [`RawPage`] (its article
//! is extracted later, possibly on another thread); every other record is skipped and counted
//! in [`SkipCounts`].
//!
//! Written here rather than with the `warc` crate: that crate reports no record offsets, does
//! not resynchronise after a bad record, and buffers whole records; an archive reader must
//! name the offset of each unreadable record, skip an oversized page without holding it, and
//! go on with the next record.

use std::io::{self, BufRead, BufReader, Read};

use crate::entry::{Entry, PageMeta, RawItem, RawPage};
use crate::error::{Error, Location};
use crate::skipped::SkipCounts;

/// Longest WARC or HTTP header line read; longer is a bad record.
const MAX_HEADER_LINE: usize = 64 * 1024;
/// Most header lines in one record.
const MAX_HEADER_LINES: usize = 512;

/// A byte reader that counts what was consumed.
struct Counted<R> {
    inner: R,
    pos: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        self.inner.consume(amt);
    }
}

type Raw = Counted<BufReader<Box<dyn Read + Send>>>;

#[cfg(feature = "gzip")]
type Member = BufReader<flate2::bufread::GzDecoder<Raw>>;

enum State {
    /// An uncompressed (or zstd-decompressed) stream: offsets are positions in it.
    Plain(Counted<Box<dyn BufRead + Send>>),
    /// Between gzip members: offsets are positions in the compressed file.
    #[cfg(feature = "gzip")]
    Between(Raw),
    /// Inside the gzip member that starts at `start`.
    #[cfg(feature = "gzip")]
    InMember {
        member: Box<Member>,
        start: u64,
    },
    Done,
}

/// One WARC file being read.
pub(crate) struct WarcFile {
    state: State,
    path: String,
    skipped: SkipCounts,
    max_page: u64,
}

/// Why a record could not be read, and whether the reader must look for the next record.
struct Bad {
    message: String,
    id: Option<String>,
}

impl WarcFile {
    /// Opens a WARC stream: `Ok(raw)` is a file of gzip members (read one at a time, offsets
    /// name the member), `Err(stream)` an uncompressed (or already decompressed) stream.
    pub(crate) fn new(
        input: Result<Box<dyn Read + Send>, Box<dyn BufRead + Send>>,
        path: String,
        skipped: SkipCounts,
        max_page: u64,
    ) -> WarcFile {
        let state = match input {
            Err(stream) => State::Plain(Counted {
                inner: stream,
                pos: 0,
            }),
            Ok(raw) => gzip_state(raw),
        };
        WarcFile {
            state,
            path,
            skipped,
            max_page,
        }
    }

    fn error(&self, offset: u64, bad: Bad) -> Error {
        let mut location = Location::file(self.path.clone());
        location.id = bad.id;
        Error::Warc {
            location,
            offset,
            message: bad.message,
        }
    }

    /// The next page or error of this file; `None` at its end.
    pub(crate) fn next_item(&mut self) -> Option<RawItem> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return None,
                State::Plain(mut r) => {
                    let offset = r.pos;
                    let got = read_record(&mut r, self.max_page);
                    match got {
                        Ok(None) => return None,
                        Ok(Some(rec)) => {
                            self.state = State::Plain(r);
                            if let Some(item) = self.finish(rec, offset) {
                                return Some(item);
                            }
                        }
                        Err(bad) => {
                            let eof = resync_plain(&mut r);
                            if !eof {
                                self.state = State::Plain(r);
                            }
                            return Some(Err(self.error(offset, bad)));
                        }
                    }
                }
                #[cfg(feature = "gzip")]
                State::Between(mut raw) => match raw.fill_buf() {
                    Err(e) => {
                        let offset = raw.pos;
                        return Some(Err(self.error(offset, io_bad(&e))));
                    }
                    Ok([]) => return None,
                    Ok([0x1f, 0x8b, ..]) => {
                        let start = raw.pos;
                        let member = Box::new(BufReader::new(flate2::bufread::GzDecoder::new(raw)));
                        self.state = State::InMember { member, start };
                    }
                    Ok(_) => {
                        let offset = raw.pos;
                        let eof = resync_gzip(&mut raw);
                        if !eof {
                            self.state = State::Between(raw);
                        }
                        let bad = Bad {
                            message: "bytes that are not a gzip member; skipped to the next member"
                                .to_owned(),
                            id: None,
                        };
                        return Some(Err(self.error(offset, bad)));
                    }
                },
                #[cfg(feature = "gzip")]
                State::InMember { mut member, start } => {
                    match read_record(&mut member, self.max_page) {
                        Ok(None) => {
                            self.state = State::Between(member.into_inner().into_inner());
                        }
                        Ok(Some(rec)) => {
                            self.state = State::InMember { member, start };
                            if let Some(item) = self.finish(rec, start) {
                                return Some(item);
                            }
                        }
                        Err(bad) => {
                            // Drop the rest of the member (streamed, not held), then resume
                            // at the next gzip magic.
                            let drained = io::copy(&mut member, &mut io::sink());
                            let mut raw = member.into_inner().into_inner();
                            let eof = drained.is_err() && resync_gzip(&mut raw);
                            if !eof {
                                self.state = State::Between(raw);
                            }
                            return Some(Err(self.error(start, bad)));
                        }
                    }
                }
            }
        }
    }

    /// A record read whole: a page, an error, or `None` when it is skipped (and counted).
    fn finish(&self, rec: Record, offset: u64) -> Option<RawItem> {
        let Some(block) = rec.block else {
            self.skipped.add(&rec.kind);
            return None;
        };
        let mut location = Location::file(self.path.clone());
        location.id = rec.id.clone();
        let http = rec
            .content_type
            .as_deref()
            .is_some_and(|c| c.to_ascii_lowercase().starts_with("application/http"));
        if rec.kind == "response" && !http {
            // A DNS answer, a screenshot, a record of some other protocol: not a page.
            self.skipped.add("not-http");
            return None;
        }
        let page = match rec.kind.as_str() {
            "response" => match http_response(&block) {
                Err(message) => {
                    return Some(Err(Error::Warc {
                        location,
                        offset,
                        message,
                    }));
                }
                Ok(r) => r,
            },
            _ => HttpPage {
                status: 200,
                content_type: rec.content_type.clone(),
                body_start: 0,
            },
        };
        if page.status != 200 {
            self.skipped.add(&format!("status-{}", page.status));
            return None;
        }
        if !page.content_type.as_deref().is_some_and(is_html) {
            self.skipped.add("not-html");
            return None;
        }
        let meta = PageMeta {
            id: rec
                .id
                .clone()
                .or_else(|| rec.url.clone())
                .unwrap_or_else(|| format!("{}@{offset}", self.path)),
            url: rec.url,
            content_type: page.content_type,
            capture_date: rec.date,
            offset: Some(offset),
            duplicate_of: None,
        };
        Some(Ok(Entry::Page(RawPage {
            bytes: block,
            body_start: page.body_start,
            meta,
            location,
        })))
    }
}

fn gzip_state(raw: Box<dyn Read + Send>) -> State {
    let raw = Counted {
        inner: BufReader::with_capacity(64 * 1024, raw),
        pos: 0,
    };
    #[cfg(feature = "gzip")]
    return State::Between(raw);
    #[cfg(not(feature = "gzip"))]
    {
        drop(raw);
        State::Done
    }
}

fn io_bad(e: &io::Error) -> Bad {
    Bad {
        message: e.to_string(),
        id: None,
    }
}

/// True for content types of HTML pages.
fn is_html(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or("").trim();
    mime.eq_ignore_ascii_case("text/html") || mime.eq_ignore_ascii_case("application/xhtml+xml")
}

/// One WARC record: its header fields, and its block when it may hold a page.
struct Record {
    kind: String,
    id: Option<String>,
    url: Option<String>,
    date: Option<jiff::civil::Date>,
    content_type: Option<String>,
    /// `None` for record types never turned into documents (their block was skipped).
    block: Option<Vec<u8>>,
}

/// Reads one line (up to `\n`) of at most [`MAX_HEADER_LINE`] bytes; `Ok(None)` at the end.
fn header_line(r: &mut dyn BufRead) -> Result<Option<String>, Bad> {
    let mut buf = Vec::new();
    let n = r
        .take(MAX_HEADER_LINE as u64 + 1)
        .read_until(b'\n', &mut buf)
        .map_err(|e| io_bad(&e))?;
    if n == 0 {
        return Ok(None);
    }
    if n > MAX_HEADER_LINE {
        return Err(Bad {
            message: format!("header line longer than {MAX_HEADER_LINE} bytes"),
            id: None,
        });
    }
    while matches!(buf.last(), Some(b'\n' | b'\r')) {
        buf.pop();
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

/// Reads the next record. `Ok(None)` at a clean end of input.
fn read_record(r: &mut dyn BufRead, max_page: u64) -> Result<Option<Record>, Bad> {
    let version = loop {
        match header_line(r)? {
            None => return Ok(None),
            Some(l) if l.trim().is_empty() => {}
            Some(l) => break l,
        }
    };
    if !matches!(version.trim_end(), "WARC/1.0" | "WARC/1.1") {
        let shown: String = version.chars().take(40).collect();
        return Err(Bad {
            message: format!("record does not start with WARC/1.0 or WARC/1.1 (found {shown:?})"),
            id: None,
        });
    }
    let mut fields: Vec<(String, String)> = Vec::new();
    loop {
        let Some(line) = header_line(r)? else {
            return Err(Bad {
                message: "input ends inside a record header".to_owned(),
                id: None,
            });
        };
        if line.is_empty() {
            break;
        }
        if fields.len() >= MAX_HEADER_LINES {
            return Err(Bad {
                message: format!("more than {MAX_HEADER_LINES} header lines"),
                id: None,
            });
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = fields.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(':') {
            fields.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    // An empty field is an absent one (found by fuzzing: an empty WARC-Record-ID gave a
    // document with an empty id).
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.trim_matches(['<', '>']).trim().is_empty())
    };
    let id = get("warc-record-id");
    let bad = |message: String| Bad {
        message,
        id: id.clone(),
    };
    let kind = get("warc-type").unwrap_or_default().to_ascii_lowercase();
    let length: u64 = get("content-length")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| bad("missing or invalid Content-Length".to_owned()))?;
    let wanted = matches!(kind.as_str(), "response" | "resource");
    let too_large = wanted && length > max_page;
    let block = if wanted && !too_large {
        let mut block = Vec::with_capacity(length as usize);
        let got = r
            .take(length)
            .read_to_end(&mut block)
            .map_err(|e| bad(e.to_string()))?;
        if (got as u64) < length {
            return Err(bad(format!(
                "record truncated: Content-Length {length} but only {got} bytes follow"
            )));
        }
        Some(block)
    } else {
        let got = io::copy(&mut r.take(length), &mut io::sink()).map_err(|e| bad(e.to_string()))?;
        if got < length {
            return Err(bad(format!(
                "record truncated: Content-Length {length} but only {got} bytes follow"
            )));
        }
        None
    };
    let mut end = [0u8; 4];
    let trailer = r.read_exact(&mut end);
    if trailer.is_err() || &end != b"\r\n\r\n" {
        return Err(bad(format!(
            "Content-Length {length} does not end the record (no blank line after the block)"
        )));
    }
    if too_large {
        return Err(bad(format!(
            "page of {length} bytes exceeds the limit of {max_page} bytes; skipped"
        )));
    }
    let date = get("warc-date").and_then(|d| reckon_html::parse_date(&d));
    Ok(Some(Record {
        kind: if kind.is_empty() {
            "untyped".to_owned()
        } else {
            kind
        },
        id,
        url: get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_owned()),
        date,
        content_type: get("content-type"),
        block,
    }))
}

/// Skips a plain stream to the next line starting `WARC/1.`; true at the end of input.
fn resync_plain(r: &mut Counted<Box<dyn BufRead + Send>>) -> bool {
    loop {
        let buf = match r.fill_buf() {
            Ok([]) | Err(_) => return true,
            Ok(b) => b,
        };
        // A record starts at a line start: look for "\nWARC/1." and stop right after the "\n".
        if let Some(i) = memchr::memmem::find(buf, b"\nWARC/1.") {
            r.consume(i + 1);
            return false;
        }
        let skip = buf.len().saturating_sub(8).max(1).min(buf.len());
        r.consume(skip);
    }
}

/// Skips raw bytes to the next gzip member header; true at the end of input.
#[cfg(feature = "gzip")]
fn resync_gzip(raw: &mut Raw) -> bool {
    loop {
        let buf = match raw.fill_buf() {
            Ok([]) | Err(_) => return true,
            Ok(b) => b,
        };
        let from = usize::from(buf.starts_with(&[0x1f, 0x8b]));
        if let Some(i) = memchr::memmem::find(&buf[from..], &[0x1f, 0x8b, 0x08]) {
            raw.consume(from + i);
            return false;
        }
        let skip = buf.len().saturating_sub(2).max(1).min(buf.len());
        raw.consume(skip);
    }
}

#[cfg(not(feature = "gzip"))]
fn resync_gzip(_: &mut Raw) -> bool {
    true
}

/// The parts of an HTTP response a page needs.
struct HttpPage {
    status: u16,
    content_type: Option<String>,
    body_start: usize,
}

/// Parses the HTTP response head at the start of a `response` record's block.
fn http_response(block: &[u8]) -> Result<HttpPage, String> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut resp = httparse::Response::new(&mut headers);
    match resp.parse(block) {
        Ok(httparse::Status::Complete(body_start)) => {
            let content_type = resp
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case("content-type"))
                .map(|h| String::from_utf8_lossy(h.value).trim().to_owned());
            Ok(HttpPage {
                status: resp.code.unwrap_or(0),
                content_type,
                body_start,
            })
        }
        Ok(httparse::Status::Partial) => Err("HTTP response head is cut short".to_owned()),
        Err(e) => Err(format!("bad HTTP response head: {e}")),
    }
}
