//! Times `reckon_html::extract` on a folder of pages (`*.html`, `*.html.gz`) on one thread and
//! prints one JSON line: pages, bytes, seconds, pages/s, MB/s. `crates/html/scripts/speed.py`
//! runs it beside trafilatura on the same pages.
//!
//!     cargo run -p reckon-html --example html_speed -- DIR [ROUNDS]

use std::io::Read;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: html_speed DIR [ROUNDS]");
    let rounds: usize = args
        .next()
        .map_or(1, |r| r.parse().expect("ROUNDS is a number"));
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains(".htm"))
        .collect();
    paths.sort();
    let pages: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| {
            let raw = std::fs::read(p).expect("readable page");
            if raw.starts_with(&[0x1f, 0x8b]) {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&raw[..])
                    .read_to_end(&mut out)
                    .expect("gzip page");
                out
            } else {
                raw
            }
        })
        .collect();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let options = reckon_html::Options::default();
    let start = Instant::now();
    let mut words = 0usize;
    for _ in 0..rounds {
        for page in &pages {
            if let Ok(p) = reckon_html::extract(page, &reckon_html::Hints::default(), &options) {
                words += p.text.split_whitespace().count();
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = pages.len() * rounds;
    println!(
        "{{\"extractor\":\"reckon-html\",\"pages\":{n},\"bytes\":{},\"seconds\":{secs:.3},\"pages_per_s\":{:.1},\"mb_per_s\":{:.2},\"words\":{words}}}",
        bytes * rounds,
        n as f64 / secs,
        (bytes * rounds) as f64 / 1e6 / secs
    );
}
