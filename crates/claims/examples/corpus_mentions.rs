//! Prints every quantity reckon-claims finds in a JSONL corpus (`id`, `date`, `text`; gzip when
//! the name ends in `.gz`), one mention a line with its sentence context, for before/after
//! diffs of a rule change on real text:
//! `cargo run --release -p reckon-claims --example corpus_mentions -- CORPUS.jsonl.gz > out.tsv`.
//! Columns: article id, byte start, kind, value or time, unit, mention text, `context`.

use std::io::{BufRead, Write};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: corpus_mentions CORPUS.jsonl[.gz]");
    let mut child = None;
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        let c = child.insert(
            std::process::Command::new("gzip")
                .arg("-dc")
                .arg(&path)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("gzip -dc"),
        );
        Box::new(std::io::BufReader::new(
            c.stdout.take().expect("piped stdout"),
        ))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(&path).expect("open corpus"),
        ))
    };
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for line in reader.lines() {
        let line = line.expect("read corpus");
        let Ok(r) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let id = match &r["id"] {
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        let text = r["text"].as_str().unwrap_or_default().to_owned();
        let mut doc = reckon_text::Document::new(id.clone(), text.clone());
        doc.meta.date = r["date"]
            .as_str()
            .and_then(|d| d.get(..10))
            .and_then(|d| d.parse().ok());
        for c in reckon_claims::extract(&doc).claims {
            let q = &c.quantity;
            let (s, e) = (q.span.start as usize, q.span.end as usize);
            let mut a = s.saturating_sub(60);
            while !text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (e + 60).min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            let ctx = format!("{}[{}]{}", &text[a..s], &text[s..e], &text[e..b])
                .replace(['\n', '\t'], " ");
            let kind = serde_json::to_value(q.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let val = match (&q.value, &q.time) {
                (Some(v), _) => v.to_string(),
                (None, Some(t)) => t.iso.clone(),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "{id}\t{s}\t{kind}\t{val}\t{}\t{}\t{ctx}",
                q.unit.as_deref().unwrap_or(""),
                q.text.replace(['\n', '\t'], " ")
            );
        }
    }
    if let Some(mut c) = child {
        let _ = c.wait();
    }
}
