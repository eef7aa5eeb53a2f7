//! Every writer against hostile or broken records (issue 19): non-finite numbers, figures near
//! the largest float, reversed spans, colliding ids, control characters and spreadsheet formulas
//! in article text. Records are built from real extractions of short articles, then edited the
//! way a broken extractor or a hand-edited `claims.jsonl` would.

use reckon_claims::Bound;
use reckon_format::*;
use reckon_reconcile::{ClaimRecord, reconcile};
use reckon_text::Document;

/// The claim records of one article (id, date, text) through the real extractor.
fn records(id: &str, date: &str, text: &str) -> Vec<ClaimRecord> {
    let doc = Document::new(id, text).with_date(date.parse().expect("a date"));
    ClaimRecord::from_extraction(&doc, &reckon_claims::extract(&doc))
}

/// One record whose value is exactly `v` (both bounds).
fn with_value(id: &str, date: &str, v: f64) -> ClaimRecord {
    let mut r = records(id, date, "Officials said 57 people were killed in Gaza.")
        .into_iter()
        .next()
        .expect("a claim");
    let b = Some(Bound {
        value: v,
        inclusive: true,
    });
    let value = r.claim.quantity.value.as_mut().expect("a value");
    (value.low, value.high) = (b, b);
    r
}

#[test]
fn json_writers_refuse_non_finite_numbers() {
    for v in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
        let mut out = Vec::new();
        let err = write_claims_jsonl(&mut out, &[with_value("a", "2025-07-07", v)]).unwrap_err();
        match &err {
            Error::NonFinite { field, .. } => {
                assert_eq!(field, "claim.quantity.value.low.value", "{err}")
            }
            other => panic!("{other}"),
        }
        assert!(out.is_empty(), "nothing written");
    }
    let mut out = Vec::new();
    write_claims_jsonl(&mut out, &[with_value("a", "2025-07-07", 1.7e308)]).unwrap();
    let back: Vec<_> = read_claims_jsonl(out.as_slice())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(back.len(), 1, "reconcile reads back what run writes");
}

#[test]
fn csv_leaves_non_finite_bounds_empty() {
    let mut out = Vec::new();
    write_claims_csv(&mut out, &[with_value("a", "2025-07-07", f64::INFINITY)]).unwrap();
    let mut r = csv::Reader::from_reader(out.as_slice());
    let headers = r.headers().unwrap().clone();
    let row = r.records().next().unwrap().unwrap();
    for col in ["low", "high"] {
        let i = headers.iter().position(|h| h == col).unwrap();
        assert_eq!(&row[i], "", "{col}");
    }
    let series = reconcile(vec![with_value("a", "2025-07-07", f64::INFINITY)]).series;
    for row in series_rows(&series) {
        assert_eq!((row.low, row.high), (None, None));
    }
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_leaves_non_finite_bounds_null() {
    use arrow::array::{Array, Float64Array};
    let mut file = tempfile::tempfile().unwrap();
    write_claims_parquet(&mut file, &[with_value("a", "2025-07-07", f64::INFINITY)]).unwrap();
    let reader =
        parquet::arrow::arrow_reader::ParquetRecordBatchReader::try_new(file, 1024).unwrap();
    for batch in reader {
        let batch = batch.unwrap();
        for col in ["low", "high"] {
            let a = batch.column_by_name(col).unwrap();
            let a = a.as_any().downcast_ref::<Float64Array>().unwrap();
            assert!(a.is_null(0), "{col}");
        }
    }
}

#[test]
fn csv_text_cells_are_neutralised_against_formula_injection() {
    let mut rs = records(
        "=HYPERLINK(\"http://x\")",
        "2025-07-07",
        "Officials said 57 people were killed in Gaza.",
    );
    rs[0].source = Some("@SUM(A1:A9)".to_owned());
    rs[0].sentence_text = "-2+3 people".to_owned();
    rs[0].claim.quantity.text = "+57".to_owned();
    let mut out = Vec::new();
    write_claims_csv(&mut out, &rs).unwrap();
    let mut r = csv::Reader::from_reader(out.as_slice());
    let headers = r.headers().unwrap().clone();
    let row = r.records().next().unwrap().unwrap();
    let cell = |c: &str| row[headers.iter().position(|h| h == c).unwrap()].to_owned();
    assert_eq!(cell("doc_id"), "'=HYPERLINK(\"http://x\")");
    assert_eq!(cell("source"), "'@SUM(A1:A9)");
    assert_eq!(cell("sentence"), "'-2+3 people");
    assert_eq!(cell("text"), "'+57");
    assert_eq!(cell("low"), "57.0", "numbers are never changed");
    for c in ["\tx", "\rx", "=", "+", "-", "@"] {
        assert!(csv_text_cell(c).starts_with('\''), "{c:?}");
    }
    assert_eq!(csv_text_cell("57 people"), "57 people");
    let mut out = Vec::new();
    write_series_csv(&mut out, &reconcile(rs).series).unwrap();
    assert!(
        !String::from_utf8(out)
            .unwrap()
            .lines()
            .skip(1)
            .any(|l| l.contains(",="))
    );
}

#[cfg(feature = "html")]
mod html {
    use super::*;

    fn gridlines(page: &str) -> Vec<usize> {
        page.split("<svg class=\"chart\"")
            .skip(1)
            .map(|c| {
                c[..c.find("</svg>").unwrap()]
                    .matches("class=\"grid\"")
                    .count()
            })
            .collect()
    }

    #[test]
    fn html_chart_axis_stays_bounded_for_huge_and_infinite_values() {
        let cases: [&[f64]; 4] = [
            &[9e307, 1.7e308],
            &[f64::MAX, 10.0],
            &[f64::INFINITY, 57.0],
            &[f64::NAN, 57.0],
        ];
        for values in cases {
            let records: Vec<ClaimRecord> = values
                .iter()
                .enumerate()
                .map(|(i, v)| with_value(&format!("d{i}"), &format!("2025-07-0{}", i + 1), *v))
                .collect();
            let page = render_html(
                &reconcile(records),
                &EntityIndex::default(),
                &HtmlOptions::default(),
            );
            assert!(page.ends_with("</html>\n"));
            let grids = gridlines(&page);
            assert!(!grids.is_empty(), "{values:?}: charted");
            assert!(
                grids.iter().all(|g| (2..=13).contains(g)),
                "{values:?}: {grids:?}"
            );
            for bad in ["\"inf", "\"-inf", "NaN", ",inf", ",-inf"] {
                assert!(!page.contains(bad), "{values:?}: {bad} in the page");
            }
        }
    }

    #[test]
    fn html_report_survives_a_reversed_span() {
        let mut rs = records(
            "a",
            "2025-07-07",
            "Officials said 57 people were killed in Gaza.",
        );
        let span = &mut rs[0].claim.quantity.span;
        (span.start, span.end) = (span.end, span.start);
        let page = render_html(
            &reconcile(rs),
            &EntityIndex::default(),
            &HtmlOptions::default(),
        );
        // reconcile leaves such a record out (`ClaimRecord::check`); the page is still whole
        assert!(page.contains("</html>"));
        assert!(!page.contains("57 people were killed"));
    }

    #[test]
    fn html_anchors_are_distinct_for_distinct_ids() {
        let text = "Officials said 57 people were killed in Gaza on Monday.";
        let mut rs = records("wire/gaza.txt", "2025-07-07", text);
        rs.extend(records("wire-gaza.txt", "2025-07-07", text));
        rs.extend(records("wire_2Fgaza.txt", "2025-07-07", text));
        let page = render_html(
            &reconcile(rs),
            &EntityIndex::default(),
            &HtmlOptions::default(),
        );
        let ids: Vec<&str> = page
            .split("class=\"sentence\" id=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        assert_eq!(ids.len(), 3, "{ids:?}");
        let distinct: std::collections::BTreeSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), 3, "{ids:?}");
    }
}

#[test]
fn terminal_report_escapes_control_characters_from_the_archive() {
    let hostile = "\u{1b}]0;PWNED\u{7}\r\u{1b}[1A\u{1b}[K\u{9b}2J";
    let mut rs = records(
        &format!("a{hostile}"),
        "2025-07-07",
        "Officials said 100 people were killed in Gaza on Monday.",
    );
    rs.extend(records(
        &format!("b{hostile}"),
        "2025-07-07",
        "Officials said 200 people were killed in Gaza on Monday.",
    ));
    for r in &mut rs {
        r.claim.quantity.text.push_str(hostile);
        r.source = Some(format!("wire{hostile}"));
    }
    let result = reconcile(rs);
    let report = render_terminal(&result, &TerminalOptions::default());
    assert!(
        !report.chars().any(|c| c.is_control() && c != '\n'),
        "{report:?}"
    );
    let coloured = render_terminal(
        &result,
        &TerminalOptions {
            color: true,
            ..Default::default()
        },
    );
    assert!(
        !coloured.contains("\u{1b}]") && !coloured.contains('\r') && !coloured.contains('\u{7}'),
        "only colour codes: {coloured:?}"
    );
}
