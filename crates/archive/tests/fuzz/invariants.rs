//! The invariants of reading any bytes as an archive, shared by the `archive` fuzz target
//! (`fuzz/fuzz_targets/archive.rs`) and this crate's `tests/fuzz_regressions.rs`.
//!
//! Checked: reading never panics or hangs; every document has an id and some text, no larger
//! than the decompression limit; every error has a message and a code.

use reckon_archive::{Archive, Options};

/// Small limits so that the size and decompression-bomb guards are reachable from small inputs.
pub fn options() -> Options {
    Options {
        max_document_bytes: 64 << 10,
        max_line_bytes: 16 << 10,
        max_decompressed_bytes: 1 << 20,
        ..Options::default()
    }
}

/// Reads `data` with [`options`], panicking with the broken invariant; returns how many
/// documents and errors the input gave.
pub fn check(data: &[u8]) -> (usize, usize) {
    let (mut docs, mut errors) = (0, 0);
    for item in Archive::from_reader("fuzz", std::io::Cursor::new(data.to_vec()), options()) {
        match item {
            Ok(doc) => {
                docs += 1;
                assert!(!doc.meta.id.is_empty(), "document with an empty id");
                assert!(
                    !doc.text.trim().is_empty(),
                    "document {:?} has no text: {:?}",
                    doc.meta.id,
                    doc.text
                );
                assert!(
                    doc.text.len() as u64 <= options().max_decompressed_bytes,
                    "document {:?} is larger than the decompression limit",
                    doc.meta.id
                );
            }
            Err(e) => {
                errors += 1;
                assert!(!e.to_string().is_empty(), "error with an empty message");
                assert!(!e.code().is_empty(), "error with an empty code");
                let _ = e.location();
            }
        }
    }
    (docs, errors)
}
