//! Throughput of each stage and of the whole per-document pipeline on real news text
//! (`cargo xtask corpus` first; the bundled sample otherwise), one core, and the full pipeline
//! on 1 and 2 rayon threads measured in the same run.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use reckon_text::Document;

mod common;

fn bench(c: &mut Criterion) {
    let (name, texts) = common::texts();
    let (bytes, words) = common::size(&texts);
    eprintln!(
        "pipeline bench on {name}: {} documents, {bytes} bytes, {words} words",
        texts.len()
    );
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Document::new(format!("d{i}"), t.clone()).with_date(jiff::civil::date(2017, 1, 1))
        })
        .collect();
    let recognizer = reckon_entities::Recognizer::new();
    let extractor = reckon_claims::Extractor::new();
    let segs: Vec<_> = docs.iter().map(|d| reckon_text::segment(&d.text)).collect();
    let ents: Vec<_> = docs
        .iter()
        .zip(&segs)
        .map(|(d, s)| recognizer.recognize(d, s))
        .collect();
    let records: Vec<_> = docs
        .iter()
        .zip(&segs)
        .zip(&ents)
        .flat_map(|((d, s), e)| {
            reckon_reconcile::ClaimRecord::from_extraction(d, &extractor.extract(d, s, e))
        })
        .collect();

    let full = |d: &Document| {
        let seg = reckon_text::segment(&d.text);
        let e = recognizer.recognize(d, &seg);
        let x = extractor.extract(d, &seg, &e);
        let rec = reckon_format::DocRecord::new(
            d,
            reckon_format::Emit::DEFAULT,
            Some(&seg),
            Some(&e),
            Some(&x),
        );
        serde_json::to_vec(&rec).map_or(0, |v| v.len())
    };

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("tokenize", |b| b.iter(|| segs_len(&docs)));
    g.bench_function("entities", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&segs)
                .map(|(d, s)| recognizer.recognize(d, s).len())
                .sum::<usize>()
        })
    });
    g.bench_function("claims", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&segs)
                .zip(&ents)
                .map(|((d, s), e)| extractor.extract(d, s, e).claims.len())
                .sum::<usize>()
        })
    });
    g.bench_function("reconcile", |b| {
        b.iter(|| reckon_reconcile::reconcile(records.clone()).series.len())
    });
    g.bench_function("full/1-thread", |b| {
        b.iter(|| docs.iter().map(full).sum::<usize>())
    });
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        g.bench_function(format!("full/rayon-{threads}"), |b| {
            b.iter(|| pool.install(|| docs.par_iter().map(full).sum::<usize>()))
        });
    }
    g.finish();
}

fn segs_len(docs: &[Document]) -> usize {
    docs.iter()
        .map(|d| reckon_text::segment(&d.text).tokens.len())
        .sum()
}

criterion_group!(benches, bench);
criterion_main!(benches);
