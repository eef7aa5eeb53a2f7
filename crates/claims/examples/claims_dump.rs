//! Prints the compact claims view of a text file (first line may be ` date YYYY-MM-DD ...`), or
//! of stdin: `cargo run -p reckon-claims --example claims_dump -- FILE [YYYY-MM-DD]`.

use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut text = String::new();
    match args.get(1).map(String::as_str) {
        Some("-") | None => {
            std::io::stdin().read_to_string(&mut text).expect("stdin");
        }
        Some(p) => text = std::fs::read_to_string(p).expect("read file"),
    }
    let mut date = args.get(2).and_then(|d| d.parse().ok());
    if let (Some(d), body) = reckon_archive::split_date_header(&text) {
        date = Some(d);
        text = body.to_owned();
    }
    let mut doc = reckon_text::Document::new("input", text);
    doc.meta.date = date;
    print!("{}", reckon_claims::extract(&doc).to_compact());
}
