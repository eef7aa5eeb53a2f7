//! The bundled sample archive (examples/archive) through the real pipeline, as `reckon run` does
//! it: segmentation, entities, the claims extractor, then reconciliation. Every planted
//! inconsistency of examples/archive/README.md (P1-P7) must be a finding and nothing else may
//! be flagged; the findings are pinned one a line in a snapshot, with the series they rest on.

use std::path::Path;

use reckon_archive::{Archive, Input, Options};
use reckon_claims::Extractor;
use reckon_entities::Recognizer;
use reckon_reconcile::{ClaimRecord, FindingKind, Reconciliation, reconcile};

fn extracted() -> Reconciliation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    let recognizer = Recognizer::new();
    let extractor = Extractor::new();
    let mut records = Vec::new();
    for doc in Archive::new(vec![Input::Path(root)], Options::default()) {
        let doc = doc.expect("the sample archive reads");
        let seg = reckon_text::segment(&doc.text);
        let entities = recognizer.recognize(&doc, &seg);
        let x = extractor.extract(&doc, &seg, &entities);
        records.extend(ClaimRecord::from_extraction(&doc, &x));
    }
    reconcile(records)
}

/// One finding a line: kind, date, series, and the evidence as `doc#claim “text”`.
fn findings(r: &Reconciliation) -> String {
    let mut s = String::new();
    for f in &r.findings {
        let ev: Vec<String> = f
            .evidence
            .iter()
            .map(|e| format!("{}#{} “{}”", e.doc_id, e.claim, e.text))
            .collect();
        s.push_str(&format!(
            "{} {} [{}] {}\n",
            f.kind.as_str(),
            f.date.map(|d| d.to_string()).unwrap_or_default(),
            f.series.as_deref().unwrap_or("-"),
            ev.join(" · ")
        ));
    }
    s
}

/// The series of more than one point: one series a line, its points as `date value`.
fn evolving(r: &Reconciliation) -> String {
    let mut s = String::new();
    for series in r.series.iter().filter(|s| s.points.len() > 1) {
        let pts: Vec<String> = series
            .points
            .iter()
            .map(|p| {
                format!(
                    "{} {}{}",
                    p.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                    p.evidence.text,
                    if p.prior { " (prior)" } else { "" }
                )
            })
            .collect();
        s.push_str(&format!("{}: {}\n", series.key, pts.join(" | ")));
    }
    s
}

#[test]
fn planted_inconsistencies_are_found_by_the_real_extractor() {
    let r = extracted();
    let kinds: Vec<FindingKind> = r.findings.iter().map(|f| f.kind).collect();
    let view = format!("{}\n{}", findings(&r), evolving(&r));
    insta::assert_snapshot!("findings", findings(&r));
    insta::assert_snapshot!("evolving_series", evolving(&r));
    assert_eq!(
        kinds,
        [
            FindingKind::Conflict,
            FindingKind::PartExceedsWholeAcrossArticles,
            FindingKind::LocalTimeMismatch,
            FindingKind::DurationMismatch,
            FindingKind::PercentMismatch,
            FindingKind::CumulativeDecrease,
            FindingKind::StockRiseWithoutCause,
        ],
        "\n{view}"
    );
}
