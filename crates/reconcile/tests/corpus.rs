//! The real news corpus (`target/corpus/newsarticles.jsonl.gz`, built by
//! `../shared/corpus/newsarticles/fetch.sh`) through the real extractor and reconciliation:
//! prints how many series and findings of each kind come out, and checks that two runs give
//! byte-identical output. Ignored by default (a measurement over 3,824 articles); run with
//! `cargo test -p reckon-reconcile --release --test corpus -- --ignored --nocapture`.

use std::collections::BTreeMap;

use reckon_archive::{Archive, Input, Options};
use reckon_reconcile::{ClaimRecord, reconcile};

mod common;

#[test]
#[ignore = "a measurement over the real corpus; run explicitly"]
fn real_corpus() {
    let Some(path) = common::real_corpus() else {
        return;
    };
    let limit: usize = std::env::var("RECKON_CORPUS_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let extractor = reckon_claims::Extractor::new();
    let mut records = Vec::new();
    let mut docs = 0;
    let mut panics = 0;
    let start = std::time::Instant::now();
    for item in Archive::new(vec![Input::Path(path)], Options::default()).take(limit) {
        let Ok(doc) = item else { continue };
        let seg = reckon_text::segment(&doc.text);
        // The CLI contains a stage panic to its document; so does this measurement.
        let Ok(x) = std::panic::catch_unwind(|| extractor.extract(&doc, &seg, &[])) else {
            panics += 1;
            continue;
        };
        records.extend(ClaimRecord::from_extraction(&doc, &x));
        docs += 1;
    }
    let extracted = start.elapsed();
    let r = reconcile(records.clone());
    let reconciled = start.elapsed() - extracted;
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &r.findings {
        *by_kind.entry(f.kind.as_str()).or_default() += 1;
    }
    let multi = r.series.iter().filter(|s| s.documents() > 1).count();
    println!(
        "{docs} documents ({panics} extractor panics skipped), {} claims, {} series ({multi} from 2+ documents), {} findings {by_kind:?}, {} passed; \
         extraction {:.1}s, reconciliation {:.2}s",
        records.len(),
        r.series.len(),
        r.findings.len(),
        r.passed.len(),
        extracted.as_secs_f64(),
        reconciled.as_secs_f64()
    );
    for f in r.findings.iter().take(15) {
        println!("- [{}] {}", f.kind.as_str(), f.explanation);
    }
    records.reverse();
    assert_eq!(
        serde_json::to_string(&reconcile(records)).unwrap(),
        serde_json::to_string(&r).unwrap()
    );
}
