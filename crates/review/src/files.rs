//! Golden folders on disk: the file name of a document id ([`golden_path`]), listing and reading
//! a folder ([`list_golden`], [`read_golden`]) and writing it ([`GoldenWriter`]: one file per
//! document, written atomically, two ids never sharing a file).

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::Error;
use crate::document::GoldenDoc;
use crate::parser::parse_golden;

/// The extension of golden files (`<id>.golden`).
pub const GOLDEN_EXT: &str = "golden";

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// 64-bit FNV-1a, for shortening over-long file names deterministically.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One path component, percent-encoded: ASCII letters, digits, `-`, `_` and inner dots stay;
/// everything else (`%`, spaces, `:`, non-ASCII) becomes `%XX`.
fn encode_component(c: &str, last: bool) -> String {
    if c.is_empty() {
        return "%".to_owned();
    }
    let mut out = String::with_capacity(c.len());
    for (i, b) in c.bytes().enumerate() {
        let keep = b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || (b == b'.' && i > 0);
        if keep {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    // Windows: device names are reserved whatever the extension, and a folder's trailing dot
    // is dropped.
    let stem = out.split('.').next().unwrap_or("").to_ascii_lowercase();
    let reserved = matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || (stem.len() == 4
            && (stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved {
        let first = out.as_bytes()[0];
        out.replace_range(0..1, &format!("%{first:02X}"));
    }
    if !last && out.ends_with('.') {
        out.pop();
        out.push_str("%2E");
    }
    // A folder must not look like a golden file.
    let suffix = format!(".{GOLDEN_EXT}");
    if !last && out.ends_with(&suffix) {
        let at = out.len() - suffix.len();
        out.replace_range(at..=at, "%2E");
    }
    if out.len() > 150 {
        let mut cut = 120;
        while !out.is_char_boundary(cut)
            || out[..cut].ends_with('%')
            || out[..cut - 1].ends_with('%')
        {
            cut -= 1;
        }
        out = format!("{}~{:016x}", &out[..cut], fnv(c));
    }
    out
}

/// The golden file of a document, relative to the golden directory: the id's `/`-separated
/// parts as folders, each percent-encoded so that any id is a safe, distinct file name
/// (`a/b.txt` → `a/b.txt.golden`, `x.jsonl:3` → `x.jsonl%3A3.golden`). Two ids differing only
/// in case are refused by [`GoldenWriter`] (case-insensitive file systems).
pub fn golden_path(id: &str) -> PathBuf {
    let parts: Vec<&str> = id.split('/').collect();
    let mut p = PathBuf::new();
    for (i, c) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let mut name = encode_component(c, last);
        if last {
            name.push('.');
            name.push_str(GOLDEN_EXT);
        }
        p.push(name);
    }
    p
}

/// Every golden file under `dir`, relative to it, sorted; an absent `dir` has none.
pub fn list_golden(dir: &Path) -> Result<BTreeSet<PathBuf>, Error> {
    let mut out = BTreeSet::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let abs = dir.join(&rel);
        for entry in std::fs::read_dir(&abs).map_err(io_err(&abs))? {
            let entry = entry.map_err(io_err(&abs))?;
            let kind = entry.file_type().map_err(io_err(&entry.path()))?;
            let name = rel.join(entry.file_name());
            if kind.is_dir() {
                stack.push(name);
            } else if name.extension().is_some_and(|e| e == GOLDEN_EXT) {
                out.insert(name);
            }
        }
    }
    Ok(out)
}

/// Reads and parses one golden file (`rel` relative to `dir`).
pub fn read_golden(dir: &Path, rel: &Path) -> Result<(GoldenDoc, String), Error> {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).map_err(io_err(&path))?;
    let doc = parse_golden(&text).map_err(|(line, reason)| Error::Parse {
        path: path.clone(),
        line,
        reason,
    })?;
    Ok((doc, text))
}

/// Writes the golden files of a directory, refusing two documents that map to one file.
#[derive(Debug)]
pub struct GoldenWriter {
    dir: PathBuf,
    /// Lower-cased relative path → the id written there.
    written: HashMap<String, String>,
}

impl GoldenWriter {
    /// A writer into `dir` (created when needed).
    pub fn new(dir: &Path) -> GoldenWriter {
        GoldenWriter {
            dir: dir.to_path_buf(),
            written: HashMap::new(),
        }
    }

    /// Claims the golden file of `id`: an error if another document of this run already took it.
    pub fn claim(&mut self, id: &str) -> Result<PathBuf, Error> {
        let rel = golden_path(id);
        let key = rel.to_string_lossy().to_lowercase();
        if let Some(first) = self.written.get(&key) {
            return Err(Error::Collision {
                path: rel,
                first: first.clone(),
                second: id.to_owned(),
            });
        }
        self.written.insert(key, id.to_owned());
        Ok(rel)
    }

    /// Writes `text` as the golden file `rel` (from [`GoldenWriter::claim`]), unless it already
    /// holds exactly that. Returns whether the file changed.
    pub fn write(&self, rel: &Path, text: &str) -> Result<bool, Error> {
        let path = self.dir.join(rel);
        if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            return Ok(false);
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        let tmp = path.with_extension(format!("{GOLDEN_EXT}.partial"));
        std::fs::write(&tmp, text).map_err(io_err(&tmp))?;
        std::fs::rename(&tmp, &path).map_err(io_err(&path))?;
        Ok(true)
    }

    /// Removes golden file `rel` and the folders it leaves empty.
    pub fn remove(&self, rel: &Path) -> Result<(), Error> {
        let path = self.dir.join(rel);
        std::fs::remove_file(&path).map_err(io_err(&path))?;
        let mut parent = rel.parent();
        while let Some(p) = parent.filter(|p| !p.as_os_str().is_empty()) {
            if std::fs::remove_dir(self.dir.join(p)).is_err() {
                break;
            }
            parent = p.parent();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_distinct() {
        assert_eq!(golden_path("a/b.txt"), PathBuf::from("a/b.txt.golden"));
        assert_eq!(
            golden_path("x.jsonl:3"),
            PathBuf::from("x.jsonl%3A3.golden")
        );
        assert_eq!(golden_path("../etc"), PathBuf::from("%2E%2E/etc.golden"));
        assert_eq!(golden_path("a//b"), PathBuf::from("a/%/b.golden"));
        assert_eq!(
            golden_path("a.golden/b"),
            PathBuf::from("a%2Egolden/b.golden")
        );
        assert_eq!(golden_path("con"), PathBuf::from("%63on.golden"));
        assert_eq!(golden_path("NUL.txt"), PathBuf::from("%4EUL.txt.golden"));
        assert_eq!(golden_path("Lpt1/x"), PathBuf::from("%4Cpt1/x.golden"));
        assert_eq!(
            golden_path("console/a."),
            PathBuf::from("console/a..golden")
        );
        assert_eq!(golden_path("a./b"), PathBuf::from("a%2E/b.golden"));
        assert_ne!(golden_path("a b"), golden_path("a_b"));
        assert_ne!(golden_path("a%20b"), golden_path("a b"));
        let long = "x".repeat(400);
        let p = golden_path(&long);
        assert!(p.to_str().unwrap().len() < 200);
        assert_ne!(p, golden_path(&format!("{long}y")));
    }
}
