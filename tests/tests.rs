//! End-to-end tests of the `reckon` binary. Table of contents:
//!
//! - `cli`: the commands on good archives; output order, ids, accounting, --help.
//! - `bad_input`: the hostile-archive matrix (encodings, compression, JSONL errors, sizes, paths);
//!   each case checks exit code, message and the accounting invariant.
//! - `hostile_files`: FIFOs in folders (reported, skipped) and named pipes given directly (read
//!   as streams); damaged gzip/zstd members emit none of their documents; duplicate ids kept,
//!   renamed and counted; big numeric ids; impossible header dates; ids on I/O error records.
//! - `crashes`: a panic in one document is contained, reported with id and stage; --strict stops.
//! - `parquet_input`: Parquet article tables, with --text-column/--id-column.
//! - `linear`: hostile texts (digit runs, brackets, hyphens, dots...) stay linear end to end.
//! - `html_render`: the HTML report drawn by headless Chromium (charts, markers, links, pixels).
//! - `memory`: peak RSS for 10 MB and 100 MB archives stays flat; so does `reckon reconcile
//!   --max-memory 8M` of N and 4N claims.
//! - `spill`: reconciliation spilled to disk (`--max-memory`) writes the same files as in
//!   memory; a failed spill is an error naming the spill folder, with no result written.
//! - `state`: `reckon reconcile --state DIR` adds claims batch by batch with the files of
//!   reconciling all at once (sample, real corpus); other archives, options, format versions,
//!   a batch added twice, a corrupt batch and a failed write are refused, the state unchanged.
//! - `spark_filter`: `reckon run --pipe` as a line-in, line-out filter for Spark's RDD.pipe
//!   (one record per line, errors as records, empty environment, exit codes).
//! - `interrupt`: atomic outputs, --resume after SIGKILL is byte-identical, closed pipe, full disk.
//! - `resume_guard`: --resume refuses other inputs, sizes or options and a short partial file;
//!   a second run on the same -o fails at once (the output is locked); --strict leaves nothing;
//!   --html into a missing folder fails before the run.
//! - `golden`: `reckon snapshot` / `reckon diff` (golden folders, a lexicon edit shows exactly the
//!   claims that moved, --accept, JSONL vs JSONL, bounded reports) and the sample's own golden folder.
//! - `web_input`: WARC archives of HTML pages (issue 16): one record per page in order, pages
//!   extracted on the workers, error records with the WARC offset, skipped records counted,
//!   `--pipe` reads JSONL only (WARC bytes are error lines, never pages).
//! - `duplicates`: `reckon duplicates` lists exact repeats and syndicated copies; `reckon run`
//!   marks a copy `copy_of` and counts its claims once (a duplicate line in claims.jsonl,
//!   "also reported by" on the first's evidence), `reckon reconcile` of its claims.jsonl agrees,
//!   `--keep-duplicates`, `--pipe --claim-records`, and --resume after SIGKILL rebuilds detection.
//! - `events`: article events in claims.jsonl, events.jsonl, `reckon reconcile` giving the run's
//!   events and findings, `reckon events`.
//! - `reconcile_stages`: `reckon reconcile --stage` through pipes, split into article and key
//!   groups, equals `reckon run --out-dir`; a line a stage cannot read fails it.
//! - `terminal`: ids, sources and sentences with escape sequences are printed escaped (reconcile
//!   report, `skipped:` lines).

mod util;

mod bad_input;
mod cli;
mod crashes;
mod duplicates;
mod events;
mod golden;
mod hostile_files;
mod html_render;
mod interrupt;
mod linear;
mod memory;
#[cfg(feature = "parquet")]
mod parquet_input;
mod reconcile_stages;
mod resume_guard;
mod spark_filter;
mod spill;
mod state;
mod terminal;
#[cfg(feature = "web")]
mod web_input;

/// The stages `reckon run` runs per document (names as reported in error records).
const STAGES: &[&str] = &["tokenize", "entities", "claims"];
