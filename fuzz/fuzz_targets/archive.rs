//! Fuzz target: the archive reader on any bytes (plain, gzip, zstd, JSONL, seed format, legacy
//! encodings). The checks are in `crates/archive/tests/fuzz/invariants.rs`, shared with the
//! crate's regression tests.

#![no_main]

#[path = "../../crates/archive/tests/fuzz/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    invariants::check(data);
});
