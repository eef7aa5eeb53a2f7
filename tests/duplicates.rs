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

/// The lines of a JSONL file as JSON values.
fn json_lines(path: &std::path::Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A wire story, another article, and the story again under another outlet with a dateline
/// and a credit line.
fn syndicated_archive(dir: &std::path::Path) -> std::path::PathBuf {
    let line = |id: &str, source: &str, text: &str| {
        serde_json::json!({"id": id, "date": "2026-02-10", "source": source, "text": text})
            .to_string()
    };
    let archive = [
        line("wire", "Wire", STORY),
        line("council", "City Paper", OTHER),
        line(
            "copy",
            "Daily Courier",
            &format!("MANILA (Reuters) - {STORY}\n\n(Reporting by Jane Smith)"),
        ),
    ]
    .join("\n");
    util::write(dir, "a.jsonl", archive.as_bytes())
}

#[test]
fn run_counts_a_syndicated_copy_once_and_names_its_first() {
    let dir = util::tempdir();
    let input = syndicated_archive(dir.path());
    let out = dir.path().join("out");
    let r = util::run_dir(&input, &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("1 copies counted once (0 exact, 1 near)"),
        "{}",
        r.stderr
    );
    let docs = json_lines(&out.join("documents.jsonl"));
    assert_eq!(docs[2]["id"], "copy");
    assert_eq!(docs[2]["copy_of"]["id"], "wire");
    assert_eq!(docs[2]["copy_of"]["exact"], false);
    assert!(docs[2]["copy_of"]["overlap"].as_f64().unwrap() >= 0.9);
    assert!(docs[2]["claims"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(docs[..2].iter().all(|d| d.get("copy_of").is_none()));

    let claims = json_lines(&out.join("claims.jsonl"));
    assert!(
        claims.iter().all(|c| c["doc_id"] != "copy"),
        "no claim of the copy"
    );
    let copies: Vec<_> = claims
        .iter()
        .filter(|c| c.get("duplicate").is_some())
        .collect();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0]["duplicate"], "copy");
    assert_eq!(copies[0]["of"], "wire");
    assert_eq!(copies[0]["source"], "Daily Courier");

    let series = std::fs::read_to_string(out.join("series.jsonl")).unwrap();
    assert!(series.contains("\"doc_id\":\"wire\""), "{series}");
    assert!(
        !series.contains("\"doc_id\":\"copy\",\"claim\""),
        "{series}"
    );
    assert!(
        series.contains(r#""also_reported_by":[{"doc_id":"copy","doc_date":"2026-02-10","source":"Daily Courier"}]"#),
        "{series}"
    );

    // `reckon reconcile` of the run's claims.jsonl gives the run's events, series and findings
    let again = dir.path().join("again");
    let r = util::run(
        &[
            "reconcile",
            out.join("claims.jsonl").to_str().unwrap(),
            "--out-dir",
            again.to_str().unwrap(),
            "--json",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("; 1 copies counted once"), "{}", r.stderr);
    util::same_files(
        &out,
        &again,
        &[
            "events.jsonl",
            "series.jsonl",
            "findings.jsonl",
            "claims.csv",
        ],
    );
}

#[test]
fn keep_duplicates_counts_every_copy_as_a_source() {
    let dir = util::tempdir();
    let input = syndicated_archive(dir.path());
    let out = dir.path().join("out");
    let r = util::run_dir(&input, &out, &["--keep-duplicates", "-q"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = json_lines(&out.join("documents.jsonl"));
    assert!(docs.iter().all(|d| d.get("copy_of").is_none()));
    let claims = json_lines(&out.join("claims.jsonl"));
    assert!(claims.iter().any(|c| c["doc_id"] == "copy"));
    assert!(claims.iter().all(|c| c.get("duplicate").is_none()));
}

#[test]
fn piped_claim_records_of_a_copy_are_its_duplicate_line() {
    let dir = util::tempdir();
    let input = syndicated_archive(dir.path());
    let r = util::run(
        &["run", "--pipe", "--claim-records"],
        Some(&std::fs::read(input).unwrap()),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = r.records();
    assert_eq!(records.len(), 3);
    assert_eq!(records[2]["copy_of"]["id"], "wire");
    let lines = records[2]["claim_records"].as_array().unwrap();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["duplicate"], "copy");
    assert!(records[0]["claim_records"].as_array().unwrap().len() > 1);
}

/// `n` articles of 40 words drawn from a word list (no two alike), each with a claim, then a
/// syndicated copy of each, in the same order.
fn originals_then_copies(n: usize) -> String {
    const WORDS: [&str; 48] = [
        "river", "council", "market", "storm", "bridge", "school", "harbour", "minister",
        "village", "election", "factory", "border", "festival", "hospital", "railway", "court",
        "museum", "airport", "police", "farmers", "budget", "mayor", "station", "garden",
        "workers", "strike", "flood", "fire", "summit", "treaty", "league", "season", "report",
        "inquiry", "protest", "highway", "tunnel", "drought", "harvest", "island", "coast",
        "valley", "forest", "quarry", "canal", "tower", "square", "church",
    ];
    let mut state = 2026u64;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let texts: Vec<String> = (0..n)
        .map(|i| {
            let words: Vec<&str> = (0..40).map(|_| WORDS[next() % WORDS.len()]).collect();
            format!(
                "{}. More than {} people were displaced in Cassuaro, officials said.",
                words.join(" "),
                100 + i
            )
        })
        .collect();
    let line = |id: String, text: &str| {
        serde_json::json!({"id": id, "date": "2026-02-10", "text": text}).to_string() + "\n"
    };
    let mut out = String::new();
    for (i, t) in texts.iter().enumerate() {
        out.push_str(&line(format!("d{i}"), t));
    }
    for (i, t) in texts.iter().enumerate() {
        out.push_str(&line(
            format!("d{i}~copy"),
            &format!("NAIROBI (AFP) - {t}\n\n(Reporting by Omar Haddad)"),
        ));
    }
    out
}

#[test]
fn resume_after_sigkill_rebuilds_duplicate_detection_and_gives_the_same_bytes() {
    let dir = util::tempdir();
    let n = 3000;
    let input = util::write(dir.path(), "a.jsonl", originals_then_copies(n).as_bytes());
    let args = |out: &std::path::Path| {
        vec![
            "run".to_owned(),
            input.to_str().unwrap().to_owned(),
            "--out-dir".to_owned(),
            out.to_str().unwrap().to_owned(),
            "-q".to_owned(),
            "-j".to_owned(),
            "1".to_owned(),
        ]
    };
    let full = dir.path().join("full");
    let r = util::run_owned(&args(&full));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let copies = json_lines(&full.join("documents.jsonl"))
        .iter()
        .filter(|d| d.get("copy_of").is_some())
        .count();
    assert_eq!(copies, n, "every copy is found in an uninterrupted run");

    let out = dir.path().join("out");
    util::kill_mid_run(&args(&out), &out, || {});
    let r = util::run_owned(&[args(&out), vec!["--resume".to_owned()]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    util::same_files(
        &out,
        &full,
        &[
            "documents.jsonl",
            "claims.jsonl",
            "series.jsonl",
            "findings.jsonl",
            "events.jsonl",
        ],
    );
}
