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

/// The arguments of `reckon run INPUT -o OUT EXTRA...`.
pub fn run_args<'a>(input: &'a Path, out: &'a Path, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["run", input.to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    args
}

/// Runs the binary with owned `args`, no stdin.
pub fn run_owned(args: &[String]) -> Run {
    run(&args.iter().map(String::as_str).collect::<Vec<_>>(), None)
}

/// Runs `reckon run INPUT --out-dir OUT EXTRA...`.
pub fn run_dir(input: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec![
        "run",
        input.to_str().unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args, None)
}

/// Runs `reckon run INPUT -o OUT EXTRA...`.
pub fn run_to(input: &Path, out: &Path, extra: &[&str]) -> Run {
    run(&run_args(input, out, extra), None)
}

/// The checkpoint journal of a run writing `out` (`.out.journal` beside it).
pub fn journal(out: &Path) -> PathBuf {
    out.with_file_name(format!(
        ".{}.journal",
        out.file_name().unwrap().to_string_lossy()
    ))
}

/// The partial file of a run writing `out` (`.out.partial` beside it).
pub fn partial(out: &Path) -> PathBuf {
    out.with_file_name(format!(
        ".{}.partial",
        out.file_name().unwrap().to_string_lossy()
    ))
}

/// Starts `reckon run INPUT -o OUT -q -j 1 EXTRA...` in the background and waits until its first
/// checkpoint journal exists.
pub fn start_and_wait_for_journal(input: &Path, out: &Path, extra: &[&str]) -> std::process::Child {
    let mut opts = vec!["-q", "-j", "1"];
    opts.extend_from_slice(extra);
    let child = reckon()
        .args(run_args(input, out, &opts))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let journal = journal(out);
    wait_for(&journal);
    assert!(journal.exists(), "a checkpoint was written");
    child
}

/// Starts `reckon ARGS` (a run writing `--out-dir OUT`) in the background, waits for the
/// checkpoint journal of OUT's documents.jsonl and then for `ready`, kills it (SIGKILL) and
/// checks that it left a checkpoint and no documents.jsonl.
pub fn kill_mid_run(args: &[String], out: &Path, ready: impl FnOnce()) {
    let journal = out.join(".documents.jsonl.journal");
    let mut child = reckon()
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for(&journal);
    ready();
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(journal.exists(), "a checkpoint was written before the kill");
    assert!(
        !out.join("documents.jsonl").exists(),
        "the run was killed before its end"
    );
}

/// Runs `reckon run INPUT -q -o /dev/null EXTRA...`: the test reads the files EXTRA names.
pub fn run_quiet(input: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["run", input.to_str().unwrap(), "-q", "-o", "/dev/null"];
    args.extend_from_slice(extra);
    run(&args, None)
}

/// `reckon run INPUT -q -o /dev/null --out-dir OUT`, which must succeed; the path of the
/// claims.jsonl it wrote.
pub fn run_claims(input: &Path, out: &Path) -> PathBuf {
    let r = run_quiet(input, &["--out-dir", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    out.join("claims.jsonl")
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

/// Runs the binary with `args` and the test hook `RECKON_SPILL_FAIL_AFTER=fail_after` (the N-th
/// file a spill or a state writes fails, as on a full disk), and asserts that it fails without a
/// panic, saying `said` and "no space left".
pub fn run_out_of_space(args: &[&str], fail_after: &str, said: &str) {
    let r = reckon()
        .args(args)
        .env("RECKON_SPILL_FAIL_AFTER", fail_after)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains(said) && stderr.contains("no space left"),
        "{stderr}"
    );
}

/// The files `reckon run --out-dir` writes.
pub const OUT_DIR_FILES: [&str; 8] = [
    "documents.jsonl",
    "claims.jsonl",
    "claims.csv",
    "claims.parquet",
    "events.jsonl",
    "series.jsonl",
    "series.csv",
    "findings.jsonl",
];

/// The files `reckon reconcile --out-dir` writes: those of `reckon run` but its documents and
/// claims.
pub const RECONCILE_FILES: &[&str] = OUT_DIR_FILES.split_at(2).1;

/// Asserts that each file of `names` has the same bytes in folders `a` and `b` (claims.parquet
/// only with the `parquet` feature).
pub fn same_files(a: &Path, b: &Path, names: &[&str]) {
    for name in names {
        if *name == "claims.parquet" && !cfg!(feature = "parquet") {
            continue;
        }
        let x = std::fs::read(a.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let y = std::fs::read(b.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(x == y, "{name} differs between {a:?} and {b:?}");
    }
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

/// Writes `dir/a/ok.txt` ("Readable.") beside `dir/a/dangling.txt`, a symlink to a file that
/// does not exist.
#[cfg(unix)]
pub fn readable_and_dangling(dir: &Path) {
    write(dir, "a/ok.txt", b"Readable.");
    std::os::unix::fs::symlink(dir.join("a/missing.txt"), dir.join("a/dangling.txt")).unwrap();
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
