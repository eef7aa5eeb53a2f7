//! The real seed article (`../shared/corpus/seed/2025-07-07-doha-talks.txt`, outside the repo)
//! through the real extractor and reconciliation: the 251/49/27 nesting is consistent, and the
//! 21-month and 22:30 GMT arithmetic checks are made and pass.

use std::io::Write;
use std::path::PathBuf;

use reckon_reconcile::{ClaimRecord, FindingKind, reconcile};
use reckon_text::Document;

/// The text of `../shared/<rel>` (the corpora beside the checkout, or `$RECKON_SHARED/<rel>`), or
/// `None` after saying on the test's stderr, uncaptured, that the calling test skipped.
fn shared_file(rel: &str) -> Option<String> {
    let dir = std::env::var_os("RECKON_SHARED").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        PathBuf::from,
    );
    let text = std::fs::read_to_string(dir.join(rel)).ok();
    if text.is_none() {
        let _ = writeln!(std::io::stderr(), "skipped: needs ../shared/{rel}");
    }
    text
}

#[test]
fn seed_article_is_consistent() {
    let Some(raw) = shared_file("corpus/seed/2025-07-07-doha-talks.txt") else {
        return;
    };
    let (date, body) = reckon_archive::split_date_header(&raw);
    let mut doc = Document::new("2025-07-07-doha-talks.txt", body);
    doc.meta.date = date;
    let extraction = reckon_claims::extract(&doc);
    let r = reconcile(ClaimRecord::from_extraction(&doc, &extraction));
    assert!(
        r.findings.is_empty(),
        "unexpected findings: {:#?}",
        r.findings
    );
    let passed: Vec<(FindingKind, &str)> = r
        .passed
        .iter()
        .map(|f| (f.kind, f.evidence[0].text.as_str()))
        .collect();
    println!("passed checks: {passed:?}");
    assert!(
        passed
            .iter()
            .any(|(k, t)| *k == FindingKind::LocalTimeMismatch && t.contains("6:30pm")),
        "the 6:30pm local / 22:30 GMT check was not made: {passed:?}"
    );
    assert!(
        passed
            .iter()
            .any(|(k, t)| *k == FindingKind::DurationMismatch && t.contains("21-month")),
        "the 21-month-old check was not made: {passed:?}"
    );
}
