//! `cargo xtask events-eval [PATH]`: the event layer on gva-dev (issue 14): B-cubed precision,
//! recall and F1 of articles clustered into incidents, the share of incidents whose event's
//! killed / injured figure equals the registry's, and the cost of detection beside the rest of
//! the per-article pipeline, for the dev half of the incidents (read and tuned on), the
//! held-out half (only scored) and the whole. Flags (`--dev`: the dev half only, for tuning
//! runs; `--misses`, `--dump`, `--all`, `--cache=FILE`) pass through to the example.
//!
//! PATH is the gva-dev folder (`articles.jsonl.gz`, `incidents.jsonl`); by default
//! `../shared/corpus/gva-dev` beside the workspace, or under `RECKON_SHARED` when it is set (a
//! worktree elsewhere). The work is the `gva_eval` example of `reckon-events`, run in-process
//! on the debug build (the extraction crates and reckon-events at opt-level 2).

use std::path::PathBuf;

use anyhow::bail;

use crate::cmd;

/// Entry point of `cargo xtask events-eval`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let path = match args.iter().find(|a| !a.starts_with("--")) {
        Some(p) => PathBuf::from(p),
        None => std::env::var_os("RECKON_SHARED")
            .map_or_else(|| crate::root().join("../shared"), PathBuf::from)
            .join("corpus/gva-dev"),
    };
    if !path.join("articles.jsonl.gz").exists() {
        bail!(
            "no gva-dev corpus at {} (give its folder, or set RECKON_SHARED)",
            path.display()
        );
    }
    let path = path.to_string_lossy().into_owned();
    let mut cargo = vec![
        "run",
        "-q",
        "-p",
        "reckon-events",
        "--example",
        "gva_eval",
        "--",
        path.as_str(),
    ];
    cargo.extend(
        args.iter()
            .filter(|a| a.starts_with("--"))
            .map(String::as_str),
    );
    cmd("cargo", &cargo)
}
