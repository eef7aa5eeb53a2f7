//! Tests of tokenization and sentence splitting: rules, snapshots, properties, linearity.

mod linear;
mod properties;
mod rules;
mod shared;
mod snapshots;

pub use shared::shared_file;

use reckon_text::{Segmented, TokenKind, segment};

/// `text|kind` of every token.
pub fn toks(text: &str) -> Vec<String> {
    segment(text)
        .tokens
        .iter()
        .map(|t| format!("{}|{}", t.text(text), kind_name(t.kind)))
        .collect()
}

/// Texts of the sentences.
pub fn sents(text: &str) -> Vec<String> {
    let seg = segment(text);
    seg.sentences
        .iter()
        .map(|s| s.span.slice(text).to_owned())
        .collect()
}

/// Short lower-case name of a kind, as serde writes it.
pub fn kind_name(k: TokenKind) -> String {
    serde_json::to_value(k)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

/// Compact view: one sentence a line, each token as `text` or `text/kind` when not a plain word.
pub fn render(text: &str, seg: &Segmented) -> String {
    let mut out = String::new();
    for (i, s) in seg.sentences.iter().enumerate() {
        out.push_str(&format!("[{i}] "));
        let parts: Vec<String> = seg.tokens[s.token_range()]
            .iter()
            .map(|t| {
                let w = t.text(text);
                match t.kind {
                    TokenKind::Word => w.to_owned(),
                    TokenKind::Compound => {
                        let p: Vec<&str> = t.parts(text).map(|p| p.slice(text)).collect();
                        format!("{w}/compound({})", p.join(" "))
                    }
                    TokenKind::Punct => w.to_owned(),
                    k => format!("{w}/{}", kind_name(k)),
                }
            })
            .collect();
        out.push_str(&parts.join(" "));
        out.push('\n');
    }
    out
}
