//! Fuzz target: the archive reader on one in-memory stream.
//!
//! Any bytes (plain, gzip or zstd; a `.txt` article or JSONL) go through
//! `Archive::from_reader` with small limits and the whole stream is consumed. The reader must
//! never panic or hang, every error must render, and every document it returns must carry some
//! text (an article with no text is an `EmptyText` error, never an empty document).

#![no_main]

use libfuzzer_sys::fuzz_target;
use reckon_archive::{Archive, Options};

/// Small limits so that the size and decompression-bomb guards are reachable from small inputs.
fn options() -> Options {
    Options {
        max_document_bytes: 64 << 10,
        max_line_bytes: 16 << 10,
        max_decompressed_bytes: 1 << 20,
        ..Options::default()
    }
}

fuzz_target!(|data: &[u8]| {
    let archive = Archive::from_reader("fuzz", std::io::Cursor::new(data.to_vec()), options());
    for item in archive {
        match item {
            Ok(doc) => {
                assert!(!doc.id.is_empty(), "document with an empty id");
                assert!(
                    !doc.text.trim().is_empty(),
                    "document {:?} has no text: {:?}",
                    doc.id,
                    doc.text
                );
                assert!(
                    doc.text.len() as u64 <= options().max_decompressed_bytes,
                    "document {:?} is larger than the decompression limit",
                    doc.id
                );
            }
            Err(e) => {
                let message = e.to_string();
                assert!(!message.is_empty(), "error with an empty message");
                assert!(!e.code().is_empty(), "error with an empty code");
                let _ = e.location();
            }
        }
    }
});
