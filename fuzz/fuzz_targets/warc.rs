//! Fuzz target: the WARC reader on any bytes (gzip members, plain or zstd WARC, HTTP heads,
//! HTML pages through the article extractor), with a small page limit. Must hold: no panic, no
//! hang, no stack overflow; every error renders, has a code and names a WARC offset or page;
//! every document has an id and non-blank text; skipped records are counted, not lost.

#![no_main]

use libfuzzer_sys::fuzz_target;
use reckon_archive::{Archive, Options};

fuzz_target!(|data: &[u8]| {
    let options = Options {
        max_document_bytes: 256 * 1024,
        max_decompressed_bytes: 4 << 20,
        ..Options::default()
    };
    let archive = Archive::from_warc_reader("fuzz.warc", std::io::Cursor::new(data.to_vec()), options);
    let skipped = archive.skip_counts();
    let mut items = 0u64;
    for item in archive {
        items += 1;
        match item {
            Ok(doc) => {
                assert!(!doc.meta.id.is_empty(), "document without id");
                assert!(!doc.text.trim().is_empty(), "document {} without text", doc.meta.id);
            }
            Err(e) => {
                assert!(!e.code().is_empty());
                let shown = e.to_string();
                assert!(shown.starts_with("fuzz.warc"), "{shown}");
            }
        }
        assert!(items <= data.len() as u64 + 1, "more items than input bytes");
    }
    let _ = skipped.total();
});
