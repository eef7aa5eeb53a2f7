//! Our side of `cargo xtask compare-entities`: runs the embedded recogniser on one thread over the
//! held-out articles, measures speed and peak memory, and scores agreement with a reference.
//!
//! `cargo run --release -p reckon-entities --features train --example evaluate -- --corpus C.jsonl.gz
//!  --reference target/entities/spacy-test.jsonl [--repeat 5] [--model PATH] [--descriptions]
//!  [--dump OURS.jsonl]`
//!
//! Prints one JSON line of measurements, then the agreement table (Markdown).
//!
//! With `--gold FILE[,FILE...] [--gold-spacy PRED.jsonl]` (and `--corpus`, where the gold
//! sentences' text is read from) it instead scores the recogniser (and,
//! when given, spaCy's mentions written by `train/gold_spacy.py`) against the hand-annotated gold
//! sentences, each sentence read as one document: exact span and label, a leading `the` ignored on
//! both sides. Prints one Markdown table per system. With `--article`, the recogniser reads each
//! sentence's whole article (as `reckon run` does) and its mentions inside the sentence are
//! scored (give spaCy's of `gold_spacy.py --article` alike).

#[path = "common/mod.rs"]
mod common;
#[path = "common/gold.rs"]
mod gold;

use std::time::Instant;

use reckon_entities::Recognizer;
use reckon_entities::train::Scores;
use reckon_text::Document;

/// Peak resident set size of this process in MB (Linux `VmHWM`), if known.
fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU seconds used by this thread so far (Linux `/proc/thread-self/stat`, 100 Hz ticks): unlike
/// wall time, not inflated when other processes share the cores.
fn thread_cpu_seconds() -> f64 {
    let Ok(s) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return f64::NAN;
    };
    let Some(after) = s.rsplit_once(')').map(|x| x.1) else {
        return f64::NAN;
    };
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        f.get(i)
            .and_then(|x| x.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(gold) = common::arg(&args, "--gold") {
        let corpus =
            common::arg(&args, "--corpus").unwrap_or("target/corpus/newsarticles.jsonl.gz");
        return gold_eval(
            gold,
            corpus,
            common::arg(&args, "--gold-spacy"),
            common::arg(&args, "--model"),
            args.iter().any(|a| a == "--errors"),
            args.iter().any(|a| a == "--article"),
        );
    }
    let corpus = common::arg(&args, "--corpus").unwrap_or("target/corpus/newsarticles.jsonl.gz");
    let reference = common::arg(&args, "--reference").unwrap_or("target/entities/spacy-test.jsonl");
    let repeat: usize = common::arg(&args, "--repeat").unwrap_or("5").parse()?;
    // `--descriptions`: time `recognize_with_descriptions` instead (agreement counts names only).
    let descriptions = args.iter().any(|a| a == "--descriptions");
    let articles: Vec<_> = common::load(corpus, reference)?
        .into_iter()
        .filter(|a| a.test)
        .collect();
    let docs: Vec<Document> = articles
        .iter()
        .map(|a| Document::new(a.id.clone(), a.text.clone()))
        .collect();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let t_load = Instant::now();
    let rec = match common::arg(&args, "--model") {
        Some(path) => Recognizer::from_model_bytes(
            &std::fs::read(path)?,
            reckon_entities::Aliases::builtin(),
        )?,
        None => Recognizer::new(),
    };
    let load_s = t_load.elapsed().as_secs_f64();

    // Best of `repeat` runs, segmentation included (it is part of what spaCy's time covers).
    let mut best = f64::INFINITY;
    let cpu0 = thread_cpu_seconds();
    let mut tokens = 0usize;
    let mut results = Vec::new();
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        tokens = 0;
        results.clear();
        for d in &docs {
            let seg = reckon_text::segment(&d.text);
            tokens += seg.tokens.len();
            if descriptions {
                let mut ents = rec.recognize_with_descriptions(d, &seg);
                ents.retain(|e| e.kind.is_name());
                results.push(ents);
            } else {
                results.push(rec.recognize(d, &seg));
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let cpu = (thread_cpu_seconds() - cpu0) / repeat.max(1) as f64;
    let mut scores = Scores::default();
    for (a, ents) in articles.iter().zip(&results) {
        let pred: Vec<_> = ents.iter().map(|e| (e.span, e.label)).collect();
        scores.add(&a.ents, &pred);
    }
    println!(
        "{}",
        serde_json::json!({
            "seconds": best, "cpu_seconds": cpu, "articles": docs.len(), "words": words, "bytes": bytes, "tokens": tokens,
            "model_load_seconds": load_s, "peak_rss_mb": peak_rss_mb(),
        })
    );
    print!("{}", scores.table());
    // `--dump PATH`: our mentions, one article a line, in the reference's format (to diff them).
    if let Some(path) = common::arg(&args, "--dump") {
        let mut out = String::new();
        for (a, ents) in articles.iter().zip(&results) {
            let ents: Vec<_> = ents
                .iter()
                .map(|e| serde_json::json!([e.span.start, e.span.end, e.label.as_str()]))
                .collect();
            out += &serde_json::json!({"id": a.id, "ents": ents}).to_string();
            out.push('\n');
        }
        std::fs::write(path, out)?;
    }
    Ok(())
}

/// Gold P/R/F1 of ours and, if given, spaCy's predictions.
fn gold_eval(
    files: &str,
    corpus: &str,
    spacy: Option<&str>,
    model: Option<&str>,
    errors: bool,
    article: bool,
) -> anyhow::Result<()> {
    let files: Vec<String> = files.split(',').map(str::to_owned).collect();
    let gold = gold::load_gold(&files, corpus)?;
    let rec = match model {
        Some(path) => Recognizer::from_model_bytes(
            &std::fs::read(path)?,
            reckon_entities::Aliases::builtin(),
        )?,
        None => Recognizer::new(),
    };
    let n: usize = gold.iter().map(|g| g.ents.len()).sum();
    println!(
        "Gold: {} hand-annotated sentences, {n} entities ({}); exact span and label, a leading `the` ignored.\n",
        gold.len(),
        files.join(", ")
    );
    let score = |preds: &[Vec<(reckon_text::Span, reckon_entities::Label)>]| {
        let mut s = Scores::default();
        for (g, p) in gold.iter().zip(preds) {
            let strip = |v: &[(reckon_text::Span, reckon_entities::Label)]| -> Vec<_> {
                v.iter().map(|&x| gold::without_the(&g.text, x)).collect()
            };
            s.add(&strip(&g.ents), &strip(p));
        }
        s
    };
    let ours: Vec<Vec<_>> = gold
        .iter()
        .map(|g| {
            if !article {
                let doc = Document::new(g.id.clone(), g.text.clone());
                let seg = reckon_text::segment(&doc.text);
                return rec
                    .recognize(&doc, &seg)
                    .into_iter()
                    .map(|e| (e.span, e.label))
                    .collect();
            }
            // The whole article as context; the mentions inside the sentence, shifted to it.
            let doc = Document::new(g.id.clone(), g.article.clone());
            let seg = reckon_text::segment(&doc.text);
            let (a, b) = (g.offset, g.offset + g.text.len());
            rec.recognize(&doc, &seg)
                .into_iter()
                .filter(|e| e.span.start as usize >= a && e.span.end as usize <= b)
                .map(|e| {
                    let s =
                        reckon_text::Span::new(e.span.start as usize - a, e.span.end as usize - a);
                    (s, e.label)
                })
                .collect()
        })
        .collect();
    println!("reckon-entities:\n\n{}", score(&ours).table());
    if errors {
        // `--errors`: our misses (-) and false mentions (+), sentence by sentence.
        for (g, p) in gold.iter().zip(&ours) {
            let strip = |v: &[(reckon_text::Span, reckon_entities::Label)]| -> Vec<_> {
                v.iter().map(|&x| gold::without_the(&g.text, x)).collect()
            };
            let (gs, ps) = (strip(&g.ents), strip(p));
            let show = |x: &(reckon_text::Span, reckon_entities::Label)| {
                format!("{} {}", x.0.slice(&g.text), x.1.as_str())
            };
            let miss: Vec<_> = gs.iter().filter(|x| !ps.contains(x)).map(show).collect();
            let extra: Vec<_> = ps.iter().filter(|x| !gs.contains(x)).map(show).collect();
            if !miss.is_empty() || !extra.is_empty() {
                println!(
                    "{}\n  - {}\n  + {}",
                    g.text,
                    miss.join(" | "),
                    extra.join(" | ")
                );
            }
        }
    }
    if let Some(path) = spacy {
        let theirs = gold::load_predictions(path, &gold)?;
        println!(
            "spaCy en_core_web_sm 3.8 (NER only):\n\n{}",
            score(&theirs).table()
        );
    }
    Ok(())
}
