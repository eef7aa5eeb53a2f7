//! `reckon reconcile --state DIR`: claims added in batches, one run per batch, give the files
//! of reconciling every batch at once, byte for byte (the sample archive, and the first 300
//! articles of the real corpus when `target/corpus/newsarticles.jsonl.gz` is there); a state
//! of another archive, other options or another format version, a folder that is not a state,
//! a batch already added and a corrupt batch file are refused with a clear message and leave
//! the state as it was; so does a write that fails (a full disk, simulated with the test hook
//! `RECKON_SPILL_FAIL_AFTER=N`: the N-th file written fails). And `reckon run --out-dir
//! --resume` after a SIGKILL while claims were being spilled gives the same bytes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::util::{self, run};

/// Asserts that `a` and `b` hold the same files of `reckon reconcile --out-dir`.
fn same_files(a: &Path, b: &Path) {
    util::same_files(a, b, util::RECONCILE_FILES);
}

/// Every file of a folder with its bytes.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    util::file_names(dir, |_| true)
        .into_iter()
        .map(|n| {
            let bytes = std::fs::read(dir.join(&n)).unwrap();
            (n, bytes)
        })
        .collect()
}

/// The claims.jsonl of `reckon run` on `input`, cut into `n` files at document boundaries.
fn batches(input: &Path, dir: &Path, n: usize) -> (PathBuf, Vec<PathBuf>) {
    let full = dir.join("full");
    util::run_out_dir(input, &full);
    let text = std::fs::read_to_string(full.join("claims.jsonl")).unwrap();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let doc = |l: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        v.get("doc_id")
            .or_else(|| v.get("duplicate"))
            .and_then(|d| d.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let mut cuts = vec![0];
    for k in 1..n {
        let mut i = lines.len() * k / n;
        while i > 0 && i < lines.len() && doc(lines[i]) == doc(lines[i - 1]) {
            i += 1;
        }
        cuts.push(i);
    }
    cuts.push(lines.len());
    let files = cuts
        .windows(2)
        .enumerate()
        .map(|(k, w)| {
            util::write(
                dir,
                &format!("batch{k}.jsonl"),
                lines[w[0]..w[1]].concat().as_bytes(),
            )
        })
        .collect();
    (full.join("claims.jsonl"), files)
}

/// The arguments of `reckon reconcile --state STATE --archive test FILES... --out-dir OUT
/// --json` (plus `extra`).
fn add_args<'a>(
    state: &'a Path,
    files: &[&'a Path],
    out: &'a Path,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "reconcile",
        "--state",
        state.to_str().unwrap(),
        "--archive",
        "test",
        "--out-dir",
        out.to_str().unwrap(),
        "--json",
    ];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    args.extend(extra);
    args
}

/// Runs [`add_args`].
fn add(state: &Path, files: &[&Path], out: &Path, extra: &[&str]) -> util::Run {
    run(&add_args(state, files, out, extra), None)
}

/// Adds `files` one batch at a time and checks that the result equals reconciling them all at
/// once.
fn batches_equal_all_at_once(dir: &Path, files: &[PathBuf]) {
    let all = dir.join("all");
    let mut args = vec!["reconcile", "--json", "--out-dir", all.to_str().unwrap()];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let r = run(&args, None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let state = dir.join("state");
    for (k, f) in files.iter().enumerate() {
        let out = dir.join(format!("out{k}"));
        let r = add(&state, &[f], &out, &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains(&format!("batch {} added", k + 1)),
            "{}",
            r.stderr
        );
    }
    same_files(&all, &dir.join(format!("out{}", files.len() - 1)));
    // --state with no claims file writes the same result again, and adds nothing
    let again = dir.join("again");
    let before = contents(&state);
    let r = add(&state, &[], &again, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("nothing added"), "{}", r.stderr);
    same_files(&all, &again);
    assert_eq!(contents(&state), before);
}

#[test]
fn sample_in_three_batches_equals_all_at_once() {
    let dir = util::tempdir();
    let (_, files) = batches(&util::sample(), dir.path(), 3);
    assert_eq!(files.len(), 3);
    batches_equal_all_at_once(dir.path(), &files);
}

#[test]
fn real_corpus_in_three_batches_equals_all_at_once() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/corpus/newsarticles.jsonl.gz");
    if !corpus.exists() {
        eprintln!(
            "skipped: needs target/corpus/newsarticles.jsonl.gz (`cargo xtask corpus`, from \
             ../shared/corpus/newsarticles)"
        );
        return;
    }
    use std::io::BufRead;
    let dir = util::tempdir();
    let gz = flate2::read::GzDecoder::new(std::fs::File::open(&corpus).unwrap());
    let head: String = std::io::BufReader::new(gz)
        .lines()
        .take(300)
        .map(|l| l.unwrap() + "\n")
        .collect();
    let input = util::write(dir.path(), "head.jsonl", head.as_bytes());
    let (_, files) = batches(&input, dir.path(), 3);
    batches_equal_all_at_once(dir.path(), &files);
}

#[test]
fn refusals_are_clear_and_leave_the_state_as_it_was() {
    let dir = util::tempdir();
    let (_, files) = batches(&util::sample(), dir.path(), 2);
    let state = dir.path().join("state");
    let out = dir.path().join("out");
    let r = add(&state, &[&files[0]], &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let before = contents(&state);
    let refused = |args: &[&str], want: &str| {
        let r = run(args, None);
        assert_ne!(r.code, 0, "{args:?} was not refused: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
        assert_eq!(contents(&state), before, "{args:?} changed the state");
    };
    let (s, b0, b1) = (
        state.to_str().unwrap(),
        files[0].to_str().unwrap(),
        files[1].to_str().unwrap(),
    );
    // the same batch again
    refused(
        &["reconcile", "--state", s, "--archive", "test", b0],
        "already in the state",
    );
    // another archive, or none named
    refused(
        &["reconcile", "--state", s, "--archive", "other", b1],
        "this state is archive \"test\", not \"other\"",
    );
    refused(
        &["reconcile", "--state", s, b1],
        "this state is archive \"test\", not \"\"",
    );
    // other reconcile options
    refused(
        &[
            "reconcile",
            "--state",
            s,
            "--archive",
            "test",
            "--event-series",
            b1,
        ],
        "event_series=false in the state, event_series=true here",
    );
    // a state written by another format version
    let manifest = state.join("manifest.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let old = text.replacen("\"format\": 1", "\"format\": 0", 1);
    assert_ne!(old, text);
    std::fs::write(&manifest, &old).unwrap();
    let r = run(&["reconcile", "--state", s, "--archive", "test", b1], None);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("state format 0 (written by reckon ")
            && r.stderr.contains("is not this reckon's format 1"),
        "{}",
        r.stderr
    );
    std::fs::write(&manifest, &text).unwrap();
    // a folder that is not a state
    let other = dir.path().join("not-a-state");
    util::write(&other, "notes.txt", b"mine");
    let r = run(&["reconcile", "--state", other.to_str().unwrap(), b1], None);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("not a reckon state"), "{}", r.stderr);
    assert_eq!(
        util::file_names(&other, |n| !n.starts_with('.')),
        ["notes.txt"]
    );
    // a batch file whose bytes changed is an error when read
    let batch = util::file_names(&state, |n| n.starts_with("batch-"));
    let path = state.join(&batch[0]);
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&path, &bytes).unwrap();
    let r = run(&["reconcile", "--state", s, "--archive", "test", b1], None);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("is corrupt"), "{}", r.stderr);
}

#[test]
fn a_failed_write_leaves_the_state_as_it_was() {
    let dir = util::tempdir();
    let (_, files) = batches(&util::sample(), dir.path(), 2);
    let state = dir.path().join("state");
    let r = add(&state, &[&files[0]], &dir.path().join("first"), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let before = contents(&state);
    // the 1st file written is the new batch, the 2nd the new manifest (nothing is spilled at
    // the default budget)
    for (fail, said) in [
        ("1", "cannot write the batch"),
        ("2", "cannot write manifest.json"),
    ] {
        let out = dir.path().join(format!("out{fail}"));
        util::run_out_of_space(&add_args(&state, &[&files[1]], &out, &[]), fail, said);
        assert_eq!(
            contents(&state),
            before,
            "RECKON_SPILL_FAIL_AFTER={fail} changed the state"
        );
    }
    // and the batch is added afterwards as if nothing had happened
    let all = dir.path().join("all");
    let r = run(
        &[
            "reconcile",
            "--json",
            "--out-dir",
            all.to_str().unwrap(),
            files[0].to_str().unwrap(),
            files[1].to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = dir.path().join("out");
    let r = add(&state, &[&files[1]], &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    same_files(&all, &out);
}

/// Polls (up to a minute) until `dir` has an entry: a spill folder, before the test kills the
/// run that writes it.
fn wait_for_entry(dir: &Path) {
    let start = std::time::Instant::now();
    while std::fs::read_dir(dir).unwrap().next().is_none()
        && start.elapsed() < std::time::Duration::from_secs(60)
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[test]
fn resume_after_sigkill_mid_spill_gives_the_same_bytes() {
    let dir = util::tempdir();
    // about 250 claims a run: a budget much smaller makes thousands of runs, which the merge
    // reads all at once
    let input = util::write(dir.path(), "a.jsonl", util::jsonl(20_000).as_bytes());
    let spill = dir.path().join("spill");
    std::fs::create_dir(&spill).unwrap();
    let args = |out: &Path| -> Vec<String> {
        [
            "run",
            input.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
            "-q",
            "-j",
            "1",
            "--max-memory",
            "256K",
            "--spill-dir",
            spill.to_str().unwrap(),
        ]
        .map(String::from)
        .to_vec()
    };
    let full = dir.path().join("full");
    let r = util::run_owned(&args(&full));
    assert_eq!(r.code, 0, "{}", r.stderr);

    let out = dir.path().join("out");
    // killed with claims spilled
    util::kill_mid_run(&args(&out), &out, || wait_for_entry(&spill));
    let spilled = util::file_names(&spill, |n| n.starts_with("reckon-spill-"));
    assert!(!spilled.is_empty(), "claims were spilled before the kill");

    let r = util::run_owned(&[args(&out), vec!["--resume".to_owned()]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    util::same_files(&out, &full, &["documents.jsonl", "claims.jsonl"]);
    same_files(&out, &full);
}
