//! Peak memory does not grow with the archive: 10 MB and 100 MB of generated articles
//! (gzip JSONL) through the binary, peak RSS read from its summary line, ratio under 1.5.
//! (`cargo xtask scale` measures the full `reckon run` on 10 MB .. 1 GB of real news.)
//! Reconciliation too: N and 4N distinct claims through `reckon reconcile --max-memory 8M`.

use std::io::Write;

use crate::util::{self, run};

/// Writes about `mb` MB of article text as gzip JSONL.
fn archive(dir: &std::path::Path, mb: usize) -> std::path::PathBuf {
    let p = dir.join(format!("a{mb}.jsonl.gz"));
    let f = std::fs::File::create(&p).unwrap();
    let mut w =
        flate2::write::GzEncoder::new(std::io::BufWriter::new(f), flate2::Compression::fast());
    let para = "Officials said on Sunday that more than 1,200 people had been displaced by the floods, \
                and at least 14 were killed, according to the provincial disaster agency. ";
    let text = para.repeat(4_000 / para.len() + 1);
    let mut written = 0;
    let mut i = 0;
    while written < mb << 20 {
        writeln!(
            w,
            "{{\"id\":\"m{i}\",\"date\":\"2025-07-07\",\"text\":\"{text}\"}}"
        )
        .unwrap();
        written += text.len();
        i += 1;
    }
    w.finish().unwrap().flush().unwrap();
    p
}

fn peak_rss(stderr: &str) -> f64 {
    stderr
        .split("peak RSS ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no peak RSS in {stderr}"))
}

#[cfg(target_os = "linux")]
#[test]
fn peak_memory_does_not_grow_with_the_archive() {
    let dir = util::tempdir();
    let mut rss = Vec::new();
    for mb in [10, 100] {
        let p = archive(dir.path(), mb);
        let r = run(
            &[
                "tokenize",
                p.to_str().unwrap(),
                "-o",
                "/dev/null",
                "-j",
                "2",
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        rss.push(peak_rss(&r.stderr));
    }
    eprintln!(
        "peak RSS: 10 MB -> {:.0} MB, 100 MB -> {:.0} MB",
        rss[0], rss[1]
    );
    assert!(
        rss[1] / rss[0] < 1.5,
        "peak RSS grew from {:.0} MB (10 MB) to {:.0} MB (100 MB)",
        rss[0],
        rss[1]
    );
}

/// `copies` copies of the claim lines of the sample archive's claims.jsonl, each copy its own
/// documents and measures (so that no series grows with the copies), as one claims.jsonl.
fn synthetic_claims(dir: &std::path::Path, lines: &[serde_json::Value], copies: usize) -> String {
    let p = dir.join(format!("claims{copies}.jsonl"));
    let mut w = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
    for k in 0..copies {
        for line in lines {
            let mut v = line.clone();
            let id = format!("{}-{k}", v["doc_id"].as_str().unwrap());
            v["doc_id"] = id.into();
            if let Some(m) = v["claim"]["frame"]["measure_key"].as_str() {
                v["claim"]["frame"]["measure_key"] = format!("{m}+copy{k}").into();
            }
            serde_json::to_writer(&mut w, &v).unwrap();
            w.write_all(b"\n").unwrap();
        }
    }
    w.flush().unwrap();
    p.to_str().unwrap().to_owned()
}

#[cfg(target_os = "linux")]
#[test]
fn reconcile_memory_stays_near_the_budget() {
    let dir = util::tempdir();
    let out = dir.path().join("out");
    let r = run(
        &[
            "run",
            "-q",
            util::sample().to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // claim lines only: article events are part of the aggregate reconciliation keeps whole
    let claims: Vec<serde_json::Value> = std::fs::read_to_string(out.join("claims.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v.get("claim").is_some())
        .collect();
    let n = 20_000 / claims.len();
    let mut rss = Vec::new();
    for copies in [n, 4 * n] {
        let p = synthetic_claims(dir.path(), &claims, copies);
        let r = run(
            &[
                "reconcile",
                &p,
                "--json",
                "--max-memory",
                "8M",
                "--spill-dir",
                dir.path().to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        rss.push(peak_rss(&r.stderr));
        std::fs::remove_file(&p).unwrap();
    }
    eprintln!(
        "reconcile peak RSS: {} claims -> {:.0} MB, {} -> {:.0} MB",
        n * claims.len(),
        rss[0],
        4 * n * claims.len(),
        rss[1]
    );
    assert!(
        rss[1] / rss[0] < 1.5,
        "peak RSS grew from {:.0} MB to {:.0} MB with 4 times the claims",
        rss[0],
        rss[1]
    );
}
