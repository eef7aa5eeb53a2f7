//! Runs both extractors on every page of a folder (`*.html`, `*.html.gz`) and prints one JSON
//! line per page: the file name, rs-trafilatura's text, dom_smoothie's text, the
//! [`reckon_html::Signals`] the `Auto` choice looks at, what `Auto` picked, and each
//! extractor's CPU seconds. `crates/html/scripts/hybrid.py` scores the choice from it.
//!
//!     cargo run -p reckon-html --example html_compare -- DIR > pages.jsonl

mod common;

use reckon_html::{Extractor, Hints, Options, extract};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: html_compare DIR");
    for (path, page) in common::pages(&dir) {
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
