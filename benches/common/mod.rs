//! Bench input: the real news corpus when it has been fetched, the bundled sample otherwise.
//!
//! Build the corpus once with `cargo xtask corpus` (it runs `../shared/corpus/newsarticles/fetch.sh`
//! into `target/corpus/newsarticles.jsonl.gz`).

use std::io::{BufRead, BufReader};
use std::path::Path;

/// The texts to measure, and a name saying where they came from.
pub fn texts() -> (&'static str, Vec<String>) {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/corpus/newsarticles.jsonl.gz");
    if let Ok(f) = std::fs::File::open(&corpus) {
        let reader = BufReader::new(flate2::read::GzDecoder::new(f));
        let texts: Vec<String> = reader
            .lines()
            .map_while(Result::ok)
            .filter_map(|line| {
                let v: serde_json::Value = serde_json::from_str(&line).ok()?;
                Some(v.get("text")?.as_str()?.to_owned())
            })
            .filter(|t| !t.is_empty())
            .collect();
        if !texts.is_empty() {
            return ("newsarticles", texts);
        }
    }
    eprintln!(
        "note: {} not found; benchmarking the bundled sample archive",
        corpus.display()
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/archive");
    let mut texts = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt")
                && let Ok(t) = std::fs::read_to_string(&p)
            {
                texts.push(t);
            }
        }
    }
    ("sample", texts)
}

/// Total bytes and whitespace-separated words of `texts`.
#[allow(dead_code)] // not every bench reports words
pub fn size(texts: &[String]) -> (u64, u64) {
    let bytes = texts.iter().map(|t| t.len() as u64).sum();
    let words = texts
        .iter()
        .map(|t| t.split_whitespace().count() as u64)
        .sum();
    (bytes, words)
}
