//! `cargo xtask spark-check [--bin PATH]`: runs `examples/spark/reckon_job.py` on Apache Spark in local mode
//! (`local[2]`, pyspark 4 from PyPI in `target/venv-spark`, Java 17 from the machine) over the
//! bundled sample archive and 500 real articles, and checks that Spark gives what one machine
//! gives:
//!
//! 1. JSONL input, 3 partitions: every document record byte for byte (after sorting) equal to
//!    `reckon run`'s, error records with the same codes, the same claim records, and the reduce
//!    on the executors (`reckon reconcile --stage ...`, docs/scale.md) giving the single-machine
//!    series (byte for byte after sorting lines), findings and events (byte for byte);
//! 2. Parquet input (the same articles), reconciled on the driver (`--reduce driver`): the same
//!    document records, series, findings and series CSV;
//! 3. a failing `reckon` (`--strict` on an input with a bad line) fails the Spark job, thanks to
//!    `checkCode=True` (without it RDD.pipe drops the partition's remaining records silently);
//! 4. the first 500 articles of the real corpus (`target/corpus/newsarticles.jsonl.gz`, built
//!    from `../shared` when missing; skipped with a notice when it cannot be), 4 partitions:
//!    the same claims, series, findings and events as one machine.
//!
//! Exits non-zero on any mismatch.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail, ensure};

/// The pyspark the check installs.
const PYSPARK: &str = "pyspark>=4,<5";

/// Entry point of `cargo xtask spark-check`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let start = Instant::now();
    let java = Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        bail!("spark-check needs Java 17+ (`java -version` fails)");
    }
    let python = crate::venv::ensure(
        "venv-spark",
        &[PYSPARK],
        "import pyspark, sys; sys.exit(not pyspark.__version__.startswith('4.'))",
    )?;
    eprintln!("venv ready after {:.0} s", start.elapsed().as_secs_f64());
    // The check is about equality, not speed: the debug binary (already built by `cargo test`)
    // will do. `--bin PATH` checks that binary instead.
    let reckon = match args.iter().position(|a| a == "--bin") {
        Some(i) => std::path::absolute(args.get(i + 1).context("--bin needs a path")?)?,
        None => {
            crate::cmd("cargo", &["build", "--bin", "reckon"])?;
            crate::target_dir().join("debug/reckon")
        }
    };
    let root = crate::root();
    let work = root.join("target/spark-check");
    if work.exists() {
        std::fs::remove_dir_all(&work)?;
    }
    std::fs::create_dir_all(&work)?;

    let clean = work.join("archive-clean.jsonl");
    let lines = archive_lines(&root.join("examples/archive"))?;
    std::fs::write(&clean, lines.join("\n") + "\n")?;
    // The same articles with a line that is not JSON, an article without text and a blank line:
    // each must come out as one error record (the blank line as nothing), not be lost.
    let input = work.join("archive.jsonl");
    let mut mixed = lines.clone();
    mixed.insert(3, "this line is not JSON".to_owned());
    mixed.insert(6, r#"{"id":"no-text","text":""}"#.to_owned());
    mixed.insert(8, String::new());
    std::fs::write(&input, mixed.join("\n") + "\n")?;

    eprintln!("single machine: reckon run --out-dir");
    let single = work.join("single");
    single_machine(&reckon, &input, &single)?;

    // 1. JSONL input.
    let out = work.join("spark-jsonl");
    job(&python, &reckon, &input, &out, &["--partitions", "3"])?
        .map_err(|log| anyhow::anyhow!("the Spark job failed:\n{}", tail(&log)))?;
    let spark_docs = read_parts(&out.join("documents"))?;
    let single_docs = read_lines(&single.join("documents.jsonl"))?;
    compare_documents(&single_docs, &spark_docs)?;
    compare_claims(
        &read_lines(&single.join("claims.jsonl"))?,
        &read_parts(&out.join("claims"))?,
    )?;
    compare_reduced(&single, &out.join("reconciled"))?;

    // 2. Parquet input, made by Spark from the clean articles.
    let parquet = work.join("archive.parquet");
    crate::stdout_of(
        Command::new(&python)
            .arg("-c")
            .arg(PARQUET_PY)
            .arg(&clean)
            .arg(&parquet),
    )
    .context("cannot write the Parquet copy")?;
    let out = work.join("spark-parquet");
    job(
        &python,
        &reckon,
        &parquet,
        &out,
        &["--partitions", "3", "--reduce", "driver"],
    )?
    .map_err(|log| anyhow::anyhow!("the Spark job on Parquet failed:\n{}", tail(&log)))?;
    let docs: Vec<String> = single_docs
        .iter()
        .filter(|l| !is_error(l))
        .cloned()
        .collect();
    compare_documents(&docs, &read_parts(&out.join("documents"))?)?;
    for file in ["series.jsonl", "findings.jsonl", "series.csv"] {
        let a = sorted(read_lines(&single.join(file))?);
        let b = sorted(read_lines(&out.join("reconciled").join(file))?);
        ensure!(
            a == b,
            "{file} reconciled on the driver differs from one machine's ({} vs {} lines)",
            b.len(),
            a.len()
        );
        eprintln!(
            "ok: {file} reconciled on the driver: {} lines, identical",
            a.len()
        );
    }

    // 3. A failing reckon must fail the job.
    let out = work.join("spark-strict");
    match job(
        &python,
        &reckon,
        &input,
        &out,
        &["--partitions", "3", "--strict"],
    )? {
        Ok(()) => bail!("the job succeeded although reckon --strict failed on a bad line"),
        Err(log) => {
            let line = log
                .lines()
                .find(|l| l.contains("exited with error code") || l.contains("error code 1"))
                .unwrap_or("(no 'exited with error code' line in the log)");
            eprintln!(
                "ok: reckon --strict on a bad line fails the Spark job: {}",
                line.trim()
            );
        }
    }

    // 4. Real articles, 4 partitions.
    let jobs = match crate::corpus() {
        Ok(corpus) => {
            real_articles(&python, &reckon, &corpus, &work)?;
            4
        }
        Err(e) => {
            eprintln!("skipped: 500 real articles (no corpus: {e:#})");
            3
        }
    };
    println!(
        "spark-check passed in {:.0} s (pyspark venv, {jobs} Spark jobs in local[2])",
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `reckon run -q --out-dir OUT INPUT` on one machine, the result Spark's is compared with.
fn single_machine(reckon: &Path, input: &Path, out: &Path) -> anyhow::Result<()> {
    let status = Command::new(reckon)
        .args(["run", "-q", "--out-dir"])
        .arg(out)
        .arg(input)
        .status()?;
    ensure!(
        status.success(),
        "single-machine reckon run on {} failed: {status}",
        input.display()
    );
    Ok(())
}

/// The first 500 articles of the real corpus, on Spark with 4 partitions and on one machine:
/// the same claims, series, findings and events.
fn real_articles(python: &Path, reckon: &Path, corpus: &Path, work: &Path) -> anyhow::Result<()> {
    use std::io::BufRead;
    let gz = flate2::read::MultiGzDecoder::new(std::fs::File::open(corpus)?);
    let lines: Vec<String> = std::io::BufReader::new(gz)
        .lines()
        .take(500)
        .collect::<Result<_, _>>()?;
    let input = work.join("real500.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n")?;
    let single = work.join("real500-single");
    single_machine(reckon, &input, &single)?;
    let out = work.join("spark-real500");
    job(python, reckon, &input, &out, &["--partitions", "4"])?
        .map_err(|log| anyhow::anyhow!("the Spark job on real articles failed:\n{}", tail(&log)))?;
    compare_claims(
        &read_lines(&single.join("claims.jsonl"))?,
        &read_parts(&out.join("claims"))?,
    )?;
    compare_reduced(&single, &out.join("reconciled"))
}

/// The reduce on the executors against one machine's: series.jsonl equal after sorting lines
/// (the series come in one part file per partition), findings.jsonl and events.jsonl byte for
/// byte.
fn compare_reduced(single: &Path, reconciled: &Path) -> anyhow::Result<()> {
    let a = sorted(read_lines(&single.join("series.jsonl"))?);
    let b = sorted(read_parts(&reconciled.join("series"))?);
    ensure!(
        a == b,
        "series reduced on the executors differ from one machine's ({} vs {} lines)",
        b.len(),
        a.len()
    );
    eprintln!(
        "ok: series reduced on the executors: {} lines, identical",
        a.len()
    );
    for file in ["findings.jsonl", "events.jsonl"] {
        let a = std::fs::read(single.join(file))?;
        let b = std::fs::read(reconciled.join(file))
            .with_context(|| format!("no {file} under {}", reconciled.display()))?;
        ensure!(
            a == b,
            "{file} reduced on the executors differs from one machine's ({} vs {} bytes)",
            b.len(),
            a.len()
        );
        eprintln!(
            "ok: {file} reduced on the executors: {} bytes, identical",
            a.len()
        );
    }
    Ok(())
}

/// Writes the clean articles as a Parquet table (one file).
const PARQUET_PY: &str = r#"
import sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[1]").appName("reckon-parquet").getOrCreate()
spark.read.json(sys.argv[1]).coalesce(1).write.parquet(sys.argv[2])
spark.stop()
"#;

/// Runs the example job; `Ok(Err(log))` when the job itself failed.
fn job(
    python: &Path,
    reckon: &Path,
    input: &Path,
    out: &Path,
    extra: &[&str],
) -> anyhow::Result<Result<(), String>> {
    eprintln!(
        "spark: reckon_job.py --input {} {}",
        input.display(),
        extra.join(" ")
    );
    let t = Instant::now();
    let o = Command::new(python)
        .arg(crate::root().join("examples/spark/reckon_job.py"))
        .args(["--master", "local[2]", "--reckon"])
        .arg(reckon)
        .arg("--input")
        .arg(input)
        .arg("--output")
        .arg(out)
        .args(extra)
        .env("PYSPARK_PYTHON", python)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .output()
        .context("cannot run the Spark job")?;
    let log = String::from_utf8_lossy(&o.stderr).into_owned();
    std::fs::write(out.with_extension("log"), &log)?;
    eprintln!(
        "  {} in {:.0} s (log: {})",
        if o.status.success() { "done" } else { "failed" },
        t.elapsed().as_secs_f64(),
        out.with_extension("log").display()
    );
    Ok(if o.status.success() { Ok(()) } else { Err(log) })
}

/// Document records equal byte for byte after sorting; error records with the same codes.
fn compare_documents(single: &[String], spark: &[String]) -> anyhow::Result<()> {
    let (single_errors, single_docs): (Vec<&String>, Vec<&String>) =
        single.iter().partition(|l| is_error(l));
    let (spark_errors, spark_docs): (Vec<&String>, Vec<&String>) =
        spark.iter().partition(|l| is_error(l));
    let a = sorted(single_docs.into_iter().cloned().collect());
    let b = sorted(spark_docs.into_iter().cloned().collect());
    if a != b {
        let first = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(0);
        bail!(
            "document records differ: one machine {} vs Spark {}; first difference:\n  {}\n  {}",
            a.len(),
            b.len(),
            a.get(first).map_or("", |s| &s[..s.len().min(300)]),
            b.get(first).map_or("", |s| &s[..s.len().min(300)])
        );
    }
    // Error records name the line of their input stream, which differs between one file and a
    // partition; their codes must match.
    let code = |r: serde_json::Value| r["error"]["code"].as_str().unwrap_or("?").to_owned();
    let (ca, cb) = (
        sorted_json(single_errors, code)?,
        sorted_json(spark_errors, code)?,
    );
    ensure!(
        ca == cb,
        "error records differ: one machine {ca:?}, Spark {cb:?}"
    );
    eprintln!(
        "ok: {} document records identical byte for byte, error records {ca:?} on both",
        a.len()
    );
    Ok(())
}

/// True for an error record (`{"id":..., "error": {...}}` or `{"error": {...}}`).
fn is_error(line: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(line).is_ok_and(|v| v.get("error").is_some())
}

/// The same claim records (as JSON values: Spark's side went through Python's json).
fn compare_claims(single: &[String], spark: &[String]) -> anyhow::Result<()> {
    let canon = |v: serde_json::Value| v.to_string();
    let (a, b) = (sorted_json(single, canon)?, sorted_json(spark, canon)?);
    ensure!(
        a == b,
        "claim records differ: one machine {}, Spark {}",
        a.len(),
        b.len()
    );
    eprintln!("ok: {} claim records, the same on both", a.len());
    Ok(())
}

/// The sample archive's `.txt` articles as JSONL lines: id (relative path), source (folder),
/// date (from the ` date YYYY-MM-DD` header) and text.
fn archive_lines(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut files = Vec::new();
    collect_txt(dir, &mut files)?;
    files.sort();
    let mut lines = Vec::new();
    for f in files {
        let raw = std::fs::read_to_string(&f)?;
        let rel = f.strip_prefix(dir)?.to_string_lossy().replace('\\', "/");
        let (date, text) = reckon_archive::split_date_header(&raw);
        let mut rec = BTreeMap::new();
        rec.insert("id", rel.clone());
        if let Some((source, _)) = rel.split_once('/') {
            rec.insert("source", source.to_owned());
        }
        if let Some(d) = date {
            rec.insert("date", d.to_string());
        }
        rec.insert("text", text.to_owned());
        lines.push(serde_json::to_string(&rec)?);
    }
    ensure!(!lines.is_empty(), "no .txt article under {}", dir.display());
    Ok(lines)
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() {
            collect_txt(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
    Ok(())
}

fn read_lines(p: &Path) -> anyhow::Result<Vec<String>> {
    let s = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
    Ok(s.lines().map(str::to_owned).collect())
}

/// The lines of every `part-*` file of a Spark output folder.
fn read_parts(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    parts.retain(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("part-"))
    });
    parts.sort();
    for p in parts {
        out.extend(read_lines(&p)?);
    }
    Ok(out)
}

/// The last lines of a job's log.
fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// `f` of each line read as JSON, sorted.
fn sorted_json<'a, T: Ord>(
    lines: impl IntoIterator<Item = &'a String>,
    f: impl Fn(serde_json::Value) -> T,
) -> anyhow::Result<Vec<T>> {
    let mut v = lines
        .into_iter()
        .map(|l| Ok(f(serde_json::from_str(l)?)))
        .collect::<anyhow::Result<Vec<T>>>()?;
    v.sort();
    Ok(v)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}
