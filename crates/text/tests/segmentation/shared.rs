//! The corpora beside the checkout (`../shared`), for the tests that read them: included with
//! `#[path]` by this crate's segmentation tests and by reckon-reconcile's `seed_article` test.

use std::io::Write;
use std::path::PathBuf;

/// The text of `../shared/<rel>` (the corpora beside the checkout, or `$RECKON_SHARED/<rel>`), or
/// `None` after saying on the test's stderr, uncaptured, that the calling test skipped.
pub fn shared_file(rel: &str) -> Option<String> {
    let dir = std::env::var_os("RECKON_SHARED").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        PathBuf::from,
    );
    let text = std::fs::read_to_string(dir.join(rel)).ok();
    if text.is_none() {
        let _ = writeln!(std::io::stderr(), "skipped: needs ../shared/{rel}");
    }
    text
}
