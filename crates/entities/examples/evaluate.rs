//! Our side of `cargo xtask compare-entities`: runs the embedded recogniser on one thread over the
//! held-out articles, measures speed and peak memory, and scores agreement with a reference.
//!
//! `cargo run --release -p reckon-entities --example evaluate -- --corpus C.jsonl.gz
//!  --reference target/entities/spacy-test.jsonl [--repeat 5] [--model PATH]`
//!
//! Prints one JSON line of measurements, then the agreement table (Markdown).

#[path = "common/mod.rs"]
mod common;

use std::time::Instant;

use reckon_entities::Recognizer;
use reckon_entities::train::Scores;
use reckon_text::Document;

/// Peak resident set size of this process in MB (Linux `VmHWM`), if known.
fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU seconds used by this thread so far (Linux `/proc/thread-self/stat`, 100 Hz ticks): unlike
/// wall time, not inflated when other processes share the cores.
fn thread_cpu_seconds() -> f64 {
    let Ok(s) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return f64::NAN;
    };
    let Some(after) = s.rsplit_once(')').map(|x| x.1) else {
        return f64::NAN;
    };
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        f.get(i)
            .and_then(|x| x.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = common::arg(&args, "--corpus").unwrap_or("target/corpus/newsarticles.jsonl.gz");
    let reference = common::arg(&args, "--reference").unwrap_or("target/entities/spacy-test.jsonl");
    let repeat: usize = common::arg(&args, "--repeat").unwrap_or("5").parse()?;
    let articles: Vec<_> = common::load(corpus, reference)?
        .into_iter()
        .filter(|a| a.test)
        .collect();
    let docs: Vec<Document> = articles
        .iter()
        .map(|a| Document::new(a.id.clone(), a.text.clone()))
        .collect();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let t_load = Instant::now();
    let rec = match common::arg(&args, "--model") {
        Some(path) => Recognizer::from_model_bytes(
            &std::fs::read(path)?,
            reckon_entities::Aliases::builtin(),
        )?,
        None => Recognizer::new(),
    };
    let load_s = t_load.elapsed().as_secs_f64();

    // Best of `repeat` runs, segmentation included (it is part of what spaCy's time covers).
    let mut best = f64::INFINITY;
    let cpu0 = thread_cpu_seconds();
    let mut tokens = 0usize;
    let mut results = Vec::new();
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        tokens = 0;
        results.clear();
        for d in &docs {
            let seg = reckon_text::segment(&d.text);
            tokens += seg.tokens.len();
            results.push(rec.recognize(d, &seg));
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let cpu = (thread_cpu_seconds() - cpu0) / repeat.max(1) as f64;
    let mut scores = Scores::default();
    for (a, ents) in articles.iter().zip(&results) {
        let pred: Vec<_> = ents.iter().map(|e| (e.span, e.label)).collect();
        scores.add(&a.ents, &pred);
    }
    println!(
        "{}",
        serde_json::json!({
            "seconds": best, "cpu_seconds": cpu, "articles": docs.len(), "words": words, "bytes": bytes, "tokens": tokens,
            "model_load_seconds": load_s, "peak_rss_mb": peak_rss_mb(),
        })
    );
    print!("{}", scores.table());
    Ok(())
}
