//! Web archives through the binary (issue 16): a CC-NEWS-style `.warc.gz` gives one record per
//! HTML page, extracted on the worker threads; a page with no article is an error record naming
//! its WARC offset; skipped records are counted in the summary and the counts add up; `--emit
//! text` carries the article; `--pipe` reads JSONL only, never WARC.

use crate::util::{self, run};

fn page(headline: &str, body: &str) -> String {
    format!(
        "<html><head><title>{headline} | Daily</title>\
         <meta property=\"article:published_time\" content=\"2024-03-15T08:00:00Z\"></head>\
         <body><nav>Home | World</nav><article><h1>{headline}</h1><p>{body}</p>\
         <p>It will supply water to 2 million people in the region, the ministry said on Friday.</p>\
         </article><footer>Contact us</footer></body></html>"
    )
}

fn record(kind: &str, id: &str, url: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2026-03-01T12:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {url}\r\n\
         Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(id: &str, url: &str, body: &[u8]) -> Vec<u8> {
    let mut http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    http.extend_from_slice(body);
    record("response", id, url, &http)
}

/// 40 pages (more than one batch of work for two threads), a request and a metadata record
/// each, and one page of binary junk at a known offset.
fn warc() -> (Vec<u8>, u64) {
    let mut out = Vec::new();
    let mut junk_at = 0;
    for i in 0..40 {
        let url = format!("https://news.example/2024/03/15/story-{i}");
        out.extend(util::gzip(&record(
            "request",
            &format!("q{i}"),
            &url,
            b"GET /\r\n\r\n",
        )));
        if i == 7 {
            junk_at = out.len() as u64;
            let junk: Vec<u8> = (0..4000u32).map(|k| (k * 7919 % 251) as u8).collect();
            out.extend(util::gzip(&response(&format!("r{i}"), &url, &junk)));
        } else {
            let body = format!(
                "Story {i}: the new dam on the river opened on Friday after {i} years of work, officials said."
            );
            let html = page(&format!("Story {i}"), &body);
            out.extend(util::gzip(&response(
                &format!("r{i}"),
                &url,
                html.as_bytes(),
            )));
        }
        out.extend(util::gzip(&record(
            "metadata",
            &format!("m{i}"),
            &url,
            b"x: 1\r\n",
        )));
    }
    (out, junk_at)
}

#[test]
fn warc_pages_become_records_in_order_with_errors_at_their_offset() {
    let dir = util::tempdir();
    let (bytes, junk_at) = warc();
    let path = util::write(dir.path(), "news.warc.gz", &bytes);
    let r = run(
        &["run", path.to_str().unwrap(), "--emit", "text", "-j", "2"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let recs = r.records();
    assert_eq!(recs.len(), 40, "one record per page, in input order");
    for (i, rec) in recs.iter().enumerate() {
        if i == 7 {
            let e = &rec["error"];
            assert_eq!(e["code"], "not_html", "{rec}");
            let msg = e["message"].as_str().unwrap();
            assert!(msg.contains(&format!("offset {junk_at}")), "{msg}");
            assert_eq!(rec["id"], "<urn:uuid:r7>");
            continue;
        }
        assert_eq!(rec["id"], format!("<urn:uuid:r{i}>"), "{rec}");
        assert_eq!(rec["source"], "news.example");
        assert_eq!(rec["date"], "2024-03-15");
        let text = rec["text"].as_str().unwrap();
        assert!(text.contains(&format!("Story {i}: the new dam")), "{text}");
        assert!(!text.contains("Contact us"), "{text}");
    }
    assert!(
        r.stderr
            .contains("40 documents read: 39 written, 1 reported")
            && r.stderr
                .contains("80 records skipped (metadata 40, request 40)"),
        "{}",
        r.stderr
    );
}

#[test]
fn pipe_reads_warc_bytes_as_jsonl_lines_never_as_warc() {
    let (bytes, _) = warc();
    let plain: Vec<u8> = record(
        "response",
        "x",
        "https://news.example/a",
        page("A", "Prices rose 4% in May.").as_bytes(),
    );
    // Gzip is still sniffed; the lines inside are not JSON, so each is an error record.
    for input in [&plain[..], &bytes[..]] {
        let r = run(&["run", "--pipe"], Some(input));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let recs = r.records();
        assert!(!recs.is_empty());
        assert!(
            recs.iter()
                .all(|rec| rec["error"]["code"].as_str().is_some()),
            "{}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("news.example\",\"date"),
            "no page became a document"
        );
    }
}
