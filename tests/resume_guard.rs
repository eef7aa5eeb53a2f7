//! One output, one run: `--resume` continues only the run its journal describes (same inputs,
//! same sizes, same options; a partial file at least as long as the journal says), and a second
//! run writing the same `-o` fails at once instead of interleaving with the first.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::util::{self, run};

/// A run killed (SIGKILL) after its first checkpoint.
fn interrupted_run(input: &Path, out: &Path, extra: &[&str]) {
    let mut child = util::start_and_wait_for_journal(input, out, extra);
    child.kill().unwrap();
    child.wait().unwrap();
}

/// `reckon run INPUT -o OUT --resume -q EXTRA...`.
fn resume(input: &Path, out: &Path, extra: &[&str]) -> util::Run {
    let mut opts = vec!["--resume", "-q"];
    opts.extend_from_slice(extra);
    util::run_to(input, out, &opts)
}

#[test]
fn resume_refuses_another_input_other_sizes_or_other_options() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(60_000).as_bytes());
    let other = util::write(dir.path(), "b.jsonl", util::jsonl(60_000).as_bytes());
    let out = dir.path().join("out.jsonl");
    interrupted_run(&input, &out, &[]);

    let r = resume(&other, &out, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("input 1 differs") && r.stderr.contains("b.jsonl"),
        "{}",
        r.stderr
    );

    let r = resume(&input, &out, &["--emit", "all"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("option --emit differs"), "{}", r.stderr);

    let r = resume(&input, &out, &["--claim-records"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("option --claim-records differs"),
        "{}",
        r.stderr
    );

    // The same path, grown since the interruption.
    let mut grown = std::fs::read(&input).unwrap();
    grown.extend_from_slice(util::jsonl(3).as_bytes());
    std::fs::write(&input, &grown).unwrap();
    let r = resume(&input, &out, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("input 1 differs"), "{}", r.stderr);

    // Every refusal left the interrupted run as it was, and published nothing.
    assert!(util::partial(&out).exists() && util::journal(&out).exists());
    assert!(!out.exists());
    assert!(r.stdout.is_empty());
}

#[test]
fn resume_refuses_a_partial_file_shorter_than_its_journal() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(60_000).as_bytes());
    let out = dir.path().join("out.jsonl");
    interrupted_run(&input, &out, &[]);
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(util::partial(&out))
        .unwrap();
    f.set_len(10).unwrap();
    drop(f);
    let r = resume(&input, &out, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("fewer than"), "{}", r.stderr);
    assert!(!out.exists(), "nothing published (no run of NUL bytes)");
    assert_eq!(std::fs::metadata(util::partial(&out)).unwrap().len(), 10);
}

#[test]
fn a_second_run_on_the_same_output_fails_at_once() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(60_000).as_bytes());
    let out = dir.path().join("out.jsonl");
    let mut first = util::start_and_wait_for_journal(&input, &out, &[]);
    let start = Instant::now();
    let second = util::run_to(&input, &out, &["-q"]);
    let took = start.elapsed();
    let first_still_running = first.try_wait().unwrap().is_none();
    assert_eq!(second.code, 2, "{}", second.stderr);
    assert!(
        second
            .stderr
            .contains("being written by another reckon run"),
        "{}",
        second.stderr
    );
    assert!(
        took < Duration::from_secs(30),
        "refused only after {took:?}"
    );
    // The first run's partial file is untouched by the refused run.
    if first_still_running {
        assert!(util::partial(&out).exists());
        let resumed = resume(&input, &out, &[]);
        assert_eq!(resumed.code, 2, "--resume is refused as well while it runs");
        assert!(
            resumed
                .stderr
                .contains("being written by another reckon run")
        );
    }
    first.kill().unwrap();
    first.wait().unwrap();
}

#[test]
fn strict_stop_leaves_no_partial_file_or_journal() {
    let dir = util::tempdir();
    let mut data = util::jsonl(700);
    data.push_str("broken line\n");
    let input = util::write(dir.path(), "a.jsonl", data.as_bytes());
    let out = dir.path().join("out.jsonl");
    let r = util::run_to(&input, &out, &["--strict", "-q", "-j", "1"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let leftovers = util::file_names(dir.path(), |n| n.starts_with('.') || n == "out.jsonl");
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
}

#[test]
fn html_into_a_missing_folder_fails_before_the_run() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(5).as_bytes());
    let out = dir.path().join("out.jsonl");
    let html = dir.path().join("no/such/folder/report.html");
    let r = util::run_to(&input, &out, &["--html", html.to_str().unwrap(), "-q"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
    assert!(
        !out.exists() && !util::partial(&out).exists(),
        "nothing was run"
    );
}

#[test]
fn reconcile_html_goes_into_its_new_out_dir_but_not_a_missing_folder() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(5).as_bytes());
    let first = dir.path().join("first");
    let r = run(
        &[
            "run",
            input.to_str().unwrap(),
            "--out-dir",
            first.to_str().unwrap(),
            "-q",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let claims = first.join("claims.jsonl");
    // --out-dir is created before the --html folder is checked.
    let fresh = dir.path().join("fresh");
    let html = fresh.join("report.html");
    let r = run(
        &[
            "reconcile",
            claims.to_str().unwrap(),
            "--out-dir",
            fresh.to_str().unwrap(),
            "--html",
            html.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(html.exists());
    let missing = dir.path().join("missing/report.html");
    let r = run(
        &[
            "reconcile",
            claims.to_str().unwrap(),
            "--html",
            missing.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "failed before the report");
}
