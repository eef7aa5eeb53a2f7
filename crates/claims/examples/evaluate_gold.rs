//! Scores `reckon_claims` (or a peer's predictions) against the hand-annotated gold set
//! (`tests/gold/`, rules in `tests/gold/GUIDELINES.md`):
//!
//! `cargo run --release -p reckon-claims --example evaluate_gold -- [--batch dev|test|test2|all]
//! [--errors] [--corpus FILE.jsonl.gz] [--peer FILE.jsonl]`
//!
//! Each sentence's article is extracted whole, with its date; the mentions overlapping the
//! sentence are scored. Prints value-level and span-only precision, recall and F1 per kind group,
//! overall and overall without dates and times; `--errors` lists every false positive, false
//! negative and value mismatch with its sentence. `--peer FILE` scores the predictions in FILE
//! (one sentence a line: `{"id", "start", "mentions": [...]}` in the gold's mention shape)
//! instead of ours.

#[path = "../tests/gold/score.rs"]
mod score;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use score::{GROUPS, GoldSentence, Mention, PeerSentence, Score};

fn main() {
    let mut batch = "all".to_owned();
    let mut errors = false;
    let mut corpus = score::default_corpus();
    let mut peer: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--batch" => batch = args.next().expect("--batch dev|test|test2|all"),
            "--errors" => errors = true,
            "--corpus" => corpus = args.next().expect("--corpus FILE").into(),
            "--peer" => peer = Some(args.next().expect("--peer FILE").into()),
            other => {
                eprintln!(
                    "unknown argument {other}\nusage: evaluate_gold [--batch dev|test|test2|all] [--errors] [--corpus FILE] [--peer FILE]"
                );
                std::process::exit(2);
            }
        }
    }
    let mut gold: Vec<GoldSentence> = Vec::new();
    for f in score::gold_files(&batch) {
        gold.extend(score::read_jsonl::<GoldSentence>(&f).unwrap_or_else(|e| fail(&e)));
    }
    let ids: HashSet<String> = gold.iter().map(|g| g.id.clone()).collect();
    let articles = score::read_corpus(&corpus, &ids).unwrap_or_else(|e| fail(&e));
    let peer: Option<HashMap<(String, usize), Vec<Mention>>> = peer.map(|p| {
        score::read_jsonl::<PeerSentence>(&p)
            .unwrap_or_else(|e| fail(&e))
            .into_iter()
            .map(|s| ((s.id, s.start), s.mentions))
            .collect()
    });

    let mut total = Score::default();
    let mut n_sent = 0;
    // the sentences drawn without the number filter, for false positives on arbitrary text
    let mut arbitrary = Score::default();
    let mut n_arbitrary = 0;
    for g in &gold {
        let Some(art) = articles.get(&g.id) else {
            fail(&format!("article {} not in {}", g.id, corpus.display()))
        };
        let sentence = &art.text[g.start..g.end];
        let pred: Vec<Mention> = match &peer {
            Some(p) => p.get(&(g.id.clone(), g.start)).cloned().unwrap_or_default(),
            None => {
                let mut doc = reckon_text::Document::new(g.id.clone(), art.text.clone());
                doc.meta.date = art.date.parse().ok();
                reckon_claims::extract(&doc)
                    .claims
                    .iter()
                    .map(|c| &c.quantity)
                    .filter(|q| (q.span.start as usize) < g.end && (q.span.end as usize) > g.start)
                    .map(|q| score::from_quantity(q, g.start))
                    .collect()
            }
        };
        n_sent += 1;
        if g.arbitrary {
            n_arbitrary += 1;
            arbitrary.add(&g.mentions, &pred);
        }
        let pr = total.add(&g.mentions, &pred);
        if errors {
            print_errors(g, sentence, &g.mentions, &pred, &pr);
        }
    }

    let who = if peer.is_some() {
        "peer"
    } else {
        "reckon-claims"
    };
    println!(
        "{who} on gold batch {batch}: {n_sent} sentences, {} gold mentions, {} predicted",
        total.all.gold, total.all.pred
    );
    println!(
        "{:<12} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6}",
        "kind", "gold", "pred", "P", "R", "F1", "spanP", "spanR", "spanF1", "~diff"
    );
    let row = |name: &str, c: &score::Counts| {
        let (p, r, f) = c.value_prf();
        let (sp, sr, sf) = c.span_prf();
        println!(
            "{name:<12} {:>5} {:>5} | {p:>6.3} {r:>6.3} {f:>6.3} | {sp:>6.3} {sr:>6.3} {sf:>6.3} | {:>6}",
            c.gold, c.pred, c.approx_differs
        );
    };
    for g in GROUPS {
        if let Some(c) = total.by_group.get(*g) {
            row(g, c);
        }
    }
    for (g, c) in &total.by_group {
        if !GROUPS.contains(&g.as_str()) {
            row(g, c);
        }
    }
    row("ALL", &total.all);
    row("ALL-dates", &total.no_dates);
    let (p, r, f) = arbitrary.all.value_prf();
    println!(
        "arbitrary sentences (no number filter): {n_arbitrary}, gold {}, predicted {}, value-level P {p:.3} R {r:.3} F1 {f:.3}",
        arbitrary.all.gold, arbitrary.all.pred
    );
    println!(
        "(value-level: overlap + same kind group + same bounds/unit/ISO value; span-only: overlap; ~diff: value matches whose approximate flag differs)"
    );
}

fn print_errors(
    g: &GoldSentence,
    sentence: &str,
    gold: &[Mention],
    pred: &[Mention],
    pr: &score::Pairing,
) {
    let vg: HashSet<usize> = pr.value.iter().map(|x| x.0).collect();
    let vp: HashSet<usize> = pr.value.iter().map(|x| x.1).collect();
    let sg: HashMap<usize, usize> = pr.span_only.iter().copied().collect();
    let sp: HashSet<usize> = pr.span_only.iter().map(|x| x.1).collect();
    let mut lines = Vec::new();
    for (i, m) in gold.iter().enumerate() {
        if vg.contains(&i) {
            continue;
        }
        match sg.get(&i) {
            Some(&j) => lines.push(format!(
                "  MISMATCH gold {}  ours {}",
                score::show(m),
                score::show(&pred[j])
            )),
            None => lines.push(format!("  FN {}", score::show(m))),
        }
    }
    for (j, m) in pred.iter().enumerate() {
        if !vp.contains(&j) && !sp.contains(&j) {
            lines.push(format!("  FP {}", score::show(m)));
        }
    }
    if !lines.is_empty() {
        println!("{} @{} ({}): {}", g.id, g.start, g.date, sentence);
        for l in lines {
            println!("{l}");
        }
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("evaluate_gold: {msg}");
    std::process::exit(1)
}
