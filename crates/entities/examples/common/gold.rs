//! The hand-annotated gold sentences (`crates/entities/tests/gold/`) and other systems' mentions of
//! them, for the evaluation example.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};

use reckon_entities::Label;
use reckon_text::Span;

use crate::common::char_to_byte;

/// One hand-annotated sentence of the gold set, entities as byte spans.
pub struct GoldSentence {
    pub id: String,
    pub text: String,
    pub ents: Vec<(Span, Label)>,
    /// The whole article the sentence is from, and the sentence's first byte in it (for scoring
    /// with the article as context: `--article`).
    pub article: String,
    pub offset: usize,
}

/// Character-offset entity triples of a JSON value (`[[start, end, label, ...], ...]`) as byte spans.
fn byte_ents(text: &str, ents: &serde_json::Value) -> Vec<(Span, Label)> {
    let map = char_to_byte(text);
    ents.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| {
                    let (s, t) = (e[0].as_u64()? as usize, e[1].as_u64()? as usize);
                    Some((
                        Span::new(*map.get(s)?, *map.get(t)?),
                        Label::parse(e[2].as_str()?)?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Reads gold files (`{"id", "start", "end", "ents": [[start, end, LABEL, name], ...]}`: the
/// sentence is characters `start..end` of article `id` of the corpus, entity offsets are
/// characters of the sentence) and takes the sentences' text from the corpus.
pub fn load_gold(paths: &[String], corpus: &str) -> anyhow::Result<Vec<GoldSentence>> {
    let mut rows = Vec::new();
    for p in paths {
        for line in BufReader::new(std::fs::File::open(p)?).lines() {
            let line = line?;
            if !line.trim().is_empty() {
                rows.push(serde_json::from_str::<serde_json::Value>(&line)?);
            }
        }
    }
    let wanted: std::collections::HashSet<&str> =
        rows.iter().filter_map(|r| r["id"].as_str()).collect();
    let mut texts: HashMap<String, String> = HashMap::new();
    let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(corpus)?));
    for line in reader.lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        if let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str())
            && wanted.contains(id)
        {
            texts.insert(id.to_owned(), text.to_owned());
        }
    }
    let mut out = Vec::new();
    for r in rows {
        let id = r["id"].as_str().unwrap_or_default();
        let article = texts
            .get(id)
            .ok_or_else(|| anyhow::anyhow!("gold article {id} is not in {corpus}"))?;
        let map = char_to_byte(article);
        let (s, e) = (
            r["start"].as_u64().unwrap_or(0) as usize,
            r["end"].as_u64().unwrap_or(0) as usize,
        );
        let offset = *map.get(s).unwrap_or(&0);
        let text = article
            .get(offset..*map.get(e).unwrap_or(&0))
            .unwrap_or_default()
            .to_owned();
        let ents = byte_ents(&text, &r["ents"]);
        for (x, (span, _)) in r["ents"].as_array().into_iter().flatten().zip(&ents) {
            let name = x[3].as_str().unwrap_or_default();
            anyhow::ensure!(
                span.slice(&text) == name,
                "gold {id}@{s}: `{name}` is not at its offsets (is the corpus the same?)"
            );
        }
        out.push(GoldSentence {
            id: format!("{id}@{s}"),
            text,
            ents,
            article: article.clone(),
            offset,
        });
    }
    Ok(out)
}

/// Reads another system's mentions of the gold sentences (`{"id", "ents"}`, character offsets).
pub fn load_predictions(
    path: &str,
    gold: &[GoldSentence],
) -> anyhow::Result<Vec<Vec<(Span, Label)>>> {
    let mut by_id = HashMap::new();
    for line in BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        by_id.insert(
            v["id"].as_str().unwrap_or_default().to_owned(),
            v["ents"].clone(),
        );
    }
    Ok(gold
        .iter()
        .map(|g| {
            by_id
                .get(&g.id)
                .map(|e| byte_ents(&g.text, e))
                .unwrap_or_default()
        })
        .collect())
}

/// The span without a leading `the ` (gold and systems disagree on it by convention only).
pub fn without_the(text: &str, (span, label): (Span, Label)) -> (Span, Label) {
    let s = span.slice(text);
    // `get`: byte 4 may fall inside a character (`Lil’ Albert`).
    if s.len() > 4 && s.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("the ")) {
        (Span::new(span.start as usize + 4, span.end as usize), label)
    } else {
        (span, label)
    }
}
