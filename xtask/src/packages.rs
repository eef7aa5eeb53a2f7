//! Each library crate on its own: `cargo xtask features` (every crate linted with its default
//! features and with none, tested with none, heavy dependencies kept out; the CLI linted without
//! Parquet) and `cargo xtask publish-check` (all of them packaged and built from their packages,
//! sizes checked, then `cargo publish --dry-run`).
//!
//! The crate list, their features and their order come from `cargo metadata`: every workspace
//! package with a library target that may be published, sorted so that each crate comes after the
//! reckon crates it depends on.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};
use serde::Deserialize;

use crate::{cmd, stdout_of};

/// crates.io refuses `.crate` files over 10 MB.
const CRATES_IO_LIMIT: u64 = 10 * 1024 * 1024;

/// Dependencies a crate pulls in only when its own features ask for them (`dep:NAME` reached from
/// `default`), never through a sibling and never with `--no-default-features`.
const HEAVY: &[&str] = &["arrow", "parquet", "flate2", "zstd"];

/// Of those, the ones no crate may switch on by default (arrow-rs dominates a cold build).
const NEVER_BY_DEFAULT: &[&str] = &["arrow", "parquet"];

#[derive(Deserialize)]
struct Metadata {
    packages: Vec<Package>,
    target_directory: PathBuf,
}

#[derive(Deserialize)]
struct Package {
    name: String,
    version: String,
    /// `None`: any registry; `Some([])`: `publish = false`.
    publish: Option<Vec<String>>,
    features: BTreeMap<String, Vec<String>>,
    targets: Vec<Target>,
    dependencies: Vec<Dependency>,
}

#[derive(Deserialize)]
struct Target {
    kind: Vec<String>,
}

#[derive(Deserialize)]
struct Dependency {
    name: String,
    /// `None` for normal dependencies, `dev` or `build`.
    kind: Option<String>,
}

/// One publishable library crate of the workspace.
struct Crate {
    name: String,
    version: String,
    /// True when `default = [...]` enables something, so `--no-default-features` differs.
    has_defaults: bool,
    /// The optional dependencies its default features enable (`dep:NAME`).
    default_deps: Vec<String>,
}

/// The `dep:NAME` entries reached from feature `name`.
fn enabled_deps(features: &BTreeMap<String, Vec<String>>, name: &str, out: &mut Vec<String>) {
    for f in features.get(name).into_iter().flatten() {
        if let Some(dep) = f.strip_prefix("dep:") {
            out.push(dep.to_owned());
        } else if features.contains_key(f.as_str()) && f != name {
            enabled_deps(features, f, out);
        }
    }
}

fn metadata() -> anyhow::Result<Metadata> {
    let out =
        stdout_of(Command::new("cargo").args(["metadata", "--no-deps", "--format-version", "1"]))?;
    serde_json::from_str(&out).context("cargo metadata output")
}

/// The publishable library crates, each after the workspace crates it depends on.
fn library_crates(meta: &Metadata) -> Vec<Crate> {
    let libs: BTreeMap<&str, &Package> = meta
        .packages
        .iter()
        .filter(|p| p.publish.as_ref().is_none_or(|r| !r.is_empty()))
        .filter(|p| p.targets.iter().any(|t| t.kind.iter().any(|k| k == "lib")))
        .map(|p| (p.name.as_str(), p))
        .collect();
    fn visit<'a>(name: &'a str, libs: &BTreeMap<&'a str, &'a Package>, done: &mut Vec<&'a str>) {
        if done.contains(&name) {
            return;
        }
        for d in &libs[name].dependencies {
            if d.kind.as_deref() != Some("dev") && libs.contains_key(d.name.as_str()) {
                visit(libs[d.name.as_str()].name.as_str(), libs, done);
            }
        }
        done.push(name);
    }
    let mut order = Vec::new();
    for name in libs.keys() {
        visit(name, &libs, &mut order);
    }
    order
        .into_iter()
        .map(|name| {
            let p = libs[name];
            Crate {
                name: p.name.clone(),
                version: p.version.clone(),
                has_defaults: p.features.get("default").is_some_and(|d| !d.is_empty()),
                default_deps: {
                    let mut deps = Vec::new();
                    enabled_deps(&p.features, "default", &mut deps);
                    deps
                },
            }
        })
        .collect()
}

/// The names of the crates in `cargo tree -e normal` of one crate.
fn normal_deps(krate: &str, no_default: bool) -> anyhow::Result<Vec<String>> {
    let mut args = vec![
        "tree", "-q", "-e", "normal", "--prefix", "none", "-p", krate,
    ];
    if no_default {
        args.push("--no-default-features");
    }
    Ok(stdout_of(Command::new("cargo").args(&args))?
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect())
}

/// `cargo xtask features`: each library crate alone (so no feature is switched on by a sibling),
/// with its default features and, when it has any, with none.
pub fn features() -> anyhow::Result<()> {
    let meta = metadata()?;
    let mut problems = Vec::new();
    for c in library_crates(&meta) {
        let name = c.name.as_str();
        clippy(name, &["--all-targets"])?;
        for no_default in [false, true] {
            let deps = normal_deps(name, no_default)?;
            for heavy in HEAVY {
                let asked = !no_default
                    && !NEVER_BY_DEFAULT.contains(heavy)
                    && c.default_deps.iter().any(|d| d == heavy);
                if !asked && deps.iter().any(|d| d == heavy) {
                    let set = if no_default {
                        "--no-default-features"
                    } else {
                        "default features"
                    };
                    problems.push(format!("{name} with {set} depends on {heavy}"));
                }
            }
        }
        if !c.has_defaults {
            eprintln!("{name}: no default features, so --no-default-features is the same build");
            continue;
        }
        clippy(name, &["--all-targets", "--no-default-features"])?;
        cmd(
            "cargo",
            &["test", "-q", "-p", name, "--no-default-features"],
        )?;
        strict_doc(&["-q", "--no-deps", "-p", name, "--no-default-features"])?;
    }
    // The CLI without its default `parquet` feature (its only optional part).
    clippy("reckon", &["--bins", "--no-default-features"])?;
    // Entities' training code and its examples, which nothing in the workspace switches on.
    clippy("reckon-entities", &["--all-targets", "--features", "train"])?;
    if !problems.is_empty() {
        bail!("heavy dependencies:\n  {}", problems.join("\n  "));
    }
    Ok(())
}

/// Forgets what an earlier run built from its temporary local registry. Cargo takes a registry
/// crate to be immutable per name and version: it unpacks it once
/// (`$CARGO_HOME/registry/src/-<hash>/<name>-<version>`) and keeps its build's fingerprint, so
/// after a change that a sibling relies on (a new public item) the next run would verify the
/// sibling against the old build. Removes our crates' unpacked folders under unnamed (local)
/// registries (crates.io's are left alone) and our crates' fingerprints in the target
/// directory (the workspace's own builds of them are redone once, nothing else).
fn forget_unpacked_packages(meta: &Metadata, crates: &[Crate]) -> anyhow::Result<()> {
    let fingerprints = meta.target_directory.join("debug/.fingerprint");
    if let Ok(entries) = std::fs::read_dir(&fingerprints) {
        for e in entries.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().into_owned();
            let ours = crates.iter().any(|c| {
                name.strip_prefix(c.name.as_str())
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|hash| hash.chars().all(|ch| ch.is_ascii_hexdigit()))
            });
            if ours {
                std::fs::remove_dir_all(e.path())
                    .with_context(|| format!("cannot remove {}", e.path().display()))?;
            }
        }
    }
    let home = match std::env::var_os("CARGO_HOME") {
        Some(h) => std::path::PathBuf::from(h),
        None => {
            std::path::PathBuf::from(std::env::var_os("HOME").context("no HOME")?).join(".cargo")
        }
    };
    let Ok(registries) = std::fs::read_dir(home.join("registry/src")) else {
        return Ok(());
    };
    for registry in registries.filter_map(Result::ok) {
        if !registry.file_name().to_string_lossy().starts_with('-') {
            continue;
        }
        for c in crates {
            let dir = registry.path().join(format!("{}-{}", c.name, c.version));
            if dir.is_dir() {
                std::fs::remove_dir_all(&dir)
                    .with_context(|| format!("cannot remove {}", dir.display()))?;
            }
        }
    }
    Ok(())
}

/// `cargo xtask publish-check`: `cargo package` of every library crate in one command, which
/// (since cargo 1.90) builds each packaged crate, in dependency order, against the packaged
/// versions of its reckon dependencies (a temporary local registry): so a data file outside the
/// crate, a missing `version` on a path dependency or a feature only a sibling switches on fails
/// here. Then each `.crate` must be under the crates.io limit, and `cargo publish --dry-run`
/// (not rebuilding) adds the registry's checks against the crates.io index. With
/// `CARGO_NET_OFFLINE=true` that last step is skipped, and says so.
pub fn publish_check() -> anyhow::Result<()> {
    let version = Command::new("cargo")
        .arg("--version")
        .output()
        .context("cannot run cargo")?;
    let version = String::from_utf8_lossy(&version.stdout).into_owned();
    let minor: Option<u32> = version
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.split('.').nth(1))
        .and_then(|m| m.parse().ok());
    if minor.is_some_and(|m| m < 90) {
        bail!("publish-check needs cargo 1.90 or later (multi-package publish); this is {version}");
    }
    let meta = metadata()?;
    let crates = library_crates(&meta);
    forget_unpacked_packages(&meta, &crates)?;
    let mut args = vec!["package", "--allow-dirty"];
    for c in &crates {
        args.extend(["-p", c.name.as_str()]);
    }
    cmd("cargo", &args)?;
    let mut too_big = Vec::new();
    for c in &crates {
        let file = meta
            .target_directory
            .join("package")
            .join(format!("{}-{}.crate", c.name, c.version));
        let size = std::fs::metadata(&file)
            .with_context(|| format!("{} was not written", file.display()))?
            .len();
        eprintln!(
            "{:<18} {:>8.1} KiB compressed",
            c.name,
            size as f64 / 1024.0
        );
        if size > CRATES_IO_LIMIT {
            too_big.push(format!("{} is {size} bytes", file.display()));
        }
    }
    if !too_big.is_empty() {
        bail!(
            "over the crates.io limit of 10 MB:\n  {}",
            too_big.join("\n  ")
        );
    }
    if std::env::var("CARGO_NET_OFFLINE").is_ok_and(|v| v == "true") {
        eprintln!(
            "publish-check: offline, so `cargo publish --dry-run` (the crates.io index checks) was skipped"
        );
        return Ok(());
    }
    args.splice(0..1, ["publish", "--dry-run", "--no-verify"]);
    cmd("cargo", &args)
}

/// `cargo doc --workspace --no-deps` with every rustdoc warning (broken intra-doc links,
/// unclosed HTML tags) an error.
pub fn doc() -> anyhow::Result<()> {
    strict_doc(&["--workspace", "--no-deps"])
}

/// `cargo doc ARGS` with `RUSTDOCFLAGS=-D warnings`.
fn strict_doc(args: &[&str]) -> anyhow::Result<()> {
    eprintln!("$ RUSTDOCFLAGS='-D warnings' cargo doc {}", args.join(" "));
    let status = Command::new("cargo")
        .arg("doc")
        .args(args)
        .env("RUSTDOCFLAGS", "-D warnings")
        .status()
        .context("cannot run cargo doc")?;
    if !status.success() {
        bail!("cargo doc {} has warnings", args.join(" "));
    }
    Ok(())
}

/// `cargo clippy -p PACKAGE ARGS -- -D warnings`.
fn clippy(package: &str, args: &[&str]) -> anyhow::Result<()> {
    let mut all = vec!["clippy", "-p", package];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--", "-D", "warnings"]);
    cmd("cargo", &all)
}
