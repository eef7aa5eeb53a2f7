//! reckon-reconcile without the CLI or an archive: three short articles as strings go through
//! reckon-claims, their claims are reconciled, and the series and findings are printed.
//!
//! `cargo run -p reckon-reconcile --example reconcile_articles`

use reckon_reconcile::{ClaimRecord, Reconciler};
use reckon_text::Document;

fn main() {
    let articles = [
        (
            "wire-1",
            "2026-02-12",
            "Air strikes in Gaza have killed 41 people, officials said on Thursday.",
        ),
        (
            "radio-2",
            "2026-02-14",
            "The death toll in Gaza has risen to 57, the health ministry said.",
        ),
        (
            "herald-3",
            "2026-02-16",
            "The death toll in Gaza stands at 52, according to the ministry.",
        ),
    ];
    let extractor = reckon_claims::Extractor::new();
    let mut reconciler = Reconciler::default();
    for (id, date, text) in articles {
        let doc = Document::new(id, text).with_date(date.parse().expect("a valid date"));
        let seg = reckon_text::segment(&doc.text);
        let extraction = extractor.extract(&doc, &seg, &[]);
        for record in ClaimRecord::from_extraction(&doc, &extraction) {
            reconciler.push(record);
        }
    }
    let result = reconciler.finish();
    for series in &result.series {
        println!("series {} ({} points)", series.label, series.points.len());
        for p in &series.points {
            let date = p
                .date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            println!("  {date}  {:<28} {}", p.evidence.text, p.evidence.doc_id);
        }
    }
    for f in &result.findings {
        println!("finding {:?} ({:?}): {}", f.kind, f.severity, f.explanation);
        println!("  {}", f.arithmetic);
    }
    if result.findings.is_empty() {
        println!("no findings");
    }
}
