//! `reckon run --pipe` as a line-in, line-out filter for Spark's `RDD.pipe` (and `xargs`,
//! `parallel`, Beam...), tested on the binary without Spark. The traps of RDD.pipe each have a
//! test: it ignores exit codes unless `checkCode=True` (so failures must be exit codes), it gives
//! the command an empty environment, and it decodes stdout as UTF-8 line by line.
//! `cargo xtask spark-check` runs the real thing.

use std::process::Stdio;

use crate::util::{self, run};

/// Non-blank input lines, each a different kind of trouble, in this order.
fn mixed_input() -> Vec<u8> {
    let mut v = Vec::new();
    // A first line that is not JSON: without --pipe, `reckon run -` would sniff the whole
    // stream as one text article.
    v.extend_from_slice(b"not JSON at all\n");
    v.extend_from_slice(
        b"{\"id\":\"a\",\"date\":\"2025-07-01\",\"text\":\"More than 1,000 people were displaced, officials said on Sunday.\"}\n",
    );
    v.extend_from_slice(b"\n   \n"); // blank lines are not articles
    v.extend_from_slice(b"[1, 2, 3]\n");
    v.extend_from_slice(b"{\"id\":\"empty\",\"text\":\"\"}\n");
    v.extend_from_slice(b"{\"id\":\"bytes\",\"text\":\"caf\xc3\xa9 \xff\xfe 12 dead\"}\n");
    v.extend_from_slice(b"{\"text\":\"No id here; 3 ministers resigned.\"}\n");
    v.extend_from_slice(b"{\"id\":\"last\",\"text\":\"Prices rose 4% in May.\"}");
    v
}

#[test]
fn one_record_per_line_in_order_errors_as_records_nothing_on_stderr() {
    let r = run(&["run", "--pipe"], Some(&mixed_input()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "", "a filter writes nothing on stderr");
    assert!(!r.stdout.contains('\x1b'), "no terminal escapes");
    let recs = r.records();
    let view: Vec<String> = recs
        .iter()
        .map(|rec| match rec.get("error") {
            Some(e) => format!("error {}", e["code"].as_str().unwrap()),
            None => format!("doc {}", rec["id"].as_str().unwrap()),
        })
        .collect();
    let bytes = &view[4];
    assert!(
        bytes == "doc bytes" || bytes == "error invalid_utf8",
        "undecodable bytes give one record: {bytes}"
    );
    assert_eq!(
        view,
        [
            "error not_json",
            "doc a",
            "error not_json",
            "error empty_text",
            bytes.as_str(),
            "doc -:8",
            "doc last"
        ],
        "{}",
        r.stdout
    );
}

#[test]
fn the_same_records_as_a_file_run_with_any_thread_count() {
    let input = util::jsonl(900);
    let one = run(&["run", "--pipe", "-j", "1"], Some(input.as_bytes()));
    let two = run(&["run", "--pipe", "-j", "2"], Some(input.as_bytes()));
    let dir = util::tempdir();
    let p = util::write(dir.path(), "a.jsonl", input.as_bytes());
    let file = run(&["run", p.to_str().unwrap(), "-q"], None);
    assert_eq!(one.records().len(), 900);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, file.stdout);
}

#[test]
fn empty_input_gives_no_record_and_success() {
    // Spark starts the command for every partition, empty ones too.
    for input in [&b""[..], b"\n\n"] {
        let r = run(&["run", "--pipe"], Some(input));
        assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    }
}

#[test]
fn strict_turns_a_bad_line_into_an_exit_code() {
    // What checkCode=True needs to fail the task instead of losing the partition's rest.
    let input = format!("{}not json\n{}", util::jsonl(2), util::jsonl(2));
    let r = run(&["run", "--pipe", "--strict"], Some(input.as_bytes()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("stopped by --strict"), "{}", r.stderr);
}

#[test]
fn runs_with_an_empty_environment() {
    // RDD.pipe's default env: nothing, not even PATH (the command is an absolute path).
    let mut c = util::reckon();
    c.env_clear()
        .args(["run", "--pipe", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("reckon runs");
    let input = util::jsonl(5);
    let mut sin = child.stdin.take().expect("stdin");
    std::thread::spawn(move || {
        use std::io::Write;
        sin.write_all(input.as_bytes()).expect("write stdin");
    });
    let out = child.wait_with_output().expect("reckon finishes");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    assert_eq!(stdout.lines().count(), 5);
}

#[test]
fn claim_records_cut_off_give_the_plain_record_and_the_claims_file() {
    let input = util::jsonl(40);
    let with = run(
        &["run", "--pipe", "--claim-records"],
        Some(input.as_bytes()),
    );
    let plain = run(&["run", "--pipe"], Some(input.as_bytes()));
    let dir = util::tempdir();
    let p = util::write(dir.path(), "a.jsonl", input.as_bytes());
    let out = dir.path().join("out");
    let r = run(
        &[
            "run",
            p.to_str().unwrap(),
            "-q",
            "--out-dir",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // examples/spark/reckon_job.py cuts each line at its last `,"claim_records":`.
    let key = ",\"claim_records\":";
    let mut docs = Vec::new();
    let mut claims = Vec::new();
    for line in with.stdout.lines() {
        let i = line.rfind(key).expect("every document has claim_records");
        docs.push(format!("{}}}", &line[..i]));
        let array: Vec<serde_json::Value> =
            serde_json::from_str(&line[i + key.len()..line.len() - 1]).expect("a JSON array");
        claims.extend(array);
    }
    assert_eq!(docs.join("\n") + "\n", plain.stdout);
    let file: Vec<serde_json::Value> = std::fs::read_to_string(out.join("claims.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!file.is_empty());
    assert_eq!(claims, file);
}

#[test]
fn pipe_reads_standard_input_only() {
    let dir = util::tempdir();
    let p = util::write(dir.path(), "a.jsonl", util::jsonl(1).as_bytes());
    let r = run(&["run", "--pipe", p.to_str().unwrap()], Some(b""));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("standard input only"), "{}", r.stderr);
    let r = run(
        &["run", "--pipe", "--out-dir", dir.path().to_str().unwrap()],
        Some(b""),
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--pipe"), "{}", r.stderr);
}
