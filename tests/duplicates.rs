//! `reckon duplicates`: exact repeats and syndicated copies are listed against the first
//! article, different articles are not, a bad line is reported and counted, and a setting out
//! of range is a clear error.

use crate::util;

const STORY: &str = "Rescue teams searched through the night for survivors after the ferry \
    capsized off the coast on Tuesday, officials said, and at least 40 people are missing. The \
    vessel was carrying more than 200 passengers and crew when it overturned in rough seas near \
    the island, the coast guard said in a statement. Relatives gathered at the port waiting for \
    news as navy ships joined the search.";

const OTHER: &str = "The city council voted on Monday to close two libraries and a swimming \
    pool to balance its budget, after a debate that lasted more than six hours. Residents who \
    packed the chamber said the closures would hurt families in the poorest districts, while \
    the mayor said the council had no other way to meet a shortfall of 12 million dollars \
    left by lower property tax receipts this year.";

#[test]
fn copies_point_at_the_first_article_and_other_articles_are_not_listed() {
    let dir = util::tempdir();
    let line = |id: &str, text: &str| serde_json::json!({"id": id, "text": text}).to_string();
    let archive = [
        line("wire", STORY),
        line("council", OTHER),
        line(
            "copy",
            &format!("MANILA (Reuters) - {STORY} (Reporting by Jane Smith)"),
        ),
        "{not json".to_owned(),
        line("repeat", &STORY.to_uppercase()),
    ]
    .join("\n");
    let path = util::write(dir.path(), "a.jsonl", archive.as_bytes());
    let r = util::run(&["duplicates", "--json", path.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert_eq!(lines[0]["id"], "copy");
    assert_eq!(lines[0]["duplicate_of"], "wire");
    assert_eq!(lines[0]["exact"], false);
    assert!(lines[0]["overlap"].as_f64().unwrap() >= 0.9);
    assert_eq!(lines[1]["id"], "repeat");
    assert_eq!(lines[1]["duplicate_of"], "wire");
    assert_eq!(lines[1]["exact"], true);
    assert!(
        r.stderr.contains("a.jsonl:4"),
        "the bad line is reported: {}",
        r.stderr
    );
    assert!(
        r.stderr.contains("1 exact and 1 near duplicates"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_threshold_out_of_range_is_a_clear_error() {
    let r = util::run(&["duplicates", "--threshold", "1.5", "-"], Some(b""));
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("threshold 1.5"), "{}", r.stderr);
}
