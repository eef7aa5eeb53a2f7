//! Python virtual environments under `target/` for the tasks that need PyPI packages: the spaCy
//! venv of `train-entities`, `compare-entities` and `compare` (`train_entities::ensure_venv`) and
//! the pyspark venv of `spark-check`. Made once, reused while they still pass their check.

use std::path::PathBuf;
use std::process::Command;

use anyhow::bail;

use crate::run_cmd;

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
    run_cmd(Command::new(&sys_python).args(["-m", "venv"]).arg(&venv))?;
    eprintln!(
        "installing {} into {}...",
        packages.join(" "),
        venv.display()
    );
    run_cmd(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(packages),
    )?;
    if !ok() {
        bail!("the venv at {} fails its check: {check}", venv.display());
    }
    Ok(python)
}
