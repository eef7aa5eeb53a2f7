//! insta snapshots of the segmentation of real and sample articles, one sentence a line.
//!
//! The view: `[n]` then the sentence's tokens separated by spaces; plain words and punctuation
//! as they are, every other token as `text/kind`, compounds with their parts.

use std::path::{Path, PathBuf};

use reckon_text::segment;

use super::render;

/// The article body of a file in the seed format: ` date YYYY-MM-DD ` is a header, not text.
fn body(text: &str) -> &str {
    let t = text.trim_start();
    match t.strip_prefix("date ") {
        Some(rest)
            if rest.len() > 10 && rest.as_bytes()[4] == b'-' && rest.as_bytes()[7] == b'-' =>
        {
            rest[10..].trim_start()
        }
        _ => text,
    }
}

macro_rules! assert_segmentation_snapshot {
    ($name:expr, $text:expr) => {{
        let text: &str = $text;
        insta::with_settings!({ snapshot_suffix => $name, omit_expression => true, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("segment", render(text, &segment(text)));
        });
    }};
}

#[test]
fn seed_article() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/seed/2025-07-07-doha-talks.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "note: {} not found; skipping the seed-article snapshot",
            path.display()
        );
        return;
    };
    assert_segmentation_snapshot!("seed-2025-07-07-doha-talks", body(&text));
}

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            txt_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

#[test]
fn sample_archive_articles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    let mut files = Vec::new();
    txt_files(&root, &mut files);
    files.sort();
    if files.is_empty() {
        eprintln!("note: no .txt articles under {}; skipping", root.display());
        return;
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let name = f
            .strip_prefix(&root)
            .unwrap()
            .with_extension("")
            .to_string_lossy()
            .replace(['/', '\\'], "__");
        assert_segmentation_snapshot!(format!("archive-{name}"), body(&text));
    }
}
