//! A panic in one document is caught at the document boundary, reported with the document id
//! and the stage, and the run goes on; --strict stops at it. Uses the RECKON_INJECT_PANIC hook.

use std::process::Stdio;

use crate::util;

fn run_with_panic(stage: &str, id: &str, extra: &[&str]) -> util::Run {
    let dir = util::tempdir();
    let p = util::write(dir.path(), "a.jsonl", util::jsonl(6).as_bytes());
    let out = util::reckon()
        .args(["run", p.to_str().unwrap(), "-q"])
        .args(extra)
        .env("RECKON_INJECT_PANIC", format!("{stage}:{id}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    util::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_panic_in_one_document_is_reported_and_the_run_goes_on() {
    for stage in crate::STAGES {
        let r = run_with_panic(stage, "d3", &[]);
        assert_eq!(r.code, 0, "{stage}: {}", r.stderr);
        let recs = r.records();
        assert_eq!(recs.len(), 6, "{stage}");
        assert_eq!(r.counts(), (5, 1), "{stage}");
        let err = &recs[3];
        assert_eq!(err["id"], "d3");
        assert_eq!(err["error"]["stage"], *stage);
        assert_eq!(err["error"]["code"], "panic");
        assert!(
            !r.stderr.contains("panicked at"),
            "no raw panic message on stderr: {}",
            r.stderr
        );
    }
}

#[test]
fn strict_stops_at_the_first_panic() {
    let r = run_with_panic("tokenize", "d2", &["--strict"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("stopped by --strict at: d2: the tokenize stage failed"),
        "{}",
        r.stderr
    );
}
