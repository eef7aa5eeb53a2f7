//! WARC and HTML inputs: records become documents or are skipped and counted; each kind of bad
//! input is one error item naming its WARC offset, and reading goes on (issue 16's list: a
//! truncated gzip member, a wrong Content-Length, a header without WARC/1.x, a 50 MB page,
//! binary junk labelled text/html, HTML nested 100,000 deep, a wrong declared charset).
#![cfg(all(feature = "warc", feature = "gzip", feature = "zstd"))]

use std::io::Write;

use reckon_archive::{
    Archive, DUPLICATE_OF, Entry, Input, Item, Options, RawItem, RawPage, UniqueIds,
};

fn page(headline: &str) -> String {
    format!(
        "<html><head><title>{headline} | Daily</title>\
         <meta property=\"article:published_time\" content=\"2024-03-15T08:00:00Z\"></head>\
         <body><nav>Home | World</nav><article><h1>{headline}</h1>\
         <p>The new dam on the river opened on Friday after six years of work, officials said.</p>\
         <p>It will supply water to 2 million people in the region, the ministry said on Friday.</p>\
         </article><footer>Contact us</footer></body></html>"
    )
}

fn response(url: &str, status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut http = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    http.extend_from_slice(body);
    record("response", url, &http, None)
}

/// A WARC record; `length` overrides the true Content-Length.
fn record(kind: &str, url: &str, block: &[u8], length: Option<usize>) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2026-03-01T12:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{kind}-{url}>\r\nWARC-Target-URI: {url}\r\n\
         Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        length.unwrap_or(block.len())
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// Reads `name` holding `bytes`; returns the items and the skip counts.
fn read(name: &str, bytes: &[u8]) -> (Vec<Item>, std::collections::BTreeMap<String, u64>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let archive = Archive::new(vec![Input::Path(path)], Options::default());
    let skipped = archive.skip_counts();
    let items: Vec<Item> = archive.collect();
    (items, skipped.snapshot())
}

fn summary(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .map(|i| match i {
            Ok(d) => format!(
                "doc {} {} {:?} {}",
                d.meta.url.as_deref().unwrap_or("-"),
                d.meta.date.map_or("-".to_owned(), |d| d.to_string()),
                d.meta.extra.get("date_source").and_then(|v| v.as_str()),
                d.meta.source.as_deref().unwrap_or("-")
            ),
            Err(e) => format!("error {}: {e}", e.code()),
        })
        .collect()
}

/// A CC-NEWS-like file: one gzip member per record, with records that are skipped.
fn cc_news_like() -> Vec<u8> {
    let mut out = Vec::new();
    out.extend(gz(&record("warcinfo", "-", b"software: test\r\n", None)));
    out.extend(gz(&record(
        "request",
        "https://a.example/2024/03/15/dam",
        b"GET / HTTP/1.1\r\n\r\n",
        None,
    )));
    out.extend(gz(&response(
        "https://a.example/2024/03/15/dam",
        "200 OK",
        "text/html; charset=utf-8",
        page("Dam opens").as_bytes(),
    )));
    out.extend(gz(&record(
        "metadata",
        "https://a.example/2024/03/15/dam",
        b"fetchTimeMs: 1\r\n",
        None,
    )));
    out.extend(gz(&response(
        "https://a.example/missing",
        "404 Not Found",
        "text/html",
        b"<html>gone</html>",
    )));
    out.extend(gz(&response(
        "https://a.example/logo.png",
        "200 OK",
        "image/png",
        b"\x89PNG....",
    )));
    out.extend(gz(&record(
        "revisit",
        "https://a.example/2024/03/15/dam",
        b"",
        None,
    )));
    out
}

#[test]
fn cc_news_style_warc_gives_documents_and_counts_the_rest() {
    let (items, skipped) = read("cc.warc.gz", &cc_news_like());
    assert_eq!(
        summary(&items),
        ["doc https://a.example/2024/03/15/dam 2024-03-15 Some(\"meta\") a.example"]
    );
    let doc = items[0].as_ref().unwrap();
    assert_eq!(
        doc.meta.id,
        "<urn:uuid:response-https://a.example/2024/03/15/dam>"
    );
    assert!(
        doc.text
            .contains("opened on Friday after six years of work, officials said."),
        "{:?}",
        doc.text
    );
    assert!(
        doc.text.contains('\n'),
        "paragraphs kept apart: {:?}",
        doc.text
    );
    assert!(!doc.text.contains("Contact us"));
    let want: Vec<(&str, u64)> = vec![
        ("metadata", 1),
        ("not-html", 1),
        ("request", 1),
        ("revisit", 1),
        ("status-404", 1),
        ("warcinfo", 1),
    ];
    assert_eq!(
        skipped
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect::<Vec<_>>(),
        want
    );
}

#[test]
fn plain_and_zstd_warc_read_the_same() {
    let plain: Vec<u8> = [
        record(
            "request",
            "https://a.example/x",
            b"GET / HTTP/1.1\r\n\r\n",
            None,
        ),
        response(
            "https://a.example/x",
            "200 OK",
            "text/html",
            page("Plain").as_bytes(),
        ),
    ]
    .concat();
    let (items, skipped) = read("p.warc", &plain);
    assert_eq!(items.len(), 1);
    assert!(items[0].is_ok());
    assert_eq!(skipped.get("request"), Some(&1));
    let (items, _) = read("p.warc.zst", &zstd::encode_all(&plain[..], 3).unwrap());
    assert_eq!(items.len(), 1);
    assert!(items[0].as_ref().unwrap().text.contains("officials said"));
}

#[test]
fn truncated_gzip_member_is_one_error_with_its_offset_and_reading_goes_on() {
    let good = gz(&response(
        "https://a.example/1",
        "200 OK",
        "text/html",
        page("One").as_bytes(),
    ));
    let cut = gz(&response(
        "https://a.example/2",
        "200 OK",
        "text/html",
        page("Two").as_bytes(),
    ));
    let cut = &cut[..cut.len() / 2];
    let after = gz(&response(
        "https://a.example/3",
        "200 OK",
        "text/html",
        page("Three").as_bytes(),
    ));
    // Cut in the middle of the file: the broken member's decoder runs on into the next member
    // (deflate cannot tell), so that record is lost with it; the errors name the offsets and
    // reading goes on to the end without a panic.
    let bytes = [good.clone(), cut.to_vec(), after.clone(), after].concat();
    let (items, _) = read("t.warc.gz", &bytes);
    let s = summary(&items);
    assert!(s[0].starts_with("doc https://a.example/1"), "{s:?}");
    assert!(
        s[1].starts_with("error bad_warc_record: ")
            && s[1].contains(&format!("offset {}", good.len())),
        "{}",
        s[1]
    );
    assert!(
        s.last().unwrap().starts_with("doc https://a.example/3"),
        "{s:?}"
    );
    // Cut at the end of the file.
    let (items, _) = read("t.warc.gz", &[good, cut.to_vec()].concat());
    assert_eq!(items.iter().filter(|i| i.is_err()).count(), 1);
    assert_eq!(items.len(), 2);
}

#[test]
fn wrong_content_length_is_an_error_for_that_record_only() {
    let body = response(
        "https://a.example/ok",
        "200 OK",
        "text/html",
        page("Fine").as_bytes(),
    );
    for (delta, name) in [(25i64, "too long"), (-25, "too short")] {
        let block =
            &body[body.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4..body.len() - 4];
        let wrong = record(
            "response",
            "https://a.example/bad",
            block,
            Some((block.len() as i64 + delta) as usize),
        );
        // gzip: one member per record, so the next record is intact.
        let bytes = [gz(&wrong), gz(&body)].concat();
        let (items, _) = read("c.warc.gz", &bytes);
        let s = summary(&items);
        assert_eq!(s.len(), 2, "{name}: {s:?}");
        assert!(
            s[0].starts_with("error bad_warc_record") && s[0].contains("offset 0"),
            "{name}: {}",
            s[0]
        );
        assert!(
            s[1].starts_with("doc https://a.example/ok"),
            "{name}: {}",
            s[1]
        );
    }
    // Plain: a too-short length is found at the record's end and the reader resynchronises.
    let block = &body[body.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4..body.len() - 4];
    let wrong = record(
        "response",
        "https://a.example/bad",
        block,
        Some(block.len() - 25),
    );
    let (items, _) = read("c.warc", &[wrong, body.clone()].concat());
    let s = summary(&items);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[0].starts_with("error bad_warc_record"));
    assert!(s[1].starts_with("doc https://a.example/ok"));
}

#[test]
fn header_without_warc_version_is_an_error_and_the_next_record_is_read() {
    let good = response(
        "https://a.example/ok",
        "200 OK",
        "text/html",
        page("Fine").as_bytes(),
    );
    let mut bad = good.clone();
    bad[..8].copy_from_slice(b"HTTP/1.1");
    let (items, _) = read("v.warc.gz", &[gz(&bad), gz(&good)].concat());
    let s = summary(&items);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(
        s[0].contains("does not start with WARC/1.0 or WARC/1.1"),
        "{}",
        s[0]
    );
    let (items, _) = read("v.warc", &[bad, good].concat());
    assert_eq!(summary(&items).len(), 2);
    assert!(items[1].is_ok());
}

#[test]
fn page_of_50_mb_is_skipped_with_an_error() {
    let big = format!(
        "<html><body>{}</body></html>",
        "<p>word </p>".repeat(50 << 20 >> 4)
    );
    let first = gz(&response(
        "https://a.example/big",
        "200 OK",
        "text/html",
        big.as_bytes(),
    ));
    let next = gz(&response(
        "https://a.example/ok",
        "200 OK",
        "text/html",
        page("Fine").as_bytes(),
    ));
    let (items, _) = read("b.warc.gz", &[first, next].concat());
    let s = summary(&items);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(
        s[0].contains("exceeds the limit of 16777216 bytes") && s[0].contains("offset 0"),
        "{}",
        s[0]
    );
    assert!(s[1].starts_with("doc "));
}

#[test]
fn binary_junk_deep_nesting_and_wrong_charset() {
    let junk: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let deep = format!(
        "<html><body>{}deep{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let latin1 = page("Caf\u{e9} opens").replace('\u{e9}', "\u{0}");
    let mut latin1 = latin1.into_bytes();
    for b in &mut latin1 {
        if *b == 0 {
            *b = 0xE9;
        }
    }
    let records = [
        response("https://a.example/junk", "200 OK", "text/html", &junk),
        response(
            "https://a.example/deep",
            "200 OK",
            "text/html",
            deep.as_bytes(),
        ),
        response(
            "https://a.example/cafe",
            "200 OK",
            "text/html; charset=utf-8",
            &latin1,
        ),
    ];
    let mut bytes = Vec::new();
    let mut offsets = Vec::new();
    for r in &records {
        offsets.push(bytes.len());
        bytes.extend(gz(r));
    }
    let (items, _) = read("j.warc.gz", &bytes);
    let s = summary(&items);
    assert_eq!(s.len(), 3, "{s:?}");
    assert!(
        s[0].starts_with("error not_html") && s[0].contains(&format!("offset {}", offsets[0])),
        "{}",
        s[0]
    );
    assert!(
        s[1].starts_with("error html_too_deep") && s[1].contains(&format!("offset {}", offsets[1])),
        "{}",
        s[1]
    );
    // A declared charset the bytes contradict is overruled by detection, and the record says so.
    let doc = items[2].as_ref().unwrap();
    assert_eq!(doc.meta.decoded_from.as_deref(), Some("windows-1252"));
    assert_eq!(
        doc.meta
            .extra
            .get("charset_overruled")
            .and_then(|v| v.as_str()),
        Some("UTF-8")
    );
    assert!(
        doc.meta.title.as_deref().unwrap_or("").contains("Café"),
        "{:?}",
        doc.meta.title
    );
}

#[test]
fn folders_of_html_pages_are_articles() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.html"), page("Alpha")).unwrap();
    std::fs::write(d.join("b.htm"), page("Beta")).unwrap();
    std::fs::write(d.join("c.html.gz"), gz(page("Gamma").as_bytes())).unwrap();
    std::fs::write(d.join("d.warc.gz"), cc_news_like()).unwrap();
    std::fs::write(d.join("notes.md"), "not read").unwrap();
    let items: Vec<Item> =
        Archive::new(vec![Input::Path(d.to_path_buf())], Options::default()).collect();
    let ids: Vec<String> = items
        .iter()
        .map(|i| i.as_ref().unwrap().meta.id.clone())
        .collect();
    assert_eq!(
        ids,
        [
            "a.html",
            "b.htm",
            "c.html.gz",
            "<urn:uuid:response-https://a.example/2024/03/15/dam>"
        ]
    );
    let a = items[0].as_ref().unwrap();
    assert_eq!(
        (a.meta.title.as_deref(), a.meta.date.map(|d| d.to_string())),
        // dom_smoothie (Readability's rule) keeps a title whole when cutting the site name
        // would leave fewer than three words; rs-trafilatura, which read these short test pages
        // before, cut it.
        (Some("Alpha | Daily"), Some("2024-03-15".into()))
    );
}

/// The `warc` fuzz target's checks, on stable, over its seed corpus (`fuzz/corpus/warc/`, written
/// by `crates/html/scripts/make_warc.py --seeds`).
#[test]
fn warc_fuzz_seeds_keep_the_invariants() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/warc");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fuzz corpus at {}: skipped", dir.display());
        return;
    };
    let mut docs = 0;
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let bytes = std::fs::read(&path).unwrap();
        let archive =
            Archive::from_warc_reader("fuzz.warc", std::io::Cursor::new(bytes), Options::default());
        for item in archive {
            match item {
                Ok(d) => {
                    assert!(
                        !d.meta.id.is_empty() && !d.text.trim().is_empty(),
                        "{}",
                        path.display()
                    );
                    docs += 1;
                }
                Err(e) => assert!(e.to_string().starts_with("fuzz.warc"), "{e}"),
            }
        }
    }
    assert!(docs > 0, "no seed gave a document");
}

/// `Archive::entries` hands pages out raw (for extraction on worker threads): one entry per
/// item of the plain iterator, each page extracting to the same document or error (with its
/// WARC offset), and repeated ids renamed before extraction carry `duplicate_of` through.
#[test]
fn entries_give_raw_pages_that_extract_to_the_same_items() {
    let mut bytes = cc_news_like();
    let junk_at = bytes.len() as u64;
    let junk: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect();
    bytes.extend(gz(&response(
        "https://a.example/junk",
        "200 OK",
        "text/html",
        &junk,
    )));
    // The same page again: the same record id, renamed by UniqueIds.
    bytes.extend(gz(&response(
        "https://a.example/2024/03/15/dam",
        "200 OK",
        "text/html; charset=utf-8",
        page("Dam opens").as_bytes(),
    )));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.warc.gz");
    std::fs::write(&path, &bytes).unwrap();
    let open = || Archive::new(vec![Input::Path(path.clone())], Options::default());
    let archive = open();
    let skipped = archive.skip_counts();
    let items: Vec<Item> = archive.collect();
    let entries = open().entries();
    let raw: Vec<RawItem> = entries.collect();
    assert_eq!(raw.len(), items.len());
    let pages: Vec<&RawPage> = raw
        .iter()
        .filter_map(|r| match r {
            Ok(Entry::Page(p)) => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(pages.len(), 3, "every item here is a page");
    assert_eq!(pages[1].offset(), Some(junk_at));
    assert!(
        pages[0].html().starts_with(b"<html>"),
        "the HTTP head is not part of the page"
    );
    let extracted: Vec<Item> = raw
        .into_iter()
        .map(|r| r.and_then(Entry::into_document))
        .collect();
    assert_eq!(summary(&extracted), summary(&items));
    assert!(summary(&items)[1].contains(&format!("offset {junk_at}")));
    assert_eq!(skipped.total(), 6);

    let unique = UniqueIds::new(open().entries());
    let docs: Vec<Item> = unique.map(|r| r.and_then(Entry::into_document)).collect();
    let last = docs[2].as_ref().unwrap();
    assert!(last.meta.id.ends_with("#2"), "{}", last.meta.id);
    assert_eq!(
        last.meta.extra.get(DUPLICATE_OF).and_then(|v| v.as_str()),
        Some(docs[0].as_ref().unwrap().meta.id.as_str())
    );
}
