//! Events end to end: `reckon run --out-dir` writes article events into claims.jsonl and the
//! archive's events to events.jsonl; `reckon reconcile` on that claims.jsonl gives the same
//! events, series and findings; `reckon events` lists the same events.

use crate::util;

#[test]
fn reconcile_on_the_claims_file_gives_the_events_and_findings_of_the_run() {
    let sample = util::sample();
    let sample = sample.to_str().unwrap();
    let dir = util::tempdir();
    let (a, b) = (dir.path().join("run"), dir.path().join("again"));
    let r = util::run(
        &["run", sample, "-q", "--out-dir", a.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let claims = std::fs::read_to_string(a.join("claims.jsonl")).unwrap();
    assert!(
        claims.lines().any(|l| l.contains("\"event\":{")),
        "claims.jsonl holds article event lines"
    );
    let r = util::run(
        &[
            "reconcile",
            a.join("claims.jsonl").to_str().unwrap(),
            "--out-dir",
            b.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for file in ["events.jsonl", "series.jsonl", "findings.jsonl"] {
        let x = std::fs::read_to_string(a.join(file)).unwrap();
        let y = std::fs::read_to_string(b.join(file)).unwrap();
        assert!(!x.is_empty(), "{file} is written");
        assert_eq!(x, y, "{file} differs between run and reconcile");
    }
    let r = util::run(&["events", sample, "-q", "--json"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        std::fs::read_to_string(a.join("events.jsonl")).unwrap()
    );
}
