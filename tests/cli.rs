//! The commands on good archives: output order, ids, accounting, help.

use crate::util::{self, run};

#[test]
fn run_on_the_sample_archive_writes_one_record_per_article_in_name_order() {
    let sample = util::sample();
    let r = run(&["run", sample.to_str().unwrap(), "-q", "-j", "2"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut expected = Vec::new();
    for outlet in std::fs::read_dir(&sample).unwrap() {
        let outlet = outlet.unwrap().path();
        if outlet.is_dir() {
            for f in std::fs::read_dir(&outlet).unwrap() {
                let name = f.unwrap().file_name().to_string_lossy().into_owned();
                let dir = outlet.file_name().unwrap().to_string_lossy().into_owned();
                expected.push(format!("{dir}/{name}"));
            }
        }
    }
    expected.sort();
    assert!(
        expected.len() >= 8,
        "the sample archive has about ten articles"
    );
    let ids: Vec<String> = r
        .records()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, expected);
    for rec in r.records() {
        assert!(
            rec.get("date").is_some(),
            "every sample article is dated: {rec}"
        );
    }
}

#[test]
fn output_is_identical_with_one_or_two_threads() {
    let dir = util::tempdir();
    let p = util::write(dir.path(), "a.jsonl", util::jsonl(700).as_bytes());
    let one = run(&["run", p.to_str().unwrap(), "-q", "-j", "1"], None);
    let two = run(&["run", p.to_str().unwrap(), "-q", "-j", "2"], None);
    assert_eq!(one.code, 0);
    assert_eq!(one.records().len(), 700);
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn tokenize_spans_slice_the_article_text() {
    let text = " date 2025-07-07 Of the 251 captives, 49 are still held in Gaza. Hamas’s response came at 6:30pm.";
    let r = run(&["tokenize", "-", "-q"], Some(text.as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let recs = r.records();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["id"], "-");
    assert_eq!(recs[0]["date"], "2025-07-07");
    let body = text.trim_start().strip_prefix("date 2025-07-07 ").unwrap();
    let tokens: Vec<&str> = recs[0]["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &body[t[0].as_u64().unwrap() as usize..t[1].as_u64().unwrap() as usize])
        .collect();
    for want in ["251", "captives", "Hamas", "’s", "6:30pm", "Gaza"] {
        assert!(tokens.contains(&want), "{want} missing from {tokens:?}");
    }
    assert_eq!(recs[0]["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn jsonl_on_stdin_keeps_ids_and_falls_back_to_file_line() {
    let input = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n";
    let r = run(&["run", "-", "-q"], Some(input.as_bytes()));
    let ids: Vec<String> = r
        .records()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["a", "-:2"]);
}

#[test]
fn several_paths_are_read_in_the_order_given() {
    let dir = util::tempdir();
    let a = util::write(dir.path(), "a.jsonl", b"{\"id\":\"a1\",\"text\":\"A.\"}\n");
    let b = util::write(dir.path(), "b.txt", b"B article.");
    let r = run(
        &["run", b.to_str().unwrap(), a.to_str().unwrap(), "-q"],
        None,
    );
    let ids: Vec<String> = r
        .records()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, [b.to_str().unwrap(), "a1"]);
}

#[test]
fn help_explains_each_subcommand_with_an_example() {
    let r = run(&["--help"], None);
    assert_eq!(r.code, 0);
    for sub in ["tokenize", "run"] {
        assert!(r.stdout.contains(sub), "{}", r.stdout);
        let h = run(&[sub, "--help"], None);
        assert!(
            h.stdout.contains("Example: reckon "),
            "{sub} --help has no example:\n{}",
            h.stdout
        );
    }
}

#[test]
fn summary_line_accounts_for_every_article() {
    let dir = util::tempdir();
    let mut data = util::jsonl(3);
    data.push_str("garbage\n");
    let p = util::write(dir.path(), "a.jsonl", data.as_bytes());
    let r = run(&["run", p.to_str().unwrap()], None);
    assert!(
        r.stderr.contains("4 documents read: 3 written, 1 reported"),
        "{}",
        r.stderr
    );
}

#[test]
fn reconcile_gives_the_same_result_for_any_sharding_of_the_claims() {
    let dir = util::tempdir();
    let out = dir.path().join("out");
    let sample = util::sample();
    let r = run(
        &[
            "run",
            sample.to_str().unwrap(),
            "-q",
            "--out-dir",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let claims = std::fs::read_to_string(out.join("claims.jsonl")).unwrap();
    let lines: Vec<&str> = claims.lines().collect();
    assert!(lines.len() > 50, "the sample has many claims");
    let whole = run(
        &[
            "reconcile",
            out.join("claims.jsonl").to_str().unwrap(),
            "--json",
        ],
        None,
    );
    assert_eq!(whole.code, 0, "{}", whole.stderr);
    // Three shards, given in reverse order, each with its lines reversed.
    let mut shards = Vec::new();
    for (i, chunk) in lines.chunks(lines.len() / 3 + 1).enumerate() {
        let p = dir.path().join(format!("shard{i}.jsonl"));
        let text: String = chunk.iter().rev().map(|l| format!("{l}\n")).collect();
        std::fs::write(&p, text).unwrap();
        shards.push(p.to_str().unwrap().to_owned());
    }
    shards.reverse();
    let mut args = vec!["reconcile", "--json"];
    args.extend(shards.iter().map(String::as_str));
    let sharded = run(&args, None);
    assert_eq!(sharded.code, 0, "{}", sharded.stderr);
    assert_eq!(whole.stdout, sharded.stdout);
    let series = std::fs::read_to_string(out.join("series.jsonl")).unwrap();
    let from_run: Vec<&str> = whole
        .stdout
        .lines()
        .filter(|l| l.starts_with("{\"series\""))
        .collect();
    assert_eq!(from_run.len(), series.lines().count());
}

#[test]
fn entities_lists_the_archive_entities_with_counts() {
    let sample = util::sample();
    let r = run(
        &[
            "entities",
            sample.to_str().unwrap(),
            "--json",
            "-q",
            "--top",
            "0",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = r.records();
    assert!(rows.len() > 10);
    let mozambique = rows
        .iter()
        .find(|r| r["canonical"] == "Mozambique")
        .expect("Mozambique is found");
    assert_eq!(mozambique["label"], "GPE");
    assert!(mozambique["documents"].as_u64().unwrap() >= 2);
    let mentions: Vec<u64> = rows
        .iter()
        .map(|r| r["mentions"].as_u64().unwrap())
        .collect();
    assert!(
        mentions.windows(2).all(|w| w[0] >= w[1]),
        "sorted by mentions: {mentions:?}"
    );
}
