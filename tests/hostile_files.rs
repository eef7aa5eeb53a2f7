//! Files that used to hang a run, leak garbage or lose documents: FIFOs in folders and named
//! pipes given directly, damaged gzip/zstd members, duplicate ids, big numeric ids, impossible
//! header dates, I/O error records without ids. Each case checks the accounting: articles in =
//! documents written + errors reported (a damaged compressed member counts as one error).

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::util::{self, run};

/// `reckon tokenize -q ARGS...`, killed (and the test failed) if it runs past 60 s.
fn tokenize_with_timeout(args: &[&str]) -> util::Run {
    let mut child = util::reckon()
        .arg("tokenize")
        .arg("-q")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("reckon hung on {args:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    util::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap()
        .success();
    assert!(ok, "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_is_reported_and_skipped_not_waited_for() {
    let dir = util::tempdir();
    util::write(dir.path(), "a.txt", b"Readable.");
    mkfifo(&dir.path().join("pipe.jsonl"));
    util::write(dir.path(), "z.txt", b"Also readable.");
    let r = tokenize_with_timeout(&[dir.path().to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.counts(), (2, 1));
    let recs = r.records();
    let err = &recs[1];
    assert_eq!(err["id"], "pipe.jsonl", "{err}");
    assert_eq!(err["error"]["code"], "not_regular_file", "{err}");
    let msg = err["error"]["message"].as_str().unwrap();
    assert!(
        msg.contains("pipe.jsonl") && msg.contains("named pipe"),
        "{msg}"
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_given_directly_is_read_as_a_stream() {
    let dir = util::tempdir();
    let input = util::write(dir.path(), "x.jsonl", util::jsonl(40).as_bytes());
    // `reckon tokenize <(cat x.jsonl)`: a /dev/fd path to a pipe, which cannot seek.
    let script = format!(
        "{} tokenize -q <(cat '{}')",
        env!("CARGO_BIN_EXE_reckon"),
        input.display()
    );
    let out = std::process::Command::new("bash")
        .args(["-c", &script])
        .output()
        .unwrap();
    let r = util::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.counts(), (40, 0), "{}", r.stdout);
    // And a FIFO named on the command line, its writer arriving later.
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || {
        let mut w = std::fs::OpenOptions::new()
            .write(true)
            .open(writer_path)
            .unwrap();
        w.write_all(&util::gzip(util::jsonl(7).as_bytes())).unwrap();
    });
    let r = tokenize_with_timeout(&[fifo.to_str().unwrap()]);
    writer.join().unwrap();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.counts(), (7, 0), "{}", r.stdout);
}

/// `n` JSONL lines with ids `{prefix}0..`.
fn lines(prefix: &str, n: usize) -> String {
    util::jsonl(n).replace("\"id\":\"d", &format!("\"id\":\"{prefix}"))
}

#[test]
fn corrupt_gzip_emits_no_document_of_the_damaged_member() {
    let dir = util::tempdir();
    // Two members: 100 articles, then 2000 whose deflate data gets 8 bytes overwritten.
    let mut data = util::gzip(lines("a", 100).as_bytes());
    let second = util::gzip(lines("b", 2000).as_bytes());
    let start = data.len();
    data.extend_from_slice(&second);
    let mid = start + second.len() / 2;
    data[mid..mid + 8].copy_from_slice(b"\x13\x37\xC0\xDE\xBA\xD0\xF0\x0D");
    let p = util::write(dir.path(), "two.jsonl.gz", &data);
    // One member, damaged the same way: nothing of it is trusted.
    let mut one = util::gzip(lines("c", 2000).as_bytes());
    let mid = one.len() / 2;
    one[mid..mid + 8].copy_from_slice(b"\x13\x37\xC0\xDE\xBA\xD0\xF0\x0D");
    let q = util::write(dir.path(), "one.jsonl.gz", &one);
    for (path, written) in [(&p, 100), (&q, 0)] {
        let r = tokenize_with_timeout(&[path.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.counts(), (written, 1), "{}", path.display());
        let recs = r.records();
        let ids: Vec<&str> = recs.iter().filter_map(|r| r["id"].as_str()).collect();
        assert!(
            ids.iter().all(|id| id.starts_with('a')),
            "only the sound member's documents: {ids:?}"
        );
        let msg = &r.error_messages()[0];
        assert!(msg.contains("gzip stream is truncated or corrupt"), "{msg}");
    }
}

#[test]
fn zstd_frame_with_a_bad_checksum_emits_none_of_its_documents() {
    let dir = util::tempdir();
    let frame = |text: &str| {
        let mut e = zstd::stream::Encoder::new(Vec::new(), 3).unwrap();
        e.include_checksum(true).unwrap();
        e.write_all(text.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    let mut data = frame(&lines("a", 50));
    data.extend(frame(&lines("b", 500)));
    let n = data.len();
    data[n - 2] ^= 0x5A; // inside the second frame's checksum
    let p = util::write(dir.path(), "x.jsonl.zst", &data);
    let r = tokenize_with_timeout(&[p.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.counts(), (50, 1));
    assert!(r.error_messages()[0].contains("zstd stream is truncated or corrupt"));
}

#[test]
fn duplicate_ids_are_kept_renamed_and_counted() {
    let dir = util::tempdir();
    let one = util::write(
        dir.path(),
        "one/x.txt",
        b" date 2025-07-07 57 people were killed in Gaza on Monday, officials said.",
    );
    let two = util::write(
        dir.path(),
        "two/x.txt",
        b" date 2025-07-07 120 people were killed in Gaza on Monday, officials said.",
    );
    let jsonl = util::write(
        dir.path(),
        "j.jsonl",
        b"{\"id\":\"j\",\"text\":\"One.\"}\n{\"id\":\"j\",\"text\":\"Two.\"}\n",
    );
    let out = dir.path().join("out");
    let r = run(
        &[
            "run",
            one.parent().unwrap().to_str().unwrap(),
            two.parent().unwrap().to_str().unwrap(),
            jsonl.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = std::fs::read_to_string(out.join("documents.jsonl")).unwrap();
    let recs: Vec<serde_json::Value> = docs
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["x.txt", "x.txt#2", "j", "j#2"]);
    assert_eq!(recs[1]["extra"]["duplicate_of"], "x.txt");
    assert_eq!(recs[3]["extra"]["duplicate_of"], "j");
    assert!(
        r.stderr.contains("4 written (2 with a duplicate id"),
        "{}",
        r.stderr
    );
    // Both articles reach reconciliation as two documents.
    let claims = std::fs::read_to_string(out.join("claims.jsonl")).unwrap();
    assert!(
        claims.contains("\"x.txt\"") && claims.contains("\"x.txt#2\""),
        "{claims}"
    );
}

#[test]
fn big_numeric_ids_do_not_collide() {
    let r = run(
        &["tokenize", "-", "-q"],
        Some(b"{\"id\":123456789012345678901234567890,\"text\":\"A.\"}\n{\"id\":123456789012345678901234567891,\"text\":\"B.\"}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ids: Vec<String> = r
        .records()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        ids,
        [
            "123456789012345678901234567890",
            "123456789012345678901234567891"
        ]
    );
}

#[test]
fn an_impossible_header_date_is_reported_on_the_record() {
    let dir = util::tempdir();
    let p = util::write(dir.path(), "a.txt", b" date 2025-02-30 Talks resumed.");
    let r = tokenize_with_timeout(&[p.to_str().unwrap()]);
    assert_eq!(r.counts(), (1, 0));
    let rec = &r.records()[0];
    assert!(rec.get("date").is_none(), "{rec}");
    let warning = rec["extra"]["warnings"][0].as_str().unwrap();
    assert!(
        warning.contains("a.txt:1") && warning.contains("invalid date \"2025-02-30\""),
        "{warning}"
    );
}

#[cfg(unix)]
#[test]
fn io_error_records_carry_the_path_derived_id() {
    let dir = util::tempdir();
    util::readable_and_dangling(dir.path());
    let r = tokenize_with_timeout(&[dir.path().to_str().unwrap()]);
    assert_eq!(r.counts(), (1, 1));
    let err = r
        .records()
        .into_iter()
        .find(|r| r.get("error").is_some())
        .unwrap();
    assert_eq!(err["id"], "a/dangling.txt", "{err}");
}
