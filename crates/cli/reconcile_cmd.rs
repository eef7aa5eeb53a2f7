//! `reckon reconcile`, and the reconciliation outputs `reckon run --out-dir` shares with it:
//! claims tables written one claim at a time, and series written one series at a time as the
//! [`Reducer`] hands them out, so that memory stays near `--max-memory` whatever the archive.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use reckon_format::EntityIndex;
use reckon_reconcile::{
    ClaimRecord, Config, Line, Pending, Reconciliation, Reducer, Series, State,
};

use crate::output::Output;
use crate::{MemoryArgs, ReconcileArgs};

/// A reducer with the budget and spill folder of `--max-memory` and `--spill-dir`.
pub(crate) fn reducer(config: Config, memory: &MemoryArgs) -> Reducer {
    let r = Reducer::new(config).budget(memory.max_memory);
    match &memory.spill_dir {
        Some(dir) => r.spill_dir(dir),
        None => r,
    }
}

/// `claims.csv` (and `claims.parquet`) under a folder, one claim at a time.
pub(crate) struct ClaimTables {
    csv: reckon_format::ClaimsCsvWriter<Output>,
    #[cfg(feature = "parquet")]
    parquet: reckon_format::ClaimsParquetWriter<Output>,
}

impl ClaimTables {
    /// The tables under `dir` (written under their final names by [`ClaimTables::finish`]).
    pub(crate) fn create(dir: &Path) -> anyhow::Result<ClaimTables> {
        Ok(ClaimTables {
            csv: reckon_format::ClaimsCsvWriter::new(Output::create(Some(
                &dir.join("claims.csv"),
            ))?),
            #[cfg(feature = "parquet")]
            parquet: reckon_format::ClaimsParquetWriter::new(Output::create(Some(
                &dir.join("claims.parquet"),
            ))?)?,
        })
    }

    /// Adds one claim's row.
    pub(crate) fn write(&mut self, r: &ClaimRecord) -> anyhow::Result<()> {
        self.csv.write(r)?;
        #[cfg(feature = "parquet")]
        self.parquet.write(r)?;
        Ok(())
    }

    /// Completes the files.
    pub(crate) fn finish(self) -> anyhow::Result<()> {
        self.csv.finish()?.finish()?;
        #[cfg(feature = "parquet")]
        self.parquet.finish()?.finish()?;
        Ok(())
    }
}

/// Where the series of a reconciliation go as they are handed out: series.jsonl and
/// series.csv under `--out-dir`, and, for the reports that need them all (HTML, terminal,
/// `--json`), memory.
pub(crate) struct SeriesSink {
    files: Option<(Output, reckon_format::SeriesCsvWriter<Output>)>,
    json: Option<Output>,
    /// The series kept for the reports (only when one needs them).
    kept: Option<Vec<Series>>,
    /// Series handed out.
    count: usize,
}

impl SeriesSink {
    /// Files under `dir` (if any), `{"series": ...}` lines on stdout when `json`, and the
    /// series kept when `keep`.
    pub(crate) fn new(dir: Option<&Path>, json: bool, keep: bool) -> anyhow::Result<SeriesSink> {
        let files = match dir {
            Some(d) => Some((
                Output::create(Some(&d.join("series.jsonl")))?,
                reckon_format::SeriesCsvWriter::new(Output::create(Some(&d.join("series.csv")))?),
            )),
            None => None,
        };
        Ok(SeriesSink {
            files,
            json: json.then(|| Output::create(None)).transpose()?,
            kept: keep.then(Vec::new),
            count: 0,
        })
    }

    /// Writes one series where it goes.
    pub(crate) fn write(&mut self, s: Series) -> anyhow::Result<()> {
        self.count += 1;
        if let Some((jsonl, csv)) = &mut self.files {
            reckon_format::write_series_jsonl(jsonl, std::slice::from_ref(&s))?;
            csv.write(&s)?;
        }
        if let Some(out) = &mut self.json {
            serde_json::to_writer(&mut *out, &serde_json::json!({ "series": &s }))?;
            out.write_all(b"\n")?;
        }
        if let Some(kept) = &mut self.kept {
            kept.push(s);
        }
        Ok(())
    }

    /// Completes the series files and writes events.jsonl and findings.jsonl under `dir`;
    /// returns the standard output the `--json` lines go on (findings follow there) and the
    /// series kept.
    pub(crate) fn finish(
        self,
        dir: Option<&Path>,
        r: &Reconciliation,
    ) -> anyhow::Result<(Option<Output>, Option<Vec<Series>>)> {
        if let (Some((jsonl, csv)), Some(dir)) = (self.files, dir) {
            let mut out = Output::create(Some(&dir.join("events.jsonl")))?;
            reckon_format::write_events_jsonl(&mut out, &r.events)?;
            out.finish()?;
            jsonl.finish()?;
            let mut out = Output::create(Some(&dir.join("findings.jsonl")))?;
            reckon_format::write_findings_jsonl(&mut out, &r.findings)?;
            out.finish()?;
            csv.finish()?.finish()?;
        }
        Ok((self.json, self.kept))
    }
}

/// Reconciles what was pushed into `reducer`, writing the series through `sink` as they come
/// and the rest under `dir` (saying on stderr, unless `quiet`, when claims were spilled): the result (its series filled in when `sink` keeps them), the
/// number of series, and the standard output of `--json`.
pub(crate) fn reduce(
    reducer: Reducer,
    mut sink: SeriesSink,
    dir: Option<&Path>,
    quiet: bool,
) -> anyhow::Result<(Reconciliation, usize, Option<Output>)> {
    let runs = reducer.spilled_runs();
    let mut result = reducer
        .finish(|s| sink.write(s))
        .context("reconciliation failed")?;
    if runs > 0 && !quiet {
        eprintln!("reckon: past --max-memory, claims were spilled to disk in {runs} sorted runs");
    }
    let count = sink.count;
    let (json, kept) = sink.finish(dir, &result)?;
    if let Some(kept) = kept {
        result.series = kept;
    }
    Ok((result, count, json))
}

/// `reckon reconcile`.
pub fn reconcile(args: &ReconcileArgs) -> anyhow::Result<ExitCode> {
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    if let Some(html) = &args.html {
        crate::run::check_parent(html)?;
    }
    let config = Config {
        event_series: args.event_series,
        ..Config::default()
    };
    let mut r = reducer(config.clone(), &args.memory);
    let mut tables = args
        .out_dir
        .as_deref()
        .map(ClaimTables::create)
        .transpose()?;
    let mut claims = 0usize;
    let mut copied = 0usize;
    let mut bad_lines = 0usize;
    let mut feed = |line: Line| -> anyhow::Result<()> {
        if let Line::Claim(c) = &line {
            claims += 1;
            if let Some(t) = &mut tables {
                t.write(c)?;
            }
        }
        if let Line::Duplicate(_) = &line {
            copied += 1;
        }
        r.push_line(line).context(spill_hint(&args.memory))
    };
    let state = match &args.state {
        Some(dir) => {
            let added = add_batch(dir, args, &config, &mut bad_lines)?;
            for line in added.state.lines(added.batch.as_ref()) {
                feed(line?)?;
            }
            Some(added)
        }
        None => {
            read_inputs(&args.claims, &mut feed, &mut bad_lines)?;
            None
        }
    };
    if let Some(t) = tables {
        t.finish()?;
    }
    let keep = args.html.is_some() || !args.json;
    let sink = SeriesSink::new(args.out_dir.as_deref(), args.json, keep)?;
    let (result, series, json) = reduce(r, sink, args.out_dir.as_deref(), false)?;
    if let Some(html) = &args.html {
        crate::run::write_html(html, &result, &EntityIndex::default())?;
    }
    match json {
        Some(mut out) => {
            for f in &result.findings {
                serde_json::to_writer(&mut out, &serde_json::json!({ "finding": f }))?;
                out.write_all(b"\n")?;
            }
            out.finish()?;
        }
        None => {
            let mut out = Output::create(None)?;
            let o = reckon_format::TerminalOptions::detect(std::io::stdout().is_terminal());
            out.write_all(reckon_format::render_terminal(&result, &o).as_bytes())?;
            out.finish()?;
        }
    }
    if let Some(added) = state {
        added.commit()?;
    }
    eprintln!(
        "reckon: {claims} claims reconciled into {} events, {series} series, {} findings{}{}{}",
        result.events.len(),
        result.findings.len(),
        match copied {
            0 => String::new(),
            n => format!("; {n} copies counted once"),
        },
        match bad_lines {
            0 => String::new(),
            n => format!(" ({n} bad lines skipped)"),
        },
        crate::run::peak_rss_mb()
            .map(|mb| format!("; peak RSS {mb:.0} MB"))
            .unwrap_or_default()
    );
    Ok(ExitCode::SUCCESS)
}

/// What a failed spill is reported with.
pub(crate) fn spill_hint(memory: &MemoryArgs) -> String {
    let dir: PathBuf = memory.spill_dir.clone().unwrap_or_else(std::env::temp_dir);
    format!(
        "reconciliation failed while spilling claims to {} (free space there, or choose another \
         folder with --spill-dir, or raise --max-memory)",
        dir.display()
    )
}

/// Reads claims.jsonl inputs line by line into `feed`; a bad line is reported, counted and
/// skipped, and the lines after it are still read.
fn read_inputs(
    paths: &[String],
    mut feed: impl FnMut(Line) -> anyhow::Result<()>,
    bad_lines: &mut usize,
) -> anyhow::Result<()> {
    for path in paths {
        let reader: Box<dyn std::io::BufRead> = if path == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            let f = std::fs::File::open(path).with_context(|| format!("cannot open {path}"))?;
            Box::new(std::io::BufReader::new(f))
        };
        for rec in reckon_reconcile::read_lines(reader, path) {
            match rec {
                Ok(line) => feed(line)?,
                Err(e) => {
                    *bad_lines += 1;
                    eprintln!(
                        "reckon: skipped: {}",
                        reckon_format::terminal_safe(&e.to_string())
                    );
                }
            }
        }
    }
    Ok(())
}

/// A reconcile state opened (and locked) with the batch of this run written beside it.
struct Added {
    state: State,
    batch: Option<Pending>,
    /// Held (locked) until the batch is committed.
    _lock: std::fs::File,
}

impl Added {
    /// Adds the batch to the state (after the outputs are written) and says so.
    fn commit(self) -> anyhow::Result<()> {
        let Added {
            mut state, batch, ..
        } = self;
        let dir = state.dir().display().to_string();
        let Some(batch) = batch else {
            eprintln!("reckon: state {dir}: nothing added");
            return Ok(());
        };
        let b = batch.batch().clone();
        state.commit(batch).with_context(|| {
            format!("the outputs are written but the batch was not added to the state {dir}")
        })?;
        let m = state.manifest();
        eprintln!(
            "reckon: state {dir}: batch {} added ({} claims, {} events, {} duplicates); it \
             holds {} claims in {} batches",
            m.batches.len(),
            b.claims,
            b.events,
            b.duplicates,
            m.batches.iter().map(|b| b.claims).sum::<u64>(),
            m.batches.len()
        );
        Ok(())
    }
}

/// `--state DIR`: opens (or makes) the state, locks it, and writes the claims given as a new
/// batch beside it (refused when the state already holds the same bytes).
fn add_batch(
    dir: &Path,
    args: &ReconcileArgs,
    config: &Config,
    bad_lines: &mut usize,
) -> anyhow::Result<Added> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let lock_path = dir.join(".lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("cannot open {}", lock_path.display()))?;
    if lock.try_lock().is_err() {
        anyhow::bail!(
            "the state {} is in use by another reckon (its .lock is held)",
            dir.display()
        );
    }
    let state = State::open(dir, args.archive.as_deref().unwrap_or_default(), config)?;
    if args.claims.is_empty() {
        return Ok(Added {
            state,
            batch: None,
            _lock: lock,
        });
    }
    let mut writer = state.batch()?;
    read_inputs(&args.claims, |line| Ok(writer.push(&line)?), bad_lines)?;
    for name in &args.claims {
        writer.input(name);
    }
    let batch = writer.finish()?;
    if let Some((i, old)) = state.find(&batch.batch().hash) {
        anyhow::bail!(
            "these claims are already in the state {} (batch {} of {}, read from {}): nothing \
             was added; run with --state and no claims file to write its outputs again",
            dir.display(),
            i + 1,
            state.manifest().batches.len(),
            old.inputs.join(", ")
        );
    }
    Ok(Added {
        state,
        batch: Some(batch),
        _lock: lock,
    })
}
