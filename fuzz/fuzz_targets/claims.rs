//! Fuzz target: the claim extractor. The checks are in `crates/claims/tests/fuzz/invariants.rs`,
//! shared with the crate's regression tests.

#![no_main]

#[path = "../../crates/claims/tests/fuzz/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    invariants::check(data);
});
