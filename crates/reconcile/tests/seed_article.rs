//! The real seed article (`../shared/corpus/seed/2025-07-07-doha-talks.txt`, outside the repo)
//! through the real extractor and reconciliation: the 251/49/27 nesting is consistent, and the
//! 21-month and 22:30 GMT arithmetic checks are made and pass.

use reckon_reconcile::{ClaimRecord, FindingKind, reconcile};
use reckon_text::Document;

#[path = "../../text/tests/segmentation/shared.rs"]
mod shared;

use shared::shared_file;

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
