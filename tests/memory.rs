//! Peak memory does not grow with the archive: 10 MB and 100 MB of generated articles
//! (gzip JSONL) through the binary, peak RSS read from its summary line, ratio under 1.5.
//! (`cargo xtask scale` measures the full `reckon run` on 10 MB .. 1 GB of real news.)

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
