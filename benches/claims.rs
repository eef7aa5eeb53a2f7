//! Claims extraction throughput on real news text (one core), beside the segmentation baseline
//! measured in the same run.
//!
//! `cargo bench --bench claims`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reckon_text::Document;

mod common;

fn bench(c: &mut Criterion) {
    let (name, texts) = common::texts();
    let (bytes, _words) = common::size(&texts);
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(i.to_string(), t.as_str()))
        .collect();
    let segs: Vec<reckon_text::Segmented> = texts.iter().map(|t| reckon_text::segment(t)).collect();
    // built once, shared: the automata are not part of the per-document cost
    let extractor = reckon_claims::Extractor::new();
    let mut g = c.benchmark_group("claims");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function(format!("segment-baseline/{name}"), |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| reckon_text::segment(t).tokens.len())
                .sum::<usize>()
        })
    });
    g.bench_function(format!("extract/{name}"), |b| {
        b.iter(|| {
            docs.iter()
                .zip(&segs)
                .map(|(d, s)| extractor.extract(d, s, &[]).claims.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
