//! `reckon snapshot` and `reckon diff`: glue between the pipeline and `reckon_review`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use reckon_claims::Extractor;
use reckon_entities::Recognizer;
use reckon_review::{DiffReport, GoldenDoc, GoldenWriter, diff_docs, list_golden, read_golden};
use reckon_text::Document;

use crate::output::Output;
use crate::pipeline::StagePanic;
use crate::run::{self, analyse};
use crate::{DiffArgs, InputArgs, SnapshotArgs, TableArgs};

/// The golden form of one document (computed on a worker thread), with its token and sentence
/// counts for the summary.
struct Golden {
    doc: GoldenDoc,
    tokens: usize,
    sentences: usize,
}

fn golden_of(
    doc: &Document,
    recognizer: &Recognizer,
    extractor: &Extractor,
) -> Result<Golden, StagePanic> {
    let a = analyse(doc, recognizer, extractor)?;
    Ok(Golden {
        doc: GoldenDoc::new(doc, &a.seg.sentences, &a.entities, &a.extraction.claims),
        tokens: a.seg.tokens.len(),
        sentences: a.seg.sentences.len(),
    })
}

/// Extracts every document of `input` (with the given lexicon and alias files) and calls `each`
/// with the document's file in the golden folder (claimed in `writer`, so two ids never share a
/// file) and its golden form, in input order.
fn each_golden(
    input: &InputArgs,
    tables: &TableArgs,
    writer: &mut GoldenWriter,
    mut each: impl FnMut(&GoldenWriter, PathBuf, &GoldenDoc) -> anyhow::Result<()>,
) -> anyhow::Result<run::Stats> {
    let (recognizer, extractor) = run::stages(tables)?;
    run::drive_silent(
        input,
        |doc| golden_of(doc, &recognizer, &extractor),
        |_, g, stats| {
            stats.count(g.tokens, g.sentences);
            let rel = writer.claim(&g.doc.id)?;
            each(writer, rel, &g.doc)
        },
    )
}

/// `reckon snapshot`.
pub fn snapshot(args: &SnapshotArgs) -> anyhow::Result<ExitCode> {
    if args.input.output.is_some() {
        bail!("reckon snapshot writes into --golden DIR; -o is not used");
    }
    let dir = &args.golden;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let before = list_golden(dir)?;
    let mut writer = GoldenWriter::new(dir);
    let mut kept = std::collections::BTreeSet::new();
    let mut written = 0u64;
    let stats = each_golden(&args.input, &args.tables, &mut writer, |writer, rel, g| {
        if writer.write(&rel, &g.render())? {
            written += 1;
        }
        kept.insert(rel);
        Ok(())
    })?;
    let stale: Vec<&PathBuf> = before.difference(&kept).collect();
    for rel in &stale {
        writer.remove(rel)?;
    }
    run::summary(&args.input, &stats, "");
    if !args.input.quiet {
        eprintln!(
            "reckon snapshot: {} documents in {}: {written} written, {} unchanged, {} stale files removed",
            kept.len(),
            dir.display(),
            kept.len() as u64 - written,
            stale.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `reckon diff`: against a golden directory, or between two JSONL outputs.
pub fn diff(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let max_blocks = if args.all { usize::MAX } else { args.max_docs };
    let mut report = DiffReport::new(max_blocks);
    let report_out = args.input.output.clone();
    match &args.golden {
        Some(dir) => diff_golden(args, dir, &mut report)?,
        None => {
            if args.accept {
                bail!("--accept needs --golden DIR (it updates the golden files)");
            }
            let [old, new] = args.input.paths.as_slice() else {
                bail!(
                    "reckon diff compares an archive with a golden folder (--golden DIR PATH...) \
                     or two outputs of `reckon run` (OLD.jsonl NEW.jsonl); got {} paths and no --golden",
                    args.input.paths.len()
                );
            };
            diff_jsonl(
                Path::new(old),
                Path::new(new),
                &mut report,
                args.input.quiet,
            )?;
            if !args.text.is_empty() {
                add_context(args, &mut report)?;
            }
        }
    }
    let mut out = Output::create(report_out.as_deref())?;
    if args.json {
        serde_json::to_writer(&mut out, &report.to_json(args.top))?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(report.render(args.top).as_bytes())?;
    }
    out.finish()?;
    if args.accept {
        if report.has_changes() && !args.input.quiet {
            eprintln!(
                "reckon diff: accepted: the golden files in {} now hold this extraction",
                args.golden.as_deref().unwrap_or(Path::new("")).display()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    if report.has_changes() && args.golden.is_some() && !args.input.quiet {
        eprintln!("reckon diff: review the changes above, then take them with --accept");
    }
    Ok(if report.has_changes() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn diff_golden(args: &DiffArgs, dir: &Path, report: &mut DiffReport) -> anyhow::Result<()> {
    if !dir.is_dir() && !args.accept {
        bail!(
            "{}: no such golden folder (create it with `reckon snapshot PATH... --golden {}`)",
            dir.display(),
            dir.display()
        );
    }
    let mut remaining = list_golden(dir)?;
    let mut writer = GoldenWriter::new(dir);
    let stats = each_golden(&args.input, &args.tables, &mut writer, |writer, rel, g| {
        let old = if remaining.remove(&rel) {
            Some(read_golden(dir, &rel)?)
        } else {
            None
        };
        if args.accept {
            writer.write(&rel, &g.render())?;
        }
        report.add(diff_docs(old.as_ref().map(|(o, _)| o), Some(g)));
        Ok(())
    })?;
    for rel in &remaining {
        let (old, _) = read_golden(dir, rel)?;
        report.add(diff_docs(Some(&old), None));
        if args.accept {
            writer.remove(rel)?;
        }
    }
    run::summary(&args.input, &stats, "");
    Ok(())
}

/// Calls `each` with the golden form of every document of one `reckon run` JSONL output, in
/// file order; a repeated id is an error.
fn read_jsonl(path: &Path, quiet: bool, mut each: impl FnMut(GoldenDoc)) -> anyhow::Result<()> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let file = reckon_archive::decompressed(file, u64::MAX)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut seen = std::collections::HashSet::new();
    let mut errors = 0u64;
    for rec in reckon_format::read_records_jsonl(file) {
        let rec = rec.with_context(|| format!("{}: not a `reckon run` record", path.display()))?;
        let Some(rec) = rec else {
            errors += 1;
            continue;
        };
        if !seen.insert(rec.meta.id.clone()) {
            bail!(
                "{}: document id {:?} appears twice",
                path.display(),
                rec.meta.id
            );
        }
        each(GoldenDoc::from_record(&rec));
    }
    if errors > 0 && !quiet {
        eprintln!(
            "reckon diff: {}: {errors} error records (unreadable articles) not compared",
            path.display()
        );
    }
    Ok(())
}

/// Holds the old output in memory (golden form, by id) and streams the new one past it.
fn diff_jsonl(old: &Path, new: &Path, report: &mut DiffReport, quiet: bool) -> anyhow::Result<()> {
    let mut olds = BTreeMap::new();
    read_jsonl(old, quiet, |g| {
        olds.insert(g.id.clone(), g);
    })?;
    read_jsonl(new, quiet, |g| {
        report.add(diff_docs(olds.remove(&g.id).as_ref(), Some(&g)));
    })?;
    for g in olds.values() {
        report.add(diff_docs(Some(g), None));
    }
    Ok(())
}

/// Reads the articles of `--text` and gives the kept changes of a JSONL diff their sentences.
fn add_context(args: &DiffArgs, report: &mut DiffReport) -> anyhow::Result<()> {
    let mut wanted: BTreeMap<String, &mut reckon_review::DocDiff> =
        report.blocks_mut().map(|d| (d.id.clone(), d)).collect();
    if wanted.is_empty() {
        return Ok(());
    }
    let mut input = args.input.clone();
    input.paths = args.text.clone();
    for item in run::open_archive(&input)? {
        let Ok(doc) = item else { continue };
        if let Some(d) = wanted.remove(&doc.meta.id) {
            let seg = reckon_text::segment(&doc.text);
            d.add_context(&doc.text, &seg.sentences);
            if wanted.is_empty() {
                break;
            }
        }
    }
    Ok(())
}
