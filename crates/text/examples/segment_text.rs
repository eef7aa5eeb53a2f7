//! reckon-text on its own: sentences and tokens of a text, each with its byte span into the
//! original. No archive, no other reckon crate.
//!
//! `cargo run -p reckon-text --example segment_text -- "Talks resumed in Doha on Sunday. The U.S. envoy said 57,500 died."`
//! (with no argument, reads standard input).

use std::io::Read;

use reckon_text::segment;

fn main() -> std::io::Result<()> {
    let text = match std::env::args().nth(1) {
        Some(arg) => arg,
        None => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            s
        }
    };
    let seg = segment(&text);
    for (i, sentence) in seg.sentences.iter().enumerate() {
        let s = sentence.span;
        println!("sentence {i} [{}..{}) {:?}", s.start, s.end, s.slice(&text));
        for token in seg.sentence_tokens(i) {
            let t = token.span;
            let span = format!("[{}..{})", t.start, t.end);
            let kind = format!("{:?}", token.kind);
            println!("  {span:<12} {kind:<12} {}", token.text(&text));
        }
    }
    Ok(())
}
