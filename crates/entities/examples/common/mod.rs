//! Shared by the training and evaluation examples: the corpus and its silver labels.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};

use reckon_entities::Label;
use reckon_text::Span;

/// One article with its silver entities as byte spans.
pub struct Article {
    pub id: String,
    pub text: String,
    pub test: bool,
    pub ents: Vec<(Span, Label)>,
}

/// Converts character offsets (Python's) to byte offsets of `text`.
pub fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Reads the gzip JSONL corpus and the silver labels written by `train/label.py`.
pub fn load(corpus: &str, silver: &str) -> anyhow::Result<Vec<Article>> {
    type CharEnts = Vec<(usize, usize, String)>;
    let mut labels: HashMap<String, (bool, CharEnts)> = HashMap::new();
    for line in BufReader::new(std::fs::File::open(silver)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let id = v["id"].as_str().unwrap_or_default().to_owned();
        let test = v["split"] == "test";
        let ents = v["ents"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| {
                        Some((
                            e[0].as_u64()? as usize,
                            e[1].as_u64()? as usize,
                            e[2].as_str()?.to_owned(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        labels.insert(id, (test, ents));
    }
    let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(corpus)?));
    let mut out = Vec::new();
    for line in reader.lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let id = match &v["id"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let Some(text) = v["text"].as_str().filter(|t| !t.is_empty()) else {
            continue;
        };
        let Some((test, ents)) = labels.remove(&id) else {
            continue;
        };
        let map = char_to_byte(text);
        let ents = ents
            .into_iter()
            .filter_map(|(s, e, l)| {
                Some((Span::new(*map.get(s)?, *map.get(e)?), Label::parse(&l)?))
            })
            .collect();
        out.push(Article {
            id,
            text: text.to_owned(),
            test,
            ents,
        });
    }
    Ok(out)
}

/// Value of `--name VALUE` in `args`.
pub fn arg<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}
