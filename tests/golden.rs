//! `reckon snapshot` and `reckon diff`: golden folders, lexicon edits, JSONL diffs, exit codes,
//! and the repository's own golden folder of the bundled sample archive.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::util::{Run, run, run_owned, sample, tempdir, write};

/// The repository's golden folder of `examples/archive`.
fn repo_golden() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/sample")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Runs `reckon run INPUT -q -o OUT EXTRA...`.
fn run_q(input: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["run", s(input), "-q", "-o", s(out)];
    args.extend_from_slice(extra);
    run(&args, None)
}

/// A copy of the built-in claims lexicon with one entry edited: the `killed` measure is no
/// longer cumulative.
fn edited_lexicon(dir: &Path) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/claims/data/lexicon.json");
    let mut lex: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("lexicon")).expect("JSON");
    let killed = lex["measures"]
        .as_array_mut()
        .expect("measures")
        .iter_mut()
        .find(|m| m["key"] == "killed")
        .expect("a killed measure");
    assert_eq!(killed["cumulative"], true);
    killed["cumulative"] = false.into();
    write(
        dir,
        "lexicon.json",
        serde_json::to_string_pretty(&lex).expect("JSON").as_bytes(),
    )
}

/// (document, claim start, claim end) of every claim whose frame differs between two
/// `reckon run` outputs of the same archive (same texts, so claims pair by span).
fn moved_claims(old: &str, new: &str) -> BTreeSet<(String, u64, u64)> {
    let claims = |out: &str| {
        let mut m = std::collections::BTreeMap::new();
        for line in out.lines() {
            let r: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            for c in r["claims"].as_array().into_iter().flatten() {
                let span = &c["quantity"]["span"];
                let key = (
                    r["id"].as_str().expect("id").to_owned(),
                    span["start"].as_u64().expect("start"),
                    span["end"].as_u64().expect("end"),
                );
                m.insert(key, c["frame"].clone());
            }
        }
        m
    };
    let (a, b) = (claims(old), claims(new));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "a frame-only lexicon edit keeps the claims' spans"
    );
    a.into_iter()
        .filter(|(k, f)| b[k] != *f)
        .map(|(k, _)| k)
        .collect()
}

/// The changes of a `reckon diff --json` report as (document, mention kind, start, end, kinds).
fn reported(json: &str) -> Vec<(String, String, u64, u64, Vec<String>)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("one JSON object");
    let mut out = Vec::new();
    for d in v["details"].as_array().expect("details") {
        for c in d["changes"].as_array().expect("changes") {
            let m = c.get("after").unwrap_or(&c["before"]);
            let kinds = match (c.get("before"), c.get("after")) {
                (None, _) => vec!["appeared".to_owned()],
                (_, None) => vec!["disappeared".to_owned()],
                _ => c["fields"]
                    .as_array()
                    .expect("fields")
                    .iter()
                    .map(|f| f["kind"].as_str().expect("kind").to_owned())
                    .collect(),
            };
            out.push((
                d["id"].as_str().expect("id").to_owned(),
                c["kind"].as_str().expect("kind").to_owned(),
                m["span"]["start"].as_u64().expect("start"),
                m["span"]["end"].as_u64().expect("end"),
                kinds,
            ));
        }
    }
    out
}

/// `reckon snapshot` of the bundled sample into `DIR/golden`, which it returns.
fn snapshot_sample(dir: &Path) -> PathBuf {
    let golden = dir.join("golden");
    let r = run(
        &["snapshot", s(&sample()), "--golden", s(&golden), "-q"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    golden
}

/// Asserts that `reckon diff --golden GOLDEN INPUT -q` succeeds and finds no change in `n`
/// documents.
fn assert_no_change(golden: &Path, input: &Path, n: usize) {
    let r = run(&["diff", "--golden", s(golden), s(input), "-q"], None);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .starts_with(&format!("reckon diff: no change in {n} documents")),
        "{}",
        r.stdout
    );
}

#[test]
fn snapshot_writes_one_readable_file_per_document_and_diff_is_clean() {
    let tmp = tempdir();
    let golden = snapshot_sample(tmp.path());
    let files = reckon_format_files(&golden);
    let articles = std::fs::read_dir(sample())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .flat_map(|e| std::fs::read_dir(e.path()).unwrap().flatten())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .count();
    assert_eq!(files.len(), articles);
    assert!(files.contains(&PathBuf::from(
        "indico-tribune/2026-02-11-ezani-landfall.txt.golden"
    )));
    let text =
        std::fs::read_to_string(golden.join("indico-tribune/2026-02-11-ezani-landfall.txt.golden"))
            .unwrap();
    assert!(text.starts_with(
        "# reckon golden v1\n# id: \"indico-tribune/2026-02-11-ezani-landfall.txt\"\n"
    ));
    let mentions: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("claim ") || l.starts_with("entity "))
        .collect();
    assert!(mentions.iter().any(|l| l.starts_with("claim ")));
    for l in &mentions {
        assert_eq!(l.matches(" | ").count(), 2, "{l}");
        assert!(l.contains('«') && l.contains('»'), "sentence context: {l}");
    }

    assert_no_change(&golden, &sample(), 11);

    // A second snapshot rewrites nothing and keeps the same files.
    let r = run(&["snapshot", s(&sample()), "--golden", s(&golden)], None);
    assert_eq!(r.code, 0);
    assert!(
        r.stderr
            .contains("0 written, 11 unchanged, 0 stale files removed"),
        "{}",
        r.stderr
    );
}

/// The golden files under `dir`, relative.
fn reckon_format_files(dir: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.insert(e.path().strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out
}

#[test]
fn a_lexicon_edit_shows_exactly_the_claims_that_moved_and_accept_takes_them() {
    let tmp = tempdir();
    let golden = snapshot_sample(tmp.path());
    let lexicon = edited_lexicon(tmp.path());

    // What moved, computed independently from two `reckon run` outputs.
    let old = run(&["run", s(&sample()), "-q"], None);
    let new = run(&["run", s(&sample()), "-q", "--lexicon", s(&lexicon)], None);
    assert_eq!((old.code, new.code), (0, 0));
    let expected = moved_claims(&old.stdout, &new.stdout);
    assert!(!expected.is_empty(), "the sample has claims about the dead");

    let archive = sample();
    let diff_args = |extra: &[&str]| {
        let mut a = vec!["diff", "--golden", s(&golden), s(&archive), "-q"];
        a.extend_from_slice(extra);
        a.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let r = run_owned(&diff_args(&["--lexicon", s(&lexicon), "--json", "--all"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let changes = reported(&r.stdout);
    let got: BTreeSet<(String, u64, u64)> = changes
        .iter()
        .map(|(id, _, a, b, _)| (id.clone(), *a, *b))
        .collect();
    assert_eq!(got, expected);
    for (id, kind, _, _, kinds) in &changes {
        assert_eq!(
            (kind.as_str(), kinds.as_slice()),
            ("claim", &["frame".to_owned()][..]),
            "{id}"
        );
    }
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["totals"]["claim"]["frame"], expected.len());
    assert_eq!(v["changes"], expected.len());
    // The most frequent changes, most frequent first, add up to every change (fewer than 20 kinds).
    let counts: Vec<u64> = v["frequent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["count"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    if counts.len() < 20 {
        assert_eq!(counts.iter().sum::<u64>() as usize, expected.len());
    }

    // The human report: totals, frequent changes, a block per document with the sentence.
    let r = run_owned(&diff_args(&["--lexicon", s(&lexicon)]));
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("Most frequent changes:"), "{}", r.stdout);
    assert!(r.stdout.contains("cumulative → "), "{}", r.stdout);
    assert!(
        r.stdout.contains("      | "),
        "sentences shown: {}",
        r.stdout
    );

    // Accept, then the same diff is clean, and the old lexicon is now the change.
    let r = run_owned(&diff_args(&["--lexicon", s(&lexicon), "--accept"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run_owned(&diff_args(&["--lexicon", s(&lexicon)]));
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = run_owned(&diff_args(&["--json", "--all"]));
    assert_eq!(r.code, 1);
    assert_eq!(reported(&r.stdout).len(), expected.len());
}

#[test]
fn jsonl_outputs_diff_with_the_same_comparison() {
    let tmp = tempdir();
    let lexicon = edited_lexicon(tmp.path());
    let old = tmp.path().join("old.jsonl");
    let new = tmp.path().join("new.jsonl");
    let r = run_q(&sample(), &old, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run_q(&sample(), &new, &["--lexicon", s(&lexicon)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = moved_claims(
        &std::fs::read_to_string(&old).unwrap(),
        &std::fs::read_to_string(&new).unwrap(),
    );

    let r = run(&["diff", s(&old), s(&old)], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run(&["diff", s(&old), s(&new), "--json", "--all"], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let got: BTreeSet<(String, u64, u64)> = reported(&r.stdout)
        .into_iter()
        .map(|(id, _, a, b, _)| (id, a, b))
        .collect();
    assert_eq!(got, expected);

    // A compressed output (gzip, as `reckon run -o out.jsonl.gz | gzip` leaves it) diffs the same.
    let new_gz = tmp.path().join("new.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&new_gz).unwrap(),
        flate2::Compression::fast(),
    );
    std::io::Write::write_all(&mut enc, &std::fs::read(&new).unwrap()).unwrap();
    enc.finish().unwrap();
    let gz = run(&["diff", s(&old), s(&new_gz), "--json", "--all"], None);
    assert_eq!(gz.code, 1, "{}", gz.stderr);
    assert_eq!(gz.stdout, r.stdout);

    // The records carry no text: --text gives each change its sentence.
    for d in serde_json::from_str::<serde_json::Value>(&r.stdout).unwrap()["details"]
        .as_array()
        .unwrap()
    {
        assert!(
            d["changes"][0]["after"]
                .get("context")
                .is_none_or(|c| c.as_str() == Some(""))
        );
    }
    let r = run(
        &[
            "diff",
            s(&old),
            s(&new),
            "--json",
            "--all",
            "--text",
            s(&sample()),
        ],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    for d in v["details"].as_array().unwrap() {
        for c in d["changes"].as_array().unwrap() {
            let m = &c["after"];
            let ctx = m["context"].as_str().expect("a context");
            let text = m["text"].as_str().unwrap();
            assert!(ctx.contains(&format!("«{text}»")), "{ctx} / {text}");
        }
    }

    // A document only on one side appears / disappears whole.
    let first = std::fs::read_to_string(&old).unwrap();
    let fewer: String = first.lines().skip(1).map(|l| format!("{l}\n")).collect();
    let fewer = write(tmp.path(), "fewer.jsonl", fewer.as_bytes());
    let r = run(&["diff", s(&old), s(&fewer), "--json"], None);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["disappeared_documents"], 1);
    assert_eq!(v["details"][0]["status"], "disappeared");
}

#[test]
fn a_large_diff_prints_totals_and_frequent_changes_then_a_bounded_number_of_blocks() {
    let tmp = tempdir();
    let input = write(tmp.path(), "in.jsonl", crate::util::jsonl(300).as_bytes());
    let old = tmp.path().join("old.jsonl");
    let new = tmp.path().join("new.jsonl");
    // Every article says "More than N people were displaced": make `displaced` cumulative.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/claims/data/lexicon.json");
    let mut lex: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for m in lex["measures"].as_array_mut().unwrap() {
        if m["key"] == "displaced" {
            m["cumulative"] = true.into();
        }
    }
    let lexicon = write(tmp.path(), "lex.json", lex.to_string().as_bytes());
    assert_eq!(run_q(&input, &old, &[]).code, 0);
    let r = run_q(&input, &new, &["--lexicon", s(&lexicon)]);
    assert_eq!(r.code, 0);
    let r = run(&["diff", s(&old), s(&new), "--max-docs", "5"], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let out = &r.stdout;
    assert!(
        out.starts_with("reckon diff: 300 of 300 documents changed"),
        "{out}"
    );
    let totals = out.find("claims ").expect("totals");
    let frequent = out.find("Most frequent changes:").expect("frequent");
    let first_block = out.find("\nd0: ").expect("blocks by id");
    assert!(totals < frequent && frequent < first_block, "{out}");
    // One frame change per document, 300 in all (the toll becomes cumulative and so takes the
    // day its source gave it: `officials said on Sunday`, a Sunday that depends on each
    // article's date, hence more than one line).
    let frequent: usize = out[frequent..first_block]
        .lines()
        .filter(|l| l.contains("~ claim frame: key=displaced+person stock → "))
        .map(|l| {
            l.split_whitespace()
                .next()
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(frequent, 300, "{out}");
    let blocks = out
        .lines()
        .filter(|l| l.starts_with('d') && l.contains(": "))
        .count();
    assert_eq!(blocks, 5, "{out}");
    assert!(out.contains("... and 295 more changed documents"), "{out}");
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempdir();
    let r = run(&["diff", "only-one.jsonl"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("OLD.jsonl NEW.jsonl"), "{}", r.stderr);
    // --pipe is a filter mode of run and tokenize; the golden commands refuse it.
    for cmd in ["snapshot", "diff"] {
        let r = run(&[cmd, "--pipe", "--golden", "g"], None);
        assert_eq!(r.code, 2, "{cmd}: {}", r.stderr);
        assert!(r.stderr.contains("--pipe is a filter mode"), "{}", r.stderr);
    }
    let missing = tmp.path().join("none");
    let r = run(&["diff", "--golden", s(&missing), s(&sample())], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no such golden folder"), "{}", r.stderr);
    let bad = write(tmp.path(), "g/x.golden", b"not golden\n");
    let r = run(
        &[
            "diff",
            "--golden",
            s(bad.parent().unwrap()),
            s(&sample()),
            "-q",
        ],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("x.golden:1: not a reckon golden file"),
        "{}",
        r.stderr
    );
}

/// The repository's own practice: the bundled sample archive against `tests/golden/sample`.
/// This fails whenever extraction changes, on purpose. Review the report, then accept with
/// `cargo run -- diff --golden tests/golden/sample examples/archive --accept`.
#[test]
fn the_bundled_sample_matches_its_golden_folder() {
    let r = run(
        &["diff", "--golden", s(&repo_golden()), s(&sample()), "-q"],
        None,
    );
    assert_eq!(
        r.code, 0,
        "extraction of examples/archive changed:\n{}\n{}\nReview it, then accept with \
         `cargo run -- diff --golden tests/golden/sample examples/archive --accept`",
        r.stdout, r.stderr
    );
}

#[test]
fn help_explains_snapshot_and_diff_with_examples() {
    for sub in ["snapshot", "diff"] {
        let h = run(&[sub, "--help"], None);
        assert_eq!(h.code, 0);
        assert!(h.stdout.contains("Example: reckon "), "{}", h.stdout);
        assert!(h.stdout.contains("--golden <DIR>"), "{}", h.stdout);
    }
    let h = run(&["diff", "--help"], None);
    for flag in [
        "--accept",
        "--json",
        "--max-docs",
        "--all",
        "--top",
        "--lexicon",
    ] {
        assert!(h.stdout.contains(flag), "{flag}: {}", h.stdout);
    }
}

#[test]
fn documents_that_appear_or_disappear_are_reported_and_accepted() {
    let tmp = tempdir();
    let golden = snapshot_sample(tmp.path());
    // The archive loses one article and gains one whose id needs escaping.
    let archive = tmp.path().join("archive");
    for outlet in ["coastal-herald", "southern-wire"] {
        for e in std::fs::read_dir(sample().join(outlet)).unwrap().flatten() {
            let name = e.file_name().into_string().unwrap();
            if name != "2026-02-12-toll-rises.txt" {
                write(
                    &archive,
                    &format!("{outlet}/{name}"),
                    &std::fs::read(e.path()).unwrap(),
                );
            }
        }
    }
    write(
        &archive,
        "new outlet/a:b.txt",
        b" date 2026-03-01 \nAt least 12 people were killed in floods on Sunday, officials said.\n",
    );
    let r = run(
        &["diff", "--golden", s(&golden), s(&archive), "--json", "-q"],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    // 11 golden files: 4 kept, 7 gone (two other outlets and toll-rises), 1 new.
    assert_eq!(v["documents"], 12);
    assert_eq!(v["appeared_documents"], 1);
    assert_eq!(v["disappeared_documents"], 7);
    let statuses: Vec<(&str, &str)> = v["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["status"].as_str().unwrap()))
        .collect();
    assert!(
        statuses.contains(&("new outlet/a:b.txt", "appeared")),
        "{statuses:?}"
    );
    assert!(
        statuses.contains(&("southern-wire/2026-02-12-toll-rises.txt", "disappeared")),
        "{statuses:?}"
    );

    let r = run(
        &[
            "diff",
            "--golden",
            s(&golden),
            s(&archive),
            "--accept",
            "-q",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let files = reckon_format_files(&golden);
    assert_eq!(files.len(), 5);
    assert!(
        files.contains(&PathBuf::from("new%20outlet/a%3Ab.txt.golden")),
        "{files:?}"
    );
    assert!(
        !golden.join("indico-tribune").exists(),
        "emptied folders are removed"
    );
    let r = run(&["diff", "--golden", s(&golden), s(&archive), "-q"], None);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

/// An article given as one JSONL line, written to `dir/name`.
fn article(dir: &Path, name: &str, id: &str, text: &str) -> PathBuf {
    let line = serde_json::json!({"id": id, "date": "2025-07-07", "text": text});
    write(dir, name, format!("{line}\n").as_bytes())
}

#[test]
fn snapshot_maps_an_id_of_3000_path_segments_to_a_bounded_file() {
    let tmp = tempdir();
    let id = vec!["seg"; 3000].join("/");
    let input = article(
        tmp.path(),
        "deep.jsonl",
        &id,
        "Officials said 12 people died.",
    );
    let golden = tmp.path().join("golden");
    let r = run(&["snapshot", s(&input), "--golden", s(&golden), "-q"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let files = reckon_format_files(&golden);
    assert_eq!(files.len(), 1, "{files:?}");
    let file = files.iter().next().unwrap();
    assert!(file.as_os_str().len() <= 240, "{}", file.display());
    let text = std::fs::read_to_string(golden.join(file)).unwrap();
    assert!(
        text.contains(&format!("# id: \"{id}\"")),
        "the file names its full id"
    );
    // The same id finds the same file again: nothing changed, nothing rewritten.
    assert_no_change(&golden, &input, 1);
}

#[cfg(unix)]
#[test]
fn snapshot_never_writes_through_a_symlink_in_the_golden_folder() {
    let tmp = tempdir();
    let input = article(
        tmp.path(),
        "a.jsonl",
        "wire/a.txt",
        "Officials said 12 people died.",
    );
    let (golden, outside) = (tmp.path().join("golden"), tmp.path().join("outside"));
    std::fs::create_dir_all(&golden).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, golden.join("wire")).unwrap();
    let r = run(&["snapshot", s(&input), "--golden", s(&golden), "-q"], None);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_dir(&outside).unwrap().count(),
        0,
        "nothing written outside"
    );
    let r = run(
        &["diff", "--golden", s(&golden), s(&input), "--accept", "-q"],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        std::fs::read_dir(&outside).unwrap().count(),
        0,
        "nothing written outside"
    );
}

#[test]
fn diff_output_escapes_terminal_control_characters() {
    let tmp = tempdir();
    let id = "wire/\u{1b}]0;PWNED\u{7}\r\u{1b}[1A\u{1b}[K.txt";
    let input = article(
        tmp.path(),
        "a.jsonl",
        id,
        "Officials said 12 people died in Gaza.",
    );
    let old = run(&["run", s(&input), "-q", "--emit", "entities,claims"], None);
    assert_eq!(old.code, 0, "{}", old.stderr);
    // The new output lost its claims: the diff names the document.
    let mut rec: serde_json::Value = serde_json::from_str(old.stdout.trim()).unwrap();
    rec["claims"] = serde_json::json!([]);
    let old_path = write(tmp.path(), "old.jsonl", old.stdout.as_bytes());
    let new_path = write(tmp.path(), "new.jsonl", format!("{rec}\n").as_bytes());
    let r = run(&["diff", s(&old_path), s(&new_path)], None);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("wire/\\u{1b}]0;PWNED\\u{7}\\u{d}"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains('\u{1b}') && !r.stdout.contains('\r'),
        "{:?}",
        r.stdout
    );
}
