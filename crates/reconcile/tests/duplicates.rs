//! Syndicated copies (duplicate lines of `claims.jsonl`): a copy's claims count once, as its
//! first document's, which lists it as "also reported by"; whatever the order of the lines;
//! chains resolve to the first document; a bad duplicate line is an error naming its line.

use reckon_reconcile::{
    ClaimRecord, Config, DuplicateRecord, FindingKind, Line, Reconciler, Reconciliation, read_lines,
};

mod common;

/// A cumulative toll of `v` killed in Cassuaro, reported by `doc` on `date`.
fn toll(doc: &str, date: &str, v: f64) -> ClaimRecord {
    let sentence = format!("{v} people have been killed.");
    let mut r = common::killed_count(doc, "Cassuaro", &v.to_string(), v, sentence);
    r.doc_date = Some(date.parse().unwrap());
    r.source = Some(format!("{doc} outlet"));
    r
}

fn copy(duplicate: &str, of: &str) -> DuplicateRecord {
    DuplicateRecord {
        duplicate: duplicate.into(),
        of: of.into(),
        exact: false,
        overlap: 0.95,
        doc_date: Some("2026-03-03".parse().unwrap()),
        source: Some(format!("{duplicate} outlet")),
    }
}

fn reconcile(lines: Vec<Line>) -> Reconciliation {
    let mut r = Reconciler::new(Config::default());
    for l in lines {
        r.push_line(l);
    }
    r.finish()
}

/// The archive: `a` says 131 killed, `b` later says 124 (a decrease), `a2` and `a3` are copies
/// of `a` whose claims (had they been written) would be other sources.
fn archive() -> Vec<Line> {
    vec![
        Line::Claim(Box::new(toll("a", "2026-02-26", 131.0))),
        Line::Claim(Box::new(toll("a2", "2026-02-27", 131.0))),
        Line::Duplicate(copy("a2", "a")),
        Line::Duplicate(copy("a3", "a2")),
        Line::Claim(Box::new(toll("b", "2026-03-02", 124.0))),
    ]
}

#[test]
fn a_copys_claims_count_once_and_the_first_lists_it() {
    let out = reconcile(archive());
    let points = &out.series[0].points;
    let docs: Vec<&str> = points.iter().map(|p| p.evidence.doc_id.as_str()).collect();
    assert_eq!(docs, ["a", "b"], "the copy a2's claim is left out");
    let also: Vec<&str> = points[0]
        .evidence
        .also_reported_by
        .iter()
        .map(|r| r.doc_id.as_str())
        .collect();
    assert_eq!(also, ["a2", "a3"], "a3 repeats a2, which repeats a");
    assert!(points[1].evidence.also_reported_by.is_empty());
    assert_eq!(out.findings.len(), 1);
    assert_eq!(out.findings[0].kind, FindingKind::CumulativeDecrease);
    let cited = &out.findings[0].evidence;
    assert_eq!(cited.len(), 2);
    assert_eq!(cited[0].also_reported_by.len(), 2);
    assert_eq!(out.duplicates.len(), 1);
    assert!(out.duplicates["a"].iter().all(|d| d.of == "a"));
}

#[test]
fn the_result_is_independent_of_the_order_of_the_lines() {
    let forward = reconcile(archive());
    let mut lines = archive();
    lines.reverse();
    assert_eq!(reconcile(lines), forward);
}

#[test]
fn without_duplicate_lines_every_copy_is_a_source() {
    let lines: Vec<Line> = archive()
        .into_iter()
        .filter(|l| !matches!(l, Line::Duplicate(_)))
        .collect();
    let out = reconcile(lines);
    assert_eq!(out.series[0].points.len(), 3);
    assert!(out.duplicates.is_empty());
}

#[test]
fn a_cycle_of_copies_has_no_first_document_and_is_left_out() {
    let lines = vec![
        Line::Claim(Box::new(toll("a", "2026-02-26", 131.0))),
        Line::Claim(Box::new(toll("b", "2026-02-27", 131.0))),
        Line::Duplicate(copy("a", "b")),
        Line::Duplicate(copy("b", "a")),
    ];
    let out = reconcile(lines);
    assert_eq!(out.series[0].points.len(), 2);
    assert!(out.duplicates.is_empty());
}

#[test]
fn duplicate_lines_read_back_and_a_bad_one_names_its_line() {
    let good = serde_json::to_string(&copy("a2", "a")).unwrap();
    let own = serde_json::to_string(&copy("a", "a")).unwrap();
    let text = format!("{good}\n{own}\n");
    let lines: Vec<_> = read_lines(text.as_bytes(), "claims.jsonl").collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0].as_ref().unwrap(),
        &Line::Duplicate(copy("a2", "a"))
    );
    let err = lines[1].as_ref().unwrap_err().to_string();
    assert!(err.starts_with("claims.jsonl:2: "), "{err}");
    assert!(err.contains("duplicate of itself"), "{err}");
}
