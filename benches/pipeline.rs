//! Tokenization throughput on real news text (one core).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn bench(c: &mut Criterion) {
    let (name, texts) = common::texts();
    let (bytes, _words) = common::size(&texts);
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function(name, |b| {
        b.iter(|| texts.iter().map(|t| reckon_text::segment(t).tokens.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
