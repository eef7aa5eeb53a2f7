//! `cargo xtask scale [MB...]`: builds archives of the given sizes (default 10 100 1000 MB of
//! text) by repeating the real corpus with fresh ids, gzip-compressed, under `target/scale/`, runs
//! the release `reckon run` on each and prints a table of time and peak RSS.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};

/// Builds (or reuses) an archive of about `mb` MB of text.
pub fn archive(mb: u64) -> anyhow::Result<PathBuf> {
    let corpus = crate::corpus()?;
    let out = crate::root().join(format!("target/scale/news-{mb}mb.jsonl.gz"));
    if out.exists() {
        return Ok(out);
    }
    std::fs::create_dir_all(out.parent().expect("has parent"))?;
    let lines: Vec<serde_json::Value> =
        BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&corpus)?))
            .lines()
            .map(|l| Ok(serde_json::from_str(&l?)?))
            .collect::<anyhow::Result<_>>()?;
    let tmp = out.with_extension("tmp");
    let mut w = flate2::write::GzEncoder::new(
        std::io::BufWriter::new(std::fs::File::create(&tmp)?),
        flate2::Compression::fast(),
    );
    let target = mb * 1_000_000;
    let mut written = 0u64;
    'outer: for round in 0.. {
        for v in &lines {
            let mut v = v.clone();
            let id = v["id"].as_str().unwrap_or("doc").to_owned();
            v["id"] = serde_json::Value::String(format!("{id}-r{round}"));
            written += v["text"].as_str().map_or(0, str::len) as u64;
            serde_json::to_writer(&mut w, &v)?;
            w.write_all(b"\n")?;
            if written >= target {
                break 'outer;
            }
        }
    }
    w.finish()?.flush()?;
    std::fs::rename(&tmp, &out)?;
    Ok(out)
}

/// Runs `reckon run` (release) on `path` and returns (seconds, peak RSS in MB, summary line).
pub fn measure(path: &Path, threads: Option<usize>) -> anyhow::Result<(f64, f64, String)> {
    let bin = crate::compare::release_binary();
    let mut c = Command::new(&bin);
    c.arg("run")
        .arg(path)
        .arg("-o")
        .arg("-")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(t) = threads {
        c.arg("-j").arg(t.to_string());
    }
    let start = Instant::now();
    let out = c
        .output()
        .with_context(|| format!("cannot run {}", bin.display()))?;
    let secs = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        bail!("reckon failed on {}: {stderr}", path.display());
    }
    let summary = stderr
        .lines()
        .rev()
        .find(|l| l.contains("documents read"))
        .unwrap_or("")
        .to_owned();
    let rss = summary
        .split("peak RSS ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse::<f64>().ok())
        .context("the summary line has no peak RSS (Linux only)")?;
    Ok((secs, rss, summary))
}

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let sizes: Vec<u64> = if args.is_empty() {
        vec![10, 100, 1000]
    } else {
        args.iter()
            .map(|a| a.parse().context("sizes are in MB"))
            .collect::<anyhow::Result<_>>()?
    };
    crate::cmd("cargo", &["build", "--release", "--bin", "reckon"])?;
    println!("| archive (text) | gzip size | time | throughput | peak RSS |");
    println!("|---|---|---|---|---|");
    for mb in sizes {
        let path = archive(mb)?;
        let gz = std::fs::metadata(&path)?.len() as f64 / 1e6;
        let (secs, rss, _) = measure(&path, None)?;
        println!(
            "| {mb} MB | {gz:.1} MB | {secs:.1} s | {:.2} MB/s | {rss:.0} MB |",
            mb as f64 / secs
        );
    }
    Ok(())
}
