//! Incremental reconciliation: a [`State`] folder keeps what reconciliation needs from the
//! batches of claims already added, so that a new batch (a day's `claims.jsonl`) is reconciled
//! with all of them without reading the older claims files again, and the result is the one
//! reconciling every batch at once gives, byte for byte.
//!
//! The folder holds one file per batch and a manifest:
//!
//! - `batch-<hash>.cbor`: the batch's lines (claims, article events, duplicates) in input order,
//!   each as length-prefixed CBOR (the encoding of [`crate::spill`]'s runs), read and checked
//!   once; `<hash>` is the XXH3-128 of those bytes, which also tells a batch already added.
//! - `manifest.json`: [`Manifest`]: the format version, the reckon version that wrote it, the
//!   archive's name, the reconcile options, and the batches in the order they were added.
//!
//! Design decisions:
//! - **Inputs, not results, are kept.** Reconciling is a function of every claim (places, event
//!   links and series keys all read the whole archive), so the state keeps the claims in
//!   compact form and a new batch is reconciled with them by a [`crate::Reducer`], whose
//!   memory budget holds whatever the state's size (records are streamed from the batch files
//!   into it). The batches are kept in input order, not sorted, because the claims tables
//!   (`claims.csv`, `claims.parquet`) are in input order: replaying the batches in the order
//!   they were added gives the exact bytes of reconciling the concatenated inputs at once.
//! - **Atomic.** A batch file is written to a temporary file, synced, and renamed under its
//!   final name; the manifest is written the same way, and renaming it is the one step that
//!   adds the batch. Anything that fails before it (a full disk, a kill) leaves the state as
//!   it was: the old manifest names only the old batch files.
//! - **Refusals.** A manifest of another format version is refused naming both versions; a
//!   state made for another archive (`archive` names it, given when the state is made and
//!   required to match after) or with other reconcile options ([`Config`]'s knobs, not its
//!   time-zone gazetteer) is refused, so that batches are never silently mixed; a batch whose
//!   bytes are already in the state is refused; a batch file whose bytes no longer match its
//!   hash is an error when it is read.
//! - **One writer.** Nothing here locks the folder (the `reckon` CLI holds a lock on its
//!   `.lock` file); a commit removes batch files the manifest does not name, left by a run
//!   that was killed before its commit.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use reckon_events::EventRecord;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

use crate::config::Config;
use crate::duplicates::DuplicateRecord;
use crate::error::Error;
use crate::read::Line;
use crate::record::ClaimRecord;

/// The version of the state folder's format; a state of another version is refused.
pub const STATE_FORMAT: u32 = 1;

const MANIFEST: &str = "manifest.json";

/// What `manifest.json` says about a state (see the module docs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`STATE_FORMAT`] of the reckon that wrote it.
    pub format: u32,
    /// The version of the reckon that last wrote it.
    pub reckon: String,
    /// The archive's name, given when the state was made (may be empty).
    pub archive: String,
    /// The reconcile options, as [`config_fingerprint`] writes them.
    pub config: String,
    /// The batches, in the order they were added.
    pub batches: Vec<Batch>,
}

/// One batch of a state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Batch {
    /// Its file in the state folder.
    pub file: String,
    /// XXH3-128 of the file's bytes, in hex.
    pub hash: String,
    /// The inputs it was read from (paths as given, `-` for standard input).
    pub inputs: Vec<String>,
    /// Claim lines.
    pub claims: u64,
    /// Article event lines.
    pub events: u64,
    /// Duplicate lines.
    pub duplicates: u64,
    /// Size of its file.
    pub bytes: u64,
}

/// One stored line, as written.
#[derive(Serialize)]
enum StoredRef<'a> {
    Claim(&'a ClaimRecord),
    Event(&'a EventRecord),
    Duplicate(&'a DuplicateRecord),
}

/// One stored line, as read (same encoding as [`StoredRef`]).
#[derive(Deserialize)]
enum Stored {
    Claim(Box<ClaimRecord>),
    Event(EventRecord),
    Duplicate(DuplicateRecord),
}

/// The reconcile options a state is bound to, as one line (the time-zone gazetteer aside).
pub fn config_fingerprint(c: &Config) -> String {
    format!(
        "approx_tolerance={} rounding_tolerance={} percent_tolerance={} day_tolerance={} \
         require_place={} window_days={} max_ratio={} min_value={} event_series={}",
        c.approx_tolerance,
        c.rounding_tolerance,
        c.percent_tolerance,
        c.day_tolerance,
        c.require_place,
        c.window_days,
        c.max_ratio,
        c.min_value,
        c.event_series
    )
}

/// A reconcile state folder (see the module docs).
///
/// ```
/// # fn main() -> Result<(), reckon_reconcile::Error> {
/// use reckon_reconcile::{Config, Reducer, State};
/// let dir = tempfile::tempdir().unwrap();
/// let config = Config::default();
/// let mut state = State::open(&dir.path().join("state"), "my-archive", &config)?;
/// let mut batch = state.batch()?;
/// // batch.push(&line)? for every line of the day's claims.jsonl
/// let batch = batch.finish()?;
/// let mut r = Reducer::new(config);
/// for line in state.lines(Some(&batch)) {
///     r.push_line(line?)?;
/// }
/// // r.finish(...) writes the outputs; then the batch joins the state
/// state.commit(batch)?;
/// assert_eq!(state.manifest().batches.len(), 1);
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct State {
    dir: PathBuf,
    manifest: Manifest,
}

fn state_error(dir: &Path, reason: impl Into<String>) -> Error {
    Error::State {
        dir: dir.to_path_buf(),
        reason: reason.into(),
    }
}

impl State {
    /// Opens the state in `dir`, or makes one there when `dir` is missing or empty (nothing is
    /// written until the first [`State::commit`]). Refuses a state of another format version,
    /// another archive name, or other reconcile options, and a non-empty folder that is not a
    /// state.
    pub fn open(dir: &Path, archive: &str, config: &Config) -> Result<State, Error> {
        let path = dir.join(MANIFEST);
        let config = config_fingerprint(config);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // hidden files (a lock, a batch file left by a killed run) do not count
                let empty = match std::fs::read_dir(dir) {
                    Ok(entries) => entries
                        .filter_map(Result::ok)
                        .all(|e| e.file_name().to_string_lossy().starts_with('.')),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
                    Err(e) => return Err(state_error(dir, format!("cannot read: {e}"))),
                };
                if !empty {
                    return Err(state_error(
                        dir,
                        "not a reckon state (no manifest.json) and not empty: give a new or \
                         empty folder to make a state",
                    ));
                }
                std::fs::create_dir_all(dir)
                    .map_err(|e| state_error(dir, format!("cannot create: {e}")))?;
                return Ok(State {
                    dir: dir.to_path_buf(),
                    manifest: Manifest {
                        format: STATE_FORMAT,
                        reckon: env!("CARGO_PKG_VERSION").to_string(),
                        archive: archive.to_string(),
                        config,
                        batches: Vec::new(),
                    },
                });
            }
            Err(e) => return Err(state_error(dir, format!("cannot read {MANIFEST}: {e}"))),
        };
        let bad = |e: serde_json::Error| state_error(dir, format!("{MANIFEST} is unreadable: {e}"));
        // the version first, so that another version's manifest is named as such
        let value: serde_json::Value = serde_json::from_str(&text).map_err(bad)?;
        let format = value.get("format").and_then(serde_json::Value::as_u64);
        if format != Some(u64::from(STATE_FORMAT)) {
            let by = value
                .get("reckon")
                .and_then(serde_json::Value::as_str)
                .unwrap_or("an unknown version");
            return Err(state_error(
                dir,
                format!(
                    "state format {} (written by reckon {by}) is not this reckon's format \
                     {STATE_FORMAT} (reckon {}): reconcile its claims into a new state",
                    format.map_or("missing".to_string(), |f| f.to_string()),
                    env!("CARGO_PKG_VERSION"),
                ),
            ));
        }
        let manifest: Manifest = serde_json::from_value(value).map_err(bad)?;
        if manifest.archive != archive {
            return Err(state_error(
                dir,
                format!(
                    "this state is archive {:?}, not {archive:?}: batches of two archives are \
                     never mixed (give --archive {:?}, or another state folder)",
                    manifest.archive, manifest.archive
                ),
            ));
        }
        if manifest.config != config {
            let ours: Vec<&str> = config.split(' ').collect();
            let differ: Vec<String> = manifest
                .config
                .split(' ')
                .filter(|o| !ours.contains(o))
                .map(|o| {
                    let name = o.split('=').next().unwrap_or(o);
                    let here = ours.iter().find(|x| x.split('=').next() == Some(name));
                    format!("{o} in the state, {} here", here.unwrap_or(&"none"))
                })
                .collect();
            return Err(state_error(
                dir,
                format!(
                    "this state was made with other reconcile options ({}): give the same \
                     options, or reconcile into another state folder",
                    differ.join("; ")
                ),
            ));
        }
        Ok(State {
            dir: dir.to_path_buf(),
            manifest,
        })
    }

    /// The state's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// What the state holds.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// A new batch, written to a temporary file in the state folder until it is committed.
    pub fn batch(&self) -> Result<BatchWriter, Error> {
        let tmp = tempfile::Builder::new()
            .prefix(".batch-")
            .suffix(".tmp")
            .tempfile_in(&self.dir)
            .map_err(|e| state_error(&self.dir, format!("cannot create a batch file: {e}")))?;
        let (file, path) = tmp.into_parts();
        Ok(BatchWriter {
            dir: self.dir.clone(),
            out: BufWriter::with_capacity(64 << 10, file),
            path,
            hash: Xxh3::new(),
            buf: Vec::new(),
            batch: Batch {
                file: String::new(),
                hash: String::new(),
                inputs: Vec::new(),
                claims: 0,
                events: 0,
                duplicates: 0,
                bytes: 0,
            },
        })
    }

    /// The batch of the state with these bytes, if any.
    pub fn find(&self, hash: &str) -> Option<(usize, &Batch)> {
        self.manifest
            .batches
            .iter()
            .enumerate()
            .find(|(_, b)| b.hash == hash)
    }

    /// Every line of the state's batches in the order they were added, then those of `next`
    /// (a batch not yet committed), each batch checked against its hash when its end is read.
    pub fn lines(&self, next: Option<&Pending>) -> Lines {
        let mut files: Vec<(PathBuf, String)> = self
            .manifest
            .batches
            .iter()
            .map(|b| (self.dir.join(&b.file), b.hash.clone()))
            .collect();
        if let Some(p) = next {
            files.push((p.path.to_path_buf(), p.batch.hash.clone()));
        }
        files.reverse();
        Lines {
            dir: self.dir.clone(),
            files,
            current: None,
            buf: Vec::new(),
        }
    }

    /// Adds a finished batch to the state: its file is renamed under its final name, then the
    /// new manifest is written beside the old one and renamed over it. A batch whose bytes are
    /// already in the state is refused; on any error the state is as it was.
    pub fn commit(&mut self, next: Pending) -> Result<(), Error> {
        if let Some((i, b)) = self.find(&next.batch.hash) {
            return Err(state_error(
                &self.dir,
                format!(
                    "this batch is already in the state (batch {} of {}, read from {}); \
                     nothing was added",
                    i + 1,
                    self.manifest.batches.len(),
                    b.inputs.join(", ")
                ),
            ));
        }
        let Pending { path, batch } = next;
        let target = self.dir.join(&batch.file);
        path.persist(&target)
            .map_err(|e| state_error(&self.dir, format!("cannot keep the batch file: {e}")))?;
        let mut manifest = self.manifest.clone();
        manifest.reckon = env!("CARGO_PKG_VERSION").to_string();
        manifest.batches.push(batch);
        if let Err(e) = self.write_manifest(&manifest) {
            let _ = std::fs::remove_file(&target);
            return Err(e);
        }
        self.manifest = manifest;
        self.remove_strays();
        Ok(())
    }

    /// Removes batch files the manifest does not name (left by a run killed before its
    /// commit); best effort.
    fn remove_strays(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().into_owned();
            let stray = (name.starts_with(".batch-") && name.ends_with(".tmp"))
                || (name.starts_with("batch-")
                    && !self.manifest.batches.iter().any(|b| b.file == name));
            if stray {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// Writes `manifest.json` atomically (temporary file, sync, rename, sync of the folder).
    fn write_manifest(&self, m: &Manifest) -> Result<(), Error> {
        let tmp = self.dir.join(format!("{MANIFEST}.tmp"));
        let write = || -> std::io::Result<()> {
            crate::spill::fail_hook(&tmp)?;
            let mut f = File::create(&tmp)?;
            serde_json::to_writer_pretty(&mut f, m)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            std::fs::rename(&tmp, self.dir.join(MANIFEST))?;
            File::open(&self.dir)?.sync_all()
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            state_error(&self.dir, format!("cannot write {MANIFEST}: {e}"))
        })
    }
}

/// A batch being written (see [`State::batch`]).
pub struct BatchWriter {
    dir: PathBuf,
    out: BufWriter<File>,
    path: tempfile::TempPath,
    hash: Xxh3,
    buf: Vec<u8>,
    batch: Batch,
}

impl std::fmt::Debug for BatchWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BatchWriter")
            .field("path", &self.path)
            .field("batch", &self.batch)
            .finish_non_exhaustive()
    }
}

impl BatchWriter {
    /// Notes an input the batch is read from (for the manifest).
    pub fn input(&mut self, name: &str) {
        self.batch.inputs.push(name.to_string());
    }

    /// Adds one line.
    pub fn push(&mut self, line: &Line) -> Result<(), Error> {
        let stored = match line {
            Line::Claim(c) => {
                self.batch.claims += 1;
                StoredRef::Claim(c)
            }
            Line::Event(e) => {
                self.batch.events += 1;
                StoredRef::Event(e)
            }
            Line::Duplicate(d) => {
                self.batch.duplicates += 1;
                StoredRef::Duplicate(d)
            }
        };
        self.buf.clear();
        self.buf.extend_from_slice(&[0; 4]);
        ciborium::into_writer(&stored, &mut self.buf)
            .map_err(|e| state_error(&self.dir, format!("cannot encode a line: {e}")))?;
        let len = (self.buf.len() - 4) as u32;
        self.buf[..4].copy_from_slice(&len.to_le_bytes());
        self.hash.update(&self.buf);
        self.batch.bytes += self.buf.len() as u64;
        self.out
            .write_all(&self.buf)
            .map_err(|e| state_error(&self.dir, format!("cannot write the batch: {e}")))
    }

    /// Completes the batch file (synced to disk); it joins the state with [`State::commit`].
    pub fn finish(self) -> Result<Pending, Error> {
        let BatchWriter {
            dir,
            out,
            path,
            hash,
            mut batch,
            ..
        } = self;
        let done = || -> std::io::Result<()> {
            crate::spill::fail_hook(&path)?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()
        };
        done().map_err(|e| state_error(&dir, format!("cannot write the batch: {e}")))?;
        batch.hash = format!("{:032x}", hash.digest128());
        batch.file = format!("batch-{}.cbor", batch.hash);
        Ok(Pending { path, batch })
    }
}

/// A batch written but not yet in the state (its temporary file is removed when dropped).
#[derive(Debug)]
pub struct Pending {
    path: tempfile::TempPath,
    batch: Batch,
}

impl Pending {
    /// What the manifest will say of it.
    pub fn batch(&self) -> &Batch {
        &self.batch
    }
}

/// The lines of a state's batches (see [`State::lines`]).
pub struct Lines {
    dir: PathBuf,
    /// Files still to read, last first.
    files: Vec<(PathBuf, String)>,
    current: Option<(BufReader<File>, Xxh3, String, PathBuf)>,
    buf: Vec<u8>,
}

impl std::fmt::Debug for Lines {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lines")
            .field("files", &self.files)
            .finish_non_exhaustive()
    }
}

impl Lines {
    fn next_line(&mut self) -> Result<Option<Line>, Error> {
        loop {
            if self.current.is_none() {
                let Some((path, hash)) = self.files.pop() else {
                    return Ok(None);
                };
                let f = File::open(&path).map_err(|e| {
                    state_error(&self.dir, format!("cannot read {}: {e}", path.display()))
                })?;
                self.current = Some((
                    BufReader::with_capacity(64 << 10, f),
                    Xxh3::new(),
                    hash,
                    path,
                ));
            }
            let (reader, hasher, hash, path) = self.current.as_mut().expect("a batch");
            let corrupt = |why: String| {
                state_error(
                    &self.dir,
                    format!("batch file {} is corrupt: {why}", path.display()),
                )
            };
            let mut len = [0u8; 4];
            match reader.read_exact(&mut len) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                    let got = format!("{:032x}", hasher.digest128());
                    if got != *hash {
                        return Err(corrupt(format!("its bytes hash to {got}, not {hash}")));
                    }
                    self.current = None;
                    continue;
                }
                Err(e) => return Err(corrupt(e.to_string())),
            }
            self.buf.resize(u32::from_le_bytes(len) as usize, 0);
            reader
                .read_exact(&mut self.buf)
                .map_err(|e| corrupt(e.to_string()))?;
            hasher.update(&len);
            hasher.update(&self.buf);
            let stored: Stored =
                ciborium::from_reader(&self.buf[..]).map_err(|e| corrupt(e.to_string()))?;
            return Ok(Some(match stored {
                Stored::Claim(c) => Line::Claim(c),
                Stored::Event(e) => Line::Event(e),
                Stored::Duplicate(d) => Line::Duplicate(d),
            }));
        }
    }
}

impl Iterator for Lines {
    type Item = Result<Line, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_line() {
            Ok(line) => line.map(Ok),
            Err(e) => {
                // stop after an error
                self.files.clear();
                self.current = None;
                Some(Err(e))
            }
        }
    }
}
