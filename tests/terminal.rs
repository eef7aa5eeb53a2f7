//! Text from the archive never drives the terminal: ids, sources and sentences holding escape
//! sequences (`ESC ]0;…BEL` retitles the window, `CR ESC[1A ESC[K` rewrites the line above) are
//! printed escaped by the terminal report of `reckon reconcile`, the `skipped:` lines on stderr
//! and error messages. (`reckon diff` is covered in `golden`.)

use crate::util::{run, run_claims, tempdir, write};

/// What a hostile id looks like.
const HOSTILE: &str = "\u{1b}]0;PWNED\u{7}\r\u{1b}[1A\u{1b}[K";

/// No raw control character except the newlines that end lines.
fn assert_no_controls(s: &str) {
    assert!(
        !s.chars().any(|c| c.is_control() && c != '\n'),
        "raw control characters in {s:?}"
    );
}

#[test]
fn skipped_lines_on_stderr_escape_the_id() {
    let tmp = tempdir();
    let line = serde_json::json!({"id": format!("a{HOSTILE}"), "text": ""});
    let input = write(tmp.path(), "a.jsonl", format!("{line}\n").as_bytes());
    let r = run(&["run", input.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let skipped: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains("skipped:"))
        .collect();
    assert_eq!(skipped.len(), 1, "{}", r.stderr);
    assert!(
        skipped[0].contains("a\\u{1b}]0;PWNED\\u{7}\\u{d}"),
        "{}",
        skipped[0]
    );
    assert_no_controls(&r.stderr);
}

#[test]
fn reconcile_report_escapes_ids_and_texts() {
    let tmp = tempdir();
    let lines: String = [("a", "100"), ("b", "200")]
        .iter()
        .map(|(id, n)| {
            let v = serde_json::json!({
                "id": format!("{id}{HOSTILE}"),
                "date": "2025-07-07",
                "source": format!("wire{HOSTILE}"),
                "text": format!("Officials said {n} people were killed in Gaza on Monday.{HOSTILE}"),
            });
            format!("{v}\n")
        })
        .collect();
    let input = write(tmp.path(), "a.jsonl", lines.as_bytes());
    let claims = run_claims(&input, &tmp.path().join("out"));
    let r = run(&["reconcile", claims.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_no_controls(&r.stdout);
    assert_no_controls(&r.stderr);
    assert!(r.stdout.contains("FINDINGS"), "{}", r.stdout);
}

#[test]
fn duplicate_id_lines_on_stderr_escape_the_id() {
    let tmp = tempdir();
    let line = serde_json::json!({"id": format!("a{HOSTILE}"), "text": "Talks resumed."});
    let input = write(
        tmp.path(),
        "a.jsonl",
        format!("{line}\n{line}\n").as_bytes(),
    );
    let r = run(&["run", input.to_str().unwrap(), "-o", "/dev/null"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("duplicate id"), "{}", r.stderr);
    assert_no_controls(&r.stderr);
}

#[test]
fn bad_claims_lines_skipped_by_reconcile_escape_their_text() {
    let tmp = tempdir();
    let input = write(
        tmp.path(),
        "claims.jsonl",
        format!("{{\"doc_id\":\"{HOSTILE}\n").as_bytes(),
    );
    let r = run(&["reconcile", input.to_str().unwrap()], None);
    assert!(r.stderr.contains("skipped"), "{}", r.stderr);
    assert_no_controls(&r.stderr);
}
