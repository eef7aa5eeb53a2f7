//! insta snapshots of the segmentation of real and sample articles, one sentence a line.
//!
//! The view: `[n]` then the sentence's tokens separated by spaces; plain words and punctuation
//! as they are, every other token as `text/kind`, compounds with their parts.

use std::path::{Path, PathBuf};

use reckon_text::segment;

use super::{render, shared_file};

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
    let Some(text) = shared_file("corpus/seed/2025-07-07-doha-talks.txt") else {
        return;
    };
    // ` date YYYY-MM-DD ` is the seed format's header, not text.
    let (_, body) = reckon_archive::split_date_header(&text);
    assert_segmentation_snapshot!("seed-2025-07-07-doha-talks", body);
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
        assert_segmentation_snapshot!(
            format!("archive-{name}"),
            reckon_archive::split_date_header(&text).1
        );
    }
}
