//! Every output format on the bundled sample archive (examples/archive), through the real
//! tokenizer, entity recogniser and claims extractor. Snapshots show a compact view of each format;
//! the full files are checked structurally (parse back, counts, links resolve).

use std::sync::OnceLock;

use reckon_archive::{Archive, Input, Options};
use reckon_format::*;
use reckon_reconcile::{ClaimRecord, Reconciliation, reconcile};
use reckon_text::Document;

struct Sample {
    docs: Vec<Document>,
    records: Vec<ClaimRecord>,
    // Read only by the HTML report test.
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    entities: EntityIndex,
    doc_records: Vec<DocRecord>,
    result: Reconciliation,
}

fn sample() -> &'static Sample {
    static S: OnceLock<Sample> = OnceLock::new();
    S.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
        let docs: Vec<Document> = Archive::new(vec![Input::Path(root)], Options::default())
            .map(|d| d.expect("sample reads"))
            .collect();
        let recognizer = reckon_entities::Recognizer::new();
        let extractor = reckon_claims::Extractor::new();
        let mut records = Vec::new();
        let mut entities = EntityIndex::default();
        let mut doc_records = Vec::new();
        for doc in &docs {
            let seg = reckon_text::segment(&doc.text);
            let ents = recognizer.recognize(doc, &seg);
            let x = extractor.extract(doc, &seg, &ents);
            entities.add(&doc.meta.id, &ents);
            records.extend(ClaimRecord::from_extraction(doc, &x));
            doc_records.push(DocRecord::new(
                doc,
                Emit::ALL,
                Some(&seg),
                Some(&ents),
                Some(&x),
            ));
        }
        let result = reconcile(records.clone());
        Sample {
            docs,
            records,
            entities,
            doc_records,
            result,
        }
    })
}

fn string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

#[test]
fn doc_record_jsonl() {
    let s = sample();
    let mut out = Vec::new();
    for r in &s.doc_records {
        write_line(&mut out, r).unwrap();
    }
    let text = string(out);
    assert_eq!(text.lines().count(), s.docs.len());
    // Every line parses back to the same record.
    for (line, rec) in text.lines().zip(&s.doc_records) {
        assert_eq!(&serde_json::from_str::<DocRecord>(line).unwrap(), rec);
    }
    // View: per document, the keys present and the number of items of each part.
    let mut view = String::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let o = v.as_object().unwrap();
        let parts: Vec<String> = o
            .iter()
            .map(|(k, v)| match v {
                serde_json::Value::Array(a) => format!("{k}[{}]", a.len()),
                serde_json::Value::String(s) if k != "id" => format!("{k}={s}"),
                _ if k == "id" => v.as_str().unwrap().to_string(),
                _ => k.clone(),
            })
            .collect();
        view.push_str(&parts.join(" "));
        view.push('\n');
    }
    // And the shape of one claim, pretty-printed (the schema of `claims[]`).
    let first = &s.doc_records[0];
    let claim = first.claims.as_ref().and_then(|c| c.first());
    view.push_str(&serde_json::to_string_pretty(&claim).unwrap());
    insta::assert_snapshot!(view);

    let emit = Emit::parse("claims").unwrap();
    let slim = DocRecord::new(&s.docs[0], emit, None, None, None);
    assert!(
        slim.tokens.is_none() && slim.claims.is_none(),
        "parts whose stage did not run are absent"
    );
    assert!(Emit::parse("tokens,bogus").is_err());
}

#[test]
fn error_record_jsonl() {
    let e = ErrorRecord {
        id: None,
        error: ErrorBody {
            stage: "read".into(),
            code: "invalid_utf8".into(),
            path: Some("broken/a.txt".into()),
            line: None,
            message: "broken/a.txt: invalid UTF-8 at byte 12".into(),
        },
    };
    let mut out = Vec::new();
    write_line(&mut out, &e).unwrap();
    insta::assert_snapshot!(string(out));
}

#[test]
fn claims_jsonl_round_trips_through_reconcile() {
    let s = sample();
    let mut out = Vec::new();
    write_claims_jsonl(&mut out, &s.records).unwrap();
    let back: Vec<ClaimRecord> = read_claims_jsonl(&out[..]).map(Result::unwrap).collect();
    assert_eq!(back, s.records);
    // `reckon reconcile claims.jsonl` gives the same result as the run that wrote it.
    assert_eq!(
        serde_json::to_string(&reconcile(back)).unwrap(),
        serde_json::to_string(&s.result).unwrap()
    );
    let bad: Vec<_> = read_claims_jsonl(&b"\n{\"nope\":1}\n"[..]).collect();
    assert!(matches!(bad[..], [Err(Error::Line { line: 2, .. })]));
}

#[test]
fn series_and_findings_jsonl() {
    let s = sample();
    let mut series = Vec::new();
    write_series_jsonl(&mut series, &s.result.series).unwrap();
    let mut findings = Vec::new();
    write_findings_jsonl(&mut findings, &s.result.findings).unwrap();
    let (series, findings) = (string(series), string(findings));
    assert_eq!(series.lines().count(), s.result.series.len());
    assert_eq!(findings.lines().count(), s.result.findings.len());
    // View: one series and one finding pretty-printed (the schemas), then one line per record.
    let mut view = String::from("# series.jsonl, first record\n");
    if let Some(l) = series.lines().next() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        view.push_str(&serde_json::to_string_pretty(&v).unwrap());
    }
    view.push_str("\n# findings.jsonl, first record\n");
    if let Some(l) = findings.lines().next() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        view.push_str(&serde_json::to_string_pretty(&v).unwrap());
    }
    view.push_str("\n# findings.jsonl, one line each: kind severity date series\n");
    for l in findings.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        view.push_str(&format!(
            "{} {} {} {}\n",
            v["kind"], v["severity"], v["date"], v["series"]
        ));
    }
    insta::assert_snapshot!(view);
}

#[test]
fn claims_csv() {
    let s = sample();
    let mut out = Vec::new();
    write_claims_csv(&mut out, &s.records).unwrap();
    let mut rdr = csv::Reader::from_reader(&out[..]);
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, CLAIM_COLUMNS);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), s.records.len());
    // View: the header, then a few columns of every row (the sentence column is long).
    let mut view = header.join(",") + "\n";
    for r in &rows {
        view.push_str(&format!(
            "{} | {} | {} | {} | {} | {} | {}\n",
            &r[0], &r[3], &r[6], &r[7], &r[8], &r[10], &r[21]
        ));
    }
    insta::assert_snapshot!(view);
    let mut empty = Vec::new();
    write_claims_csv(&mut empty, &[]).unwrap();
    assert_eq!(string(empty).trim_end(), CLAIM_COLUMNS.join(","));
}

#[test]
fn series_csv() {
    let s = sample();
    let mut out = Vec::new();
    write_series_csv(&mut out, &s.result.series).unwrap();
    let text = string(out);
    assert_eq!(text.lines().next().unwrap(), SERIES_COLUMNS.join(","));
    insta::assert_snapshot!(text);
}

#[test]
fn terminal_report() {
    let s = sample();
    let plain = render_terminal(&s.result, &TerminalOptions::default());
    for line in plain.lines() {
        assert!(line.chars().count() <= 100, "over 100 columns: {line}");
    }
    assert!(!plain.contains('\x1b'), "no colour unless asked");
    let colour = render_terminal(
        &s.result,
        &TerminalOptions {
            color: true,
            ..TerminalOptions::default()
        },
    );
    assert!(colour.contains("\x1b[1m"));
    // Colour adds escape codes and nothing else.
    let mut stripped = String::new();
    let mut rest = colour.as_str();
    while let Some(at) = rest.find("\x1b[") {
        stripped.push_str(&rest[..at]);
        let end = rest[at..].find('m').expect("escape ends in m");
        rest = &rest[at + end + 1..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
    // A narrower terminal gets a narrower report.
    let narrow = render_terminal(
        &s.result,
        &TerminalOptions {
            width: 80,
            ..TerminalOptions::default()
        },
    );
    for line in narrow.lines() {
        assert!(line.chars().count() <= 80, "over 80 columns: {line}");
    }
    insta::assert_snapshot!(plain);
}

#[cfg(feature = "html")]
#[test]
fn html_report() {
    let s = sample();
    let html = render_html(&s.result, &s.entities, &HtmlOptions::default());
    assert!(
        !html.contains("http://") && !html.contains("https://") && !html.contains("<script"),
        "self-contained"
    );
    // Every in-page link resolves.
    let ids: std::collections::BTreeSet<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|t| &t[..t.find('"').unwrap()])
        .collect();
    for href in html
        .split("href=\"#")
        .skip(1)
        .map(|t| &t[..t.find('"').unwrap()])
    {
        assert!(ids.contains(href), "dangling link #{href}");
    }
    // View: per chart, its series and number of points, bands and flagged points; then counts.
    let mut view = String::new();
    for chunk in html.split("<svg class=\"chart\"").skip(1) {
        let svg = &chunk[..chunk.find("</svg>").unwrap()];
        let attr = |name: &str| {
            let at = svg.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            svg[at..at + svg[at..].find('"').unwrap()].to_string()
        };
        let points = svg.matches("<circle class=\"pt").count();
        assert_eq!(points.to_string(), attr("data-points"));
        view.push_str(&format!(
            "chart {} points={} bands={} flagged={}\n",
            attr("data-series"),
            points,
            svg.matches("<rect class=\"band").count(),
            svg.matches("pt flagged").count()
        ));
    }
    view.push_str(&format!(
        "finding rows={} cited sentences={} entity rows={}\n",
        html.matches("<tr class=\"finding").count(),
        html.matches("<p class=\"sentence\"").count(),
        html.matches("<tr><td>").count()
    ));
    insta::assert_snapshot!(view);
    if let Ok(path) = std::env::var("RECKON_HTML_OUT") {
        std::fs::write(path, &html).unwrap();
    }
}

#[cfg(feature = "parquet")]
#[test]
fn claims_parquet() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let s = sample();
    let mut file = tempfile::tempfile().unwrap();
    write_claims_parquet(&mut file, &s.records).unwrap();
    let reader = SerializedFileReader::new(file).unwrap();
    let meta = reader.metadata();
    assert_eq!(meta.file_metadata().num_rows() as usize, s.records.len());
    let names: Vec<String> = meta
        .file_metadata()
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    assert_eq!(names, CLAIM_COLUMNS);
}
