//! Where output goes: stdout, or a file written atomically (a temporary file in the target
//! directory, renamed over the final name only when the run succeeds).
//!
//! The temporary file is locked (an exclusive advisory lock, `File::try_lock`) for as long as
//! the run writes it, so a second run with the same `-o` fails at once instead of interleaving
//! its records with the first run's.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

/// An output stream. Dropping it without [`Output::finish`] leaves no file under the final name.
pub struct Output {
    writer: BufWriter<Box<dyn Write + Send>>,
    /// `(temporary, final)` for file outputs.
    paths: Option<(PathBuf, PathBuf)>,
    /// Keep the partial file when the run fails (it has a journal and can be resumed).
    keep_partial: bool,
    /// Bytes written so far (including those of a resumed partial file).
    position: u64,
}

impl Output {
    /// Standard output (`None` or `-`), or an atomic file.
    pub fn create(path: Option<&Path>) -> anyhow::Result<Output> {
        match path {
            None => Ok(Output::stdout()),
            Some(p) if p.as_os_str() == "-" => Ok(Output::stdout()),
            Some(p) if is_device(p) => {
                // A device or a pipe (`/dev/null`, `/dev/full`, a FIFO): write to it directly;
                // renaming over it would replace the device.
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .with_context(|| format!("cannot open {}", p.display()))?;
                Ok(Output {
                    writer: BufWriter::with_capacity(1 << 20, Box::new(file)),
                    paths: None,
                    keep_partial: false,
                    position: 0,
                })
            }
            Some(p) => {
                let tmp = partial_path(p);
                let file = lock_partial(&tmp, p)?;
                // Only now, holding the lock, may an older (orphan) partial file be emptied.
                file.set_len(0)
                    .with_context(|| format!("cannot truncate {}", tmp.display()))?;
                Ok(Output {
                    writer: BufWriter::with_capacity(1 << 20, Box::new(file)),
                    paths: Some((tmp, p.to_path_buf())),
                    keep_partial: false,
                    position: 0,
                })
            }
        }
    }

    /// Reopens the partial file of an interrupted run, truncated to `len` bytes, for appending.
    /// A partial file shorter than `len` (truncated or replaced since its journal was written)
    /// is refused: extending it would publish a run of NUL bytes.
    pub fn resume(path: &Path, len: u64) -> anyhow::Result<Output> {
        let tmp = partial_path(path);
        if !tmp.exists() {
            anyhow::bail!("cannot resume: {} is missing", tmp.display());
        }
        let file = lock_partial(&tmp, path)?;
        let have = file
            .metadata()
            .with_context(|| format!("cannot read {}", tmp.display()))?
            .len();
        if have < len {
            anyhow::bail!(
                "cannot resume: the partial file {} holds {have} bytes, fewer than the {len} its \
                 journal records (it was truncated or replaced); remove it and {} to start over",
                tmp.display(),
                sibling(path, "journal").display()
            );
        }
        file.set_len(len)?;
        let mut file = file;
        io::Seek::seek(&mut file, io::SeekFrom::Start(len))?;
        Ok(Output {
            writer: BufWriter::with_capacity(1 << 20, Box::new(file)),
            paths: Some((tmp, path.to_path_buf())),
            keep_partial: true,
            position: len,
        })
    }

    fn stdout() -> Output {
        Output {
            writer: BufWriter::with_capacity(1 << 16, Box::new(io::stdout())),
            paths: None,
            keep_partial: false,
            position: 0,
        }
    }

    /// Bytes written so far.
    pub fn position(&self) -> u64 {
        self.position
    }

    /// Keeps the partial file if the run fails, so that `--resume` can continue it.
    pub fn keep_partial(&mut self) {
        self.keep_partial = true;
    }

    /// Gives the output up: the partial file is removed even if it was to be kept (a run
    /// stopped by `--strict` cannot usefully be resumed: it would stop at the same article).
    pub fn discard(mut self) {
        self.keep_partial = false;
    }

    /// Flushes buffered bytes (to make a checkpoint durable).
    pub fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }

    /// Flushes, and for a file renames the temporary file to its final name.
    pub fn finish(mut self) -> anyhow::Result<()> {
        let what = self.paths.as_ref().map_or_else(
            || "standard output".to_owned(),
            |(_, f)| f.display().to_string(),
        );
        self.writer
            .flush()
            .with_context(|| format!("cannot write {what}"))?;
        if let Some((tmp, fin)) = self.paths.take() {
            std::fs::rename(&tmp, &fin)
                .with_context(|| format!("cannot rename {} to {}", tmp.display(), fin.display()))?;
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.writer.write(buf)?;
        self.position += n as u64;
        Ok(n)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer.write_all(buf)?;
        self.position += buf.len() as u64;
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        // A run that failed leaves no file under the final name. (A killed run leaves the
        // partial file, which `--resume` continues.)
        if let Some((tmp, _)) = &self.paths
            && !self.keep_partial
        {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Opens (creating it if needed, never truncating it) the partial file `tmp` of output `fin`
/// and takes an exclusive lock on it, held until the file is closed. Fails at once when another
/// run holds the lock.
fn lock_partial(tmp: &Path, fin: &Path) -> anyhow::Result<File> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(tmp)
        .with_context(|| format!("cannot create {}", tmp.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            Err(anyhow::Error::new(OutputLocked(fin.display().to_string())))
        }
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", tmp.display()))
        }
    }
}

/// Another run is writing the same output file.
#[derive(Debug)]
pub struct OutputLocked(pub String);

impl std::fmt::Display for OutputLocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} is being written by another reckon run (its partial file is locked); wait for \
             that run to finish or write elsewhere",
            self.0
        )
    }
}

impl std::error::Error for OutputLocked {}

/// True for an existing path that is not a regular file or folder (a device, a FIFO): written
/// directly, never atomically, and never given a checkpoint journal.
pub fn is_device(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// The temporary name of an output being written: `.NAME.partial` next to it.
pub fn partial_path(p: &Path) -> PathBuf {
    sibling(p, "partial")
}

/// `.NAME.SUFFIX` next to `p`.
pub fn sibling(p: &Path, suffix: &str) -> PathBuf {
    let name = p
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    p.with_file_name(format!(".{name}.{suffix}"))
}

/// True if `e` (or its cause) is a broken pipe: the reader went away (`reckon ... | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

/// The checkpoint of a run writing to a file: how many input items are fully written, and how
/// many output bytes they took. Stored as `.NAME.journal` next to the output.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Checkpoint {
    /// Input items (documents and errors) consumed.
    pub items: u64,
    /// Output bytes written for them.
    pub bytes: u64,
    /// Bytes of the side output (`claims.jsonl` of `--out-dir`) written for them.
    #[serde(default)]
    pub side_bytes: u64,
    /// What the run read and how: `--resume` refuses to continue a run whose key differs.
    /// (None in journals of older versions, which are refused too.)
    #[serde(default)]
    pub key: Option<RunKey>,
}

/// What makes two runs the same run: their inputs (path and size) and every option that
/// changes the output bytes.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct RunKey {
    /// Each input as given, with its size (`a.jsonl (1234 bytes)`; a folder: its article files
    /// and their total size).
    pub inputs: Vec<String>,
    /// Option name to value, for every option that changes the output.
    pub options: std::collections::BTreeMap<String, String>,
}

impl RunKey {
    /// Why a run with key `self` cannot continue the journal's run `was`, if it cannot.
    pub fn differs_from(&self, was: &RunKey) -> Option<String> {
        if self.inputs.len() != was.inputs.len() {
            return Some(format!(
                "the inputs differ: the interrupted run read {} input(s) [{}], this one {} [{}]",
                was.inputs.len(),
                was.inputs.join(", "),
                self.inputs.len(),
                self.inputs.join(", ")
            ));
        }
        for (i, (now, then)) in self.inputs.iter().zip(&was.inputs).enumerate() {
            if now != then {
                return Some(format!(
                    "input {} differs: the interrupted run read {then}, this one {now}",
                    i + 1
                ));
            }
        }
        let names: std::collections::BTreeSet<&String> =
            self.options.keys().chain(was.options.keys()).collect();
        for name in names {
            let (now, then) = (self.options.get(name), was.options.get(name));
            if now != then {
                let show = |v: Option<&String>| v.map_or_else(|| "(none)".to_owned(), Clone::clone);
                return Some(format!(
                    "option {name} differs: the interrupted run had {}, this one has {}",
                    show(then),
                    show(now)
                ));
            }
        }
        None
    }
}

impl Checkpoint {
    /// Reads the journal of output `p`, if any.
    pub fn load(p: &Path) -> anyhow::Result<Option<Checkpoint>> {
        match std::fs::read_to_string(sibling(p, "journal")) {
            Ok(s) => Ok(Some(serde_json::from_str(&s).context("corrupt journal")?)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Writes the journal of output `p` atomically.
    pub fn save(self, p: &Path) -> anyhow::Result<()> {
        let journal = sibling(p, "journal");
        let tmp = sibling(p, "journal.tmp");
        std::fs::write(&tmp, serde_json::to_vec(&self)?)?;
        std::fs::rename(&tmp, &journal)?;
        Ok(())
    }

    /// Removes the journal of output `p` (the run finished).
    pub fn remove(p: &Path) {
        let _ = std::fs::remove_file(sibling(p, "journal"));
    }
}
