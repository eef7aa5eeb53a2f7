//! Builds the truecase table at compile time (issue 17, speed): `data/truecase.txt` becomes two
//! static slices of forms (single words, and pairs of words with one space between them), each
//! sorted by its lower-case bytes with the first form of a lower-case key kept, so that the
//! recogniser looks a word up by binary search instead of parsing 321 KB into hash maps on the
//! first caseless sentence of every process.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
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
