//! House rules checked mechanically (after rust-analyzer's `tidy`): every Rust file opens with a
//! `//!` doc line, every crate is in ARCHITECTURE.md, no `#[ignore]` without a reason.

use std::path::Path;

use anyhow::bail;

/// Runs every check and lists all violations at once.
pub fn run() -> anyhow::Result<()> {
    let root = crate::root();
    let mut problems = Vec::new();
    let arch = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap_or_default();
    for entry in std::fs::read_dir(root.join("crates"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if !arch.contains(&format!("crates/{name}")) {
            problems.push(format!("ARCHITECTURE.md does not describe crates/{name}"));
        }
    }
    for dir in ["crates", "xtask/src", "tests", "benches"] {
        walk(&root.join(dir), &mut |path, text| {
            let rel = path
                .strip_prefix(&root)
                .unwrap_or(path)
                .display()
                .to_string();
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            if !first.starts_with("//!") {
                problems.push(format!("{rel}: does not open with a `//!` doc line"));
            }
            for (i, line) in text.lines().enumerate() {
                if line.trim() == "#[ignore]" {
                    problems.push(format!(
                        "{rel}:{}: #[ignore] without a reason (use #[ignore = \"why\"])",
                        i + 1
                    ));
                }
            }
        })?;
    }
    if !problems.is_empty() {
        bail!(
            "tidy found {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    eprintln!("tidy: ok");
    Ok(())
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path, &str)) -> anyhow::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            if name == "target" || name == "fixtures" || name == "snapshots" {
                continue;
            }
            walk(&path, f)?;
        } else if name.ends_with(".rs") {
            let text = std::fs::read_to_string(&path)?;
            f(&path, &text);
        }
    }
    Ok(())
}
