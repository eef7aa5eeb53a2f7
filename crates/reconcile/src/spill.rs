//! An external sort with a memory budget: items are held in memory until their estimated size
//! passes the budget, then sorted and written to disk as a *run* (one temporary file, items as
//! length-prefixed CBOR); reading back merges the runs and the in-memory rest (k-way merge), so
//! the items come out in order whatever their number, with memory the budget plus one item and
//! one read buffer per run. Runs are merged as they accumulate, [`FAN_IN`] at a time (the last
//! `FAN_IN` runs of one level become one run of the next), so a tiny budget over a large input
//! never holds more than a few hundred files open nor scans thousands of heads per item.
//!
//! A write that fails (a full disk) is an [`Error::Spill`] naming the spill folder; the
//! temporary files are removed when the sorter (or its merge) is dropped.
//!
//! Test hook: with `RECKON_SPILL_FAIL_AFTER=N` in the environment, the N-th file written by
//! this process (counting from 1: spilled runs, and the batch and manifest files of a
//! [`crate::State`]) fails as a full disk would, so that tests can check the error
//! without filling a disk.

use std::cmp::Ordering;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::Error;

/// How items are ordered.
pub(crate) type Compare<T> = fn(&T, &T) -> Ordering;

/// Runs written by this process (for the `RECKON_SPILL_FAIL_AFTER` test hook).
static RUNS_WRITTEN: AtomicUsize = AtomicUsize::new(0);

/// Runs of one level merged into one run of the next when there are this many.
pub(crate) const FAN_IN: usize = 64;

/// Where runs go and how much memory items may take before they do.
#[derive(Debug, Clone)]
pub(crate) struct Budget {
    /// Bytes of items held in memory before a run is written.
    pub bytes: usize,
    /// The folder temporary run files are created in (a fresh folder inside it).
    pub dir: PathBuf,
}

/// The temporary folder of a sorter's runs, created on the first run.
#[derive(Debug, Default)]
struct Folder(Option<Arc<tempfile::TempDir>>);

impl Folder {
    fn get(&mut self, parent: &Path) -> Result<Arc<tempfile::TempDir>, Error> {
        if let Some(d) = &self.0 {
            return Ok(d.clone());
        }
        let d = tempfile::Builder::new()
            .prefix("reckon-spill-")
            .tempdir_in(parent)
            .map_err(|e| spill_error(parent, "cannot create a spill folder", e))?;
        let d = Arc::new(d);
        self.0 = Some(d.clone());
        Ok(d)
    }
}

fn spill_error(dir: &Path, what: &str, e: std::io::Error) -> Error {
    Error::Spill {
        dir: dir.to_path_buf(),
        reason: format!("{what}: {e}"),
    }
}

/// Items sorted with a memory budget (see the module docs).
#[derive(Debug)]
pub(crate) struct Sorter<T> {
    budget: Budget,
    compare: Compare<T>,
    weight: fn(&T) -> usize,
    held: Vec<T>,
    held_bytes: usize,
    folder: Folder,
    /// The runs on disk in the order their items came, each with its merge level (levels do
    /// not increase along the list, so merging a tail keeps the order of equal items).
    runs: Vec<(PathBuf, u32)>,
    /// Run files written, merges included.
    written: usize,
}

impl<T: Serialize + DeserializeOwned> Sorter<T> {
    /// An empty sorter: `compare` orders the items, `weight` estimates an item's bytes.
    pub(crate) fn new(budget: Budget, compare: Compare<T>, weight: fn(&T) -> usize) -> Self {
        Sorter {
            budget,
            compare,
            weight,
            held: Vec::new(),
            held_bytes: 0,
            folder: Folder::default(),
            runs: Vec::new(),
            written: 0,
        }
    }

    /// Adds an item; writes a run when the items held pass the budget.
    pub(crate) fn push(&mut self, item: T) -> Result<(), Error> {
        self.held_bytes += (self.weight)(&item);
        self.held.push(item);
        if self.held_bytes > self.budget.bytes {
            self.spill()?;
        }
        Ok(())
    }

    /// Estimated bytes of the items held in memory.
    pub(crate) fn held_bytes(&self) -> usize {
        self.held_bytes
    }

    /// Runs written to disk so far (merges of runs included).
    pub(crate) fn runs(&self) -> usize {
        self.written
    }

    /// A new run file's path.
    fn next_path(&mut self) -> Result<PathBuf, Error> {
        let folder = self.folder.get(&self.budget.dir)?;
        self.written += 1;
        Ok(folder.path().join(format!("run-{:05}.cbor", self.written)))
    }

    /// Merges the last [`FAN_IN`] runs into one while they share a level.
    fn merge_tail(&mut self) -> Result<(), Error> {
        while self.runs.len() >= FAN_IN {
            let tail = self.runs.len() - FAN_IN;
            let level = self.runs[tail].1;
            if self.runs[tail..].iter().any(|r| r.1 != level) {
                break;
            }
            let paths: Vec<PathBuf> = self.runs.drain(tail..).map(|r| r.0).collect();
            let merged = Runs {
                paths: paths.clone(),
                folder: self.folder.0.clone(),
                dir: self.budget.dir.clone(),
                compare: self.compare,
            }
            .merge()?;
            let path = self.next_path()?;
            let dir = self.budget.dir.clone();
            write_run(&path, merged).map_err(|e| spill_error(&dir, "cannot write", e))?;
            for p in paths {
                let _ = std::fs::remove_file(p);
            }
            self.runs.push((path, level + 1));
        }
        Ok(())
    }

    /// Sorts the items held and writes them as one run.
    pub(crate) fn spill(&mut self) -> Result<(), Error> {
        if self.held.is_empty() {
            return Ok(());
        }
        let compare = self.compare;
        self.held.sort_by(compare);
        let path = self.next_path()?;
        write_run(&path, self.held.drain(..).map(Ok))
            .map_err(|e| spill_error(&self.budget.dir, "cannot write", e))?;
        self.runs.push((path, 0));
        self.held.shrink_to_fit();
        self.held_bytes = 0;
        self.merge_tail()
    }

    /// The items sorted: in memory when no run was written, else all on disk (the items held
    /// are written as a last run, so that their memory is free while the runs are read).
    pub(crate) fn finish(mut self) -> Result<Sorted<T>, Error> {
        if self.runs.is_empty() {
            let compare = self.compare;
            self.held.sort_by(compare);
            return Ok(Sorted::Memory(self.held));
        }
        self.spill()?;
        Ok(Sorted::Runs(Runs {
            paths: self.runs.drain(..).map(|r| r.0).collect(),
            folder: self.folder.0.take(),
            dir: self.budget.dir.clone(),
            compare: self.compare,
        }))
    }
}

/// The items of a finished [`Sorter`].
#[derive(Debug)]
pub(crate) enum Sorted<T> {
    /// Every item, sorted, in memory.
    Memory(Vec<T>),
    /// Every item in sorted runs on disk, to be merged (as many times as wanted).
    Runs(Runs<T>),
}

impl<T: DeserializeOwned> Sorted<T> {
    /// Every item in order, once.
    pub(crate) fn merged(self) -> Result<Merge<T>, Error> {
        match self {
            Sorted::Memory(items) => Ok(Merge {
                sources: vec![Source::Held(items.into_iter())],
                heads: Vec::new(),
                compare: |_, _| Ordering::Equal,
                dir: PathBuf::new(),
                _folder: None,
            }
            .start()?),
            Sorted::Runs(runs) => runs.merge(),
        }
    }
}

/// Sorted runs on disk (removed when the last merge of them is dropped).
#[derive(Debug)]
pub(crate) struct Runs<T> {
    paths: Vec<PathBuf>,
    folder: Option<Arc<tempfile::TempDir>>,
    dir: PathBuf,
    compare: Compare<T>,
}

impl<T: DeserializeOwned> Runs<T> {
    /// Every item, in order: the runs merged.
    pub(crate) fn merge(&self) -> Result<Merge<T>, Error> {
        let mut sources = Vec::with_capacity(self.paths.len());
        for path in &self.paths {
            let f = File::open(path).map_err(|e| spill_error(&self.dir, "cannot read", e))?;
            sources.push(Source::Run {
                reader: BufReader::with_capacity(64 << 10, f),
                buf: Vec::new(),
            });
        }
        Merge {
            heads: Vec::new(),
            sources,
            compare: self.compare,
            dir: self.dir.clone(),
            _folder: self.folder.clone(),
        }
        .start()
    }
}

/// Writes items as length-prefixed CBOR (an item that could not be read back from an earlier
/// run fails the write).
fn write_run<T: Serialize>(
    path: &Path,
    items: impl Iterator<Item = Result<T, Error>>,
) -> std::io::Result<()> {
    fail_hook(path)?;
    let mut w = BufWriter::with_capacity(64 << 10, File::create(path)?);
    let mut buf = Vec::new();
    for item in items {
        let item = item.map_err(std::io::Error::other)?;
        buf.clear();
        ciborium::into_writer(&item, &mut buf).map_err(std::io::Error::other)?;
        w.write_all(&(buf.len() as u32).to_le_bytes())?;
        w.write_all(&buf)?;
    }
    w.into_inner().map_err(|e| e.into_error())?.sync_data()
}

/// Counts one file about to be written to `path` for the `RECKON_SPILL_FAIL_AFTER` test hook
/// (spilled runs, and the files of a reconcile state); the hooked write fails as a full disk
/// would, after a partial write.
pub(crate) fn fail_hook(path: &Path) -> std::io::Result<()> {
    let n = RUNS_WRITTEN.fetch_add(1, AtomicOrdering::SeqCst) + 1;
    if let Some(fail) = std::env::var("RECKON_SPILL_FAIL_AFTER")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        && n >= fail
    {
        std::fs::write(path, b"partial")?;
        return Err(std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "no space left on device (RECKON_SPILL_FAIL_AFTER test hook)",
        ));
    }
    Ok(())
}

/// One input of a merge.
#[derive(Debug)]
enum Source<T> {
    Run {
        reader: BufReader<File>,
        buf: Vec<u8>,
    },
    Held(std::vec::IntoIter<T>),
}

/// The merged items of a [`Sorter`], in order (an iterator of results: reading a run can fail).
#[derive(Debug)]
pub(crate) struct Merge<T> {
    sources: Vec<Source<T>>,
    heads: Vec<Option<T>>,
    compare: Compare<T>,
    dir: PathBuf,
    /// Keeps the run files until the merge is dropped.
    _folder: Option<Arc<tempfile::TempDir>>,
}

impl<T: DeserializeOwned> Merge<T> {
    /// Reads the first item of every source.
    fn start(mut self) -> Result<Self, Error> {
        for i in 0..self.sources.len() {
            let head = self.read(i)?;
            self.heads.push(head);
        }
        Ok(self)
    }

    /// The next item of source `i`.
    fn read(&mut self, i: usize) -> Result<Option<T>, Error> {
        match &mut self.sources[i] {
            Source::Held(it) => Ok(it.next()),
            Source::Run { reader, buf } => {
                let mut len = [0u8; 4];
                match reader.read_exact(&mut len) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
                    Err(e) => return Err(spill_error(&self.dir, "cannot read", e)),
                }
                buf.resize(u32::from_le_bytes(len) as usize, 0);
                reader
                    .read_exact(buf)
                    .map_err(|e| spill_error(&self.dir, "cannot read", e))?;
                ciborium::from_reader(&buf[..])
                    .map(Some)
                    .map_err(|e| Error::Spill {
                        dir: self.dir.clone(),
                        reason: format!("a spilled run is corrupt: {e}"),
                    })
            }
        }
    }
}

impl<T: DeserializeOwned> Iterator for Merge<T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        // few runs: a linear scan for the least head is cheaper than a heap's bookkeeping;
        // ties go to the earliest source, so equal items keep their run order
        let mut best: Option<usize> = None;
        for (i, h) in self.heads.iter().enumerate() {
            if let Some(item) = h
                && best.is_none_or(|b| {
                    (self.compare)(item, self.heads[b].as_ref().expect("a head")) == Ordering::Less
                })
            {
                best = Some(i);
            }
        }
        let i = best?;
        let item = self.heads[i].take();
        match self.read(i) {
            Ok(next) => self.heads[i] = next,
            Err(e) => return Some(Err(e)),
        }
        item.map(Ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(bytes: usize, dir: &Path) -> Budget {
        Budget {
            bytes,
            dir: dir.to_path_buf(),
        }
    }

    /// Every item of a sorter, merged back in order.
    fn drain<T: Serialize + DeserializeOwned>(s: Sorter<T>) -> Vec<T> {
        let merge = s.finish().unwrap().merged().unwrap();
        merge.map(Result::unwrap).collect()
    }

    #[test]
    fn merged_runs_come_out_sorted() {
        let dir = tempfile::tempdir().unwrap();
        let mut s: Sorter<(u32, String)> =
            Sorter::new(budget(100, dir.path()), |a, b| a.cmp(b), |x| 24 + x.1.len());
        let items: Vec<(u32, String)> = (0..1000u32)
            .map(|i| ((i * 7919) % 1000, format!("item {i}")))
            .collect();
        for it in items.clone() {
            s.push(it).unwrap();
        }
        assert!(s.runs() > 10, "{} runs", s.runs());
        let merged = drain(s);
        let mut want = items;
        want.sort();
        assert_eq!(merged, want);
    }

    #[test]
    fn thousands_of_runs_are_merged_as_they_come_and_equal_items_keep_their_order() {
        let dir = tempfile::tempdir().unwrap();
        // one item a run: 5,000 runs, merged 64 at a time into two levels
        let mut s: Sorter<(u32, u32)> =
            Sorter::new(budget(1, dir.path()), |a, b| a.0.cmp(&b.0), |_| 8);
        let items: Vec<(u32, u32)> = (0..5000u32).map(|i| ((i * 7919) % 7, i)).collect();
        for it in items.clone() {
            s.push(it).unwrap();
        }
        assert_eq!(s.runs(), 5000 + 5000 / FAN_IN + 1);
        assert!(s.runs.len() < 2 * FAN_IN, "{} runs on disk", s.runs.len());
        let merged = drain(s);
        let mut want = items;
        want.sort_by_key(|x| x.0); // stable: equal keys in the order pushed
        assert_eq!(merged, want);
    }

    #[test]
    fn held_items_alone_need_no_disk() {
        let missing = Path::new("/nonexistent/reckon-spill-test");
        let mut s: Sorter<u32> = Sorter::new(budget(1 << 20, missing), |a, b| a.cmp(b), |_| 4);
        for i in [3, 1, 2] {
            s.push(i).unwrap();
        }
        let merged = drain(s);
        assert_eq!(merged, vec![1, 2, 3]);
    }

    #[test]
    fn a_spill_folder_that_cannot_be_made_is_an_error_naming_it() {
        let missing = Path::new("/nonexistent/reckon-spill-test");
        let mut s: Sorter<u32> = Sorter::new(budget(0, missing), |a, b| a.cmp(b), |_| 4);
        let err = s.push(1).unwrap_err().to_string();
        assert!(err.contains("/nonexistent/reckon-spill-test"), "{err}");
    }
}
