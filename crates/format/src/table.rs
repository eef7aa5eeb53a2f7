//! Flat rows for spreadsheets and data frames: one row per claim, one row per series point.
//! The same rows feed CSV and Parquet, so both have the same columns. A bound that is not a
//! finite number is left empty (CSV) or null (Parquet).
//!
//! CSV text cells are neutralised against spreadsheet formula injection: a cell that starts
//! with `=`, `+`, `-`, `@`, a tab or a carriage return (article text, ids and sources come from
//! whoever wrote the archive) gets a leading `'`, so a spreadsheet shows it as text instead of
//! running it as a formula. Parquet and JSONL keep the text exactly.

use std::io::Write;

use reckon_claims::Value;
use reckon_reconcile::{ClaimRecord, Series};
use serde::Serialize;

use crate::Error;

/// One claim as a flat row (`claims.csv`, `claims.parquet`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimRow {
    /// Document id.
    pub doc_id: String,
    /// Publication date, `YYYY-MM-DD`.
    pub doc_date: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Claim index within the document.
    pub claim_index: u32,
    /// Byte offset of the quantity in the document text.
    pub start: u32,
    /// Byte offset one past the quantity.
    pub end: u32,
    /// The quantity as written.
    pub text: String,
    /// `count`, `percent`, `money`, `duration`, `date`, `time`...
    pub kind: String,
    /// Lower bound (empty when unbounded or not numeric).
    pub low: Option<f64>,
    /// Whether the lower bound is included.
    pub low_inclusive: Option<bool>,
    /// Upper bound.
    pub high: Option<f64>,
    /// Whether the upper bound is included.
    pub high_inclusive: Option<bool>,
    /// Marked approximate in the text.
    pub approximate: Option<bool>,
    /// Unit (ISO 4217, `%`, `day`, `km`).
    pub unit: Option<String>,
    /// Resolved date/time of a date or time quantity (ISO at its granularity).
    pub time: Option<String>,
    /// Zone as written, for times.
    pub time_zone: Option<String>,
    /// Counted thing.
    pub counted: Option<String>,
    /// Event or state.
    pub event: Option<String>,
    /// Place.
    pub place: Option<String>,
    /// The time the claim applies to (ISO at its granularity).
    pub claim_time: Option<String>,
    /// Who says so.
    pub attribution: Option<String>,
    /// Reconciliation's grouping key.
    pub measure_key: Option<String>,
    /// A running total.
    pub cumulative: bool,
    /// Claim indices of the wholes this claim is part of, `;`-separated.
    pub part_of: String,
    /// Byte offset of the sentence.
    pub sentence_start: u32,
    /// Byte offset one past the sentence.
    pub sentence_end: u32,
    /// The sentence.
    pub sentence: String,
}

/// `(low, low_inclusive, high, high_inclusive, approximate)` of a value.
type Bounds = (
    Option<f64>,
    Option<bool>,
    Option<f64>,
    Option<bool>,
    Option<bool>,
);

/// `v` when it is a finite number: no table cell holds `inf` or `NaN`.
fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

fn bounds(v: Option<Value>) -> Bounds {
    match v {
        None => (None, None, None, None, None),
        Some(v) => (
            v.low.and_then(|b| finite(b.value)),
            v.low.map(|b| b.inclusive),
            v.high.and_then(|b| finite(b.value)),
            v.high.map(|b| b.inclusive),
            Some(v.approximate),
        ),
    }
}

/// The characters a spreadsheet reads as the start of a formula (OWASP's list).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV text cell that no spreadsheet runs as a formula: one starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading `'`.
///
/// ```
/// assert_eq!(reckon_format::csv_text_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(reckon_format::csv_text_cell("41 people"), "41 people");
/// ```
pub fn csv_text_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(FORMULA_START) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

fn neutralise(s: &mut String) {
    if s.starts_with(FORMULA_START) {
        s.insert(0, '\'');
    }
}

fn neutralise_opt(s: &mut Option<String>) {
    if let Some(s) = s {
        neutralise(s);
    }
}

impl ClaimRow {
    /// The row with every text cell passed through [`csv_text_cell`].
    fn for_csv(mut self) -> ClaimRow {
        for s in [
            &mut self.doc_id,
            &mut self.text,
            &mut self.kind,
            &mut self.part_of,
        ] {
            neutralise(s);
        }
        neutralise(&mut self.sentence);
        for s in [
            &mut self.doc_date,
            &mut self.source,
            &mut self.unit,
            &mut self.time,
            &mut self.time_zone,
            &mut self.counted,
            &mut self.event,
            &mut self.place,
            &mut self.claim_time,
            &mut self.attribution,
            &mut self.measure_key,
        ] {
            neutralise_opt(s);
        }
        self
    }
}

impl SeriesRow {
    /// The row with every text cell passed through [`csv_text_cell`].
    fn for_csv(mut self) -> SeriesRow {
        for s in [
            &mut self.series,
            &mut self.label,
            &mut self.text,
            &mut self.doc_id,
        ] {
            neutralise(s);
        }
        for s in [&mut self.unit, &mut self.date, &mut self.source] {
            neutralise_opt(s);
        }
        self
    }
}

fn kind_name<T: Serialize>(k: &T) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

impl ClaimRow {
    /// The row of one claim record.
    pub fn of(r: &ClaimRecord) -> ClaimRow {
        let q = &r.claim.quantity;
        let f = &r.claim.frame;
        let (low, low_inclusive, high, high_inclusive, approximate) = bounds(q.value);
        ClaimRow {
            doc_id: r.doc_id.clone(),
            doc_date: r.doc_date.map(|d| d.to_string()),
            source: r.source.clone(),
            claim_index: r.claim.index,
            start: q.span.start,
            end: q.span.end,
            text: q.text.clone(),
            kind: kind_name(&q.kind),
            low,
            low_inclusive,
            high,
            high_inclusive,
            approximate,
            unit: q.unit.clone(),
            time: q.time.as_ref().map(|t| t.iso.clone()),
            time_zone: q.time.as_ref().and_then(|t| t.zone.clone()),
            counted: f.counted.clone(),
            event: f.event.clone(),
            place: f.place.clone(),
            claim_time: f.time.as_ref().map(|t| t.iso.clone()),
            attribution: f.attribution.as_ref().map(|a| a.source.clone()),
            measure_key: f.measure_key.clone(),
            cumulative: f.cumulative,
            part_of: r
                .part_of
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(";"),
            sentence_start: r.claim.sentence.start,
            sentence_end: r.claim.sentence.end,
            sentence: r.sentence_text.clone(),
        }
    }
}

/// One point of one series as a flat row (`series.csv`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesRow {
    /// The series key.
    pub series: String,
    /// Human label.
    pub label: String,
    /// A running total (`true`) or a stock.
    pub cumulative: bool,
    /// Unit, when not a plain count.
    pub unit: Option<String>,
    /// The date the point applies to.
    pub date: Option<String>,
    /// The quantity as written.
    pub text: String,
    /// Lower bound as written.
    pub low: Option<f64>,
    /// Upper bound as written.
    pub high: Option<f64>,
    /// Approximate in the text.
    pub approximate: bool,
    /// Lowest value compatible with the figure (tolerance included; empty when unbounded).
    pub compatible_low: Option<f64>,
    /// Highest compatible value.
    pub compatible_high: Option<f64>,
    /// An earlier value restated (`up from 18,000`).
    pub prior: bool,
    /// Document id.
    pub doc_id: String,
    /// Claim index in the document.
    pub claim_index: u32,
    /// Outlet.
    pub source: Option<String>,
}

/// The rows of every point of every series, in series then point order.
pub fn series_rows(series: &[Series]) -> Vec<SeriesRow> {
    series
        .iter()
        .flat_map(|s| {
            s.points.iter().map(move |p| SeriesRow {
                series: s.key.clone(),
                label: s.label.clone(),
                cumulative: s.cumulative,
                unit: s.unit.clone(),
                date: p.date.map(|d| d.to_string()),
                text: p.evidence.text.clone(),
                low: p.value.low.and_then(|b| finite(b.value)),
                high: p.value.high.and_then(|b| finite(b.value)),
                approximate: p.value.approximate,
                compatible_low: finite(p.interval.lo),
                compatible_high: finite(p.interval.hi),
                prior: p.prior,
                doc_id: p.evidence.doc_id.clone(),
                claim_index: p.evidence.claim,
                source: p.evidence.source.clone(),
            })
        })
        .collect()
}

/// `claims.csv`: a header and one row per claim, text cells neutralised ([`csv_text_cell`]).
pub fn write_claims_csv<W: Write>(out: W, records: &[ClaimRecord]) -> Result<(), Error> {
    let mut w = csv::Writer::from_writer(out);
    for r in records {
        w.serialize(ClaimRow::of(r).for_csv())?;
    }
    if records.is_empty() {
        w.write_record(CLAIM_COLUMNS)?;
    }
    w.flush()?;
    Ok(())
}

/// `series.csv`: a header and one row per series point, text cells neutralised
/// ([`csv_text_cell`]).
pub fn write_series_csv<W: Write>(out: W, series: &[Series]) -> Result<(), Error> {
    let mut w = csv::Writer::from_writer(out);
    let rows = series_rows(series);
    let empty = rows.is_empty();
    for r in rows {
        w.serialize(r.for_csv())?;
    }
    if empty {
        w.write_record(SERIES_COLUMNS)?;
    }
    w.flush()?;
    Ok(())
}

/// `claims.csv` written one claim at a time (memory stays flat): the same bytes as
/// [`write_claims_csv`] of the same claims.
#[derive(Debug)]
pub struct ClaimsCsvWriter<W: Write> {
    w: csv::Writer<W>,
    rows: usize,
}

impl<W: Write> ClaimsCsvWriter<W> {
    /// A writer to `out`; nothing is written before the first claim or [`Self::finish`].
    pub fn new(out: W) -> Self {
        ClaimsCsvWriter {
            w: csv::Writer::from_writer(out),
            rows: 0,
        }
    }

    /// Writes one claim's row (the header first).
    pub fn write(&mut self, r: &ClaimRecord) -> Result<(), Error> {
        self.w.serialize(ClaimRow::of(r).for_csv())?;
        self.rows += 1;
        Ok(())
    }

    /// Writes the header if no claim was written, flushes, and hands `out` back.
    pub fn finish(mut self) -> Result<W, Error> {
        if self.rows == 0 {
            self.w.write_record(CLAIM_COLUMNS)?;
        }
        self.w.into_inner().map_err(|e| Error::Io(e.into_error()))
    }
}

/// `series.csv` written one series at a time: the same bytes as [`write_series_csv`] of the
/// same series.
#[derive(Debug)]
pub struct SeriesCsvWriter<W: Write> {
    w: csv::Writer<W>,
    rows: usize,
}

impl<W: Write> SeriesCsvWriter<W> {
    /// A writer to `out`; nothing is written before the first point or [`Self::finish`].
    pub fn new(out: W) -> Self {
        SeriesCsvWriter {
            w: csv::Writer::from_writer(out),
            rows: 0,
        }
    }

    /// Writes the rows of one series (the header first).
    pub fn write(&mut self, s: &Series) -> Result<(), Error> {
        for r in series_rows(std::slice::from_ref(s)) {
            self.w.serialize(r.for_csv())?;
            self.rows += 1;
        }
        Ok(())
    }

    /// Writes the header if no row was written, flushes, and hands `out` back.
    pub fn finish(mut self) -> Result<W, Error> {
        if self.rows == 0 {
            self.w.write_record(SERIES_COLUMNS)?;
        }
        self.w.into_inner().map_err(|e| Error::Io(e.into_error()))
    }
}

/// The columns of `claims.csv` / `claims.parquet`, in order.
pub const CLAIM_COLUMNS: [&str; 27] = [
    "doc_id",
    "doc_date",
    "source",
    "claim_index",
    "start",
    "end",
    "text",
    "kind",
    "low",
    "low_inclusive",
    "high",
    "high_inclusive",
    "approximate",
    "unit",
    "time",
    "time_zone",
    "counted",
    "event",
    "place",
    "claim_time",
    "attribution",
    "measure_key",
    "cumulative",
    "part_of",
    "sentence_start",
    "sentence_end",
    "sentence",
];

/// The columns of `series.csv`, in order.
pub const SERIES_COLUMNS: [&str; 15] = [
    "series",
    "label",
    "cumulative",
    "unit",
    "date",
    "text",
    "low",
    "high",
    "approximate",
    "compatible_low",
    "compatible_high",
    "prior",
    "doc_id",
    "claim_index",
    "source",
];
