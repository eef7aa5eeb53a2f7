//! Helpers shared by the end-to-end tests: running the binary, reading its JSONL.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Waits (up to a minute) until `path` exists: a run's first checkpoint journal, before the
/// test kills it.
pub fn wait_for(path: &Path) {
    let start = std::time::Instant::now();
    while !path.exists() && start.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// The `reckon` binary under test.
pub fn reckon() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_reckon"));
    c.env_remove("RECKON_INJECT_PANIC");
    c
}

/// The result of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The JSON records on stdout, one per line.
    pub fn records(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSONL line {l:?}: {e}"))
            })
            .collect()
    }

    /// (documents written, errors reported) among the records.
    pub fn counts(&self) -> (usize, usize) {
        let recs = self.records();
        let errors = recs.iter().filter(|r| r.get("error").is_some()).count();
        (recs.len() - errors, errors)
    }

    /// The error messages of the error records.
    pub fn error_messages(&self) -> Vec<String> {
        self.records()
            .iter()
            .filter_map(|r| Some(r.get("error")?.get("message")?.as_str()?.to_owned()))
            .collect()
    }
}

/// Runs the binary with `args`, optional stdin bytes.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut c = reckon();
    c.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    c.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = c.spawn().expect("reckon runs");
    if let Some(bytes) = stdin {
        use std::io::Write;
        let mut sin = child.stdin.take().expect("stdin");
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            let _ = sin.write_all(&bytes);
        });
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("reckon finishes");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// `reckon run -q INPUT --out-dir OUT`, which must succeed.
pub fn run_out_dir(input: &Path, out: &Path) {
    let r = run(
        &[
            "run",
            "-q",
            input.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// The names of the files in `dir` that `keep` selects (what a failed or interrupted run left
/// behind).
pub fn file_names(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| keep(n))
        .collect()
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Writes `bytes` to `dir/name`, creating parent folders.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(&p, bytes).expect("write");
    p
}

/// gzip-compresses `bytes`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

/// The bundled sample archive.
pub fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/archive")
}

/// `n` JSONL article lines with ids `d0..d{n-1}`.
pub fn jsonl(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"id\":\"d{i}\",\"date\":\"2025-07-0{}\",\"text\":\"Article {i}. More than {} people were displaced, officials said on Sunday.\"}}\n",
                1 + i % 9,
                1000 + i
            )
        })
        .collect()
}
