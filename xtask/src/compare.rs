//! `cargo xtask compare [--limit-mb MB] [--bin PATH]`: one table from one run, on the same texts: the full
//! `reckon run` pipeline and `reckon tokenize` (release build, 1 and 2 threads) beside spaCy's
//! `en_core_web_sm` with NER only and with its full default pipeline (1 and 2 processes).
//!
//! The texts are the first `--limit-mb` MB (default 2) of article text of the real corpus
//! (`target/corpus/newsarticles.jsonl.gz`), written uncompressed to `target/compare/`. spaCy reads
//! them once; reckon reads them repeated (the same file given several times) so that each of its
//! runs lasts seconds rather than milliseconds. Words are whitespace-separated words of the text,
//! for every system. Peak RSS is the kernel's `ru_maxrss` (summed over the processes that run at
//! the same time). spaCy's clock runs over `nlp.pipe` only, not over loading the model.
//! `--bin PATH` measures that `reckon` binary instead of building the release one.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

/// Entry point of `cargo xtask compare`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let limit_mb: f64 = match args.iter().position(|a| a == "--limit-mb") {
        Some(i) => args
            .get(i + 1)
            .context("--limit-mb needs a number")?
            .parse()
            .context("--limit-mb needs a number")?,
        None => 2.0,
    };
    let root = crate::root();
    let work = root.join("target/compare");
    std::fs::create_dir_all(&work)?;
    let sample = Sample::build(&crate::corpus()?, &work, limit_mb)?;
    eprintln!(
        "sample: {} articles, {:.2} MB of text, {} words",
        sample.docs,
        sample.bytes as f64 / 1e6,
        sample.words
    );
    // The measuring helper and the spaCy runner, run in place with the spaCy venv's python (it
    // imports the corpus reader beside it).
    let bench = root.join("xtask/py/compare_bench.py");
    let python = crate::train_entities::ensure_venv()
        .context("the spaCy venv (target/venv-entities) cannot be made")?;
    let reckon = match args.iter().position(|a| a == "--bin") {
        Some(i) => PathBuf::from(args.get(i + 1).context("--bin needs a path")?),
        None => {
            crate::cmd("cargo", &["build", "--release", "--bin", "reckon"])?;
            release_binary()
        }
    };

    let mut rows = Vec::new();
    for (name, sub, target_mb) in [
        ("reckon run (tokens, entities, claims, JSONL)", "run", 20.0),
        (
            "reckon tokenize (tokens + sentences, JSONL)",
            "tokenize",
            100.0,
        ),
    ] {
        let repeat = ((target_mb * 1e6 / sample.bytes as f64).ceil() as usize).max(1);
        let mut per_threads = Vec::new();
        for threads in ["1", "2"] {
            eprintln!("{name}, -j {threads}, sample x{repeat}...");
            let mut cmd = vec![reckon.to_string_lossy().into_owned(), sub.to_owned()];
            cmd.extend(std::iter::repeat_n(
                sample.path.to_string_lossy().into_owned(),
                repeat,
            ));
            cmd.extend(["-o", "/dev/null", "-q", "-j", threads].map(String::from));
            let m = measure(&python, &bench, &work, &[cmd])?;
            per_threads.push(Rate {
                seconds: m.wall,
                cpu: m.cpu,
                words: (sample.words * repeat) as f64,
                bytes: (sample.bytes * repeat) as f64,
                rss_mb: m.rss_mb,
            });
        }
        rows.push((name.to_owned(), per_threads));
    }
    for (name, mode) in [
        ("spaCy en_core_web_sm, NER only", "ner"),
        ("spaCy en_core_web_sm, full default pipeline", "full"),
    ] {
        eprintln!("{name}, one process...");
        let one = spacy(&python, &bench, &work, mode, &[&sample.path])?;
        eprintln!("{name}, two processes (half the texts each)...");
        let two = spacy(
            &python,
            &bench,
            &work,
            mode,
            &[&sample.half_a, &sample.half_b],
        )?;
        rows.push((name.to_owned(), vec![one, two]));
    }

    let spacy_ner = &rows[2].1;
    let (ner1, ner2) = (spacy_ner[0].words_per_cpu_s(), spacy_ner[1].words_per_s());
    println!(
        "Same texts for every system: the first {:.1} MB of the real corpus ({} articles, {} words; \
         reckon reads them repeated). 1 core = -j 1 or one process, 2 cores = -j 2 or two processes \
         on half the texts each. 1-core rates per CPU second (user + system time of every thread, \
         robust to other load on the machine) and per wall-clock second; 2-core rates and the \
         scaling are wall clock. Peak RSS of the 1-core run.\n",
        sample.bytes as f64 / 1e6,
        sample.docs,
        sample.words
    );
    println!(
        "| system | words/CPU-s, 1 core | words/s wall, 1 core | words/s wall, 2 cores | MB/CPU-s, 1 core | scaling 1→2 | peak RSS | vs spaCy NER, 1 core | vs spaCy NER, 2 cores |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, r) in &rows {
        let (one, two) = (&r[0], &r[1]);
        println!(
            "| {name} | {} | {} | {} | {:.2} | {:.2}x | {:.0} MB | {} | {} |",
            thousands(one.words_per_cpu_s()),
            thousands(one.words_per_s()),
            thousands(two.words_per_s()),
            one.bytes / one.cpu / 1e6,
            two.words_per_s() / one.words_per_s(),
            one.rss_mb,
            ratio(one.words_per_cpu_s() / ner1),
            ratio(two.words_per_s() / ner2),
        );
    }
    Ok(())
}

/// One measured run.
struct Rate {
    seconds: f64,
    /// CPU seconds (user + system) of all the run's processes.
    cpu: f64,
    words: f64,
    bytes: f64,
    rss_mb: f64,
}

impl Rate {
    fn words_per_s(&self) -> f64 {
        self.words / self.seconds
    }

    fn words_per_cpu_s(&self) -> f64 {
        self.words / self.cpu
    }
}

/// What the measuring helper reports.
struct Measured {
    wall: f64,
    cpu: f64,
    rss_mb: f64,
}

/// Runs `commands` at the same time under the measuring helper.
fn measure(
    python: &Path,
    bench: &Path,
    work: &Path,
    commands: &[Vec<String>],
) -> anyhow::Result<Measured> {
    let out = work.join("measure.json");
    let mut c = Command::new(python);
    c.arg(bench).arg("measure").arg(&out).arg("--");
    for (i, cmd) in commands.iter().enumerate() {
        if i > 0 {
            c.arg(":::");
        }
        c.args(cmd);
    }
    let status = c.status().context("cannot run the measuring helper")?;
    if !status.success() {
        bail!("the measuring helper failed: {status}");
    }
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out)?)?;
    if v["codes"]
        .as_array()
        .is_none_or(|c| c.iter().any(|c| c != 0))
    {
        bail!("a measured command failed: exit codes {}", v["codes"]);
    }
    Ok(Measured {
        wall: v["wall"].as_f64().context("wall")?,
        cpu: v["cpu"].as_f64().context("cpu")?,
        rss_mb: v["rss_mb"].as_f64().context("rss_mb")?,
    })
}

/// spaCy in `mode` over `parts`, one process per part, all at the same time.
fn spacy(
    python: &Path,
    bench: &Path,
    work: &Path,
    mode: &str,
    parts: &[&Path],
) -> anyhow::Result<Rate> {
    let py = python.to_string_lossy().into_owned();
    let outs: Vec<PathBuf> = (0..parts.len())
        .map(|i| work.join(format!("spacy-{mode}-{i}.json")))
        .collect();
    let commands: Vec<Vec<String>> = parts
        .iter()
        .zip(&outs)
        .map(|(part, out)| {
            vec![
                py.clone(),
                bench.to_string_lossy().into_owned(),
                "spacy".to_owned(),
                mode.to_owned(),
                part.to_string_lossy().into_owned(),
                out.to_string_lossy().into_owned(),
            ]
        })
        .collect();
    let m = measure(python, bench, work, &commands)?;
    let mut rate = Rate {
        seconds: 0.0,
        cpu: 0.0,
        words: 0.0,
        bytes: 0.0,
        rss_mb: m.rss_mb,
    };
    for out in &outs {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out)?)?;
        // The processes run at the same time: the pair takes as long as the slower one.
        rate.seconds = rate.seconds.max(v["seconds"].as_f64().context("seconds")?);
        rate.cpu += v["cpu_seconds"].as_f64().context("cpu_seconds")?;
        rate.words += v["words"].as_f64().context("words")?;
        rate.bytes += v["bytes"].as_f64().context("bytes")?;
    }
    Ok(rate)
}

/// The texts every system reads.
struct Sample {
    path: PathBuf,
    half_a: PathBuf,
    half_b: PathBuf,
    docs: usize,
    words: usize,
    bytes: usize,
}

impl Sample {
    /// The first `limit_mb` MB of text of the corpus, and its two halves (alternate articles).
    fn build(corpus: &Path, work: &Path, limit_mb: f64) -> anyhow::Result<Sample> {
        let path = work.join(format!("sample-{limit_mb}mb.jsonl"));
        let half_a = work.join(format!("sample-{limit_mb}mb-a.jsonl"));
        let half_b = work.join(format!("sample-{limit_mb}mb-b.jsonl"));
        let mut all = std::io::BufWriter::new(std::fs::File::create(&path)?);
        let mut a = std::io::BufWriter::new(std::fs::File::create(&half_a)?);
        let mut b = std::io::BufWriter::new(std::fs::File::create(&half_b)?);
        let (mut docs, mut words, mut bytes) = (0, 0, 0);
        let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(corpus)?));
        for line in reader.lines() {
            let line = line?;
            let v: serde_json::Value = serde_json::from_str(&line)?;
            let Some(text) = v["text"].as_str().filter(|t| !t.trim().is_empty()) else {
                continue;
            };
            if bytes as f64 >= limit_mb * 1e6 {
                break;
            }
            words += text.split_whitespace().count();
            bytes += text.len();
            writeln!(all, "{line}")?;
            writeln!(if docs % 2 == 0 { &mut a } else { &mut b }, "{line}")?;
            docs += 1;
        }
        for mut w in [all, a, b] {
            w.flush()?;
        }
        Ok(Sample {
            path,
            half_a,
            half_b,
            docs,
            words,
            bytes,
        })
    }
}

/// The release `reckon` binary (in `$CARGO_TARGET_DIR` when it is set).
pub fn release_binary() -> PathBuf {
    crate::target_dir().join("release/reckon")
}

fn thousands(x: f64) -> String {
    let s = format!("{:.0}", x);
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn ratio(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}x")
    } else {
        format!("{x:.2}x")
    }
}
