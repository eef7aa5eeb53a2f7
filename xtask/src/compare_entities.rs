//! `cargo xtask compare-entities`: reckon-entities against spaCy `en_core_web_sm` (NER only) on the
//! same held-out news articles, in one run: speed on one core, peak memory, and agreement
//! (precision/recall/F1 of ours against spaCy's mentions, exact span and label, per label).
//!
//! Then, on the hand-annotated gold sentences (`crates/entities/tests/gold/*.jsonl`), precision,
//! recall and F1 against gold of both systems, per label, for the development files
//! ([`DEV_GOLD`]) and each test file apart.
//!
//! Skips with a message when the Python venv with spaCy cannot be made.

use std::process::Command;

use anyhow::{Context, bail};

use crate::train_entities::ensure_venv;

/// Entry point of `cargo xtask compare-entities`.
pub fn run(_args: &[String]) -> anyhow::Result<()> {
    let root = crate::root();
    let corpus = crate::corpus()?;
    let python = match ensure_venv() {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "compare-entities: skipped, no Python environment with spaCy could be made ({e:#})"
            );
            return Ok(());
        }
    };
    let work = root.join("target/entities");
    std::fs::create_dir_all(&work)?;
    let reference = work.join("spacy-test.jsonl");
    eprintln!("running spaCy en_core_web_sm (NER only, one process) on the held-out articles...");
    let status = Command::new(&python)
        .env("OMP_NUM_THREADS", "1")
        .env("OPENBLAS_NUM_THREADS", "1")
        .arg(root.join("crates/entities/train/compare_spacy.py"))
        .arg(&corpus)
        .arg(&reference)
        .status()?;
    if !status.success() {
        bail!("spaCy run failed: {status}");
    }
    let spacy: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        work.join("spacy-test.stats.json"),
    )?)?;

    eprintln!("running reckon-entities (release, one thread) on the same articles...");
    let stdout = crate::stdout_of(
        evaluate(&root)
            .arg("--corpus")
            .arg(&corpus)
            .arg("--reference")
            .arg(&reference),
    )?;
    let (first, table) = stdout
        .split_once('\n')
        .context("evaluate printed nothing")?;
    let ours: serde_json::Value = serde_json::from_str(first)?;

    let f = |v: &serde_json::Value, k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    println!(
        "held-out articles: {} ({} words)\n",
        ours["articles"], ours["words"]
    );
    println!(
        "Rates per second of CPU time of the one thread/process doing the work (wall-clock rates \
         in brackets; they drop when other processes share the cores).\n"
    );
    println!("| system | words/s | tokens/s | MB/s | peak RSS MB |\n|---|---:|---:|---:|---:|");
    let bytes = f(&ours, "bytes");
    for (name, v) in [
        ("spaCy en_core_web_sm 3.8, NER only", &spacy),
        ("reckon-entities (segment + recognize)", &ours),
    ] {
        let (cpu, wall) = (f(v, "cpu_seconds"), f(v, "seconds"));
        println!(
            "| {name} | {:.0} ({:.0}) | {:.0} ({:.0}) | {:.2} ({:.2}) | {:.0} |",
            f(v, "words") / cpu,
            f(v, "words") / wall,
            f(v, "tokens") / cpu,
            f(v, "tokens") / wall,
            bytes / cpu / 1e6,
            bytes / wall / 1e6,
            f(v, "peak_rss_mb")
        );
    }
    let (ss, os) = (f(&spacy, "cpu_seconds"), f(&ours, "cpu_seconds"));
    println!("\nspeed-up: {:.0}x (words per CPU second)\n", ss / os);
    println!(
        "Agreement of reckon-entities with spaCy (spaCy as reference, exact span and label):\n\n{table}"
    );
    gold(&root, &python, &work, &corpus)
}

/// Both systems against the hand-annotated gold sentences.
fn gold(
    root: &std::path::Path,
    python: &std::path::Path,
    work: &std::path::Path,
    corpus: &std::path::Path,
) -> anyhow::Result<()> {
    let dir = root.join("crates/entities/tests/gold");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    if files.is_empty() {
        eprintln!(
            "no gold files under {}; gold evaluation skipped",
            dir.display()
        );
        return Ok(());
    }
    let spacy_out = work.join("gold-spacy.jsonl");
    let status = Command::new(python)
        .current_dir(root.join("crates/entities/train"))
        .arg("gold_spacy.py")
        .arg(&spacy_out)
        .arg(corpus)
        .args(&files)
        .status()?;
    if !status.success() {
        bail!("spaCy on the gold sentences failed: {status}");
    }
    // The first 270 gold entities have been looked at while the tagger was tuned (dev); each later
    // batch was annotated and kept untouched until a measurement (test), and is scored apart.
    let (dev, test): (Vec<_>, Vec<_>) = files.iter().partition(|p| {
        p.file_name()
            .is_some_and(|n| DEV_GOLD.contains(&n.to_string_lossy().as_ref()))
    });
    let mut parts = vec![("dev".to_owned(), dev)];
    for p in test {
        let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned());
        parts.push((format!("test {}", stem.unwrap_or_default()), vec![p]));
    }
    for (name, part) in parts {
        if part.is_empty() {
            continue;
        }
        let list = part
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(",");
        let table = crate::stdout_of(
            evaluate(root)
                .arg("--corpus")
                .arg(corpus)
                .arg("--gold")
                .arg(&list)
                .arg("--gold-spacy")
                .arg(&spacy_out),
        )?;
        print!("\n## Gold, {name} part\n\n{table}");
    }
    Ok(())
}

/// Gold files used as the development set (their errors were studied while tuning the tagger);
/// every other file under `crates/entities/tests/gold/` is test data.
const DEV_GOLD: &[&str] = &["news-60.jsonl", "news-60b.jsonl"];

/// `cargo run --release -p reckon-entities --features train --example evaluate --` from the workspace root; the
/// caller adds the example's own arguments.
fn evaluate(root: &std::path::Path) -> Command {
    let mut c = crate::cargo();
    c.current_dir(root).args([
        "run",
        "--quiet",
        "--release",
        "-p",
        "reckon-entities",
        "--features",
        "train",
        "--example",
        "evaluate",
        "--",
    ]);
    c
}
