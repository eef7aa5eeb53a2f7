//! The bundled sample archive (examples/archive) through the real pipeline, as `reckon run` does
//! it: segmentation, entities, the claims extractor, then reconciliation. Every planted
//! inconsistency of examples/archive/README.md (P1-P7) must be a finding and nothing else may
//! be flagged; the findings are pinned one a line in a snapshot, with the series they rest on.

use reckon_reconcile::{FindingKind, Reconciliation, reconcile};

mod common;

fn extracted() -> Reconciliation {
    reconcile(common::sample_records())
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
