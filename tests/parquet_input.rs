//! Parquet article tables: rows become documents, columns chosen by --text-column/--id-column,
//! other columns pass through, several row groups stream in order.

use std::sync::Arc;

use arrow::array::{ArrayRef, Int64Array, RecordBatch, StringArray};
use parquet::arrow::ArrowWriter;
use parquet::file::properties::WriterProperties;

use crate::util::{self, run};

fn write_table(path: &std::path::Path, rows: usize) {
    let ids: Vec<String> = (0..rows).map(|i| format!("p{i}")).collect();
    let bodies: Vec<String> = (0..rows)
        .map(|i| format!("Article {i}: at least {i} people were hurt."))
        .collect();
    let dates: Vec<&str> = (0..rows).map(|_| "2025-07-07").collect();
    let batch = RecordBatch::try_from_iter([
        ("article_id", Arc::new(StringArray::from(ids)) as ArrayRef),
        ("body", Arc::new(StringArray::from(bodies)) as ArrayRef),
        ("date", Arc::new(StringArray::from(dates)) as ArrayRef),
        (
            "words",
            Arc::new(Int64Array::from_iter_values(0..rows as i64)) as ArrayRef,
        ),
    ])
    .unwrap();
    let props = WriterProperties::builder()
        .set_max_row_group_size(100)
        .build();
    let mut w = ArrowWriter::try_new(
        std::fs::File::create(path).unwrap(),
        batch.schema(),
        Some(props),
    )
    .unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

#[test]
fn parquet_rows_become_documents_in_order() {
    let dir = util::tempdir();
    let p = dir.path().join("articles.parquet");
    write_table(&p, 250);
    let r = run(
        &[
            "tokenize",
            p.to_str().unwrap(),
            "-q",
            "--text-column",
            "body",
            "--id-column",
            "article_id",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let recs = r.records();
    assert_eq!(recs.len(), 250);
    assert_eq!(recs[0]["id"], "p0");
    assert_eq!(recs[249]["id"], "p249");
    assert_eq!(recs[7]["date"], "2025-07-07");
}

#[test]
fn a_parquet_table_without_the_text_column_is_reported_row_by_row() {
    let dir = util::tempdir();
    let p = dir.path().join("articles.parquet");
    write_table(&p, 3);
    let r = run(&["tokenize", p.to_str().unwrap(), "-q"], None);
    assert_eq!(r.counts(), (0, 3));
    assert!(
        r.error_messages()[0].contains("articles.parquet:1 (id p0)")
            || r.error_messages()[0].contains("record has no \"text\" field"),
        "{:?}",
        r.error_messages()
    );
}
