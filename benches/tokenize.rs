//! Tokenization throughput on real news text (one core), beside the plain UAX #29 baseline.
//!
//! `cargo bench --bench tokenize` measures, over the same texts in the same run:
//! - `tokenize/reckon`: [`reckon_text::tokenize`], tokens only (the >= 200 MB/s target);
//! - `tokenize/segment`: [`reckon_text::segment`], tokens and sentences;
//! - `tokenize/uax29-baseline`: `unicode-segmentation` word bounds with whitespace dropped.
//!
//! Criterion reports bytes/s; before it runs, a short timed loop prints MB/s and words/s for each
//! (words = whitespace-separated, so the three are comparable), by wall clock and by on-CPU time.

// criterion_group! generates an undocumented `pub fn benches`.
#![allow(missing_docs)]

use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

type Run = fn(&str) -> usize;

const RUNS: [(&str, Run); 3] = [
    ("reckon", |t| reckon_text::tokenize(t).len()),
    ("segment", |t| reckon_text::segment(t).sentences.len()),
    ("uax29-baseline", |t| reckon_text::uax29_tokenize(t).len()),
];

/// Seconds this thread has spent on a CPU, from `/proc/thread-self/schedstat` (Linux only).
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<u64>().ok()? as f64 / 1e9)
}

fn bench(c: &mut Criterion) {
    let (name, texts) = common::texts();
    let (bytes, words) = common::size(&texts);
    eprintln!(
        "input: {name}, {} texts, {:.1} MB, {words} words",
        texts.len(),
        bytes as f64 / 1e6
    );
    for (label, f) in RUNS {
        // Best of five passes over the whole input, one core: wall-clock time, and the time the
        // thread was actually on a CPU (Linux schedstat), which a busy shared machine inflates less.
        let (mut wall, mut cpu) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..5 {
            let (t, c) = (Instant::now(), thread_cpu_secs());
            std::hint::black_box(texts.iter().map(|t| f(t)).sum::<usize>());
            wall = wall.min(t.elapsed().as_secs_f64());
            if let (Some(c0), Some(c1)) = (c, thread_cpu_secs()) {
                cpu = cpu.min(c1 - c0);
            }
        }
        let mb = bytes as f64 / 1e6;
        let mw = words as f64 / 1e6;
        eprint!(
            "{label:>16}: wall {:7.1} MB/s {:6.2} M words/s",
            mb / wall,
            mw / wall
        );
        if cpu.is_finite() {
            eprint!(" | on-CPU {:7.1} MB/s {:6.2} M words/s", mb / cpu, mw / cpu);
        }
        eprintln!();
    }
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    for (label, f) in RUNS {
        g.bench_function(format!("{label}/{name}"), |b| {
            b.iter(|| texts.iter().map(|t| f(t)).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
