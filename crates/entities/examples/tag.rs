//! Prints the tagger's mentions and the linked entities of a text read from standard input
//! (one mention a line), for looking at what the recogniser does with a sentence.
//!
//! `echo "Israeli Prime Minister Benjamin Netanyahu met Donald Trump." | cargo run -p reckon-entities --example tag`

use std::io::Read;

use reckon_entities::Recognizer;
use reckon_text::Document;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let rec = Recognizer::new();
    let doc = Document::new("stdin", text);
    let seg = reckon_text::segment(&doc.text);
    println!("tagger:");
    for (span, label) in rec.tag(&doc, &seg) {
        println!("  {:<11} {}", label.as_str(), span.slice(&doc.text));
    }
    println!("linked:");
    for e in rec.recognize_with_descriptions(&doc, &seg) {
        let kind = if e.kind.is_name() {
            ""
        } else {
            "  (description)"
        };
        println!(
            "  {:<11} {:<32} -> {} #{}{kind}",
            e.label.as_str(),
            e.text,
            e.canonical,
            e.id
        );
    }
    Ok(())
}
