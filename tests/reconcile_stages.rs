//! `reckon reconcile --stage`: the distributed reduce run through the binary, as a runner's
//! pipes would (the sample's claims split into article groups, one of them empty, and the keyed
//! records into key groups): the series, findings and events equal `reckon run --out-dir`'s; a
//! line a stage cannot read fails it. `cargo xtask spark-check` runs it on Spark.

use std::path::Path;

use crate::util::{self, run};

/// A group for a string, the same every run.
fn group(s: &str, n: usize) -> usize {
    s.bytes()
        .fold(7usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize))
        % n
}

/// Runs one stage with `stdin`; its stdout.
fn stage(args: &[&str], stdin: &str) -> String {
    let mut all = vec!["reconcile", "--stage"];
    all.extend_from_slice(args);
    all.push("-");
    let r = run(&all, Some(stdin.as_bytes()));
    assert_eq!(r.code, 0, "{all:?}: {}", r.stderr);
    r.stdout
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn stages_through_pipes_give_the_single_machine_result() {
    let dir = util::tempdir();
    let single = dir.path().join("single");
    util::run_out_dir(&util::sample(), &single);
    // whole articles in 3 groups (the last left empty), event and duplicate lines apart
    let mut articles = vec![String::new(); 3];
    let mut small = String::new();
    for line in read(&single.join("claims.jsonl")).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if v.get("claim").is_none() {
            small += &format!("{line}\n");
        }
        if let Some(doc) = v["doc_id"].as_str() {
            articles[group(doc, 2)] += &format!("{line}\n");
        }
    }
    for a in &articles {
        small += &stage(&["summarize"], a);
    }
    let aggregate = util::write(
        dir.path(),
        "aggregate.json",
        stage(&["aggregate"], &small).as_bytes(),
    );
    let agg = aggregate.to_str().unwrap();
    let mut keyed = vec![String::new(); 2];
    let mut partials = String::new();
    for a in &articles {
        for line in stage(&["resolve", "--aggregate", agg], a).lines() {
            if line.starts_with("{\"partial\":") {
                partials += &format!("{line}\n");
            } else {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                keyed[group(v["keyed"]["key"].as_str().unwrap(), 2)] += &format!("{line}\n");
            }
        }
    }
    let resolved = util::write(dir.path(), "resolved.jsonl", partials.as_bytes());
    let mut series: Vec<String> = Vec::new();
    for k in &keyed {
        let args = [
            "check",
            "--aggregate",
            agg,
            "--resolved",
            resolved.to_str().unwrap(),
        ];
        for line in stage(&args, k).lines() {
            if line.starts_with("{\"partial\":") {
                partials += &format!("{line}\n");
            } else {
                series.push(line.to_owned());
            }
        }
    }
    let out = dir.path().join("out");
    let args = [
        "finalize",
        "--aggregate",
        agg,
        "--out-dir",
        out.to_str().unwrap(),
    ];
    stage(&args, &partials);
    let mut want: Vec<String> = read(&single.join("series.jsonl"))
        .lines()
        .map(String::from)
        .collect();
    series.sort();
    want.sort();
    assert!(want.len() > 5, "{} series", want.len());
    assert_eq!(series, want);
    for f in ["findings.jsonl", "events.jsonl"] {
        assert_eq!(read(&out.join(f)), read(&single.join(f)), "{f}");
    }
    assert!(!read(&out.join("findings.jsonl")).is_empty());
    // a line a stage cannot read fails it (RDD.pipe with checkCode=True then fails the task)
    let bad = run(
        &[
            "reconcile",
            "--stage",
            "check",
            "--aggregate",
            agg,
            "--resolved",
            resolved.to_str().unwrap(),
            "-",
        ],
        Some(b"{\"keyed\":{\"key\":1}}\n"),
    );
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("-:1"), "{}", bad.stderr);
    let none = run(&["reconcile", "--stage", "resolve", "-"], Some(b""));
    assert_eq!(none.code, 2);
    assert!(none.stderr.contains("--aggregate"), "{}", none.stderr);
}
