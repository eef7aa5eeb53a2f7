//! Reading `claims.jsonl` (what `reckon run` writes): one [`ClaimRecord`] a line, each line read
//! and checked on its own, so that a bad line is an error naming its file and line and the lines
//! after it are still read.

use std::io::{BufRead, Read};

use crate::duplicates::DuplicateRecord;
use crate::error::Error;
use crate::record::ClaimRecord;
use reckon_events::EventRecord;

/// One line of `claims.jsonl`: a claim, an article event (a line with `event` and no
/// `claim`: what `reckon run` writes for each event it detects, before the claims of its
/// document), or a duplicate (a copy of an earlier document, in place of its claims).
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// A claim with its document context (boxed: a claim is five times an event's size).
    Claim(Box<ClaimRecord>),
    /// An article event with its document context.
    Event(EventRecord),
    /// A document whose text repeats an earlier one's (a line with `duplicate` and `of`):
    /// `reckon run` writes it instead of the copy's claims and events.
    Duplicate(DuplicateRecord),
}

/// The longest line read; a longer one is an error for that line (memory stays bounded).
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Reads the records of a `claims.jsonl` stream named `name` (a path, or `-` for stdin): one
/// item per non-blank line, in order; a line that is not a valid record is an
/// [`Error::Line`] naming `name` and the 1-based line, and reading goes on.
///
/// ```
/// let text = "{\"doc_id\":\"a\"}\n\n";
/// let mut lines = reckon_reconcile::read_claims(text.as_bytes(), "claims.jsonl");
/// let err = lines.next().unwrap().unwrap_err();
/// assert!(err.to_string().starts_with("claims.jsonl:1: "), "{err}");
/// assert!(lines.next().is_none());
/// ```
pub fn read_claims<R: BufRead>(
    input: R,
    name: &str,
) -> impl Iterator<Item = Result<ClaimRecord, Error>> {
    read_lines(input, name).filter_map(|l| match l {
        Ok(Line::Claim(r)) => Some(Ok(*r)),
        Ok(Line::Event(_) | Line::Duplicate(_)) => None,
        Err(e) => Some(Err(e)),
    })
}

/// Reads every line of a `claims.jsonl` stream, claims and article events, as
/// [`read_claims`] does.
pub fn read_lines<R: BufRead>(input: R, name: &str) -> impl Iterator<Item = Result<Line, Error>> {
    let name = name.to_string();
    let mut input = input;
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    std::iter::from_fn(move || {
        loop {
            buf.clear();
            line_no += 1;
            let read =
                Read::take(&mut input, MAX_LINE_BYTES as u64 + 1).read_until(b'\n', &mut buf);
            let bad = |reason: String| Error::Line {
                file: name.clone(),
                line: line_no,
                reason,
            };
            match read {
                Err(e) => return Some(Err(bad(format!("cannot read: {e}")))),
                Ok(0) => return None,
                Ok(_) => {}
            }
            if buf.len() > MAX_LINE_BYTES && buf.last() != Some(&b'\n') {
                // skip the rest of the overlong line
                let skipped = skip_line(&mut input);
                let reason = format!("line longer than {MAX_LINE_BYTES} bytes");
                return Some(Err(bad(match skipped {
                    Ok(()) => reason,
                    Err(e) => format!("{reason}; cannot read on: {e}"),
                })));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(parse_line(&buf).map_err(bad));
        }
    })
}

/// Consumes input up to and including the next newline.
fn skip_line<R: BufRead>(input: &mut R) -> std::io::Result<()> {
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(());
        }
        match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = chunk.len();
                input.consume(n);
            }
        }
    }
}

/// One line as a checked record, or why it is not one.
fn parse_line(line: &[u8]) -> Result<Line, String> {
    match serde_json::from_slice::<ClaimRecord>(line) {
        Ok(record) => {
            record.check()?;
            Ok(Line::Claim(Box::new(record)))
        }
        Err(e) => match serde_json::from_slice::<EventRecord>(line) {
            Ok(ev) => Ok(Line::Event(ev)),
            Err(_) => match serde_json::from_slice::<DuplicateRecord>(line) {
                Ok(d) => {
                    d.check()?;
                    Ok(Line::Duplicate(d))
                }
                Err(_) => Err(format!("not a claims record: {e}")),
            },
        },
    }
}
