//! JSONL writers: documents (with error records in place), `claims.jsonl`, `series.jsonl`,
//! `findings.jsonl`. One JSON object a line, `\n`-terminated, keys in a fixed order. The readers
//! of `claims.jsonl` and of `reckon run` documents parse them back.

use std::io::Write;

use reckon_reconcile::{ClaimRecord, Finding, Series};
use serde::Serialize;

use crate::{DocRecord, Error};

/// Writes one value as a JSON line; a value holding an infinite or NaN number is refused
/// ([`Error::NonFinite`], nothing written): JSON cannot carry it, and `null` in its place would
/// make the line unreadable by `reckon reconcile`.
pub fn write_line<W: Write, T: Serialize>(out: &mut W, value: &T) -> Result<(), Error> {
    crate::ensure_finite(value)?;
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Writes every value as a JSON line.
pub fn write_lines<'a, W: Write, T: Serialize + 'a>(
    out: &mut W,
    values: impl IntoIterator<Item = &'a T>,
) -> Result<(), Error> {
    for v in values {
        write_line(out, v)?;
    }
    Ok(())
}

/// `claims.jsonl`: one [`ClaimRecord`] a line (the input of `reckon reconcile`).
pub fn write_claims_jsonl<W: Write>(out: &mut W, records: &[ClaimRecord]) -> Result<(), Error> {
    write_lines(out, records)
}

/// `series.jsonl`: one [`Series`] a line, points included. A point's compatible interval is
/// unbounded on an open side (`"hi": null`, as documented); every other number must be finite.
pub fn write_series_jsonl<W: Write>(out: &mut W, series: &[Series]) -> Result<(), Error> {
    for s in series {
        for p in &s.points {
            crate::ensure_finite(&p.value)?;
            if p.interval.lo.is_nan() || p.interval.hi.is_nan() {
                return Err(Error::NonFinite {
                    field: format!("{}: interval", s.key),
                    value: f64::NAN,
                });
            }
        }
        serde_json::to_writer(&mut *out, s)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// `findings.jsonl`: one [`Finding`] a line.
pub fn write_findings_jsonl<W: Write>(out: &mut W, findings: &[Finding]) -> Result<(), Error> {
    write_lines(out, findings)
}

/// Reads the claims of `claims.jsonl` back: one record per non-empty claim line (article event
/// lines are skipped: `reckon_reconcile::read_lines` reads both); a bad line is an error naming
/// its 1-based line number.
pub fn read_claims_jsonl<R: std::io::BufRead>(
    input: R,
) -> impl Iterator<Item = Result<ClaimRecord, Error>> {
    input
        .lines()
        .enumerate()
        .filter_map(|(i, line)| match line {
            Err(e) => Some(Err(Error::Io(e))),
            Ok(l) if l.trim().is_empty() => None,
            // article event lines (`{"doc_id":..,"event":{..}}`) are the other kind of line
            Ok(l) => match serde_json::from_str(&l) {
                Ok(r) => Some(Ok(r)),
                Err(_) if serde_json::from_str::<reckon_reconcile::EventRecord>(&l).is_ok() => None,
                Err(e) => Some(Err(Error::Line {
                    line: i as u64 + 1,
                    source: e,
                })),
            },
        })
}

/// Reads `reckon run` JSONL: `Some(record)` per document, `None` per error record (an article
/// that could not be read); a bad line is an error naming its 1-based line number.
pub fn read_records_jsonl<R: std::io::BufRead>(
    input: R,
) -> impl Iterator<Item = Result<Option<DocRecord>, Error>> {
    input.lines().enumerate().filter_map(|(i, line)| {
        let parse = |l: &str| -> Result<Option<DocRecord>, serde_json::Error> {
            let v: serde_json::Value = serde_json::from_str(l)?;
            if v.get("error").is_some() {
                return Ok(None);
            }
            serde_json::from_value(v).map(Some)
        };
        match line {
            Err(e) => Some(Err(Error::Io(e))),
            Ok(l) if l.trim().is_empty() => None,
            Ok(l) => Some(parse(&l).map_err(|e| Error::Line {
                line: i as u64 + 1,
                source: e,
            })),
        }
    })
}
