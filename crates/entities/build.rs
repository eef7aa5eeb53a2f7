//! Builds the truecase table at compile time (issue 17, speed): `data/truecase.txt` becomes two
//! static slices of forms (single words, and pairs of words with one space between them), each
//! sorted by its lower-case bytes with the first form of a lower-case key kept, so that the
//! recogniser looks a word up by binary search instead of parsing 321 KB into hash maps on the
//! first caseless sentence of every process.
//!
//! Also lays out the embedded model (`data/model.bin`) into the tagger's weight table with the
//! crate's own code (`src/weights.rs`), written to `OUT_DIR/model_layout.bin` for the recogniser
//! to read back at start-up with a few copies instead of hashing 90 k features a process.
//!
//! And reads the gazetteer (`data/gazetteer.tsv`) into its entries, the words of each plain name
//! hashed (`src/gazetteer/plain.rs`, shared with the crate), written to
//! `OUT_DIR/gazetteer_entries.rs`.

#[allow(dead_code)] // the crate's module: build.rs uses only the part that writes
#[path = "src/weights.rs"]
mod weights;

#[path = "src/gazetteer/plain.rs"]
mod plain;

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    lay_out_model();
    gazetteer_entries();
    let src = "data/truecase.txt";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=build.rs");
    let data = std::fs::read_to_string(src).expect("data/truecase.txt is readable");
    let (mut words, mut pairs) = (Vec::new(), Vec::new());
    // The same lines, in the same order, as the table's parse read (a key's first form wins).
    for line in data.lines().filter(|l| !l.is_empty() && l.is_ascii()) {
        let list = if line.contains(' ') {
            &mut pairs
        } else {
            &mut words
        };
        list.push((line.to_ascii_lowercase(), line));
    }
    let mut out = String::new();
    for (name, list) in [("WORDS", &mut words), ("PAIRS", &mut pairs)] {
        // stable: among equal keys the first line stays first, then only it is kept
        list.sort_by(|a, b| a.0.cmp(&b.0));
        list.dedup_by(|b, a| a.0 == b.0);
        writeln!(out, "static {name}: &[&str] = &[").expect("a String takes writes");
        for (_, form) in list.iter() {
            writeln!(out, "    {form:?},").expect("a String takes writes");
        }
        writeln!(out, "];").expect("a String takes writes");
    }
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("truecase_table.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Writes the embedded model's weight table, laid out as the recogniser reads it.
fn lay_out_model() {
    let src = "data/model.bin";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=src/weights.rs");
    let file = std::fs::read(src).expect("data/model.bin is readable");
    // The tag count is the file's own: the crate checks it against its labels when it reads the
    // layout back, as it checks a model file's.
    let n_tags =
        u32::from_le_bytes(file[8..12].try_into().expect("a model file's header")) as usize;
    let layout = weights::Layout::parse(&file, n_tags).expect("data/model.bin is well-formed");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("model_layout.bin");
    std::fs::write(dest, layout.to_bytes()).expect("OUT_DIR is writable");
}

/// Writes the gazetteer's entries in file order as a Rust slice expression of `(label, name,
/// lowers)`, label and name trimmed, `lowers` the hashed words of a plain name (empty for another
/// name, which the crate tokenizes at start-up). Comment, blank and tab-less lines are left out,
/// as the crate's parse skips them.
fn gazetteer_entries() {
    let src = "data/gazetteer.tsv";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=src/gazetteer/plain.rs");
    let data = std::fs::read_to_string(src).expect("data/gazetteer.tsv is readable");
    let mut out = String::from("&[\n");
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((label, name)) = line.split_once('\t') else {
            continue;
        };
        let (label, name) = (label.trim(), name.trim());
        let lowers: Vec<u64> = if plain::plain(name) {
            plain::plain_lowers(name).collect()
        } else {
            Vec::new()
        };
        writeln!(out, "    ({label:?}, {name:?}, &{lowers:?}),").expect("a String takes writes");
    }
    out.push_str("]\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("gazetteer_entries.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
