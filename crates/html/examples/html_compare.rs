//! Runs both extractors on every page of a folder (`*.html`, `*.html.gz`) and prints one JSON
//! line per page: the file name, rs-trafilatura's text, dom_smoothie's text, the
//! [`reckon_html::Signals`] the `Auto` choice looks at, what `Auto` picked, and each
//! extractor's CPU seconds. `crates/html/scripts/hybrid.py` scores the choice from it.
//!
//!     cargo run -p reckon-html --example html_compare -- DIR > pages.jsonl

use std::io::Read;

use reckon_html::{Extractor, Hints, Options, extract};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: html_compare DIR");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains(".htm"))
        .collect();
    paths.sort();
    for path in paths {
        let raw = std::fs::read(&path).expect("readable page");
        let page = if raw.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .expect("gzip page");
            out
        } else {
            raw
        };
        let run = |extractor| {
            let t = cpu_seconds();
            let page = extract(
                &page,
                &Hints::default(),
                &Options {
                    extractor,
                    ..Options::default()
                },
            );
            (page.ok(), cpu_seconds() - t)
        };
        let (slow, slow_s) = run(Extractor::Trafilatura);
        let (fast, fast_s) = run(Extractor::Readability);
        let (auto, auto_s) = run(Extractor::Auto);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let line = serde_json::json!({
            "file": name,
            "bytes": page.len(),
            "trafilatura": slow.as_ref().map(|p| &p.text),
            "readability": fast.as_ref().map(|p| &p.text),
            "signals": fast.as_ref().and_then(|p| p.signals),
            "auto": auto.as_ref().map(|p| p.extractor),
            "seconds": {"trafilatura": slow_s, "readability": fast_s, "auto": auto_s},
        });
        println!("{line}");
    }
}

/// This thread's time on the CPU so far (Linux `/proc/thread-self/schedstat`), else 0.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}
