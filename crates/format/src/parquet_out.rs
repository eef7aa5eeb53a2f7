//! `claims.parquet`: the rows of `claims.csv` with Arrow types (feature `parquet`).

use std::io::Write;
use std::sync::Arc;

use arrow::array::{ArrayRef, BooleanArray, Float64Array, RecordBatch, StringArray, UInt32Array};
use arrow::datatypes::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use reckon_reconcile::ClaimRecord;

use crate::Error;
use crate::table::{CLAIM_COLUMNS, ClaimRow};

/// The Arrow schema of `claims.parquet` (column order as [`CLAIM_COLUMNS`]).
pub fn claims_schema() -> Schema {
    use DataType::{Boolean, Float64, UInt32, Utf8};
    let types = [
        (Utf8, false),
        (Utf8, true),
        (Utf8, true),
        (UInt32, false),
        (UInt32, false),
        (UInt32, false),
        (Utf8, false),
        (Utf8, false),
        (Float64, true),
        (Boolean, true),
        (Float64, true),
        (Boolean, true),
        (Boolean, true),
        (Utf8, true),
        (Utf8, true),
        (Utf8, true),
        (Utf8, true),
        (Utf8, true),
        (Utf8, true),
        (Utf8, true),
        (Utf8, true),
        (Utf8, true),
        (Boolean, false),
        (Utf8, false),
        (UInt32, false),
        (UInt32, false),
        (Utf8, false),
    ];
    Schema::new(
        CLAIM_COLUMNS
            .iter()
            .zip(types)
            .map(|(name, (t, nullable))| Field::new(*name, t, nullable))
            .collect::<Vec<_>>(),
    )
}

/// Claims per record batch: what [`write_claims_parquet`] always wrote, so that a file written
/// one claim at a time has the same bytes.
const BATCH: usize = 1 << 12;

/// Writes the claims as one Parquet file (row groups of up to 64k claims, snappy-compressed).
pub fn write_claims_parquet<W: Write + Send>(out: W, records: &[ClaimRecord]) -> Result<(), Error> {
    let mut w = ClaimsParquetWriter::new(out)?;
    for r in records {
        w.write(r)?;
    }
    w.finish()?;
    Ok(())
}

/// `claims.parquet` written one claim at a time: the same bytes as [`write_claims_parquet`]
/// of the same claims; rows are buffered a batch (64k claims) at a time.
pub struct ClaimsParquetWriter<W: Write + Send> {
    writer: ArrowWriter<W>,
    schema: Arc<Schema>,
    rows: Vec<ClaimRow>,
}

impl<W: Write + Send> std::fmt::Debug for ClaimsParquetWriter<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClaimsParquetWriter")
            .field("rows", &self.rows.len())
            .finish_non_exhaustive()
    }
}

impl<W: Write + Send> ClaimsParquetWriter<W> {
    /// A writer to `out`.
    pub fn new(out: W) -> Result<Self, Error> {
        let schema = Arc::new(claims_schema());
        let props = parquet::file::properties::WriterProperties::builder()
            .set_compression(parquet::basic::Compression::SNAPPY)
            .build();
        Ok(ClaimsParquetWriter {
            writer: ArrowWriter::try_new(out, schema.clone(), Some(props))?,
            schema,
            rows: Vec::new(),
        })
    }

    /// Adds one claim's row.
    pub fn write(&mut self, r: &ClaimRecord) -> Result<(), Error> {
        self.rows.push(ClaimRow::of(r));
        if self.rows.len() == BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the rows buffered as one record batch.
    fn flush(&mut self) -> Result<(), Error> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.rows);
        let s = |f: fn(&ClaimRow) -> Option<&str>| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<StringArray>())
        };
        let u = |f: fn(&ClaimRow) -> u32| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<UInt32Array>())
        };
        let fl = |f: fn(&ClaimRow) -> Option<f64>| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<Float64Array>())
        };
        let b = |f: fn(&ClaimRow) -> Option<bool>| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<BooleanArray>())
        };
        let columns: Vec<ArrayRef> = vec![
            s(|r| Some(&r.doc_id)),
            s(|r| r.doc_date.as_deref()),
            s(|r| r.source.as_deref()),
            u(|r| r.claim_index),
            u(|r| r.start),
            u(|r| r.end),
            s(|r| Some(&r.text)),
            s(|r| Some(&r.kind)),
            fl(|r| r.low),
            b(|r| r.low_inclusive),
            fl(|r| r.high),
            b(|r| r.high_inclusive),
            b(|r| r.approximate),
            s(|r| r.unit.as_deref()),
            s(|r| r.time.as_deref()),
            s(|r| r.time_zone.as_deref()),
            s(|r| r.counted.as_deref()),
            s(|r| r.event.as_deref()),
            s(|r| r.place.as_deref()),
            s(|r| r.claim_time.as_deref()),
            s(|r| r.attribution.as_deref()),
            s(|r| r.measure_key.as_deref()),
            b(|r| Some(r.cumulative)),
            s(|r| Some(&r.part_of)),
            u(|r| r.sentence_start),
            u(|r| r.sentence_end),
            s(|r| Some(&r.sentence)),
        ];
        let batch = RecordBatch::try_new(self.schema.clone(), columns)?;
        self.writer.write(&batch)?;
        Ok(())
    }

    /// Writes the last rows and the footer, and hands `out` back.
    pub fn finish(mut self) -> Result<W, Error> {
        self.flush()?;
        Ok(self.writer.into_inner()?)
    }
}
