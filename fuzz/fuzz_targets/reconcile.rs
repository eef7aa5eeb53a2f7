//! Fuzz target: reading `claims.jsonl` and reconciling it, as `reckon reconcile` does. The
//! checks are in `crates/reconcile/tests/fuzz/invariants.rs`, shared with the crate's regression
//! tests.

#![no_main]

#[path = "../../crates/reconcile/tests/fuzz/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    invariants::check(data);
});
