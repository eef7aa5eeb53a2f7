//! Times an HTML-to-text extractor on a folder of pages (`*.html`, `*.html.gz`) on one thread
//! and prints one JSON line: pages, bytes, seconds, pages/s, MB/s. `crates/html/scripts/speed.py`
//! runs it beside trafilatura on the same pages. EXTRACTOR is `reckon` (`reckon_html::extract`
//! with `Extractor::Auto`, the default), `reckon-trafilatura` and `reckon-readability` (the same
//! with one extractor only), `rs-trafilatura-fast` (rs-trafilatura alone with the page type fixed to
//! article and no fallback extraction: the cheapest settings of the shipped library) or
//! `dom_smoothie` (the next candidate, `text_content`).
//!
//!     cargo run -p reckon-html --example html_speed -- DIR [ROUNDS] [EXTRACTOR]

use std::time::Instant;

mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: html_speed DIR [ROUNDS]");
    let rounds: usize = args
        .next()
        .map_or(1, |r| r.parse().expect("ROUNDS is a number"));
    let extractor = args.next().unwrap_or_else(|| "reckon".to_owned());
    let pages: Vec<Vec<u8>> = common::pages(&dir).into_iter().map(|(_, p)| p).collect();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let options = reckon_html::Options::default();
    let trafilatura = reckon_html::Options {
        extractor: reckon_html::Extractor::Trafilatura,
        ..reckon_html::Options::default()
    };
    let readability = reckon_html::Options {
        extractor: reckon_html::Extractor::Readability,
        ..reckon_html::Options::default()
    };
    let cpu0 = cpu_seconds();
    let start = Instant::now();
    let mut words = 0usize;
    for _ in 0..rounds {
        for page in &pages {
            words += match extractor.as_str() {
                "reckon" => reckon_html::extract(page, &reckon_html::Hints::default(), &options)
                    .map_or(0, |p| p.text.split_whitespace().count()),
                "reckon-trafilatura" => {
                    reckon_html::extract(page, &reckon_html::Hints::default(), &trafilatura)
                        .map_or(0, |p| p.text.split_whitespace().count())
                }
                "reckon-readability" => {
                    reckon_html::extract(page, &reckon_html::Hints::default(), &readability)
                        .map_or(0, |p| p.text.split_whitespace().count())
                }
                "rs-trafilatura-fast" => {
                    let o = rs_trafilatura::Options {
                        page_type: Some(rs_trafilatura::page_type::PageType::Article),
                        use_fallback_extraction: false,
                        ..rs_trafilatura::Options::default()
                    };
                    let html = String::from_utf8_lossy(page);
                    rs_trafilatura::extract_with_options(&html, &o)
                        .map_or(0, |r| r.content_text.split_whitespace().count())
                }
                "dom_smoothie" => {
                    let html = String::from_utf8_lossy(page);
                    dom_smoothie::Readability::new(html.as_ref(), None, None)
                        .and_then(|mut r| r.parse())
                        .map_or(0, |a| a.text_content.split_whitespace().count())
                }
                other => panic!("unknown extractor {other}"),
            };
        }
    }
    let wall = start.elapsed().as_secs_f64();
    // Seconds on the CPU (the machine may be shared); wall clock where /proc is missing.
    let secs = match (cpu0, cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => wall,
    };
    let n = pages.len() * rounds;
    println!(
        "{{\"extractor\":\"{extractor}\",\"pages\":{n},\"bytes\":{},\"cpu_seconds\":{secs:.3},\"wall_seconds\":{wall:.3},\"pages_per_s\":{:.1},\"mb_per_s\":{:.2},\"words\":{words}}}",
        bytes * rounds,
        n as f64 / secs,
        (bytes * rounds) as f64 / 1e6 / secs
    );
}

/// This thread's time on the CPU so far, from `/proc/thread-self/schedstat` (Linux).
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
