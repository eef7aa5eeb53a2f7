//! `reckon reconcile --stage STAGE`: one phase of a distributed reduce
//! (`reckon_reconcile`'s phases: `Articles`, `Aggregate`, `check`, `finalize`), reading JSON lines (files, or `-`
//! for standard input) and writing JSON lines on standard output, so that a runner can pipe
//! its partitions through it (Spark's `RDD.pipe`, shell pipes). docs/scale.md says which stage
//! runs where and what goes between them; docs/formats.md gives the lines.
//!
//! A line a stage cannot read is an error (the stages talk to each other, not to people): the
//! task fails, and its runner retries or stops, rather than a partition losing records.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use reckon_reconcile::{
    Aggregate, Articles, Config, Keyed, Line, Partial, Piece, Wanted, check, finalize,
};

use crate::ReconcileArgs;
use crate::output::Output;

/// The stages, in the order a reduce runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Stage {
    /// Whole articles (claims.jsonl lines) in, one {"summary": ...} line per article out.
    Summarize,
    /// Every summary line and every event and duplicate line of the archive in, the aggregate
    /// (one JSON line) out. Runs in one place.
    Aggregate,
    /// Whole articles in (with --aggregate), {"keyed": ...} lines and one {"partial": ...}
    /// line out.
    Resolve,
    /// Keyed lines of whole series keys in (with --aggregate and --resolved), series.jsonl
    /// lines and one {"partial": ...} line out.
    Check,
    /// Every partial line in (with --aggregate), findings.jsonl out (or findings.jsonl and
    /// events.jsonl under --out-dir). Runs in one place.
    Finalize,
}

/// One line read by a stage.
enum Read {
    Claims(Line),
    Piece(Piece),
}

/// Calls `f` with every non-blank line of the inputs, read.
fn read_all(paths: &[String], mut f: impl FnMut(Read) -> anyhow::Result<()>) -> anyhow::Result<()> {
    for path in paths {
        let reader: Box<dyn BufRead> = if path == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            let file = std::fs::File::open(path).with_context(|| format!("cannot open {path}"))?;
            Box::new(std::io::BufReader::new(file))
        };
        for (i, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{path}:{}: cannot read", i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let piece = ["{\"summary\":", "{\"keyed\":", "{\"partial\":"]
                .iter()
                .any(|p| line.starts_with(p));
            let read = if piece {
                let p = serde_json::from_str(&line)
                    .with_context(|| format!("{path}:{}: not a stage line", i + 1))?;
                Read::Piece(p)
            } else {
                match reckon_reconcile::read_lines(line.as_bytes(), path).next() {
                    Some(Ok(l)) => Read::Claims(l),
                    Some(Err(e)) => bail!("{path}:{}: {e}", i + 1),
                    None => continue,
                }
            };
            f(read)?;
        }
    }
    Ok(())
}

/// Reads the aggregate written by `--stage aggregate`.
fn load_aggregate(path: Option<&Path>) -> anyhow::Result<Aggregate> {
    let path = path.context("this stage needs --aggregate FILE (from --stage aggregate)")?;
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not an aggregate of --stage aggregate",
            path.display()
        )
    })
}

/// Writes one piece as a line.
fn write_piece(out: &mut Output, p: &Piece) -> anyhow::Result<()> {
    serde_json::to_writer(&mut *out, p)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// `reckon reconcile --stage STAGE`.
pub fn run(stage: Stage, args: &ReconcileArgs) -> anyhow::Result<ExitCode> {
    let config = Config {
        event_series: args.event_series,
        ..Config::default()
    };
    let mut out = Output::create(None)?;
    match stage {
        Stage::Summarize | Stage::Resolve => {
            let mut articles = Articles::new();
            read_all(&args.claims, |r| match r {
                Read::Claims(l) => {
                    articles.push_line(l);
                    Ok(())
                }
                Read::Piece(_) => bail!("--stage {stage:?} reads claims.jsonl lines only"),
            })?;
            if stage == Stage::Summarize {
                for s in articles.summarize() {
                    write_piece(&mut out, &Piece::Summary(s))?;
                }
            } else {
                let aggregate = load_aggregate(args.aggregate.as_deref())?;
                let (keyed, partial) = articles.resolve(&config, &aggregate);
                for k in keyed {
                    write_piece(&mut out, &Piece::Keyed(Box::new(k)))?;
                }
                write_piece(&mut out, &Piece::Partial(Box::new(partial)))?;
            }
        }
        Stage::Aggregate => {
            let (mut summaries, mut events, mut duplicates) = (Vec::new(), Vec::new(), Vec::new());
            read_all(&args.claims, |r| {
                match r {
                    Read::Piece(Piece::Summary(s)) => summaries.push(s),
                    Read::Claims(Line::Event(e)) => events.push(e),
                    Read::Claims(Line::Duplicate(d)) => duplicates.push(d),
                    Read::Claims(Line::Claim(_)) => {}
                    Read::Piece(_) => {
                        bail!("--stage aggregate reads summary, event and duplicate lines")
                    }
                }
                Ok(())
            })?;
            let aggregate = Aggregate::build(&config, summaries, events, duplicates);
            serde_json::to_writer(&mut out, &aggregate)?;
            out.write_all(b"\n")?;
        }
        Stage::Check => {
            let aggregate = load_aggregate(args.aggregate.as_deref())?;
            let resolved = args.resolved.as_ref().context(
                "--stage check needs --resolved FILE (the partial lines of --stage resolve)",
            )?;
            let partials = read_partials(&[resolved.to_string_lossy().into_owned()])?;
            let mut keyed: Vec<Keyed> = Vec::new();
            read_all(&args.claims, |r| match r {
                Read::Piece(Piece::Keyed(k)) => {
                    keyed.push(*k);
                    Ok(())
                }
                _ => bail!("--stage check reads keyed lines only"),
            })?;
            let partial = check(&config, &aggregate, Wanted::of(&partials), keyed, |s| {
                reckon_format::write_series_jsonl(&mut out, std::slice::from_ref(&s))
            })?;
            write_piece(&mut out, &Piece::Partial(Box::new(partial)))?;
        }
        Stage::Finalize => {
            let aggregate = load_aggregate(args.aggregate.as_deref())?;
            let result = finalize(aggregate, read_partials(&args.claims)?);
            match &args.out_dir {
                Some(dir) => {
                    std::fs::create_dir_all(dir)
                        .with_context(|| format!("cannot create {}", dir.display()))?;
                    let mut f = Output::create(Some(&dir.join("findings.jsonl")))?;
                    reckon_format::write_findings_jsonl(&mut f, &result.findings)?;
                    f.finish()?;
                    let mut f = Output::create(Some(&dir.join("events.jsonl")))?;
                    reckon_format::write_events_jsonl(&mut f, &result.events)?;
                    f.finish()?;
                }
                None => reckon_format::write_findings_jsonl(&mut out, &result.findings)?,
            }
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The partial lines of some files (other lines are an error).
fn read_partials(paths: &[String]) -> anyhow::Result<Vec<Partial>> {
    let mut partials = Vec::new();
    read_all(paths, |r| match r {
        Read::Piece(Piece::Partial(p)) => {
            partials.push(*p);
            Ok(())
        }
        _ => bail!("expected {{\"partial\": ...}} lines only"),
    })?;
    Ok(partials)
}
