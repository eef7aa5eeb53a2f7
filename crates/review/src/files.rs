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
/// The longest relative path [`golden_path`] gives (bytes), and the most folders it nests:
/// longer or deeper ids are mapped to a bounded name (see there).
pub const MAX_GOLDEN_PATH: usize = 240;
const MAX_DEPTH: usize = 16;
/// Of an over-long id, the folders kept (bytes) and the start of the rest kept in the file name.
const KEPT_FOLDERS: usize = 120;
const KEPT_NAME: usize = 60;

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

/// `s` (percent-encoded) cut to at most `n` bytes, never inside a `%XX`.
fn cut_encoded(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut cut = n;
    while cut > 0 && (s[..cut].ends_with('%') || s[..cut - 1].ends_with('%')) {
        cut -= 1;
    }
    &s[..cut]
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
///
/// The path is bounded, so that no id can make a file name the system refuses: an id whose path
/// would be longer than [`MAX_GOLDEN_PATH`] bytes or more than 16 folders deep keeps its first
/// folders (up to 120 bytes), and its file is named after the start of the rest and a hash of
/// the whole id (`a/b/.../c~89ab01cd23ef4567.golden`); the same id always gets the same name.
pub fn golden_path(id: &str) -> PathBuf {
    let parts: Vec<&str> = id.split('/').collect();
    let names: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, c)| encode_component(c, i + 1 == parts.len()))
        .collect();
    let len: usize = names.iter().map(|n| n.len() + 1).sum::<usize>() + GOLDEN_EXT.len();
    let mut p = PathBuf::new();
    if len <= MAX_GOLDEN_PATH && names.len() <= MAX_DEPTH {
        for (i, name) in names.iter().enumerate() {
            if i + 1 == names.len() {
                p.push(format!("{name}.{GOLDEN_EXT}"));
            } else {
                p.push(name);
            }
        }
        return p;
    }
    let mut used = 0;
    let mut kept = 0;
    while kept + 1 < names.len() && kept < MAX_DEPTH && used + names[kept].len() < KEPT_FOLDERS {
        used += names[kept].len() + 1;
        p.push(&names[kept]);
        kept += 1;
    }
    // The rest starts with a folder's name when folders were dropped: encode it as a last part.
    let rest = encode_component(parts[kept], true);
    p.push(format!(
        "{}~{:016x}.{GOLDEN_EXT}",
        cut_encoded(&rest, KEPT_NAME),
        fnv(id)
    ));
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

    /// Refuses a symbolic link on the way from the golden folder to `rel` (the file included):
    /// a link planted in the folder must not make reckon write or delete anywhere else.
    /// Components that do not exist yet are created as real folders by [`GoldenWriter::write`].
    fn refuse_links(&self, rel: &Path) -> Result<(), Error> {
        let mut at = self.dir.clone();
        for c in rel.components() {
            at.push(c);
            match std::fs::symlink_metadata(&at) {
                Ok(m) if m.file_type().is_symlink() => return Err(Error::Symlink { path: at }),
                Ok(_) => {}
                Err(_) => break,
            }
        }
        Ok(())
    }

    /// Writes `text` as the golden file `rel` (from [`GoldenWriter::claim`]), unless it already
    /// holds exactly that. Returns whether the file changed. The file is written to a fresh
    /// `.partial` beside it (never through an existing file or link), then renamed over it; a
    /// symbolic link on the way is an error ([`Error::Symlink`]).
    pub fn write(&self, rel: &Path, text: &str) -> Result<bool, Error> {
        let path = self.dir.join(rel);
        self.refuse_links(rel)?;
        if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            return Ok(false);
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        let tmp = path.with_extension(format!("{GOLDEN_EXT}.partial"));
        if std::fs::symlink_metadata(&tmp).is_ok() {
            std::fs::remove_file(&tmp).map_err(io_err(&tmp))?;
        }
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(io_err(&tmp))?;
        std::io::Write::write_all(&mut f, text.as_bytes()).map_err(io_err(&tmp))?;
        drop(f);
        std::fs::rename(&tmp, &path).map_err(io_err(&path))?;
        Ok(true)
    }

    /// Removes golden file `rel` and the folders it leaves empty.
    pub fn remove(&self, rel: &Path) -> Result<(), Error> {
        self.refuse_links(rel)?;
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

    #[test]
    fn an_id_of_thousands_of_segments_gets_a_bounded_stable_name() {
        let deep = vec!["seg"; 3000].join("/");
        let p = golden_path(&deep);
        assert!(p.as_os_str().len() <= MAX_GOLDEN_PATH, "{}", p.display());
        assert!(p.components().count() <= MAX_DEPTH + 1, "{}", p.display());
        assert!(p.starts_with("seg/seg/seg"), "{}", p.display());
        assert_eq!(p.extension().unwrap(), GOLDEN_EXT);
        assert_eq!(p, golden_path(&deep), "stable");
        assert_ne!(p, golden_path(&format!("{deep}/x")));
        assert_ne!(p, golden_path(&deep.replacen("seg", "ges", 1)));
        let wide = vec!["é".repeat(100); 40].join("/");
        let q = golden_path(&wide);
        assert!(q.as_os_str().len() <= MAX_GOLDEN_PATH, "{}", q.display());
        // Ids that fit keep their readable path.
        assert_eq!(golden_path("a/b/c.txt"), PathBuf::from("a/b/c.txt.golden"));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_in_the_golden_folder_is_never_written_through() {
        let root =
            std::env::temp_dir().join(format!("reckon-review-symlink-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let (dir, outside) = (root.join("golden"), root.join("outside"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("wire")).unwrap();
        let mut w = GoldenWriter::new(&dir);
        let rel = w.claim("wire/a.txt").unwrap();
        let err = w.write(&rel, "x").unwrap_err();
        assert!(matches!(err, Error::Symlink { .. }), "{err}");
        // A planted .partial link is replaced, not followed.
        std::os::unix::fs::symlink(outside.join("b"), dir.join("b.txt.golden.partial")).unwrap();
        let rel = w.claim("b.txt").unwrap();
        assert!(w.write(&rel, "y").unwrap());
        assert_eq!(
            std::fs::read_to_string(dir.join("b.txt.golden")).unwrap(),
            "y"
        );
        assert_eq!(
            std::fs::read_dir(&outside).unwrap().count(),
            0,
            "nothing written outside"
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
