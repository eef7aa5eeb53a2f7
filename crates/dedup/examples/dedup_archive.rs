//! Duplicates in an archive: `cargo run --release -p reckon-dedup --example dedup_archive -- PATH...
//! [--pairs N]` reads the archive (any input `reckon run` reads), prints how many documents are
//! exact and near duplicates and how long fingerprinting and checking took, and, with
//! `--pairs N`, N pairs drawn evenly from the near and exact duplicates found (JSONL: the two
//! ids, the similarity and the first 300 characters of each text) for reading by hand.

use std::time::Instant;

use reckon_archive::{Archive, Input, Options};
use reckon_dedup::{Config, Detector};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut pairs = 0usize;
    if let Some(i) = args.iter().position(|a| a == "--pairs") {
        pairs = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(50);
        args.drain(i..(i + 2).min(args.len()));
    }
    let inputs = args.iter().map(|a| Input::parse(a)).collect();
    let mut detector = Detector::new(Config::default()).expect("default settings are valid");
    let mut texts: std::collections::HashMap<String, String> = Default::default();
    let (mut docs, mut exact, mut near, mut words) = (0usize, 0usize, 0usize, 0usize);
    let mut found = Vec::new();
    let mut spent = std::time::Duration::ZERO;
    for item in Archive::new(inputs, Options::default()) {
        let Ok(doc) = item else { continue };
        docs += 1;
        let t = Instant::now();
        let fp = detector.fingerprint(&doc.text);
        words += fp.words();
        let verdict = detector.check(&doc.meta.id, &fp);
        spent += t.elapsed();
        if let Some(dup) = verdict {
            if dup.exact {
                exact += 1
            } else {
                near += 1
            }
            found.push((doc.meta.id.clone(), dup));
        }
        if pairs > 0 {
            texts.insert(doc.meta.id.clone(), doc.text.chars().take(300).collect());
        }
    }
    eprintln!(
        "{docs} documents ({words} words): {exact} exact and {near} near duplicates; \
         detection {:.3} s ({:.1} M words/s)",
        spent.as_secs_f64(),
        words as f64 / spent.as_secs_f64().max(1e-9) / 1e6
    );
    if pairs > 0 && !found.is_empty() {
        let step = (found.len() as f64 / pairs as f64).max(1.0);
        let mut i = 0.0;
        while (i as usize) < found.len() {
            let (id, dup) = &found[i as usize];
            println!(
                "{}",
                serde_json::json!({
                    "id": id, "of": dup.of, "exact": dup.exact, "similarity": dup.similarity,
                    "text": texts[id], "of_text": texts[&dup.of],
                })
            );
            i += step;
        }
    }
}
