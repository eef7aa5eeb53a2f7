//! One-core throughput of `Extractor::extract` on JSONL articles from stdin (`"text"` and optional
//! `"date"` fields), segmentation excluded:
//! `zcat target/corpus/newsarticles.jsonl.gz | cargo run --release -p reckon-claims --example claims_speed`

use std::io::BufRead;
use std::time::Instant;

fn main() {
    let mut docs = Vec::new();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let mut doc = reckon_text::Document::new(docs.len().to_string(), text);
        doc.meta.date = v
            .get("date")
            .and_then(|d| d.as_str())
            .and_then(|d| d.parse().ok());
        docs.push(doc);
    }
    let segs: Vec<_> = docs.iter().map(|d| reckon_text::segment(&d.text)).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let x = reckon_claims::Extractor::new();
    let mut best = f64::MAX;
    let mut claims = 0;
    for _ in 0..5 {
        let t = Instant::now();
        claims = docs
            .iter()
            .zip(&segs)
            .map(|(d, s)| x.extract(d, s, &[]).claims.len())
            .sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} documents, {:.1} MB, {claims} claims; best of 5: {:.3} s = {:.1} MB/s on one core",
        docs.len(),
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best
    );
}
