//! The reading commands: `tokenize` and `run`. Glue between the archive, the stages and the output.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, bail};
use reckon_archive::{Archive, Input, Options};
use reckon_text::Document;
use serde::Serialize;

use crate::output::{Checkpoint, Output};

/// Input items between two checkpoints of a run writing to a file.
const CHECKPOINT_EVERY: u32 = 256;
use crate::pipeline::{self, Outcome, StagePanic};
use crate::{InputArgs, RunArgs};

/// `--strict` stopped the run at this article (exit code 1).
#[derive(Debug)]
pub struct StrictStop(pub String);

impl std::fmt::Display for StrictStop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stopped by --strict at: {}", self.0)
    }
}

impl std::error::Error for StrictStop {}

/// Counts for the closing summary. Invariant: `read == written + reported`.
#[derive(Default)]
struct Stats {
    read: u64,
    written: u64,
    reported: u64,
    tokens: u64,
    sentences: u64,
    bytes: u64,
}

/// An input article that could not be read or processed: written in place of its document.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    stage: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    message: String,
}

/// Checks the inputs exist, and builds the archive.
fn open_archive(args: &InputArgs) -> anyhow::Result<Archive> {
    let mut inputs = Vec::new();
    for p in &args.paths {
        let input = Input::parse(p);
        if let Input::Path(path) = &input {
            if std::fs::symlink_metadata(path).is_err() {
                bail!("{p}: no such file or directory");
            }
        }
        inputs.push(input);
    }
    let options = Options {
        max_document_bytes: args.max_article_mib << 20,
        max_line_bytes: args.max_article_mib << 20,
        max_decompressed_bytes: args.max_decompressed_mib << 20,
        text_column: args.text_column.clone(),
        id_column: args.id_column.clone(),
    };
    Ok(Archive::new(inputs, options))
}

fn thread_pool(args: &InputArgs) -> anyhow::Result<rayon::ThreadPool> {
    let mut b = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        b = b.num_threads(n.max(1));
    }
    b.build().context("cannot start worker threads")
}

/// Progress on stderr when it is a terminal, nothing otherwise.
fn progress(args: &InputArgs) -> indicatif::ProgressBar {
    if args.quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} documents  {msg}  [{elapsed}]")
            .expect("valid template"),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// Writes the error record of an outcome that is not a document, and says so on stderr.
fn write_error(out: &mut Output, quiet: bool, rec: &ErrorRecord<'_>) -> anyhow::Result<()> {
    if !quiet {
        eprintln!("reckon: skipped: {}", rec.error.message);
    }
    serde_json::to_writer(&mut *out, rec)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Runs the pipeline with `process` per document and `write` for each processed document,
/// handling errors, accounting and the summary identically for every command.
fn drive<T: Send>(
    args: &InputArgs,
    resume: bool,
    process: impl Fn(&Document) -> Result<T, StagePanic> + Sync,
    mut write: impl FnMut(&mut Output, &Document, &T, &mut Stats) -> anyhow::Result<()>,
) -> anyhow::Result<ExitCode> {
    let archive = open_archive(args)?;
    let pool = thread_pool(args)?;
    let out_path = args
        .output
        .as_deref()
        .filter(|p| p.as_os_str() != "-" && !is_special(p));
    let checkpoint = match (resume, out_path) {
        (true, Some(p)) => Checkpoint::load(p)?,
        _ => None,
    };
    let (mut out, skip) = match (checkpoint, out_path) {
        (Some(c), Some(p)) => {
            if !args.quiet {
                eprintln!(
                    "reckon: resuming after {} input items ({} bytes written)",
                    c.items, c.bytes
                );
            }
            (Output::resume(p, c.bytes)?, c.items)
        }
        _ => (Output::create(args.output.as_deref())?, 0),
    };
    if out_path.is_some() {
        out.keep_partial();
    }
    pipeline::quiet_panics();
    let bar = progress(args);
    let start = Instant::now();
    let mut stats = Stats::default();
    let mut failure: Option<String> = None;
    let mut since_checkpoint = 0u32;
    pipeline::run(archive, skip, &pool, process, |outcome| {
        stats.read += 1;
        bar.inc(1);
        match outcome {
            Outcome::Done(doc, t) => {
                stats.written += 1;
                stats.bytes += doc.text.len() as u64;
                write(&mut out, &doc, &t, &mut stats)?;
            }
            Outcome::Unreadable(e) => {
                stats.reported += 1;
                let loc = e.location();
                let message = e.to_string();
                if args.strict {
                    failure = Some(message.clone());
                }
                let error = ErrorBody {
                    stage: "read",
                    code: e.code(),
                    path: Some(&loc.path),
                    line: loc.line,
                    message,
                };
                write_error(
                    &mut out,
                    args.quiet,
                    &ErrorRecord {
                        id: loc.id.as_deref(),
                        error,
                    },
                )?;
            }
            Outcome::Crashed {
                doc,
                stage,
                message,
            } => {
                stats.reported += 1;
                let message = format!("{}: the {stage} stage failed: {message}", doc.id);
                if args.strict {
                    failure = Some(message.clone());
                }
                let error = ErrorBody {
                    stage,
                    code: "panic",
                    path: None,
                    line: None,
                    message,
                };
                write_error(
                    &mut out,
                    args.quiet,
                    &ErrorRecord {
                        id: Some(&doc.id),
                        error,
                    },
                )?;
            }
        }
        if let Some(f) = failure.take() {
            return Err(StrictStop(f).into());
        }
        since_checkpoint += 1;
        if let Some(p) = out_path {
            if since_checkpoint >= CHECKPOINT_EVERY {
                since_checkpoint = 0;
                out.flush()?;
                Checkpoint {
                    items: skip + stats.read,
                    bytes: out.position(),
                }
                .save(p)?;
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    out.finish()?;
    if let Some(p) = out_path {
        Checkpoint::remove(p);
    }
    if !args.quiet {
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "reckon: {} documents read: {} written, {} reported; {} sentences, {} tokens; {:.1} MB in {:.2} s ({:.1} MB/s){}",
            stats.read,
            stats.written,
            stats.reported,
            stats.sentences,
            stats.tokens,
            stats.bytes as f64 / 1e6,
            secs,
            stats.bytes as f64 / 1e6 / secs.max(1e-9),
            peak_rss_mb()
                .map(|mb| format!("; peak RSS {mb:.0} MB"))
                .unwrap_or_default(),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Test hook: `RECKON_INJECT_PANIC=STAGE:DOC_ID` makes stage `STAGE` panic on document
/// `DOC_ID`, to prove that a crash is contained at the document boundary.
pub fn inject_panic(stage: &str, doc: &Document) {
    static HOOK: std::sync::OnceLock<Option<(String, String)>> = std::sync::OnceLock::new();
    let hook = HOOK.get_or_init(|| {
        let v = std::env::var("RECKON_INJECT_PANIC").ok()?;
        let (s, id) = v.split_once(':')?;
        Some((s.to_owned(), id.to_owned()))
    });
    if let Some((s, id)) = hook {
        if s == stage && *id == doc.id {
            panic!("injected panic (RECKON_INJECT_PANIC) in stage {stage}");
        }
    }
}

/// `reckon tokenize`.
pub fn tokenize(args: &InputArgs) -> anyhow::Result<ExitCode> {
    tokenize_with(args, false)
}

fn tokenize_with(args: &InputArgs, resume: bool) -> anyhow::Result<ExitCode> {
    #[derive(Serialize)]
    struct Record<'a> {
        id: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        date: Option<jiff::civil::Date>,
        #[serde(skip_serializing_if = "Option::is_none")]
        decoded_from: Option<&'a str>,
        sentences: Vec<[u32; 2]>,
        tokens: Vec<(u32, u32, reckon_text::TokenKind)>,
    }
    drive(
        args,
        resume,
        |doc| {
            pipeline::stage("tokenize", || {
                inject_panic("tokenize", doc);
                reckon_text::segment(&doc.text)
            })
        },
        |out, doc, seg, stats| {
            stats.tokens += seg.tokens.len() as u64;
            stats.sentences += seg.sentences.len() as u64;
            let rec = Record {
                id: &doc.id,
                date: doc.date,
                decoded_from: doc.decoded_from.as_deref(),
                sentences: seg
                    .sentences
                    .iter()
                    .map(|s| [s.span.start, s.span.end])
                    .collect(),
                tokens: seg
                    .tokens
                    .iter()
                    .map(|t| (t.span.start, t.span.end, t.kind))
                    .collect(),
            };
            serde_json::to_writer(&mut *out, &rec)?;
            out.write_all(b"\n")?;
            Ok(())
        },
    )
}

/// `reckon run`.
pub fn run(args: &RunArgs) -> anyhow::Result<ExitCode> {
    tokenize_with(&args.input, args.resume)
}

/// Peak resident memory of this process in MB (Linux: `VmHWM` of /proc/self/status).
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// True for an existing path that is not a regular file or folder (a device, a FIFO).
fn is_special(p: &std::path::Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir())
}
