//! House rules checked mechanically (after rust-analyzer's `tidy`), all violations listed at once:
//!
//! - every Rust file opens with a `//!` doc line;
//! - every crate under `crates/` is described in ARCHITECTURE.md;
//! - no `#[ignore]` without a reason (`#[ignore = "why"]`);
//! - no source file of a library crate over [`MAX_LIBRARY_LINES`] lines;
//! - no two modules of one library crate import each other (`use crate::a`, `super::a`, and paths
//!   written out in code; a module and its own parent or child do not count, nor `#[cfg(test)]`
//!   code);
//! - every decision file in `docs/decisions/` is listed in its README.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::bail;

/// The most lines a source file of a library crate may have.
pub const MAX_LIBRARY_LINES: usize = 1_000;

/// Runs every check and lists all violations at once.
pub fn run() -> anyhow::Result<()> {
    let problems = problems(&crate::root())?;
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

/// Every violation of the house rules in the workspace at `root`.
fn problems(root: &Path) -> anyhow::Result<Vec<String>> {
    let mut problems = Vec::new();
    let arch = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap_or_default();
    let mut crates = Vec::new();
    for entry in std::fs::read_dir(root.join("crates"))? {
        let entry = entry?;
        if entry.path().is_dir() {
            crates.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    crates.sort();
    problems.extend(undescribed_crates(&arch, &crates));

    for dir in ["crates", "xtask/src", "tests", "benches"] {
        walk(&root.join(dir), &mut |path, text| {
            let rel = relative(root, path);
            if !opens_with_module_doc(text) {
                problems.push(format!("{rel}: does not open with a `//!` doc line"));
            }
            for line in ignores_without_reason(text) {
                problems.push(format!(
                    "{rel}:{line}: #[ignore] without a reason (use #[ignore = \"why\"])"
                ));
            }
        })?;
    }

    for name in &crates {
        let src = root.join("crates").join(name).join("src");
        if !src.join("lib.rs").exists() {
            continue;
        }
        let mut files = Vec::new();
        walk(&src, &mut |path, text| {
            files.push((path.to_path_buf(), text.to_owned()));
        })?;
        for (path, text) in &files {
            let lines = text.lines().count();
            if lines > MAX_LIBRARY_LINES {
                problems.push(format!(
                    "{}: {lines} lines, over the {MAX_LIBRARY_LINES} a library source file may have",
                    relative(root, path)
                ));
            }
        }
        let modules: Vec<(Vec<String>, &str)> = files
            .iter()
            .filter_map(|(path, text)| {
                Some((module_path(path.strip_prefix(&src).ok()?)?, text.as_str()))
            })
            .collect();
        for (a, b) in mutual_imports(&modules) {
            problems.push(format!(
                "crates/{name}: modules `{}` and `{}` import each other",
                a.join("::"),
                b.join("::")
            ));
        }
    }

    let decisions = root.join("docs/decisions");
    if decisions.is_dir() {
        let index = std::fs::read_to_string(decisions.join("README.md")).unwrap_or_default();
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&decisions)? {
            files.push(entry?.file_name().to_string_lossy().into_owned());
        }
        files.sort();
        problems.extend(unlisted_decisions(&index, &files));
    }
    Ok(problems)
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The crates of `crates/` that ARCHITECTURE.md (`arch`) does not name as `crates/NAME`.
fn undescribed_crates(arch: &str, crates: &[String]) -> Vec<String> {
    crates
        .iter()
        .filter(|name| !arch.contains(&format!("crates/{name}")))
        .map(|name| format!("ARCHITECTURE.md does not describe crates/{name}"))
        .collect()
}

/// Whether the first non-blank line is a `//!` doc line.
fn opens_with_module_doc(text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    first.starts_with("//!")
}

/// The (1-based) lines of attributes that hold a bare `#[ignore]`.
fn ignores_without_reason(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim();
            l.starts_with("#[") && l.contains("#[ignore]")
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// The decision files (`*.md` but the README) that the README (`index`) does not name.
fn unlisted_decisions(index: &str, files: &[String]) -> Vec<String> {
    files
        .iter()
        .filter(|f| f.ends_with(".md") && *f != "README.md" && !index.contains(f.as_str()))
        .map(|f| format!("docs/decisions/README.md does not list {f}"))
        .collect()
}

/// The module path of a source file, from its path under `src/`: `lib.rs` is the crate root
/// (empty), `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is `a::b`. `None` for `main.rs` and `bin/`.
fn module_path(rel: &Path) -> Option<Vec<String>> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let file = parts.pop()?;
    if parts.first().is_some_and(|p| p == "bin") || (parts.is_empty() && file == "main.rs") {
        return None;
    }
    match file.strip_suffix(".rs")? {
        "lib" if parts.is_empty() => {}
        "mod" => {}
        stem => parts.push(stem.to_owned()),
    }
    Some(parts)
}

/// Pairs of modules (neither inside the other) that each refer to the other, sorted.
fn mutual_imports(modules: &[(Vec<String>, &str)]) -> Vec<(Vec<String>, Vec<String>)> {
    let known: BTreeSet<&[String]> = modules.iter().map(|(m, _)| m.as_slice()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, text) in modules {
        for path in referenced_paths(module, text) {
            // The longest prefix of the path that is a module of the crate.
            let Some(target) = (1..=path.len())
                .rev()
                .map(|n| &path[..n])
                .find(|p| known.contains(p))
            else {
                continue;
            };
            if target.starts_with(module) || module.starts_with(target) {
                continue;
            }
            edges
                .entry(module.clone())
                .or_default()
                .insert(target.to_vec());
        }
    }
    let mut pairs = Vec::new();
    for (a, targets) in &edges {
        for b in targets {
            if a < b && edges.get(b).is_some_and(|t| t.contains(a)) {
                pairs.push((a.clone(), b.clone()));
            }
        }
    }
    pairs
}

/// The absolute paths (from the crate root) that `text`, the source of `module`, refers to
/// through `crate::` and `super::`, with `use` groups (`crate::{a, b::c}`) expanded. Comments and
/// everything from the first `#[cfg(test)]` on are left out.
fn referenced_paths(module: &[String], text: &str) -> Vec<Vec<String>> {
    let code: String = text
        .lines()
        .take_while(|l| l.trim() != "#[cfg(test)]")
        .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts_word = i == 0 || (!is_ident_byte(bytes[i - 1]) && bytes[i - 1] != b':');
        let (base, after) = if starts_word && rest.starts_with("crate::") {
            (Vec::new(), i + "crate::".len())
        } else if starts_word && rest.starts_with("super::") {
            // `super::super::x` climbs once per `super`. The parent of a file's module: `a::b`
            // in `a/b.rs` has parent `a`.
            let mut base = module.to_vec();
            let mut j = i;
            while code[j..].starts_with("super::") {
                base.pop();
                j += "super::".len();
            }
            (base, j)
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let mut pos = after;
        use_tree(&code, &mut pos, base, &mut out);
        i = pos.max(i + 1);
    }
    out
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Reads one use tree at `code[*pos..]` (`a::b`, `a::{b, c::d}`, `self`, `*`) below `prefix`
/// and pushes every path it names.
fn use_tree(code: &str, pos: &mut usize, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let bytes = code.as_bytes();
    let skip_space = |pos: &mut usize| {
        while *pos < bytes.len() && bytes[*pos].is_ascii_whitespace() {
            *pos += 1;
        }
    };
    loop {
        skip_space(pos);
        if *pos < bytes.len() && bytes[*pos] == b'{' {
            *pos += 1;
            loop {
                skip_space(pos);
                if *pos >= bytes.len() {
                    return;
                }
                if bytes[*pos] == b'}' {
                    *pos += 1;
                    return;
                }
                if bytes[*pos] == b',' {
                    *pos += 1;
                    continue;
                }
                let before = *pos;
                use_tree(code, pos, prefix.clone(), out);
                if *pos == before {
                    *pos += 1;
                }
            }
        }
        let start = *pos;
        while *pos < bytes.len() && is_ident_byte(bytes[*pos]) {
            *pos += 1;
        }
        let ident = &code[start..*pos];
        if !ident.is_empty() && ident != "self" {
            prefix.push(ident.to_owned());
        }
        if code[*pos..].starts_with("::") {
            *pos += 2;
            continue;
        }
        if !prefix.is_empty() {
            out.push(prefix);
        }
        return;
    }
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path, &str)) -> anyhow::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn path(s: &str) -> Vec<String> {
        s.split("::")
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn module_paths_follow_the_file_layout() {
        let m = |p: &str| module_path(Path::new(p));
        assert_eq!(m("lib.rs"), Some(path("")));
        assert_eq!(m("checks.rs"), Some(path("checks")));
        assert_eq!(m("scan/mod.rs"), Some(path("scan")));
        assert_eq!(m("scan/numbers.rs"), Some(path("scan::numbers")));
        assert_eq!(m("main.rs"), None);
        assert_eq!(m("bin/tool.rs"), None);
    }

    #[test]
    fn referenced_paths_expand_use_groups_and_resolve_super() {
        let text = "//! doc\nuse crate::{checks::cue_lines, series::{Series, Key}};\n\
                    use super::words;\nfn f() { crate::format::month(1); x.crate_y(); }\n\
                    // use crate::comment::Ignored;\n#[cfg(test)]\nmod tests { use crate::late; }\n";
        let got = referenced_paths(&path("scan::numbers"), text);
        assert_eq!(
            got,
            vec![
                path("checks::cue_lines"),
                path("series::Series"),
                path("series::Key"),
                path("scan::words"),
                path("format::month"),
            ]
        );
        let nested = referenced_paths(&path("a::b::c"), "use super::super::x::Y;");
        assert_eq!(nested, vec![path("a::x::Y")]);
    }

    #[test]
    fn two_modules_importing_each_other_are_found() {
        let modules = vec![
            (path(""), "mod checks; mod series; mod util;"),
            (
                path("checks"),
                "use crate::series::Series;\nuse crate::util::f;",
            ),
            (path("series"), "fn g() { crate::checks::cue_lines(); }"),
            (path("util"), "use crate::Config;"),
        ];
        assert_eq!(
            mutual_imports(&modules),
            vec![(path("checks"), path("series"))]
        );
    }

    #[test]
    fn a_module_and_its_parent_or_child_are_not_a_cycle() {
        let modules = vec![
            (
                path("scan"),
                "use self::numbers::read;\nuse crate::scan::amounts::A;",
            ),
            (path("scan::numbers"), "use super::Ctx;"),
            (path("scan::amounts"), "use super::numbers::read;"),
        ];
        assert!(mutual_imports(&modules).is_empty());
        let siblings = vec![
            (path("scan"), ""),
            (path("scan::numbers"), "use super::amounts::A;"),
            (path("scan::amounts"), "use super::numbers::read;"),
        ];
        assert_eq!(
            mutual_imports(&siblings),
            vec![(path("scan::amounts"), path("scan::numbers"))]
        );
    }

    #[test]
    fn a_bare_ignore_is_found_and_a_reasoned_one_is_not() {
        let text = concat!(
            "#[test]\n#[ignore]\nfn a() {}\n#[test] #[ignore]\nfn b() {}\n",
            "#[ignore = \"needs ../shared\"]\nfn c() {}\nlet s = \"#[ignore]\";\n",
        );
        assert_eq!(ignores_without_reason(text), vec![2, 4]);
    }

    #[test]
    fn files_must_open_with_a_module_doc_line() {
        assert!(opens_with_module_doc("\n//! What this is.\nfn f() {}"));
        assert!(!opens_with_module_doc("/// An item doc.\nfn f() {}"));
        assert!(!opens_with_module_doc("use x;\n//! late"));
    }

    #[test]
    fn every_crate_and_decision_file_must_be_listed() {
        let crates = ["text".to_owned(), "review".to_owned()];
        assert_eq!(
            undescribed_crates("### `crates/text` (reckon-text)", &crates),
            vec!["ARCHITECTURE.md does not describe crates/review"]
        );
        let files = [
            "README.md".to_owned(),
            "claims.md".to_owned(),
            "text.md".to_owned(),
        ];
        assert_eq!(
            unlisted_decisions("- [claims.md](claims.md)", &files),
            vec!["docs/decisions/README.md does not list text.md"]
        );
    }
}
