//! The reading commands: `tokenize` and `run`. Glue between the archive, the stages and the output.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, bail};
use reckon_archive::{Archive, Input, Options};
use reckon_text::Document;
use serde::Serialize;

use crate::dedup_stage::{Checker, CopyOf, Dedup, duplicate_line};
use crate::output::{Checkpoint, Output, RunKey};

/// Input items between two checkpoints of a run writing to a file.
const CHECKPOINT_EVERY: u32 = 256;
use crate::pipeline::{self, Outcome, StagePanic};
use crate::reconcile_cmd::{self, SeriesSink};
use crate::{EntitiesArgs, InputArgs, RunArgs, TableArgs};
use reckon_claims::{Extraction, Extractor, Lexicon};
use reckon_entities::{Entity, Recognizer};
use reckon_events::{Detected, EventRecord};
use reckon_format::{DocRecord, Emit, EntityIndex, ErrorBody, ErrorRecord};
use reckon_reconcile::{ClaimRecord, Config, DuplicateRecord, Line, Reconciliation, Reducer};
use reckon_text::Segmented;
use std::path::Path;

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
pub struct Stats {
    start: Option<Instant>,
    read: u64,
    written: u64,
    reported: u64,
    /// Documents whose id repeated an earlier one's (renamed `ID#2`...).
    duplicates: u64,
    tokens: u64,
    sentences: u64,
    bytes: u64,
    /// Input records read but not documents (WARC requests, metadata, non-HTML responses),
    /// by reason: outside `read`, listed in the summary.
    skipped: std::collections::BTreeMap<String, u64>,
}

impl Stats {
    /// Counts the tokens and sentences of one processed document.
    pub(crate) fn count(&mut self, tokens: usize, sentences: usize) {
        self.tokens += tokens as u64;
        self.sentences += sentences as u64;
    }
}

/// Checks the inputs exist, and builds the archive.
pub(crate) fn open_archive(args: &InputArgs) -> anyhow::Result<Archive> {
    let options = Options {
        max_document_bytes: args.max_article_mib << 20,
        max_line_bytes: args.max_article_mib << 20,
        max_decompressed_bytes: args.max_decompressed_mib << 20,
        text_column: args.text_column.clone(),
        id_column: args.id_column.clone(),
    };
    if args.pipe {
        if args.paths.iter().any(|p| p != "-") {
            bail!("--pipe reads standard input only: give no PATH (or -)");
        }
        return Ok(Archive::from_jsonl_reader("-", std::io::stdin(), options));
    }
    let mut inputs = Vec::new();
    for p in &args.paths {
        let input = Input::parse(p);
        if let Input::Path(path) = &input
            && std::fs::symlink_metadata(path).is_err()
        {
            bail!("{p}: no such file or directory");
        }
        inputs.push(input);
    }
    Ok(Archive::new(inputs, options))
}

pub(crate) fn thread_pool(args: &InputArgs) -> anyhow::Result<rayon::ThreadPool> {
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
fn write_error(out: &mut Output, quiet: bool, rec: &ErrorRecord) -> anyhow::Result<()> {
    if !quiet {
        eprintln!(
            "reckon: skipped: {}",
            reckon_format::terminal_safe(&rec.error.message)
        );
    }
    write_json(out, rec)
}

/// Where a command writes: the main JSONL (documents) and, optionally, a side JSONL (claims)
/// whose position is checkpointed with it.
pub struct Sinks {
    /// The documents output.
    pub main: Output,
    /// The claims output of `--out-dir`.
    pub side: Option<Output>,
}

/// The input options with per-document records sent nowhere: the command writes what it
/// wants elsewhere (golden files, the entity table). Such a command is no line filter, so
/// `--pipe` (hidden from its help) is refused.
fn silent_input(input: &InputArgs) -> anyhow::Result<InputArgs> {
    if input.pipe {
        bail!("--pipe is a filter mode of `reckon run` and `reckon tokenize` only");
    }
    let mut input = input.clone();
    input.output = Some(std::path::PathBuf::from(if cfg!(windows) {
        "NUL"
    } else {
        "/dev/null"
    }));
    Ok(input)
}

/// [`drive`] for a command that writes no per-document records (see [`silent_input`]): no
/// resume, no side output; `write` is given each processed document in input order.
pub(crate) fn drive_silent<T: Send>(
    input: &InputArgs,
    process: impl Fn(&Document) -> Result<T, StagePanic> + Sync,
    mut write: impl FnMut(&Document, &T, &mut Stats) -> anyhow::Result<()>,
) -> anyhow::Result<Stats> {
    drive(
        &silent_input(input)?,
        false,
        None,
        |_| Ok(()),
        process,
        |_, doc, t, stats| write(doc, t, stats),
    )
}

/// What an interrupted run had done when `--resume` continues it.
pub(crate) struct Resumed<'a> {
    /// Input items its checkpoint covers.
    pub items: u64,
    /// The partial main output, of which the first `main_bytes` are kept.
    pub main: &'a Path,
    /// Bytes of the main output kept.
    pub main_bytes: u64,
    /// The side output's bytes kept (empty without a side output).
    pub side: &'a [u8],
}

/// Runs the pipeline with `process` per document and `write` for each processed document,
/// handling errors, accounting, checkpoints and resume identically for every command.
/// `side` is the path of a side output; on resume `replay` is told what the interrupted run
/// had done (and receives the bytes the side output already holds).
pub(crate) fn drive<T: Send>(
    args: &InputArgs,
    resume: bool,
    side: Option<&std::path::Path>,
    replay: impl FnOnce(&Resumed<'_>) -> anyhow::Result<()>,
    process: impl Fn(&Document) -> Result<T, StagePanic> + Sync,
    mut write: impl FnMut(&mut Sinks, &Document, &T, &mut Stats) -> anyhow::Result<()>,
) -> anyhow::Result<Stats> {
    let archive = open_archive(args)?;
    let skip_counts = archive.skip_counts();
    // Every document id is unique in a run: cross-document checks key documents by id.
    let archive = reckon_archive::UniqueIds::new(archive.entries());
    let pool = thread_pool(args)?;
    let out_path = args
        .output
        .as_deref()
        .filter(|p| p.as_os_str() != "-" && !crate::output::is_device(p));
    let key = out_path.map(|_| run_key(args));
    let checkpoint = match (resume, out_path) {
        (true, Some(p)) => Checkpoint::load(p)?,
        _ => None,
    };
    if let (Some(c), Some(p), Some(key)) = (&checkpoint, out_path, &key) {
        let why = match &c.key {
            None => Some(
                "its journal records no inputs or options (an older reckon wrote it)".to_owned(),
            ),
            Some(was) => key.differs_from(was),
        };
        if let Some(why) = why {
            bail!(
                "cannot resume {}: {why}; run without --resume to start over",
                p.display()
            );
        }
    }
    let (mut sinks, skip) = match (checkpoint, out_path) {
        (Some(c), Some(p)) => {
            if !args.quiet {
                eprintln!(
                    "reckon: resuming after {} input items ({} bytes written)",
                    c.items, c.bytes
                );
            }
            // refuses a partial output shorter than its journal before anything reads it
            let main = Output::resume(p, c.bytes)?;
            let mut prefix = Vec::new();
            if let Some(sp) = side {
                prefix = std::fs::read(crate::output::partial_path(sp)).with_context(|| {
                    format!("cannot resume: the partial {} is missing", sp.display())
                })?;
                prefix.truncate(c.side_bytes as usize);
            }
            replay(&Resumed {
                items: c.items,
                main: &crate::output::partial_path(p),
                main_bytes: c.bytes,
                side: &prefix,
            })?;
            let side = side
                .map(|sp| Output::resume(sp, c.side_bytes))
                .transpose()?;
            (Sinks { main, side }, c.items)
        }
        _ => {
            let side = side.map(|sp| Output::create(Some(sp))).transpose()?;
            (
                Sinks {
                    main: Output::create(args.output.as_deref())?,
                    side,
                },
                0,
            )
        }
    };
    if out_path.is_some() {
        sinks.main.keep_partial();
        if let Some(s) = &mut sinks.side {
            s.keep_partial();
        }
    }
    pipeline::quiet_panics();
    let bar = progress(args);
    let mut stats = Stats {
        start: Some(Instant::now()),
        ..Stats::default()
    };
    let mut failure: Option<String> = None;
    let mut since_checkpoint = 0u32;
    let result = pipeline::run(archive, skip, &pool, process, |outcome| {
        // An empty standard input (an empty Spark partition) is no line, hence no record.
        if let Outcome::Unreadable(reckon_archive::Error::EmptyFile(_)) = &outcome
            && args.pipe
        {
            return Ok(());
        }
        stats.read += 1;
        bar.inc(1);
        match outcome {
            Outcome::Done(doc, t) => {
                stats.written += 1;
                if let Some(original) = doc.meta.extra.get(reckon_archive::DUPLICATE_OF) {
                    stats.duplicates += 1;
                    if !args.quiet {
                        eprintln!(
                            "reckon: duplicate id {}: kept as {}",
                            reckon_format::terminal_safe(original.as_str().unwrap_or_default()),
                            reckon_format::terminal_safe(&doc.meta.id)
                        );
                    }
                }
                stats.bytes += doc.text.len() as u64;
                write(&mut sinks, &doc, &t, &mut stats)?;
            }
            Outcome::Unreadable(e) => {
                stats.reported += 1;
                let loc = e.location();
                let message = e.to_string();
                if args.strict {
                    failure = Some(message.clone());
                }
                let error = ErrorBody {
                    stage: "read".to_owned(),
                    code: e.code().to_owned(),
                    path: Some(loc.path.clone()),
                    line: loc.line,
                    message,
                };
                let id = loc.id.clone();
                write_error(&mut sinks.main, args.quiet, &ErrorRecord { id, error })?;
            }
            Outcome::Crashed {
                doc,
                stage,
                message,
            } => {
                stats.reported += 1;
                let message = format!("{}: the {stage} stage failed: {message}", doc.meta.id);
                if args.strict {
                    failure = Some(message.clone());
                }
                let error = ErrorBody {
                    stage: stage.to_owned(),
                    code: "panic".to_owned(),
                    path: None,
                    line: None,
                    message,
                };
                write_error(
                    &mut sinks.main,
                    args.quiet,
                    &ErrorRecord {
                        id: Some(doc.meta.id),
                        error,
                    },
                )?;
            }
        }
        if let Some(f) = failure.take() {
            return Err(StrictStop(f).into());
        }
        since_checkpoint += 1;
        if let Some(p) = out_path
            && since_checkpoint >= CHECKPOINT_EVERY
        {
            since_checkpoint = 0;
            sinks.main.flush()?;
            let mut side_bytes = 0;
            if let Some(s) = &mut sinks.side {
                s.flush()?;
                side_bytes = s.position();
            }
            Checkpoint {
                items: skip + stats.read,
                bytes: sinks.main.position(),
                side_bytes,
                key: key.clone(),
            }
            .save(p)?;
        }
        Ok(())
    });
    if let Err(e) = result {
        if e.downcast_ref::<StrictStop>().is_some() {
            // Resuming would stop at the same article: leave no partial file or journal.
            sinks.main.discard();
            if let Some(s) = sinks.side {
                s.discard();
            }
            if let Some(p) = out_path {
                Checkpoint::remove(p);
            }
        }
        return Err(e);
    }
    bar.finish_and_clear();
    stats.skipped = skip_counts.snapshot();
    sinks.main.finish()?;
    if let Some(s) = sinks.side {
        s.finish()?;
    }
    if let Some(p) = out_path {
        Checkpoint::remove(p);
    }
    Ok(stats)
}

/// The key of a run writing to a file: its inputs with their sizes, and the options that
/// change its output (the shared reading options and the command's own `run_options`).
fn run_key(args: &InputArgs) -> RunKey {
    let inputs = args.paths.iter().map(|p| describe_input(p)).collect();
    let mut options: std::collections::BTreeMap<String, String> = [
        ("--max-article-mib", args.max_article_mib.to_string()),
        (
            "--max-decompressed-mib",
            args.max_decompressed_mib.to_string(),
        ),
        ("--text-column", args.text_column.clone()),
        ("--id-column", args.id_column.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    options.extend(args.run_options.iter().cloned());
    RunKey { inputs, options }
}

/// One input as the journal records it: its path and size (a folder: how many article files
/// it holds and their total size).
fn describe_input(p: &str) -> String {
    if p == "-" {
        return "standard input".to_owned();
    }
    match std::fs::metadata(p) {
        Err(e) => format!("{p} (unreadable: {e})"),
        Ok(m) if m.is_dir() => {
            let (mut files, mut bytes) = (0u64, 0u64);
            for entry in walkdir::WalkDir::new(p)
                .follow_links(true)
                .into_iter()
                .flatten()
            {
                if entry.file_type().is_file() && Archive::is_article_file(entry.path()) {
                    files += 1;
                    bytes += entry.metadata().map_or(0, |m| m.len());
                }
            }
            format!("{p} (folder: {files} article files, {bytes} bytes)")
        }
        Ok(m) => format!("{p} ({} bytes)", m.len()),
    }
}

/// A file the user hashes into the run key (a lexicon, an alias table): its path and size
/// and a hash of its content, or `(none)`.
pub(crate) fn describe_file(p: Option<&Path>) -> String {
    match p {
        None => "(none)".to_owned(),
        Some(p) => match std::fs::read(p) {
            Ok(bytes) => format!(
                "{} ({} bytes, xxh3 {:016x})",
                p.display(),
                bytes.len(),
                xxhash_rust::xxh3::xxh3_64(&bytes)
            ),
            Err(e) => format!("{} (unreadable: {e})", p.display()),
        },
    }
}

/// Prints the closing summary line on stderr.
pub(crate) fn summary(args: &InputArgs, stats: &Stats, extra: &str) {
    if args.quiet {
        return;
    }
    let secs = stats.start.map_or(0.0, |s| s.elapsed().as_secs_f64());
    let duplicates = if stats.duplicates > 0 {
        format!(
            " ({} with a duplicate id, renamed ID#2...)",
            stats.duplicates
        )
    } else {
        String::new()
    };
    eprintln!(
        "reckon: {} documents read: {} written{duplicates}, {} reported{}; {} sentences, {} tokens{extra}; {:.1} MB in {:.2} s ({:.1} MB/s){}",
        stats.read,
        stats.written,
        stats.reported,
        skipped_summary(&stats.skipped),
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

/// `; N records skipped (request 3, metadata 3)`, or nothing when none were.
fn skipped_summary(skipped: &std::collections::BTreeMap<String, u64>) -> String {
    if skipped.is_empty() {
        return String::new();
    }
    let total: u64 = skipped.values().sum();
    let parts: Vec<String> = skipped.iter().map(|(k, n)| format!("{k} {n}")).collect();
    format!("; {total} records skipped ({})", parts.join(", "))
}

/// Splits `text` off an `--emit` list: the article text is added by the CLI to the record
/// (`all` does not include it, so existing outputs keep their shape).
fn emit_text(list: &str) -> (String, bool) {
    let mut text = false;
    let rest: Vec<&str> = list
        .split(',')
        .filter(|p| {
            let is_text = p.trim() == "text";
            text |= is_text;
            !is_text
        })
        .collect();
    (rest.join(","), text)
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
    if let Some((s, id)) = hook
        && s == stage
        && *id == doc.meta.id
    {
        panic!("injected panic (RECKON_INJECT_PANIC) in stage {stage}");
    }
}

/// `--pipe` implies `--quiet`: a filter writes records, nothing else.
fn quiet_if_piped(args: &InputArgs) -> InputArgs {
    let mut args = args.clone();
    args.quiet |= args.pipe;
    args
}

/// `reckon tokenize`.
pub fn tokenize(args: &InputArgs) -> anyhow::Result<ExitCode> {
    let args = &quiet_if_piped(args);
    let emit = Emit {
        tokens: true,
        sentences: true,
        ..Emit::default()
    };
    let stats = drive(
        args,
        false,
        None,
        |_| Ok(()),
        |doc| {
            pipeline::stage("tokenize", || {
                inject_panic("tokenize", doc);
                reckon_text::segment(&doc.text)
            })
        },
        |sinks, doc, seg, stats| {
            stats.tokens += seg.tokens.len() as u64;
            stats.sentences += seg.sentences.len() as u64;
            write_json(
                &mut sinks.main,
                &DocRecord::new(doc, emit, Some(seg), None, None),
            )
        },
    )?;
    summary(args, &stats, "");
    Ok(ExitCode::SUCCESS)
}

fn write_json(out: &mut Output, value: &impl Serialize) -> anyhow::Result<()> {
    reckon_format::write_line(out, value)?;
    Ok(())
}

/// A document record with the article text (`--emit text`) and its claims.jsonl records
/// (`reckon run --claim-records`).
#[derive(Serialize)]
struct WithClaimRecords<'a> {
    #[serde(flatten)]
    doc: &'a DocRecord,
    /// The earlier document this one repeats (reckon-dedup), when it is a copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    copy_of: Option<CopyOf<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    /// The document's lines of claims.jsonl, in file order: its article events, then its
    /// claims.
    #[serde(skip_serializing_if = "Option::is_none")]
    claim_records: Option<Vec<ClaimsLine<'a>>>,
}

/// One line of claims.jsonl, either kind, serialised as the file holds it.
#[derive(Serialize)]
#[serde(untagged)]
enum ClaimsLine<'a> {
    Event(&'a EventRecord),
    Claim(&'a ClaimRecord),
    Duplicate(&'a DuplicateRecord),
}

/// What `reckon run` computes per document.
pub(crate) struct Analysis {
    pub seg: Segmented,
    pub entities: Vec<Entity>,
    pub extraction: Extraction,
    /// The article's events and which claim is about which.
    pub events: Detected,
}

/// The lines of `claims.jsonl` for one analysed document: its article events (each an
/// [`EventRecord`]) and its claims, each claim naming the event it is about.
pub(crate) fn claim_lines(doc: &Document, a: &Analysis) -> (Vec<EventRecord>, Vec<ClaimRecord>) {
    let events = a
        .events
        .events
        .iter()
        .map(|e| EventRecord {
            doc_id: doc.meta.id.clone(),
            doc_date: doc.meta.date,
            source: doc.meta.source.clone(),
            event: e.clone(),
        })
        .collect();
    let mut claims = ClaimRecord::from_extraction(doc, &a.extraction);
    for (c, e) in claims.iter_mut().zip(&a.events.claim_event) {
        c.event = *e;
    }
    (events, claims)
}

/// The per-document stages, each behind its own panic boundary.
pub(crate) fn analyse(
    doc: &Document,
    recognizer: &Recognizer,
    extractor: &Extractor,
) -> Result<Analysis, StagePanic> {
    let seg = pipeline::stage("tokenize", || {
        inject_panic("tokenize", doc);
        reckon_text::segment(&doc.text)
    })?;
    let entities = pipeline::stage("entities", || {
        inject_panic("entities", doc);
        recognizer.recognize_with_descriptions(doc, &seg)
    })?;
    let extraction = pipeline::stage("claims", || {
        inject_panic("claims", doc);
        extractor.extract(doc, &seg, &entities)
    })?;
    let events = pipeline::stage("events", || {
        inject_panic("events", doc);
        reckon_events::detect(doc, &seg, &entities, &extraction)
    })?;
    Ok(Analysis {
        seg,
        entities,
        extraction,
        events,
    })
}

/// Builds the extraction stages from the user's lexicon and alias files.
pub fn stages(tables: &TableArgs) -> anyhow::Result<(Recognizer, Extractor)> {
    let recognizer = match tables.aliases.as_deref() {
        Some(p) => Recognizer::with_aliases(
            reckon_entities::Aliases::from_path(p)
                .with_context(|| format!("cannot load aliases {}", p.display()))?,
        ),
        None => Recognizer::new(),
    };
    let extractor = match tables.lexicon.as_deref() {
        Some(p) => Extractor::with_lexicon(
            Lexicon::default_with(p)
                .with_context(|| format!("cannot load lexicon {}", p.display()))?,
        ),
        None => Extractor::new(),
    };
    Ok((recognizer, extractor))
}

/// Where the claims.jsonl lines of a run go: the reducer (when reconciling) and the claims
/// tables (with --out-dir), one line at a time.
struct Reduce {
    reducer: Option<Reducer>,
    tables: Option<reconcile_cmd::ClaimTables>,
    /// What a failed spill is reported with.
    hint: String,
}

impl Reduce {
    fn push(&mut self, line: Line) -> anyhow::Result<()> {
        if let (Some(t), Line::Claim(c)) = (&mut self.tables, &line) {
            t.write(c)?;
        }
        if let Some(r) = &mut self.reducer {
            r.push_line(line).with_context(|| self.hint.clone())?;
        }
        Ok(())
    }
}

/// `reckon run`.
pub fn run(args: &RunArgs) -> anyhow::Result<ExitCode> {
    let (emit, emit_text) = emit_text(&args.emit);
    let emit = Emit::parse(&emit).map_err(anyhow::Error::msg)?;
    if args.input.pipe && (args.out_dir.is_some() || args.html.is_some() || args.resume) {
        bail!("--pipe writes records on standard output only: no --out-dir, --html or --resume");
    }
    let args = &RunArgs {
        input: quiet_if_piped(&args.input),
        ..args.clone()
    };
    if args.resume && args.input.output.is_none() && args.out_dir.is_none() {
        anyhow::bail!(
            "--resume needs -o FILE or --out-dir DIR: the checkpoint lives next to the output"
        );
    }
    let (recognizer, extractor) = stages(&args.tables)?;
    let mut input = args.input.clone();
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        if input.output.is_none() {
            input.output = Some(dir.join("documents.jsonl"));
        }
    }
    if let Some(html) = &args.html {
        check_parent(html)?;
    }
    input.run_options = vec![
        ("command".to_owned(), "run".to_owned()),
        ("--emit".to_owned(), args.emit.clone()),
        (
            "--lexicon".to_owned(),
            describe_file(args.tables.lexicon.as_deref()),
        ),
        (
            "--aliases".to_owned(),
            describe_file(args.tables.aliases.as_deref()),
        ),
        ("--claim-records".to_owned(), args.claim_records.to_string()),
        (
            "--out-dir".to_owned(),
            args.out_dir
                .as_ref()
                .map_or_else(|| "(none)".to_owned(), |d| d.display().to_string()),
        ),
    ];
    input.run_options.extend(Dedup::run_options(args));
    let (dedup, checker) = Dedup::of_run(args)?.unzip();
    let checker = std::cell::RefCell::new(checker);
    let side = args.out_dir.as_ref().map(|d| d.join("claims.jsonl"));
    // A run whose result nobody will read (no --out-dir, no --html, no terminal report) skips
    // reconciliation; otherwise claims go to a reducer that holds at most --max-memory of
    // them (the rest spilled to disk), and to the claims tables as they come.
    let reconciling = args.out_dir.is_some()
        || args.html.is_some()
        || (!args.input.quiet && std::io::stderr().is_terminal());
    let config = Config {
        event_series: args.event_series,
        ..Config::default()
    };
    let reduce = std::cell::RefCell::new(Reduce {
        reducer: reconciling.then(|| reconcile_cmd::reducer(config, &args.memory)),
        tables: args
            .out_dir
            .as_deref()
            .map(reconcile_cmd::ClaimTables::create)
            .transpose()?,
        hint: reconcile_cmd::spill_hint(&args.memory),
    });
    let mut index = EntityIndex::default();
    let mut entities_seen = 0u64;
    let mut claims_extracted = 0usize;
    let stats = drive(
        &input,
        args.resume,
        side.as_deref(),
        |resumed| {
            // claims written before an interruption come first, as in an uninterrupted run
            for line in reckon_reconcile::read_lines(resumed.side, "claims.jsonl") {
                reduce
                    .borrow_mut()
                    .push(line.context("cannot replay the partial claims.jsonl")?)?;
            }
            match (&dedup, checker.borrow_mut().as_mut()) {
                (Some(d), Some(c)) => d.rebuild(c, &input, resumed),
                _ => Ok(()),
            }
        },
        |doc| {
            let a = analyse(doc, &recognizer, &extractor)?;
            let fp = dedup.as_ref().map(|d| d.fingerprint(doc)).transpose()?;
            Ok((a, fp))
        },
        |sinks, doc, (a, fp), stats| {
            let copy = match (checker.borrow_mut().as_mut(), fp) {
                (Some(c), Some(fp)) => c.check(doc, fp),
                _ => None,
            };
            stats.tokens += a.seg.tokens.len() as u64;
            stats.sentences += a.seg.sentences.len() as u64;
            entities_seen += a.entities.len() as u64;
            let rec = DocRecord::new(
                doc,
                emit,
                Some(&a.seg),
                Some(&a.entities),
                Some(&a.extraction),
            );
            let copy_line = copy.as_ref().map(|dup| duplicate_line(doc, dup));
            if args.claim_records || emit_text || copy.is_some() {
                let lines = (args.claim_records && copy.is_none()).then(|| claim_lines(doc, a));
                let claim_records = match &copy_line {
                    Some(line) => args
                        .claim_records
                        .then(|| vec![ClaimsLine::Duplicate(line)]),
                    None => lines.as_ref().map(|(e, c)| {
                        e.iter()
                            .map(ClaimsLine::Event)
                            .chain(c.iter().map(ClaimsLine::Claim))
                            .collect::<Vec<_>>()
                    }),
                };
                write_json(
                    &mut sinks.main,
                    &WithClaimRecords {
                        doc: &rec,
                        copy_of: copy.as_ref().map(CopyOf::of),
                        text: emit_text.then_some(doc.text.as_str()),
                        claim_records,
                    },
                )?;
            } else {
                write_json(&mut sinks.main, &rec)?;
            }
            if args.html.is_some() {
                index.add(&doc.meta.id, &a.entities);
            }
            claims_extracted += a.extraction.claims.len();
            if reconciling && let Some(line) = copy_line {
                if let Some(side) = &mut sinks.side {
                    write_json(side, &line)?;
                }
                reduce.borrow_mut().push(Line::Duplicate(line))?;
            } else if reconciling {
                let (events, claims) = claim_lines(doc, a);
                let mut reduce = reduce.borrow_mut();
                // a document's events come before its claims (`reckon reconcile` reads both)
                for e in events {
                    if let Some(side) = &mut sinks.side {
                        write_json(side, &e)?;
                    }
                    reduce.push(Line::Event(e))?;
                }
                for c in claims {
                    if let Some(side) = &mut sinks.side {
                        write_json(side, &c)?;
                    }
                    reduce.push(Line::Claim(Box::new(c)))?;
                }
            }
            Ok(())
        },
    )?;
    let Reduce {
        reducer, tables, ..
    } = reduce.into_inner();
    if let Some(t) = tables {
        t.finish()?;
    }
    let terminal = !args.input.quiet && std::io::stderr().is_terminal();
    let (result, series) = match reducer {
        Some(r) => {
            let dir = args.out_dir.as_deref();
            let sink = SeriesSink::new(dir, false, args.html.is_some() || terminal)?;
            let (result, series, _) = reconcile_cmd::reduce(r, sink, dir, args.input.quiet)?;
            (result, series)
        }
        None => (Reconciliation::default(), 0),
    };
    if let Some(html) = &args.html {
        write_html(html, &result, &index)?;
    }
    let reconciled = if reconciling {
        format!(
            "{} events, {series} series, {} findings",
            result.events.len(),
            result.findings.len()
        )
    } else {
        "not reconciled (no --out-dir or --html)".to_owned()
    };
    summary(
        &args.input,
        &stats,
        &format!(
            "; {entities_seen} entity mentions, {claims_extracted} claims, {reconciled}{}",
            checker
                .borrow()
                .as_ref()
                .map(Checker::summary)
                .unwrap_or_default()
        ),
    );
    if terminal {
        let o = reckon_format::TerminalOptions::detect(true);
        eprint!("{}", reckon_format::render_terminal(&result, &o));
    }
    Ok(ExitCode::SUCCESS)
}

/// `reckon entities`.
pub fn entities(args: &EntitiesArgs) -> anyhow::Result<ExitCode> {
    let (recognizer, _) = stages(&TableArgs {
        lexicon: None,
        aliases: args.aliases.clone(),
    })?;
    let mut table = reckon_entities::EntityTable::new();
    // The per-document records are not wanted here: only the table at the end.
    let stats = drive_silent(
        &args.input,
        |doc| {
            let seg = pipeline::stage("tokenize", || reckon_text::segment(&doc.text))?;
            pipeline::stage("entities", || {
                recognizer.recognize_with_descriptions(doc, &seg)
            })
        },
        |_, ents, _| {
            table.add_document(ents);
            Ok(())
        },
    )?;
    let rows = table.sorted();
    let n = if args.top == 0 {
        rows.len()
    } else {
        args.top.min(rows.len())
    };
    write_table(&args.input, args.json, &rows[..n], |out, rows| {
        writeln!(
            out,
            "{:<40} {:<11} {:>9} {:>9}  id",
            "entity", "label", "mentions", "documents"
        )?;
        for row in rows {
            writeln!(
                out,
                "{:<40} {:<11} {:>9} {:>9}  {}",
                truncate(&row.canonical, 40),
                row.label.as_str(),
                row.mentions,
                row.documents,
                row.id
            )?;
        }
        Ok(())
    })?;
    summary(
        &args.input,
        &stats,
        &format!("; {} distinct entities", rows.len()),
    );
    Ok(ExitCode::SUCCESS)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}

/// `reckon events`.
pub fn events(args: &crate::EventsArgs) -> anyhow::Result<ExitCode> {
    let (recognizer, extractor) = stages(&args.tables)?;
    let mut records: Vec<EventRecord> = Vec::new();
    let stats = drive_silent(
        &args.input,
        |doc| analyse(doc, &recognizer, &extractor),
        |doc, a, stats| {
            stats.count(a.seg.tokens.len(), a.seg.sentences.len());
            records.extend(claim_lines(doc, a).0);
            Ok(())
        },
    )?;
    let linked = reckon_events::link(&records);
    let events: Vec<&reckon_events::Event> = linked
        .events
        .iter()
        .filter(|e| e.documents.len() >= args.min_documents)
        .collect();
    write_table(&args.input, args.json, &events, |out, events| {
        out.write_all(reckon_format::render_events(events).as_bytes())
    })?;
    summary(
        &args.input,
        &stats,
        &format!("; {} events", linked.events.len()),
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes the table a command made of the whole input to its `-o FILE` (standard output
/// without one): one JSON line per row with `--json`, else the text `render` writes.
fn write_table<R: Serialize>(
    input: &InputArgs,
    json: bool,
    rows: &[R],
    render: impl FnOnce(&mut Output, &[R]) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let mut out = Output::create(input.output.as_deref())?;
    if json {
        for row in rows {
            write_json(&mut out, row)?;
        }
    } else {
        render(&mut out, rows)?;
    }
    out.finish()?;
    Ok(())
}

/// Fails at once when the folder an output file goes to does not exist, rather than after the
/// whole run.
pub(crate) fn check_parent(path: &Path) -> anyhow::Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = parent
        && !dir.is_dir()
    {
        bail!(
            "cannot write {}: the folder {} does not exist",
            path.display(),
            dir.display()
        );
    }
    Ok(())
}

pub(crate) fn write_html(
    path: &Path,
    r: &Reconciliation,
    index: &EntityIndex,
) -> anyhow::Result<()> {
    let mut out = Output::create(Some(path))?;
    out.write_all(
        reckon_format::render_html(r, index, &reckon_format::HtmlOptions::default()).as_bytes(),
    )?;
    out.finish()
}

/// Peak resident memory of this process in MB (Linux: `VmHWM` of /proc/self/status).
pub(crate) fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
