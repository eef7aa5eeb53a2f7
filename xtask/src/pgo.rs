//! `cargo xtask pgo [--train PATH...] [--out BIN] [--dry-run]`: a profile-guided (PGO) release
//! build of `reckon`. Experimental and optional: CI and the tests never need it.
//!
//! Four steps, plain rustc flags (the rustc book's "Profile-guided Optimization" workflow), no
//! extra tool to install:
//! 1. build `reckon` with `-Cprofile-generate=DIR` into `target/pgo-gen` (its own target
//!    folder, so the flag change does not throw away the normal release build's cache);
//! 2. run the instrumented binary over the training archives the way a user's job does:
//!    `run -q -j 1 -o /dev/null` (the measured path of issue 17) and `run -q --out-dir TMP` (every
//!    writer, the worker threads);
//! 3. merge the raw profiles with the toolchain's own `llvm-profdata` (the `llvm-tools` rustup
//!    component: the LLVM of the system is usually older and cannot read rustc's profiles);
//! 4. build again with `-Cprofile-use=FILE` into `target/pgo-use` and copy the binary to `--out`
//!    (default `target/release-pgo/reckon`).
//!
//! Both builds pass `--target <host>` so that `RUSTFLAGS` reach the binary's crates only, not the
//! build scripts and proc macros (which would otherwise be instrumented too).
//!
//! Training text must not be the archive the speed is measured on (the newsarticles corpus): a
//! profile taken on the measured text would flatter the figure. The default is the bundled
//! `examples/archive` plus, when present, the gva-dev local-news articles
//! (`$RECKON_SHARED/corpus/gva-dev/articles.jsonl.gz`, else `../shared/...`); `--train` replaces
//! that list. `--dry-run` prints the plan and the commands without running them.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

/// The parsed command line of `cargo xtask pgo`.
#[derive(Debug, Default, PartialEq)]
struct Args {
    train: Vec<PathBuf>,
    out: Option<PathBuf>,
    dry_run: bool,
}

fn parse(args: &[String]) -> anyhow::Result<Args> {
    let mut parsed = Args::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--train" => parsed
                .train
                .push(it.next().context("--train needs a path")?.into()),
            "--out" => parsed.out = Some(it.next().context("--out needs a path")?.into()),
            "--dry-run" => parsed.dry_run = true,
            other => bail!(
                "unknown argument {other:?} (usage: cargo xtask pgo [--train PATH]... [--out BIN] [--dry-run])"
            ),
        }
    }
    Ok(parsed)
}

/// Entry point of `cargo xtask pgo`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let args = parse(args)?;
    let root = crate::root();
    let target = crate::target_dir();
    let host = host_triple()?;
    let profdata = llvm_profdata(&host)?;
    let train = if args.train.is_empty() {
        default_training(&root)
    } else {
        args.train.clone()
    };
    for path in &train {
        if !path.exists() {
            bail!("training input {} does not exist", path.display());
        }
        if path.to_string_lossy().contains("newsarticles") {
            eprintln!(
                "warning: training on {} (the archive the speed bar is measured on) flatters the measured figure",
                path.display()
            );
        }
    }
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| target.join("release-pgo/reckon"));
    let data = target.join("pgo-data");
    let raw = data.join("raw");
    let merged = data.join("merged.profdata");
    eprintln!(
        "pgo: host {host}, llvm-profdata {}, training on {}",
        profdata.display(),
        train
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );

    // 1. The instrumented build.
    let gen_dir = target.join("pgo-gen");
    let mut build = release_build(
        &host,
        &gen_dir,
        &format!("-Cprofile-generate={}", raw.display()),
    );
    let instrumented = gen_dir.join(&host).join("release/reckon");

    // 2. The training runs, on a clean profile folder.
    let scratch = data.join("out");
    let mut runs = Vec::new();
    let mut measured_path = Command::new(&instrumented);
    measured_path
        .args(["run", "-q", "-j", "1", "-o", "/dev/null"])
        .args(&train);
    runs.push(measured_path);
    let mut full_job = Command::new(&instrumented);
    full_job
        .args(["run", "-q", "--out-dir"])
        .arg(&scratch)
        .args(&train);
    runs.push(full_job);

    // 3. The merge.
    let mut merge = Command::new(&profdata);
    merge.arg("merge").arg("-o").arg(&merged).arg(&raw);

    // 4. The optimised build.
    let use_dir = target.join("pgo-use");
    let mut optimised = release_build(
        &host,
        &use_dir,
        &format!(
            "-Cprofile-use={} -Cllvm-args=-pgo-warn-missing-function",
            merged.display()
        ),
    );
    let built = use_dir.join(&host).join("release/reckon");

    if args.dry_run {
        for cmd in [&build]
            .into_iter()
            .chain(&runs)
            .chain([&merge, &optimised])
        {
            println!("{}", shown(cmd));
        }
        println!("cp {} {}", built.display(), out.display());
        return Ok(());
    }
    crate::run_cmd(&mut build)?;
    if raw.exists() {
        std::fs::remove_dir_all(&raw).with_context(|| format!("cannot clear {}", raw.display()))?;
    }
    for run in &mut runs {
        if scratch.exists() {
            std::fs::remove_dir_all(&scratch)?;
        }
        crate::run_cmd(run)?;
    }
    let profiles = std::fs::read_dir(&raw)
        .with_context(|| format!("the training runs wrote no profile in {}", raw.display()))?
        .count();
    eprintln!("pgo: {profiles} raw profile(s) in {}", raw.display());
    crate::run_cmd(&mut merge)?;
    crate::run_cmd(&mut optimised)?;
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::copy(&built, &out)
        .with_context(|| format!("cannot copy {} to {}", built.display(), out.display()))?;
    println!("{}", out.display());
    Ok(())
}

/// `cargo build --release -p reckon --bin reckon --target HOST --target-dir DIR` with `flags`
/// added to the caller's `RUSTFLAGS` (`CARGO_ENCODED_RUSTFLAGS` would override them: removed).
fn release_build(host: &str, dir: &Path, flags: &str) -> Command {
    let mut cmd = Command::new("nice");
    cmd.arg("-n")
        .arg("10")
        .arg(std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo")));
    cmd.args(["build", "--release", "-p", "reckon", "--bin", "reckon"])
        .args(["--target", host])
        .arg("--target-dir")
        .arg(dir);
    let mut rustflags = std::env::var("RUSTFLAGS").unwrap_or_default();
    if !rustflags.trim().is_empty() {
        rustflags.push(' ');
    }
    rustflags.push_str(flags);
    cmd.env("RUSTFLAGS", rustflags)
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    cmd
}

/// The command as a shell line, with the `RUSTFLAGS` it sets.
fn shown(cmd: &Command) -> String {
    let env: Vec<String> = cmd
        .get_envs()
        .filter_map(|(k, v)| {
            Some(format!(
                "{}={:?}",
                k.to_string_lossy(),
                v?.to_string_lossy()
            ))
        })
        .collect();
    let line = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    if env.is_empty() {
        line
    } else {
        format!("{} {line}", env.join(" "))
    }
}

/// The host triple of the active toolchain (`rustc -vV`).
fn host_triple() -> anyhow::Result<String> {
    let out = crate::stdout_of(Command::new("rustc").arg("-vV"))?;
    out.lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
        .context("`rustc -vV` names no host")
}

/// The toolchain's `llvm-profdata` (same LLVM as rustc). Never installs anything: a missing tool is
/// an error naming the component.
fn llvm_profdata(host: &str) -> anyhow::Result<PathBuf> {
    let sysroot = crate::stdout_of(Command::new("rustc").args(["--print", "sysroot"]))?;
    let tool = Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(host)
        .join("bin/llvm-profdata");
    if !tool.exists() {
        bail!(
            "{} not found: PGO needs the toolchain's own llvm-profdata (the system's is usually an \
             older LLVM that cannot read rustc's profiles); install it with \
             `rustup component add llvm-tools`",
            tool.display()
        );
    }
    Ok(tool)
}

/// The default training text: the bundled example archive, and the gva-dev local-news articles
/// when the shared corpus is there. Never the newsarticles corpus the speed bar is measured on.
fn default_training(root: &Path) -> Vec<PathBuf> {
    let shared =
        std::env::var_os("RECKON_SHARED").map_or_else(|| root.join("../shared"), Into::into);
    let mut train = vec![root.join("examples/archive")];
    let gva = shared.join("corpus/gva-dev/articles.jsonl.gz");
    if gva.exists() {
        train.push(gva);
    } else {
        eprintln!(
            "pgo: {} not found (set RECKON_SHARED): training on examples/archive alone",
            gva.display()
        );
    }
    train
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_repeated_train_paths_and_rejects_unknown_flags() {
        let args: Vec<String> = ["--train", "a", "--train", "b.jsonl.gz", "--out", "x/reckon"]
            .map(String::from)
            .into();
        let parsed = parse(&args).unwrap();
        assert_eq!(
            parsed.train,
            [PathBuf::from("a"), PathBuf::from("b.jsonl.gz")]
        );
        assert_eq!(parsed.out, Some(PathBuf::from("x/reckon")));
        assert!(!parsed.dry_run);
        assert!(parse(&["--jobs".to_owned()]).is_err());
        assert!(parse(&["--train".to_owned()]).is_err());
    }

    #[test]
    fn the_build_adds_its_flags_to_the_callers_rustflags() {
        let cmd = release_build("x86_64-unknown-linux-gnu", Path::new("t/pgo-gen"), "-Cfoo");
        let line = shown(&cmd);
        assert!(line.contains("--target x86_64-unknown-linux-gnu"), "{line}");
        assert!(line.contains("--target-dir t/pgo-gen"), "{line}");
        let flags = cmd
            .get_envs()
            .find(|(k, _)| *k == "RUSTFLAGS")
            .and_then(|(_, v)| v)
            .unwrap();
        assert!(flags.to_string_lossy().ends_with("-Cfoo"), "{flags:?}");
    }
}
