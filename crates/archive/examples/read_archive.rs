//! reckon-archive on its own: streams the articles of folders, `.txt`/`.jsonl` files (gzip or
//! zstd compressed too, with the default features) or `-` for standard input, and prints one
//! line per article or per unreadable article. No tokenizer, no CLI.
//!
//! `cargo run -p reckon-archive --example read_archive -- examples/archive`
//! (with no argument, reads a small built-in JSONL stream, one line of which is broken).

use reckon_archive::{Archive, Input, Options};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let archive = if args.is_empty() {
        let jsonl = concat!(
            "{\"id\":\"a1\",\"date\":\"2026-02-12\",\"text\":\"The toll rose to 41.\"}\n",
            "{\"id\":\"a2\",\"text\":\"No date here.\"\n",
            "{\"id\":\"a3\",\"date\":\"2026-02-14\",\"text\":\"Shelters opened.\",\"source\":\"Radio\"}\n",
        );
        Archive::from_reader(
            "built-in.jsonl",
            std::io::Cursor::new(jsonl),
            Options::default(),
        )
    } else {
        let inputs = args.iter().map(|a| Input::parse(a)).collect();
        Archive::new(inputs, Options::default())
    };
    let (mut read, mut failed) = (0, 0);
    for item in archive {
        match item {
            Ok(doc) => {
                read += 1;
                let date = doc
                    .meta
                    .date
                    .map_or_else(|| "----------".to_owned(), |d| d.to_string());
                println!("{date}  {:>7} bytes  {}", doc.text.len(), doc.meta.id);
            }
            Err(e) => {
                failed += 1;
                println!("error       {e}");
            }
        }
    }
    println!("{read} articles read, {failed} unreadable");
}
