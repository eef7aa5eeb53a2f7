//! Interrupted runs: outputs appear atomically, --resume after SIGKILL gives the same bytes as an
//! uninterrupted run, a closed pipe ends quietly, a full disk is a clear error.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;

use crate::util;

#[test]
fn a_failed_run_leaves_no_file_under_the_final_name() {
    let dir = util::tempdir();
    let mut data = util::jsonl(50);
    data.push_str("broken line\n");
    let input = util::write(dir.path(), "a.jsonl", data.as_bytes());
    let out = dir.path().join("out.jsonl");
    let r = util::run_to(&input, &out, &["--strict", "-q"]);
    assert_eq!(r.code, 1);
    assert!(!out.exists());
    let ok = util::run_to(&input, &out, &["-q"]);
    assert_eq!(ok.code, 0);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 51);
    let leftovers = util::file_names(dir.path(), |n| n.starts_with('.'));
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn resume_after_sigkill_gives_the_same_bytes_as_an_uninterrupted_run() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(60_000).as_bytes());
    let full = dir.path().join("full.jsonl");
    let r = util::run_to(&input, &full, &["-q", "-j", "1"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let out = dir.path().join("out.jsonl");
    let journal = util::journal(&out);
    let mut child = util::start_and_wait_for_journal(&input, &out, &[]);
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(journal.exists(), "a checkpoint was written before the kill");
    assert!(
        !out.exists(),
        "a killed run leaves no file under the final name"
    );

    let r = util::run_to(&input, &out, &["--resume", "-j", "2"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("resuming after"), "{}", r.stderr);
    assert!(
        std::fs::read(&out).unwrap() == std::fs::read(&full).unwrap(),
        "resumed output differs"
    );
    assert!(!journal.exists());
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(20_000).as_bytes());
    let mut child = util::reckon()
        .args(["run", input.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: like `reckon run ... | head -1`.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with("{\"id\":\"d0\""), "{first}");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("error"),
        "{stderr}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_a_clear_error() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(5_000).as_bytes());
    let r = util::run_to(&input, Path::new("/dev/full"), &["-q"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("No space left on device"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}
