//! Snapshot of what the reader makes of the bundled sample archive and of a mixed folder:
//! one line per item (id, date, bytes, first words, or the error).

use reckon_archive::{Archive, Input, Item, Options};

fn render(items: Vec<Item>) -> String {
    let mut out = String::new();
    for item in items {
        match item {
            Ok(doc) => {
                let head: String = doc
                    .text
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" ");
                let date = doc
                    .meta
                    .date
                    .map_or_else(|| "-".to_owned(), |d| d.to_string());
                let enc = doc
                    .meta
                    .decoded_from
                    .map(|e| format!(" [{e}]"))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "{} | {date} | {} bytes{enc} | {head}\n",
                    doc.meta.id,
                    doc.text.len()
                ));
            }
            Err(e) => out.push_str(&format!("ERROR {} | {e}\n", e.code())),
        }
    }
    out
}

#[test]
fn sample_archive() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    let items: Vec<Item> = Archive::new(vec![Input::Path(root)], Options::default()).collect();
    insta::assert_snapshot!(render(items));
}

#[test]
fn mixed_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a.txt"),
        b"  date 2024-01-02 Standfirst here.\n\nBody.",
    )
    .unwrap();
    std::fs::write(d.join("b.txt"), b"No header at all.").unwrap();
    std::fs::write(d.join("c.jsonl"), b"{\"id\":\"c1\",\"text\":\"x\",\"date\":\"2024-01-03\"}\n{\"text\":\"\"}\n{\"id\":\"c3\",\"text\":\"caf\xe9\"}\n").unwrap();
    std::fs::write(d.join("d.md"), b"ignored: not an article file").unwrap();
    std::fs::write(d.join("e.txt"), b"").unwrap();
    let items: Vec<Item> =
        Archive::new(vec![Input::Path(d.to_path_buf())], Options::default()).collect();
    let text = render(items).replace(&d.display().to_string(), "DIR");
    insta::assert_snapshot!(text);
}
