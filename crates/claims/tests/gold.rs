//! The hand-annotated gold set (`tests/gold/`, rules in `tests/gold/GUIDELINES.md`).
//!
//! Checks the gold files' structure (offsets, kinds, values, ISO forms) and, when the corpus is
//! present (`target/corpus/newsarticles.jsonl.gz` of the workspace; skipped with a notice when
//! absent), that every annotated surface is the corpus text at its offsets and that the
//! value-level and span-only F1 on the **test** batch are at least the floor committed in
//! `tests/gold/floor.json`: a score may rise, never fall. `RECKON_UPDATE_FLOOR=1` rewrites the
//! floor with the current scores. The full report is `examples/evaluate_gold.rs`.

#[path = "gold/score.rs"]
mod score;

use std::collections::{BTreeMap, HashSet};

use score::{GoldSentence, Mention};

const KINDS: &[&str] = &[
    "count",
    "fraction",
    "ordinal",
    "percent",
    "money",
    "dimension",
    "age",
    "duration",
    "date",
    "time",
];

fn load(batch: &str) -> Vec<GoldSentence> {
    score::gold_files(batch)
        .iter()
        .flat_map(|f| score::read_jsonl::<GoldSentence>(f).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn granularity_of(iso: &str) -> Option<&'static str> {
    let iso = iso.split('/').next().unwrap_or("");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = iso.split('-').collect();
    if iso.contains('T') {
        return Some("minute");
    }
    match parts.as_slice() {
        [y] if y.len() == 3 && digits(y) => Some("decade"),
        [y] if y.len() == 4 && digits(y) => Some("year"),
        [y, w] if digits(y) && w.starts_with('W') && digits(&w[1..]) => Some("week"),
        [y, m] if digits(y) && m.len() == 2 && digits(m) => Some("month"),
        [y, m, d] if digits(y) && digits(m) && d.len() == 2 && digits(d) => Some("day"),
        _ => None,
    }
}

fn check_mention(where_: &str, len: usize, m: &Mention) {
    assert!(
        0 <= m.start && m.start < m.end && m.end as usize <= len,
        "{where_}: {m:?} outside the sentence (length {len})"
    );
    assert_eq!(
        m.text.len() as i64,
        m.end - m.start,
        "{where_}: {m:?} text length differs from its span"
    );
    assert!(
        KINDS.contains(&m.kind.as_str()),
        "{where_}: kind {:?}",
        m.kind
    );
    if m.kind == "date" || m.kind == "time" {
        let t = m
            .time
            .as_ref()
            .unwrap_or_else(|| panic!("{where_}: {m:?} has no time"));
        assert!(m.value.is_none(), "{where_}: a date with a value");
        assert_eq!(
            granularity_of(&t.iso),
            Some(t.granularity.as_str()),
            "{where_}: {m:?} ISO form and granularity disagree"
        );
    } else {
        let v = m
            .value
            .unwrap_or_else(|| panic!("{where_}: {m:?} has no value"));
        assert!(m.time.is_none(), "{where_}: a number with a time");
        assert!(
            v.low.is_some() || v.high.is_some(),
            "{where_}: {m:?} unbounded"
        );
        if let (Some(l), Some(h)) = (v.low, v.high) {
            assert!(l.value <= h.value, "{where_}: {m:?} low above high");
        }
    }
}

#[test]
fn gold_files_are_well_formed() {
    let mut seen = HashSet::new();
    for batch in ["dev", "test", "test2"] {
        let gold = load(batch);
        assert_eq!(gold.len(), 80, "{batch}: 80 sentences");
        for (i, g) in gold.iter().enumerate() {
            let where_ = format!("{batch}.jsonl line {}", i + 1);
            assert!(
                seen.insert(g.id.clone()),
                "{where_}: article {} sampled twice",
                g.id
            );
            assert!(g.start < g.end, "{where_}: empty sentence");
            assert!(
                granularity_of(&g.date) == Some("day"),
                "{where_}: date {:?}",
                g.date
            );
            for w in g.mentions.windows(2) {
                assert!(
                    w[0].end <= w[1].start,
                    "{where_}: mentions out of order or overlapping"
                );
            }
            for m in &g.mentions {
                check_mention(&where_, g.end - g.start, m);
            }
        }
    }
}

/// The corpus articles of the gold set, or `None` (with a notice) when the corpus is absent.
fn corpus(gold: &[GoldSentence]) -> Option<std::collections::HashMap<String, score::Article>> {
    let path = score::default_corpus();
    if !path.exists() {
        eprintln!(
            "note: {} absent; gold text and score checks skipped",
            path.display()
        );
        return None;
    }
    let ids = gold.iter().map(|g| g.id.clone()).collect();
    Some(score::read_corpus(&path, &ids).unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn gold_surfaces_are_the_corpus_text() {
    let gold = load("all");
    let Some(articles) = corpus(&gold) else {
        return;
    };
    for g in &gold {
        let art = &articles[&g.id];
        assert_eq!(art.date, g.date, "{}: article date", g.id);
        let sentence = art
            .text
            .get(g.start..g.end)
            .unwrap_or_else(|| panic!("{}: {}..{} not a slice of the text", g.id, g.start, g.end));
        let words = sentence.split_whitespace().count();
        assert!((8..=60).contains(&words), "{}: {words} words", g.id);
        for m in &g.mentions {
            assert_eq!(
                sentence.get(m.start as usize..m.end as usize),
                Some(m.text.as_str()),
                "{}: mention at {}..{}",
                g.id,
                m.start,
                m.end
            );
        }
    }
}

#[test]
fn test_batch_scores_do_not_fall_below_the_floor() {
    let gold = load("test");
    let Some(articles) = corpus(&gold) else {
        return;
    };
    let mut total = score::Score::default();
    for g in &gold {
        let art = &articles[&g.id];
        let mut doc = reckon_text::Document::new(g.id.clone(), art.text.clone());
        doc.meta.date = art.date.parse().ok();
        let pred: Vec<Mention> = reckon_claims::extract(&doc)
            .claims
            .iter()
            .map(|c| &c.quantity)
            .filter(|q| (q.span.start as usize) < g.end && (q.span.end as usize) > g.start)
            .map(|q| score::from_quantity(q, g.start))
            .collect();
        total.add(&g.mentions, &pred);
    }
    let round = |x: f64| (x * 10_000.0).floor() / 10_000.0;
    let now: BTreeMap<String, f64> = [
        ("test_value_f1", total.all.value_prf().2),
        ("test_value_f1_without_dates", total.no_dates.value_prf().2),
        ("test_span_f1", total.all.span_prf().2),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), round(v)))
    .collect();
    eprintln!("gold test batch: {now:?}");
    let floor_path = score::crate_dir().join("tests/gold/floor.json");
    if std::env::var_os("RECKON_UPDATE_FLOOR").is_some() {
        let json = serde_json::to_string_pretty(&now).expect("serialise");
        std::fs::write(&floor_path, json + "\n").expect("write floor");
        return;
    }
    let floor: BTreeMap<String, f64> =
        serde_json::from_str(&std::fs::read_to_string(&floor_path).expect("tests/gold/floor.json"))
            .expect("floor json");
    let mut fallen = Vec::new();
    for (k, f) in &floor {
        let v = now.get(k).copied().unwrap_or(0.0);
        if v + 1e-9 < *f {
            fallen.push(format!("{k}: {v:.4} < floor {f:.4}"));
        }
    }
    assert!(
        fallen.is_empty(),
        "gold scores fell below tests/gold/floor.json (run `cargo run --release -p reckon-claims --example evaluate_gold -- --batch test --errors`):\n{}",
        fallen.join("\n")
    );
}
