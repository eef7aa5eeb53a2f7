//! Reconciliation of the bundled sample archive (examples/archive, an invented cyclone story)
//! from hand-made claims (`tests/fixtures/sample_claims.txt`, what an ideal extractor gives): every
//! planted inconsistency of examples/archive/README.md is found, nothing else is flagged, and the
//! result does not depend on the order or sharding of the claims.

use proptest::prelude::*;
use reckon_archive::{Archive, Input, Options};
use reckon_claims::{Bound, Claim, Frame, Granularity, Quantity, QuantityKind, TimeValue, Value};
use reckon_reconcile::{ClaimRecord, FindingKind, Reconciliation, reconcile};
use reckon_text::{Document, Span};
use std::collections::BTreeMap;
use std::path::Path;

fn archive() -> BTreeMap<String, Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    Archive::new(vec![Input::Path(root)], Options::default())
        .map(|item| item.expect("the sample archive reads"))
        .map(|d| (d.meta.id.clone(), d))
        .collect()
}

fn value(spec: &str) -> Option<Value> {
    if spec == "-" {
        return None;
    }
    let (approximate, spec) = match spec.strip_prefix('~') {
        Some(rest) => (true, rest),
        None => (false, spec),
    };
    let b = |v: &str, inclusive| {
        Some(Bound {
            value: v.parse().unwrap(),
            inclusive,
        })
    };
    let (low, high) = if let Some(v) = spec.strip_prefix(">=") {
        (b(v, true), None)
    } else if let Some(v) = spec.strip_prefix("<=") {
        (None, b(v, true))
    } else if let Some(v) = spec.strip_prefix('>') {
        (b(v, false), None)
    } else if let Some(v) = spec.strip_prefix('<') {
        (None, b(v, false))
    } else {
        let v = spec.strip_prefix('=').unwrap();
        (b(v, true), b(v, true))
    };
    Some(Value {
        low,
        high,
        approximate,
    })
}

fn kind(s: &str) -> QuantityKind {
    serde_json::from_value(serde_json::Value::String(s.into())).unwrap()
}

fn opt(s: &str) -> Option<String> {
    (s != "-").then(|| s.to_string())
}

/// The hand-made claims, with spans and sentences found in the real articles.
fn records() -> Vec<ClaimRecord> {
    let docs = archive();
    let fixture = include_str!("fixtures/sample_claims.txt");
    let mut out = Vec::new();
    let mut doc: Option<&Document> = None;
    let mut sentences = Vec::new();
    let mut index = 0u32;
    for line in fixture.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(id) = line.strip_prefix("@ ") {
            let d = docs.get(id).unwrap_or_else(|| panic!("no document {id}"));
            sentences = reckon_text::segment(&d.text)
                .sentences
                .iter()
                .map(|s| s.span)
                .collect();
            doc = Some(d);
            index = 0;
            continue;
        }
        let d = doc.expect("a claim line before any @ document line");
        let f: Vec<&str> = line.split(" | ").map(str::trim).collect();
        assert_eq!(f.len(), 9, "{line}");
        let (text, nth) = match f[0].split_once('#') {
            Some((t, n)) => (t, n.parse::<usize>().unwrap()),
            None => (f[0], 1),
        };
        let start = d
            .text
            .match_indices(text)
            .nth(nth - 1)
            .unwrap_or_else(|| panic!("{text:?} not in {}", d.meta.id))
            .0;
        let span = Span::new(start, start + text.len());
        let sentence = *sentences
            .iter()
            .find(|s| s.contains(span))
            .expect("a sentence");
        let time = opt(f[7]).map(|t| {
            let p: Vec<&str> = t.split('/').collect();
            TimeValue {
                iso: p[0].into(),
                granularity: if p[1] == "minute" {
                    Granularity::Minute
                } else {
                    Granularity::Day
                },
                zone: opt(p[2]),
            }
        });
        let k = kind(f[1]);
        let is_point_in_time = matches!(k, QuantityKind::Date | QuantityKind::Time);
        let claim = Claim {
            index,
            quantity: Quantity {
                span,
                text: text.into(),
                kind: k,
                value: value(f[2]),
                unit: opt(f[8]),
                time: if is_point_in_time { time.clone() } else { None },
            },
            frame: Frame {
                measure_key: opt(f[3]),
                place: opt(f[4]),
                cumulative: f[5] == "cum",
                time: if is_point_in_time { None } else { time },
                ..Frame::default()
            },
            sentence,
        };
        out.push(ClaimRecord {
            doc_id: d.meta.id.clone(),
            doc_date: d.meta.date,
            source: None,
            sentence_text: sentence.slice(&d.text).to_string(),
            title: None,
            part_of: opt(f[6])
                .map(|p| vec![p.parse().unwrap()])
                .unwrap_or_default(),
            event: None,
            claim,
        });
        index += 1;
    }
    out
}

/// A compact view: series one point a line, then findings and passed checks.
fn render(r: &Reconciliation) -> String {
    let mut s = String::new();
    for series in &r.series {
        s.push_str(&format!(
            "series {} ({}){}\n",
            series.key,
            if series.cumulative {
                "cumulative"
            } else {
                "stock"
            },
            series
                .latest()
                .map(|p| format!(" latest {}", p.evidence.text))
                .unwrap_or_default()
        ));
        for p in &series.points {
            s.push_str(&format!(
                "  {} {:<16} {:<14} {}{}\n",
                p.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                p.evidence.text,
                p.interval.describe(),
                p.evidence.doc_id,
                if p.prior { " (prior)" } else { "" }
            ));
        }
    }
    for (title, list) in [("finding", &r.findings), ("passed", &r.passed)] {
        for f in list {
            s.push_str(&format!(
                "{title} {} {:?} {}\n  {}\n  arithmetic: {}\n",
                f.kind.as_str(),
                f.severity,
                f.date.map(|d| d.to_string()).unwrap_or_default(),
                f.explanation,
                f.arithmetic
            ));
            for e in &f.evidence {
                s.push_str(&format!("  - {} #{} “{}”\n", e.doc_id, e.claim, e.text));
            }
        }
    }
    s
}

#[test]
fn planted_inconsistencies_are_found_and_nothing_else() {
    let r = reconcile(records());
    let got: Vec<(FindingKind, Vec<String>)> = r
        .findings
        .iter()
        .map(|f| {
            let mut docs: Vec<String> = f.evidence.iter().map(|e| e.doc_id.clone()).collect();
            docs.sort();
            docs.dedup();
            (f.kind, docs)
        })
        .collect();
    let v = |docs: &[&str]| docs.iter().map(|d| d.to_string()).collect::<Vec<_>>();
    let expected = vec![
        (
            FindingKind::Conflict,
            v(&[
                "indico-tribune/2026-02-14-river-bursts.txt",
                "radio-kessane/2026-02-14-toll-shelters.txt",
            ]),
        ),
        (
            FindingKind::PartExceedsWholeAcrossArticles,
            v(&[
                "coastal-herald/2026-02-20-cholera-fears.txt",
                "radio-kessane/2026-02-20-curfew.txt",
                "southern-wire/2026-02-17-district-toll.txt",
            ]),
        ),
        (
            FindingKind::LocalTimeMismatch,
            v(&["radio-kessane/2026-02-20-curfew.txt"]),
        ),
        (
            FindingKind::DurationMismatch,
            v(&["southern-wire/2026-02-26-schools-emergency.txt"]),
        ),
        (
            FindingKind::PercentMismatch,
            v(&["southern-wire/2026-02-26-schools-emergency.txt"]),
        ),
        (
            FindingKind::CumulativeDecrease,
            v(&[
                "indico-tribune/2026-03-02-recount.txt",
                "southern-wire/2026-02-26-schools-emergency.txt",
            ]),
        ),
        (
            FindingKind::StockRiseWithoutCause,
            v(&[
                "coastal-herald/2026-03-05-rebuild.txt",
                "radio-kessane/2026-03-09-shelters.txt",
            ]),
        ),
    ];
    assert_eq!(got, expected, "\n{}", render(&r));
    // The consistent arithmetic was checked, not skipped.
    let passed: Vec<FindingKind> = r.passed.iter().map(|f| f.kind).collect();
    assert!(
        passed.contains(&FindingKind::DurationMismatch),
        "10-day-old disaster since February 10"
    );
    assert!(
        passed.contains(&FindingKind::LocalTimeMismatch),
        "11am local (09:00 GMT) in Mozambique"
    );
    assert!(
        passed.contains(&FindingKind::PercentMismatch),
        "60 of 240 is 25 percent"
    );
}

#[test]
fn snapshot() {
    insta::assert_snapshot!(render(&reconcile(records())));
}

fn canonical(r: &Reconciliation) -> String {
    serde_json::to_string(r).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn order_and_sharding_do_not_matter(seed in any::<u64>(), shards in 1usize..6) {
        let records = records();
        let base = canonical(&reconcile(records.clone()));
        // Shuffle with a small LCG driven by the seed, cut into shards, concatenate the shards in
        // reverse order, and push through one Reconciler.
        let mut shuffled = records;
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = (state >> 33) as usize % (i + 1);
            shuffled.swap(i, j);
        }
        let size = shuffled.len().div_ceil(shards);
        let chunks: Vec<Vec<ClaimRecord>> = shuffled.chunks(size).map(<[ClaimRecord]>::to_vec).collect();
        let mut rec = reckon_reconcile::Reconciler::new(reckon_reconcile::Config::default());
        for chunk in chunks.into_iter().rev() {
            for r in chunk {
                rec.push(r);
            }
        }
        prop_assert_eq!(canonical(&rec.finish()), base);
    }
}
