//! The hostile-archive matrix: each case is a small file made by the test. Every case checks the
//! exit code, the message (file, line or id, reason) and the accounting invariant: articles in =
//! documents written + errors reported.

use std::io::Write;

use crate::util::{self, run};

/// Runs `reckon tokenize` (the cheapest full pass through the reader and the pipeline) on `path`.
fn tok(path: &std::path::Path, extra: &[&str]) -> util::Run {
    let mut args = vec!["tokenize", path.to_str().unwrap(), "-q"];
    args.extend_from_slice(extra);
    run(&args, None)
}

fn assert_accounts(r: &util::Run, written: usize, reported: usize) {
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    assert_eq!(
        r.counts(),
        (written, reported),
        "stdout: {}",
        r.stdout.chars().take(2000).collect::<String>()
    );
}

#[test]
fn invalid_utf8_in_one_article_of_many_is_reported_with_its_line() {
    let dir = util::tempdir();
    let mut data = util::jsonl(5).into_bytes();
    data.extend_from_slice(b"{\"id\":\"bad\",\"text\":\"caf\xC3\xA9 \xFF\xFE broken\"}\n");
    data.extend_from_slice(util::jsonl(2).as_bytes());
    let p = util::write(dir.path(), "a.jsonl", &data);
    let r = tok(&p, &[]);
    assert_accounts(&r, 7, 1);
    let msg = &r.error_messages()[0];
    assert!(
        msg.contains("a.jsonl:6") && msg.contains("invalid UTF-8"),
        "{msg}"
    );
}

#[test]
fn windows_1252_and_latin1_are_decoded_and_say_so() {
    let dir = util::tempdir();
    util::write(
        dir.path(),
        "cp1252.txt",
        b" date 2025-07-07 The caf\xE9 said \x93no\x94 to a \x80 5m fine.",
    );
    util::write(
        dir.path(),
        "latin1.jsonl",
        b"{\"id\":\"l1\",\"text\":\"Se\xF1or M\xFCller met a d\xE9l\xE9gation.\"}\n",
    );
    let r = tok(dir.path(), &[]);
    assert_accounts(&r, 2, 0);
    for rec in r.records() {
        assert_eq!(rec["decoded_from"], "windows-1252", "{rec}");
    }
}

#[test]
fn bom_crlf_lone_cr_and_nul_bytes_are_read() {
    let dir = util::tempdir();
    util::write(
        dir.path(),
        "bom.txt",
        "\u{feff} date 2025-07-07 With a BOM.".as_bytes(),
    );
    util::write(
        dir.path(),
        "crlf.jsonl",
        b"{\"id\":\"c1\",\"text\":\"One.\"}\r\n{\"id\":\"c2\",\"text\":\"Two.\\r\\nThree.\"}\r\n",
    );
    util::write(dir.path(), "cr.txt", b"Line one.\rLine two.\rLine three.");
    util::write(dir.path(), "nul.txt", b"Before\0after the NUL.");
    let r = tok(dir.path(), &[]);
    assert_accounts(&r, 5, 0);
    let bom = r
        .records()
        .into_iter()
        .find(|r| r["id"] == "bom.txt")
        .unwrap();
    assert_eq!(bom["date"], "2025-07-07");
}

#[test]
fn empty_files_and_empty_gzip_are_reported() {
    let dir = util::tempdir();
    util::write(dir.path(), "empty.txt", b"");
    util::write(dir.path(), "empty.jsonl.gz", b"");
    util::write(dir.path(), "ok.txt", b"Fine.");
    let r = tok(dir.path(), &[]);
    assert_accounts(&r, 1, 2);
    let msgs = r.error_messages();
    assert!(msgs.iter().all(|m| m.ends_with("empty file")), "{msgs:?}");
}

#[test]
fn truncated_gzip_and_zstd_keep_their_complete_members() {
    let dir = util::tempdir();
    let data = util::jsonl(2000);
    // A whole member (frame) of 300 articles, then one cut in half: its articles cannot be
    // checked against the member's checksum, so none of them is emitted.
    let mut gz = util::gzip(util::jsonl(300).as_bytes());
    let second = util::gzip(data.as_bytes());
    gz.extend_from_slice(&second[..second.len() / 2]);
    util::write(dir.path(), "a.jsonl.gz", &gz);
    let mut zst = zstd::encode_all(util::jsonl(300).as_bytes(), 3).unwrap();
    let second = zstd::encode_all(data.as_bytes(), 3).unwrap();
    zst.extend_from_slice(&second[..second.len() / 2]);
    util::write(dir.path(), "b.jsonl.zst", &zst);
    let r = tok(dir.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (written, reported) = r.counts();
    assert_eq!(written, 600);
    assert_eq!(reported, 2);
    let msgs = r.error_messages();
    assert!(
        msgs[0].contains("a.jsonl.gz:") && msgs[0].contains("gzip stream is truncated"),
        "{msgs:?}"
    );
    assert!(
        msgs[1].contains("b.jsonl.zst:") && msgs[1].contains("zstd stream is truncated"),
        "{msgs:?}"
    );
}

#[test]
fn a_decompression_bomb_stops_at_the_limit() {
    let dir = util::tempdir();
    let mut data = util::jsonl(1);
    data.push_str(&format!(
        "{{\"id\":\"bomb\",\"text\":\"{}\"}}\n",
        "a".repeat(3 << 20)
    ));
    let p = util::write(dir.path(), "bomb.jsonl.gz", &util::gzip(data.as_bytes()));
    let r = tok(&p, &["--max-decompressed-mib", "1"]);
    assert_accounts(&r, 1, 1);
    assert!(
        r.error_messages()[0].contains("decompressed data exceeds the limit of 1048576 bytes"),
        "{}",
        r.stdout
    );
}

#[test]
fn jsonl_lines_that_are_not_articles_are_reported_each_with_its_line() {
    let dir = util::tempdir();
    let data = "{\"id\":\"ok\",\"text\":\"Fine.\"}\nnot json at all\n{\"id\":\"nt\",\"title\":\"no text\"}\n{\"id\":\"num\",\"text\":42}\n[1,2]\n\n{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n";
    let p = util::write(dir.path(), "a.jsonl", data.as_bytes());
    let r = tok(&p, &[]);
    assert_accounts(&r, 2, 4);
    let msgs = r.error_messages();
    assert!(msgs[0].contains("a.jsonl:2: not a JSON object"), "{msgs:?}");
    assert!(
        msgs[1].contains("a.jsonl:3 (id nt): record has no \"text\" field"),
        "{msgs:?}"
    );
    assert!(
        msgs[2].contains("a.jsonl:4 (id num): \"text\" is a number, not a string"),
        "{msgs:?}"
    );
    assert!(
        msgs[3].contains("a.jsonl:5: not a JSON object: found an array"),
        "{msgs:?}"
    );
}

#[test]
fn a_200_mb_line_is_skipped_without_being_held_and_the_next_line_is_read() {
    let dir = util::tempdir();
    let p = dir.path().join("big.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
    f.write_all(b"{\"id\":\"big\",\"text\":\"").unwrap();
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..200 {
        f.write_all(&chunk).unwrap();
    }
    f.write_all(b"\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n")
        .unwrap();
    drop(f);
    let r = tok(&p, &["--max-article-mib", "64"]);
    assert_accounts(&r, 1, 1);
    assert!(
        r.error_messages()[0]
            .contains("big.jsonl:1: line of 209715222 bytes exceeds the limit of 67108864 bytes"),
        "{}",
        r.stdout
    );
    assert_eq!(r.records()[1]["id"], "after");
}

#[test]
fn a_50_mb_article_without_newline_is_read() {
    let dir = util::tempdir();
    let word = b"storm ";
    let text: Vec<u8> = word.iter().copied().cycle().take(50 << 20).collect();
    let p = util::write(dir.path(), "big.txt", &text);
    let r = tok(&p, &[]);
    assert_accounts(&r, 1, 0);
    assert_eq!(
        r.records()[0]["tokens"].as_array().unwrap().len(),
        (50 << 20) / word.len() + 1
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_symlink_loops_are_reported_and_the_rest_is_read() {
    let dir = util::tempdir();
    util::readable_and_dangling(dir.path());
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/loop")).unwrap();
    let r = tok(dir.path(), &[]);
    assert_accounts(&r, 1, 2);
    let msgs = r.error_messages().join("\n");
    assert!(
        msgs.contains("dangling.txt") && msgs.contains("No such file"),
        "{msgs}"
    );
    assert!(msgs.contains("symlink loop"), "{msgs}");
}

#[test]
fn a_path_that_does_not_exist_is_a_usage_error() {
    let r = run(&["run", "/definitely/not/here", "-q"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("/definitely/not/here: no such file or directory"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
}

#[test]
fn the_cap_on_claims_per_article_is_reported_in_the_document_record() {
    // issue 19: "1 2 3 ..." for 2 MB gave 314k claims and 830 MB RSS; the claims stage now keeps
    // at most 20,000 per article and says so in the record's `diagnostics`
    let dir = util::tempdir();
    let text: String = (1..=25_000).map(|i| format!("{i} ")).collect();
    let p = util::write(dir.path(), "counting.txt", text.as_bytes());
    let r = run(
        &["run", p.to_str().unwrap(), "-q", "--emit", "claims"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = r.records();
    assert_eq!(records.len(), 1);
    let claims = records[0]["claims"].as_array().expect("claims").len();
    assert!(claims <= 20_000, "{claims} claims");
    let notes = records[0]["diagnostics"].as_array().expect("diagnostics");
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().is_some_and(|s| s.contains("capped at 20000"))),
        "{notes:?}"
    );
}
