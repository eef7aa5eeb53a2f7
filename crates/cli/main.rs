//! `reckon`: the command line. Definitions and glue only; every stage lives in a library crate.

mod dedup_stage;
mod duplicates;
mod golden;
mod output;
mod pipeline;
mod reconcile_cmd;
mod run;
mod stage_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// mimalloc, not the system's allocator: the per-article stages allocate many small vectors and
/// strings, and on glibc malloc and free were 6% of a run's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn archives of news articles into checked facts.
///
/// reckon reads folders of .txt articles, JSONL files (optionally gzip- or zstd-compressed) or
/// standard input, and extracts tokens, named entities and numeric claims, then reconciles the
/// claims of the whole archive into time series and flags the contradictions.
#[derive(Parser)]
#[command(
    name = "reckon",
    version,
    propagate_version = true,
    max_term_width = 100
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Split each article into sentences and tokens, with byte spans, as JSONL.
    ///
    /// One line per document: its id, date, sentences and tokens (start/end byte offsets into
    /// the article text, and the token kind).
    ///
    /// Example: reckon tokenize examples/archive | head -c 400
    Tokenize(InputArgs),
    /// The main job: tokens, entities and numeric claims of every article, as JSONL.
    ///
    /// Writes one JSON record per input article, in input order (a document, or an error record
    /// saying why it could not be read), to standard output or -o FILE, and a one-line summary
    /// to stderr.
    ///
    /// Example: reckon run examples/archive --out-dir out --html out/report.html
    Run(RunArgs),
    /// Reconcile claims extracted earlier (the claims.jsonl of `reckon run --out-dir`), from one
    /// or many shards, into series and findings.
    ///
    /// The result is the same whatever the order or sharding of the input. Prints the report on
    /// stdout (or series and findings JSONL with --json), and writes files with --out-dir.
    ///
    /// Example: reckon reconcile out/claims.jsonl --out-dir out --html out/report.html
    Reconcile(ReconcileArgs),
    /// List the entities of an archive: canonical name, label, mentions and documents.
    ///
    /// Example: reckon entities examples/archive --top 20
    Entities(EntitiesArgs),
    /// List the events of an archive (a shooting, a storm, a vote): kind, date or window,
    /// place, the articles that report it and its figures with their reconciled values.
    ///
    /// Example: reckon events examples/archive
    Events(EventsArgs),
    /// List the articles whose text repeats an earlier article's: exactly (the same words) or
    /// nearly (a syndicated copy with a dateline or credit line added: 90% of the shorter
    /// text's 5-word shingles in the other). One line each: id, the earlier id, exact or near,
    /// the overlap.
    ///
    /// Example: reckon duplicates archive.jsonl.gz --json
    Duplicates(DuplicatesArgs),
    /// Write the extraction of every article to a golden folder: one small text file per
    /// document, one entity or claim a line with its sentence, for review in a pull request.
    ///
    /// Files are named after the document ids (`outlet/article.txt.golden`); golden files of
    /// documents no longer in the archive are removed.
    ///
    /// Example: reckon snapshot examples/archive --golden tests/golden/sample
    Snapshot(SnapshotArgs),
    /// Show what an extraction change does: re-run extraction and compare it with a golden
    /// folder, or compare two outputs of `reckon run`.
    ///
    /// Prints counts by kind of change (appeared, disappeared, value, bounds, label, frame,
    /// extent), the most frequent changes, then per document each change with its sentence.
    /// Exit code 0 when nothing changed, 1 when something did, 2 on errors. --accept writes the
    /// new extraction into the golden folder (and exits 0).
    ///
    /// Example: reckon diff --golden tests/golden/sample examples/archive --lexicon my-lexicon.json
    ///
    /// Example: reckon diff old/documents.jsonl new/documents.jsonl.gz  (gzip or zstd is detected)
    Diff(DiffArgs),
}

/// Options of `reckon snapshot`.
#[derive(Args, Clone)]
#[command(mut_arg("pipe", |a| a.hide(true)))]
pub struct SnapshotArgs {
    /// Inputs and shared options.
    #[command(flatten)]
    pub input: InputArgs,
    /// The golden folder to write (created if needed).
    #[arg(long, value_name = "DIR", required = true)]
    pub golden: PathBuf,
    /// The user's lexicon and alias files.
    #[command(flatten)]
    pub tables: TableArgs,
}

/// Options of `reckon diff`.
#[derive(Args, Clone)]
#[command(mut_arg("pipe", |a| a.hide(true)))]
pub struct DiffArgs {
    /// Inputs (archive paths with --golden; else OLD.jsonl NEW.jsonl) and shared options; -o
    /// writes the report to a file.
    #[command(flatten)]
    pub input: InputArgs,
    /// Compare the extraction of PATH... with this golden folder (from `reckon snapshot`).
    #[arg(long, value_name = "DIR")]
    pub golden: Option<PathBuf>,
    /// Update the golden folder to the new extraction (write changed and new documents, remove
    /// gone ones); exit 0.
    #[arg(long)]
    pub accept: bool,
    /// Print the report as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Per-document blocks to show (the first changed documents by id).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub max_docs: usize,
    /// Show every changed document.
    #[arg(long)]
    pub all: bool,
    /// How many of the most frequent changes to list.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// The articles of OLD.jsonl and NEW.jsonl (repeat for several paths), to show each change
    /// of a JSONL diff with its sentence (their records carry no text).
    #[arg(long, value_name = "PATH")]
    pub text: Vec<String>,
    /// The user's lexicon and alias files.
    #[command(flatten)]
    pub tables: TableArgs,
}

/// Options of `reckon reconcile`.
#[derive(Args, Clone)]
pub struct ReconcileArgs {
    /// claims.jsonl files (from `reckon run --out-dir`), or - for standard input; with
    /// --state, the batch to add (none: the state's result again).
    #[arg(required_unless_present = "state", value_name = "CLAIMS")]
    pub claims: Vec<String>,
    /// A reconcile state folder (made when missing or empty): the claims given are added to
    /// the batches it holds and all are reconciled together, without the older claims files.
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// The archive a --state folder belongs to: recorded when the state is made, and a state
    /// of another archive is refused.
    #[arg(long, value_name = "NAME", requires = "state")]
    pub archive: Option<String>,
    /// Write series.jsonl, findings.jsonl, series.csv, claims.csv (and claims.parquet) here.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Write a self-contained HTML report.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Print {"series": ...} and {"finding": ...} JSON lines on stdout instead of the report.
    #[arg(long)]
    pub json: bool,
    /// One series per event that several articles report (figures compared as one
    /// happening's): off by default, since on real news the event linking still joins reports
    /// of different happenings (see crates/reconcile/README.md).
    #[arg(long)]
    pub event_series: bool,
    /// Memory of reconciliation.
    #[command(flatten)]
    pub memory: MemoryArgs,
    /// Run one stage of a distributed reduce (JSON lines in, JSON lines out on stdout), for a
    /// runner that pipes partitions through reckon: summarize, then aggregate (in one place),
    /// resolve, check, then finalize (in one place). See docs/scale.md.
    #[arg(long, value_enum, value_name = "STAGE", conflicts_with = "state")]
    pub stage: Option<stage_cmd::Stage>,
    /// The aggregate (the output of --stage aggregate) for --stage resolve, check and finalize.
    #[arg(long, value_name = "FILE")]
    pub aggregate: Option<PathBuf>,
    /// The partial lines of --stage resolve, gathered, for --stage check.
    #[arg(long, value_name = "FILE")]
    pub resolved: Option<PathBuf>,
}

/// How much memory reconciliation may hold, and where the rest goes.
#[derive(Args, Clone)]
pub struct MemoryArgs {
    /// Claims held in memory by reconciliation before they are spilled to disk in sorted runs
    /// (bytes, or with a suffix: 64M, 1G); the result is the same, memory stays near this.
    #[arg(long, value_name = "SIZE", default_value = "1G", value_parser = parse_size)]
    pub max_memory: usize,
    /// The folder spilled runs go to (a temporary folder inside it, removed at the end);
    /// the system's temporary folder by default.
    #[arg(long, value_name = "DIR")]
    pub spill_dir: Option<PathBuf>,
}

/// A size in bytes: a number with an optional K, M, G or T suffix (powers of 1024; a
/// trailing B or iB is allowed: 64M, 64MB, 64MiB).
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (digits, shift) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let shift = match c.to_ascii_uppercase() {
                'K' => 10,
                'M' => 20,
                'G' => 30,
                'T' => 40,
                _ => return Err(format!("unknown size suffix in {s:?} (K, M, G or T)")),
            };
            (&t[..i], shift)
        }
        _ => (t, 0),
    };
    let n: usize = digits
        .trim()
        .parse()
        .map_err(|_| format!("not a size: {s:?} (a number with K, M, G or T: 64M, 1G)"))?;
    n.checked_mul(1usize << shift)
        .ok_or_else(|| format!("size {s:?} is too large"))
}

/// Options of `reckon events`.
#[derive(Args, Clone)]
#[command(mut_arg("pipe", |a| a.hide(true)))]
pub struct EventsArgs {
    /// Inputs and shared options.
    #[command(flatten)]
    pub input: InputArgs,
    /// JSON lines (one event a line, as in events.jsonl) instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Events reported by fewer articles than this are not listed.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_documents: usize,
    /// The user's lexicon and alias files.
    #[command(flatten)]
    pub tables: TableArgs,
}

/// Options of `reckon duplicates`.
#[derive(Args, Clone)]
#[command(mut_arg("pipe", |a| a.hide(true)))]
pub struct DuplicatesArgs {
    /// Inputs and shared options.
    #[command(flatten)]
    pub input: InputArgs,
    /// JSON lines (`id`, `duplicate_of`, `exact`, `overlap`) instead of tab-separated lines.
    #[arg(long)]
    pub json: bool,
    /// The least share of the shorter text's shingles the other must hold (0 to 1).
    #[arg(long, value_name = "SHARE", default_value_t = 0.9)]
    pub threshold: f64,
}

/// Options of `reckon entities`.
#[derive(Args, Clone)]
#[command(mut_arg("pipe", |a| a.hide(true)))]
pub struct EntitiesArgs {
    /// Inputs and shared options.
    #[command(flatten)]
    pub input: InputArgs,
    /// How many entities to list (0: all).
    #[arg(long, default_value_t = 50)]
    pub top: usize,
    /// JSON lines instead of a table.
    #[arg(long)]
    pub json: bool,
    /// An entity alias table merged over the built-in one.
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,
}

/// The user's tables merged over the built-in ones, shared by every command that extracts
/// (with `reckon diff`, they apply to --golden).
#[derive(Args, Clone)]
pub struct TableArgs {
    /// A claims lexicon file merged over the built-in one (synonym classes, measures).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// An entity alias table merged over the built-in one.
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,
}

/// Inputs and the options every reading command shares.
#[derive(Args, Clone)]
pub struct InputArgs {
    /// Folders, .txt, .jsonl or .parquet files (optionally .gz/.zst), or - for standard input.
    #[arg(required_unless_present = "pipe", value_name = "PATH")]
    pub paths: Vec<String>,
    /// Line-in, line-out filter (for Spark's RDD.pipe): read JSONL from standard input, never
    /// sniffed as one text article; write exactly one record per non-blank line, in order (the
    /// document, or an error record); nothing on stderr but fatal errors; exit code 0 unless --strict.
    #[arg(long, conflicts_with = "output")]
    pub pipe: bool,
    /// Write here instead of standard output (atomically: the file appears only when the run succeeds).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Stop at the first article that cannot be read or processed (exit code 1).
    #[arg(long)]
    pub strict: bool,
    /// No progress bar and no summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// Largest JSONL line or .txt article read, in MiB; larger ones are reported and skipped.
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    pub max_article_mib: u64,
    /// Most bytes one compressed input may expand to, in MiB (guards against decompression bombs).
    #[arg(long, value_name = "MIB", default_value_t = 64 << 10)]
    pub max_decompressed_mib: u64,
    /// The column of a Parquet article table that holds the text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_column: String,
    /// The column of a Parquet article table that holds the id.
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_column: String,
    /// The command's own options that change its output (name, value), recorded in the
    /// checkpoint journal so that `--resume` refuses to continue a different run. Set by the
    /// command, not on the command line.
    #[arg(skip)]
    pub run_options: Vec<(String, String)>,
}

/// Options of `reckon run`.
#[derive(Args, Clone)]
pub struct RunArgs {
    /// Inputs and shared options.
    #[command(flatten)]
    pub input: InputArgs,
    /// Also write claims.jsonl, claims.csv, series.jsonl, series.csv, findings.jsonl (and
    /// claims.parquet) in this folder; documents go to DIR/documents.jsonl unless -o is given.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Write a self-contained HTML report (charts of every series, findings, entities index).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Optional parts of each document record: tokens, sentences, entities, claims, relations,
    /// all, none (comma-separated); and text, the article text as read (not part of all).
    #[arg(
        long,
        value_name = "PARTS",
        default_value = "entities,claims,relations"
    )]
    pub emit: String,
    /// The user's lexicon and alias files.
    #[command(flatten)]
    pub tables: TableArgs,
    /// Continue an interrupted run from its checkpoint (needs -o FILE or --out-dir); the result
    /// is identical to an uninterrupted run.
    #[arg(long)]
    pub resume: bool,
    /// Add each document's claims.jsonl records to its record (field `claim_records`), so that
    /// a line-in, line-out run (--pipe) also yields what `reckon reconcile` reads.
    #[arg(long)]
    pub claim_records: bool,
    /// One series per event that several articles report (figures compared as one
    /// happening's): off by default, since on real news the event linking still joins reports
    /// of different happenings (see crates/reconcile/README.md).
    #[arg(long)]
    pub event_series: bool,
    /// Count every copy of an article as a source of its own: no duplicate detection. By
    /// default a document whose text repeats an earlier one's (the same words, or a syndicated
    /// copy sharing --duplicate-threshold of its 5-word shingles) names it as `copy_of`, and
    /// its claims count once, as the first's ("also reported by"). With --pipe, only copies
    /// within one process's input (one Spark partition) are found.
    #[arg(long)]
    pub keep_duplicates: bool,
    /// The least share of the shorter text's shingles another must hold to be its copy (0 to 1).
    #[arg(long, value_name = "SHARE", default_value_t = 0.9)]
    pub duplicate_threshold: f64,
    /// Memory of reconciliation.
    #[command(flatten)]
    pub memory: MemoryArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Tokenize(args) => run::tokenize(&args),
        Command::Run(args) => run::run(&args),
        Command::Reconcile(args) => match args.stage {
            Some(stage) => stage_cmd::run(stage, &args),
            None => reconcile_cmd::reconcile(&args),
        },
        Command::Entities(args) => run::entities(&args),
        Command::Events(args) => run::events(&args),
        Command::Duplicates(args) => duplicates::duplicates(&args),
        Command::Snapshot(args) => golden::snapshot(&args),
        Command::Diff(args) => golden::diff(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) if e.downcast_ref::<run::StrictStop>().is_some() => {
            eprintln!(
                "reckon: error: {}",
                reckon_format::terminal_safe(&format!("{e:#}"))
            );
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!(
                "reckon: error: {}",
                reckon_format::terminal_safe(&format!("{e:#}"))
            );
            ExitCode::from(2)
        }
    }
}
