//! Entity recognition throughput on real news text (one core), beside the tokenizer alone.
//!
//! `cargo bench --bench entities`. Criterion reports bytes/s; words/s (whitespace words, the unit
//! of the spaCy baseline in crates/entities/README.md) is printed from a timed pass before it.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reckon_entities::Recognizer;
use reckon_text::Document;

mod common;

fn bench(c: &mut Criterion) {
    let (name, texts) = common::texts();
    let (bytes, words) = common::size(&texts);
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(i.to_string(), t.clone()))
        .collect();
    let segs: Vec<_> = docs.iter().map(|d| reckon_text::segment(&d.text)).collect();
    let rec = Recognizer::new();

    // One timed pass for words/s.
    let t = Instant::now();
    let n: usize = docs
        .iter()
        .zip(&segs)
        .map(|(d, s)| rec.recognize(d, s).len())
        .sum();
    let secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let n2: usize = docs
        .iter()
        .map(|d| rec.recognize(d, &reckon_text::segment(&d.text)).len())
        .sum();
    let secs2 = t.elapsed().as_secs_f64();
    assert_eq!(n, n2);
    eprintln!(
        "entities/{name}: {} docs, {words} words, {n} mentions; recognize {:.0} words/s ({:.1} MB/s); \
         segment+recognize {:.0} words/s",
        docs.len(),
        words as f64 / secs,
        bytes as f64 / secs / 1e6,
        words as f64 / secs2
    );

    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function(format!("{name}/segment (baseline)"), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| reckon_text::segment(&d.text).tokens.len())
                .sum::<usize>()
        })
    });
    g.bench_function(format!("{name}/recognize"), |b| {
        b.iter(|| {
            docs.iter()
                .zip(&segs)
                .map(|(d, s)| rec.recognize(d, s).len())
                .sum::<usize>()
        })
    });
    g.bench_function(format!("{name}/segment+recognize"), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| rec.recognize(d, &reckon_text::segment(&d.text)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
