//! Hostile and unlucky input (issue 19): what reconciliation must survive and still get right.
//! Each test is named after what it guards.

use std::time::Instant;

use reckon_reconcile::{ClaimRecord, Error, FindingKind, num, read_claims, reconcile};
use reckon_text::Span;

mod common;

/// `v` people killed in Gaza, said by `doc` on `date` (claim `index`), sentence at byte `at`.
fn killed(doc: &str, date: &str, index: u32, v: f64, at: usize) -> ClaimRecord {
    let text = num(v);
    let sentence_text = format!("{text} people were killed in Gaza.");
    let mut r = common::killed_count(doc, "Gaza", &text, v, sentence_text);
    r.doc_date = Some(date.parse().unwrap());
    r.source = Some(format!("outlet {doc}"));
    r.claim.index = index;
    r.claim.quantity.span = Span::new(at, at + text.len());
    r.claim.sentence = Span::new(at, at + r.sentence_text.len());
    r
}

/// 100 against 200 on one date is a conflict, whatever the number of other reports of a figure
/// too far from both to be compared with them (issue 19 #4: 64 reports of 1,500 hid it).
#[test]
fn conflict_is_found_whatever_the_number_of_other_reports() {
    for others in [0, 1, 63, 64, 65, 500, 3_000] {
        let mut records = vec![
            killed("a", "2025-07-07", 0, 100.0, 0),
            killed("b", "2025-07-07", 0, 200.0, 0),
        ];
        records
            .extend((0..others).map(|i| killed(&format!("c{i:05}"), "2025-07-07", 0, 1500.0, 0)));
        let out = reconcile(records);
        let conflicts: Vec<_> = out
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Conflict)
            .collect();
        assert_eq!(conflicts.len(), 1, "{others} other reports");
        let cited: Vec<&str> = conflicts[0]
            .evidence
            .iter()
            .map(|e| e.doc_id.as_str())
            .collect();
        assert_eq!(cited, ["b", "a"], "{others} other reports");
    }
}

/// Figures of 1.8e19 and more print as numbers, never as a saturated u64 (issue 19 #13).
#[test]
fn huge_values_print_without_u64_saturation() {
    assert_eq!(num(1.8e19), "18,000,000,000,000,000,000");
    assert_eq!(num(2e20), "200,000,000,000,000,000,000");
    assert_eq!(num(1e21), "1e21");
    assert_eq!(num(-9e307), "-9e307");
    assert_eq!(num(1.5e300), "1.5e300");
    assert_eq!(num(57_523.0), "57,523");
    assert_eq!(num(22.162), "22.16");
    let out = reconcile([
        killed("a", "2025-07-07", 0, 8e307, 0),
        killed("b", "2025-07-07", 0, 4e307, 0),
    ]);
    let text = serde_json::to_string(&out).unwrap();
    assert!(!text.contains("18,446,744,073,709,551,615"), "{text}");
    assert_eq!(out.findings[0].arithmetic, "8e307 and 4e307 do not overlap");
}

/// A bad line of claims.jsonl is an error naming the file and the line; the lines after it are
/// read (issue 19 #3: one `null` aborted the whole `reckon reconcile`).
#[test]
fn a_bad_claims_line_is_an_error_naming_file_and_line_and_reading_goes_on() {
    let good = serde_json::to_string(&killed("a", "2025-07-07", 0, 100.0, 0)).unwrap();
    let null_value = good.replacen("\"value\":100.0", "\"value\":null", 1);
    assert_ne!(null_value, good);
    let text = format!("{good}\n\n{null_value}\nnot json\n{good}\n");
    let items: Vec<Result<ClaimRecord, Error>> =
        read_claims(text.as_bytes(), "shard-1.jsonl").collect();
    assert_eq!(items.len(), 4);
    assert!(items[0].is_ok() && items[3].is_ok());
    let e2 = items[1].as_ref().unwrap_err().to_string();
    let e3 = items[2].as_ref().unwrap_err().to_string();
    assert!(e2.starts_with("shard-1.jsonl:3: "), "{e2}");
    assert!(e2.contains("null"), "{e2}");
    assert!(e3.starts_with("shard-1.jsonl:4: "), "{e3}");
}

/// Everything reconciliation writes is finite: bounds as written, intervals finite where the
/// figure has a bound (widening the largest figures saturates instead of overflowing), and the
/// documented unbounded ends read back (issue 19 #3).
#[test]
fn no_non_finite_number_in_series_or_findings() {
    let mut about = killed("a", "2025-07-07", 0, f64::MAX, 0);
    about.claim.quantity.value.as_mut().unwrap().approximate = true;
    let mut more = killed("b", "2025-07-07", 0, 10.0, 0);
    more.claim.quantity.value.as_mut().unwrap().high = None;
    let out = reconcile([about, more, killed("c", "2025-07-08", 0, 1e308, 0)]);
    for p in out.series.iter().flat_map(|s| &s.points) {
        assert!(p.interval.lo.is_finite(), "{p:?}");
        assert!(
            p.interval.hi.is_finite() || (p.value.high.is_none() && p.interval.hi == f64::INFINITY),
            "{p:?}"
        );
    }
    let json = serde_json::to_string(&out).unwrap();
    let back: reckon_reconcile::Reconciliation = serde_json::from_str(&json).unwrap();
    assert_eq!(back, out);
}

/// A claims line whose span has start > end, or lies outside its sentence, is a bad line with a
/// clear message, never a panic later (issue 19 #11).
#[test]
fn a_span_with_start_after_end_is_a_bad_line_not_a_panic() {
    let good = killed("a", "2025-07-07", 0, 100.0, 40);
    let bad = |f: &dyn Fn(&mut ClaimRecord)| {
        let mut r = good.clone();
        f(&mut r);
        let line = serde_json::to_string(&r).unwrap();
        let item = read_claims(line.as_bytes(), "claims.jsonl").next().unwrap();
        item.unwrap_err().to_string()
    };
    let e = bad(&|r| r.claim.quantity.span = Span { start: 45, end: 41 });
    assert!(
        e.starts_with("claims.jsonl:1: ") && e.contains("start 45 > end 41"),
        "{e}"
    );
    let e = bad(&|r| r.claim.sentence = Span { start: 90, end: 40 });
    assert!(e.contains("start 90 > end 40"), "{e}");
    let e = bad(&|r| r.claim.quantity.span = Span::new(10, 20));
    assert!(e.contains("outside its sentence"), "{e}");
    // The library never panics on such records either, when they are pushed directly.
    let mut r = good.clone();
    r.claim.quantity.span = Span { start: 45, end: 41 };
    let out = reconcile([r, killed("b", "2025-07-07", 0, 300.0, 0)]);
    assert!(out.series.iter().all(|s| s.points.len() == 1));
}

/// Seconds per record for `n` records built by `make`, reconciled once.
fn per_record(n: usize, make: impl Fn(usize) -> ClaimRecord) -> f64 {
    let records: Vec<ClaimRecord> = (0..n).map(make).collect();
    let start = Instant::now();
    let out = reconcile(records);
    assert!(!out.series.is_empty());
    start.elapsed().as_secs_f64() / n as f64
}

/// Reconciliation time grows linearly (within a factor) for one article with thousands of
/// figures of one measure, and for an archive where every article names the same city on the
/// same few dates.
#[test]
fn time_is_linear_for_a_dense_article_and_for_one_city_everywhere() {
    let dense = |i: usize| {
        killed(
            "one",
            "2025-07-07",
            i as u32,
            100.0 + (i % 400) as f64,
            40 * i,
        )
    };
    let city = |i: usize| {
        let day = 1 + i % 20;
        killed(
            &format!("d{i:06}"),
            &format!("2025-07-{day:02}"),
            0,
            1000.0 + (i % 7) as f64 * 300.0,
            0,
        )
    };
    for (name, make) in [
        ("dense article", &dense as &dyn Fn(usize) -> ClaimRecord),
        ("one city", &city),
    ] {
        // warm up, then the best of three at each size
        per_record(500, make);
        let best = |n: usize| {
            (0..3)
                .map(|_| per_record(n, make))
                .fold(f64::INFINITY, f64::min)
        };
        // a load spike can hit one measurement: an over-limit ratio is measured again, up to
        // three times; a real super-linear cost (8x per record here) fails every time
        let mut seen = Vec::new();
        let linear = (0..3).any(|_| {
            let (small, large) = (best(1_000), best(8_000));
            seen.push(format!("{:.2} / {:.2}", small * 1e6, large * 1e6));
            large < small * 4.0
        });
        assert!(
            linear,
            "{name}: µs per record at 1,000 / at 8,000, each attempt: {}",
            seen.join(", ")
        );
    }
}
