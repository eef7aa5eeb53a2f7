//! `cargo xtask conformance`: runs the Recognizers-Text conformance test of `reckon-claims` in
//! release mode and prints its per-file pass-rate table (the test enforces the committed floor
//! in `crates/claims/tests/conformance_floor.json`).

use anyhow::{Context, bail};

/// Runs the conformance suite; fails when a rate falls below the committed floor.
pub fn run() -> anyhow::Result<()> {
    let status = crate::cargo()
        .args([
            "test",
            "--release",
            "-p",
            "reckon-claims",
            "--test",
            "conformance",
            "--",
            "--nocapture",
        ])
        .status()
        .context("running cargo test for the conformance suite")?;
    if !status.success() {
        bail!(
            "conformance suite failed (a pass rate fell below crates/claims/tests/conformance_floor.json?)"
        );
    }
    Ok(())
}
