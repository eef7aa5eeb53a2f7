//! Scale: reconciliation of many synthetic claims (many documents, many series) in one process.
//! Ignored by default (it measures); run with
//! `cargo test -p reckon-reconcile --release --test scale -- --ignored --nocapture`.

use reckon_claims::{Claim, Frame, Quantity, QuantityKind, Value};
use reckon_reconcile::{ClaimRecord, Config, Reconciler};
use reckon_text::Span;

#[test]
#[ignore = "a measurement, not a check of behaviour; run explicitly"]
fn many_claims() {
    let n: usize = std::env::var("RECKON_SCALE_CLAIMS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(500_000);
    let series: usize = std::env::var("RECKON_SCALE_SERIES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000);
    let start = std::time::Instant::now();
    let mut r = Reconciler::new(Config::default());
    let day0 = jiff::civil::date(2020, 1, 1);
    for i in 0..n {
        let doc = i / 10;
        let key = i % series;
        let date = day0
            .checked_add(jiff::Span::new().days((doc % 1500) as i64))
            .unwrap();
        // A rising total: value grows with the date, so a consistent archive has no finding.
        let v = (doc % 1500) as f64 * 10.0 + key as f64;
        r.push(ClaimRecord {
            doc_id: format!("doc-{doc:07}"),
            doc_date: Some(date),
            source: None,
            sentence_text: format!("{v} people have been killed in place {key}."),
            title: None,
            part_of: vec![],
            event: None,
            claim: Claim {
                index: (i % 10) as u32,
                quantity: Quantity {
                    span: Span::new(0, 4),
                    text: v.to_string(),
                    kind: QuantityKind::Count,
                    value: Some(Value::exact(v)),
                    unit: None,
                    time: None,
                },
                frame: Frame {
                    measure_key: Some(format!("killed+person+place{key}")),
                    cumulative: true,
                    ..Frame::default()
                },
                sentence: Span::new(0, 40),
            },
        });
    }
    let pushed = start.elapsed();
    let out = r.finish();
    let total = start.elapsed();
    println!(
        "{n} claims, {} series: push {:.2}s, total {:.2}s ({:.0} claims/s), {} findings",
        out.series.len(),
        pushed.as_secs_f64(),
        total.as_secs_f64(),
        n as f64 / total.as_secs_f64(),
        out.findings.len()
    );
    assert_eq!(out.series.len(), series.min(n));
    assert!(
        out.findings.is_empty(),
        "a consistent synthetic archive has no findings"
    );
}
