//! Python virtual environments under `target/` for the tasks that need PyPI packages (pyspark for
//! `spark-check`): made once, reused while they still pass their check. The spaCy venv of
//! `train-entities`, `compare-entities` and `compare` is made by `train_entities::ensure_venv`.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};

/// Makes (or reuses) `target/NAME` with `packages` installed, and returns its python. The venv is
/// reused when its python runs `check` (a Python snippet) successfully.
pub fn ensure(name: &str, packages: &[&str], check: &str) -> anyhow::Result<PathBuf> {
    let venv = crate::root().join("target").join(name);
    let python = venv.join("bin/python");
    let ok = || {
        Command::new(&python)
            .args(["-c", check])
            .status()
            .is_ok_and(|s| s.success())
    };
    if python.exists() && ok() {
        return Ok(python);
    }
    let sys_python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let status = Command::new(&sys_python)
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .with_context(|| format!("cannot run {sys_python}"))?;
    if !status.success() {
        bail!("{sys_python} -m venv {} failed", venv.display());
    }
    eprintln!(
        "installing {} into {}...",
        packages.join(" "),
        venv.display()
    );
    let status = Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(packages)
        .status()?;
    if !status.success() {
        bail!("pip install {} failed", packages.join(" "));
    }
    if !ok() {
        bail!("the venv at {} fails its check: {check}", venv.display());
    }
    Ok(python)
}
