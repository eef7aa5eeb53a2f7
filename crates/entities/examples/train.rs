//! Trains the entity tagger from silver labels and writes `data/model.bin`.
//!
//! Run by `cargo xtask train-entities` (which makes the labels first):
//! `cargo run --release -p reckon-entities --features train --example train -- --corpus C.jsonl.gz --silver S.jsonl
//!  --out crates/entities/data/model.bin [--epochs 6] [--prune 6] [--upper-every 8] [--report R.md]
//!  [--seeds 0,1,2] [--silver A.jsonl,B.jsonl] [--extra CORPUS.jsonl.gz=SILVER.jsonl,...]`
//!
//! `--extra` adds other corpora with their silver labels (`train/extra_text.py`: text of other
//! outlets, decades and registers) to the training articles, all of them: the held-out test set
//! stays the news corpus's.

#[path = "common/mod.rs"]
mod common;

use std::time::Instant;

use reckon_entities::train::{Scores, Trainer};
use reckon_entities::{Aliases, Recognizer};
use reckon_text::Document;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = common::arg(&args, "--corpus").unwrap_or("target/corpus/newsarticles.jsonl.gz");
    let silver = common::arg(&args, "--silver").unwrap_or("target/entities/silver.jsonl");
    let out = common::arg(&args, "--out").unwrap_or("crates/entities/data/model.bin");
    let epochs: usize = common::arg(&args, "--epochs").unwrap_or("6").parse()?;
    let prunes: Vec<f64> = common::arg(&args, "--prune")
        .unwrap_or("6")
        .split(',')
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    let upper_every: usize = common::arg(&args, "--upper-every").unwrap_or("8").parse()?;
    // Silver-label clean-up before training (`train::denoise`): `none`, `labels` (titles,
    // majority labels, surnames relabelled), `all` (also untagged surnames added) or
    // `propagate` (also untagged occurrences of every tagged form).
    let denoise = common::arg(&args, "--denoise").unwrap_or("all");

    // Shuffling seeds of the epochs: one model per seed, averaged into one (`--seeds 0,1,2`); a
    // single other seed shows how much the scores move by chance.
    let seeds: Vec<u64> = common::arg(&args, "--seeds")
        .unwrap_or("0")
        .split(',')
        .map(str::parse)
        .collect::<Result<_, _>>()?;

    let t0 = Instant::now();
    // Several silver files (`--silver A,B`, e.g. two teachers' labels of the same articles) train
    // on every article once per file; the first file's held-out articles are the test set.
    let mut silvers = silver.split(',');
    let articles = common::load(corpus, silvers.next().unwrap_or(silver))?;
    let mut extra = Vec::new();
    for s in silvers {
        extra.extend(common::load(corpus, s)?.into_iter().filter(|a| !a.test));
    }
    if let Some(list) = common::arg(&args, "--extra") {
        for pair in list.split(',') {
            let (c, s) = pair
                .split_once('=')
                .ok_or_else(|| anyhow::anyhow!("--extra wants CORPUS=SILVER, got {pair}"))?;
            let more = common::load(c, s)?;
            eprintln!("{} extra training articles from {c}", more.len());
            extra.extend(more);
        }
    }
    let (mut train, test): (Vec<_>, Vec<_>) = articles.iter().partition(|a| !a.test);
    train.extend(extra.iter());
    eprintln!(
        "{} training articles, {} held out ({:.1}s)",
        train.len(),
        test.len(),
        t0.elapsed().as_secs_f64()
    );

    let mut trainers: Vec<Trainer> = seeds.iter().map(|_| Trainer::new()).collect();
    let mut lost = 0;
    let mut n_ents = 0;
    let mut cleaned = reckon_entities::train::DenoiseStats::default();
    for a in &train {
        let seg = reckon_text::segment(&a.text);
        let ents = if denoise == "none" {
            a.ents.clone()
        } else {
            let (ents, st) = reckon_entities::train::denoise(
                &a.text,
                &seg,
                &a.ents,
                denoise != "labels",
                denoise == "propagate",
            );
            cleaned += st;
            ents
        };
        for (k, t) in trainers.iter_mut().enumerate() {
            let l = t.add_document(&a.text, &seg, &ents, upper_every);
            if k == 0 {
                lost += l;
            }
        }
        n_ents += ents.len();
    }
    eprintln!("denoise {denoise}: {cleaned:?}");
    eprintln!(
        "{} sentences; {lost} of {n_ents} silver entities not on whole tokens ({:.1}s)",
        trainers[0].sentences(),
        t0.elapsed().as_secs_f64()
    );
    for (trainer, &seed) in trainers.iter_mut().zip(&seeds) {
        for e in 0..epochs {
            let s = trainer.epoch(seed * 1000 + e as u64 + 1);
            eprintln!(
                "seed {seed}, epoch {}: {} tokens, {:.3}% wrong ({:.1}s)",
                e + 1,
                s.tokens,
                100.0 * s.errors as f64 / s.tokens as f64,
                t0.elapsed().as_secs_f64()
            );
        }
    }
    // With several prune levels, report size and agreement of each (each written to OUT.pruneX)
    // and keep the last as OUT.
    let mut model = Vec::new();
    for &prune in &prunes {
        model = Trainer::finish_ensemble(&trainers, prune);
        let rec = Recognizer::from_model_bytes(&model, Aliases::builtin())?;
        let mut s = Scores::default();
        for a in &test {
            let doc = Document::new(a.id.clone(), a.text.clone());
            s.add(&a.ents, &rec.tag(&doc, &reckon_text::segment(&doc.text)));
        }
        let (p, r, f) = Scores::prf(s.total());
        eprintln!(
            "prune {prune}: {} bytes, tagger P {p:.3} R {r:.3} F1 {f:.3}",
            model.len()
        );
        if prunes.len() > 1 {
            // Each level's model beside OUT, to compare them on gold and for speed.
            std::fs::write(format!("{out}.prune{prune}"), &model)?;
        }
    }
    std::fs::write(out, &model)?;
    eprintln!("wrote {out}: {} bytes", model.len());

    let rec = Recognizer::from_model_bytes(&model, Aliases::builtin())?;
    let (mut raw, mut linked) = (Scores::default(), Scores::default());
    for a in &test {
        let doc = Document::new(a.id.clone(), a.text.clone());
        let seg = reckon_text::segment(&doc.text);
        raw.add(&a.ents, &rec.tag(&doc, &seg));
        let ents: Vec<_> = rec
            .recognize(&doc, &seg)
            .into_iter()
            .map(|e| (e.span, e.label))
            .collect();
        linked.add(&a.ents, &ents);
    }
    let report = format!(
        "Held-out articles: {}. Exact span + label agreement with spaCy en_core_web_sm silver labels.\n\n\
         Tagger alone:\n\n{}\nTagger + document linking (what `recognize` returns):\n\n{}",
        test.len(),
        raw.table(),
        linked.table()
    );
    println!("{report}");
    if let Some(path) = common::arg(&args, "--report") {
        std::fs::write(path, &report)?;
    }
    Ok(())
}
