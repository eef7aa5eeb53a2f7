//! The reduce in phases (`reckon_reconcile::{Articles, Aggregate, check, finalize}`), as a
//! distributed runner uses it: articles split into arbitrary groups, every piece sent between
//! phases through JSON, keyed records split into arbitrary groups of series keys. The result
//! must equal `Reconciler::finish`, byte for byte, on the sample archive and on real articles.

use reckon_archive::{Archive, Input, Options};
use reckon_reconcile::{
    Aggregate, Articles, Config, DuplicateRecord, Keyed, Line, Partial, Piece, Reconciler,
    Reconciliation, Series, Summary, Wanted, check, finalize,
};

mod common;

/// A group number for a string, the same every run, unrelated to its order.
fn group(s: &str, n: usize) -> usize {
    let h = s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    (h % n as u64) as usize
}

/// A piece through JSON, as a stage writes and the next reads it.
fn through_json(p: Piece) -> Piece {
    serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap()
}

/// The document a line belongs to (none for a duplicate line, which goes to the aggregate).
fn doc_of(l: &Line) -> Option<&str> {
    match l {
        Line::Claim(c) => Some(&c.doc_id),
        Line::Event(e) => Some(&e.doc_id),
        Line::Duplicate(_) => None,
    }
}

/// The articles of each of `n` groups.
fn article_groups(lines: &[Line], n: usize) -> Vec<Articles> {
    let mut groups: Vec<Articles> = (0..n).map(|_| Articles::new()).collect();
    for l in lines {
        if let Some(d) = doc_of(l) {
            groups[group(d, n)].push_line(l.clone());
        }
    }
    groups
}

/// The staged reduce with the articles split into `articles` groups and the series keys into
/// `keys` groups; series sorted by key, as one machine hands them out.
fn staged(lines: &[Line], config: &Config, articles: usize, keys: usize) -> Reconciliation {
    // 1. summarize, per group of articles
    let mut summaries: Vec<Summary> = Vec::new();
    for g in article_groups(lines, articles) {
        for s in g.summarize() {
            match through_json(Piece::Summary(s)) {
                Piece::Summary(s) => summaries.push(s),
                _ => unreachable!(),
            }
        }
    }
    // 2. the aggregate, in one place, shipped as JSON
    let events = lines
        .iter()
        .filter_map(|l| match l {
            Line::Event(e) => Some(e.clone()),
            _ => None,
        })
        .collect();
    let duplicates: Vec<DuplicateRecord> = lines
        .iter()
        .filter_map(|l| match l {
            Line::Duplicate(d) => Some(d.clone()),
            _ => None,
        })
        .collect();
    summaries.reverse();
    let aggregate = Aggregate::build(config, summaries, events, duplicates);
    let shipped = serde_json::to_string(&aggregate).unwrap();
    let aggregate: Aggregate = serde_json::from_str(&shipped).unwrap();
    // 3. resolve, per group of articles
    let mut by_key: Vec<Vec<Keyed>> = (0..keys).map(|_| Vec::new()).collect();
    let mut resolved: Vec<Partial> = Vec::new();
    for g in article_groups(lines, articles) {
        let (keyed, partial) = g.resolve(config, &aggregate);
        for k in keyed {
            let Piece::Keyed(k) = through_json(Piece::Keyed(Box::new(k))) else {
                unreachable!()
            };
            by_key[group(k.key(), keys)].push(*k);
        }
        let Piece::Partial(p) = through_json(Piece::Partial(Box::new(partial))) else {
            unreachable!()
        };
        resolved.push(*p);
    }
    // 4. check, per group of keys (each in reverse order: order must not matter)
    let wanted = Wanted::of(&resolved);
    let mut series: Vec<Series> = Vec::new();
    let mut partials = resolved;
    for mut g in by_key {
        g.reverse();
        let p = check(config, &aggregate, wanted.clone(), g, |s| {
            series.push(s);
            Ok::<(), ()>(())
        })
        .unwrap();
        let Piece::Partial(p) = through_json(Piece::Partial(Box::new(p))) else {
            unreachable!()
        };
        partials.push(*p);
    }
    // 5. finalize, in one place
    partials.reverse();
    let mut out = finalize(aggregate, partials);
    series.sort_by(|a, b| a.key.cmp(&b.key));
    out.series = series;
    out
}

/// One machine's result.
fn single(lines: &[Line], config: &Config) -> Reconciliation {
    let mut r = Reconciler::new(config.clone());
    for l in lines {
        r.push_line(l.clone());
    }
    r.finish()
}

/// Every split of `lines` gives one machine's result, byte for byte, with series per measure
/// and place (the default) and per event (`Config::event_series`).
fn assert_staged_equals_single(lines: &[Line]) {
    for event_series in [false, true] {
        let config = Config {
            event_series,
            ..Config::default()
        };
        assert_splits_agree(lines, &config);
    }
}

fn assert_splits_agree(lines: &[Line], config: &Config) {
    let one = serde_json::to_string(&single(lines, config)).unwrap();
    for (articles, keys) in [(1, 1), (3, 4), (7, 2), (16, 9)] {
        let many = serde_json::to_string(&staged(lines, config, articles, keys)).unwrap();
        assert!(
            many == one,
            "{articles} article groups, {keys} key groups, event series {}: the staged \
             result differs ({} vs {} bytes)",
            config.event_series,
            many.len(),
            one.len()
        );
    }
}

/// The sample archive, with one article marked as a copy of another (its claims are left out,
/// the first lists it) and with its events.
#[test]
fn staged_reduce_equals_one_machine_on_the_sample_archive() {
    let docs = common::sample_docs();
    let mut lines = common::claims_lines(docs.iter().cloned());
    assert!(lines.iter().any(|l| matches!(l, Line::Event(_))));
    lines.push(Line::Duplicate(DuplicateRecord {
        duplicate: docs[2].meta.id.clone(),
        of: docs[0].meta.id.clone(),
        exact: false,
        overlap: 0.93,
        doc_date: docs[2].meta.date,
        source: docs[2].meta.source.clone(),
    }));
    let r = single(&lines, &Config::default());
    assert!(!r.series.is_empty() && !r.findings.is_empty());
    assert!(!r.duplicates.is_empty());
    assert_staged_equals_single(&lines);
}

/// The first 300 articles of the real corpus.
#[test]
fn staged_reduce_equals_one_machine_on_real_articles() {
    let Some(path) = common::real_corpus() else {
        return;
    };
    let docs = Archive::new(vec![Input::Path(path)], Options::default())
        .take(300)
        .filter_map(Result::ok);
    let lines = common::claims_lines(docs);
    let r = single(&lines, &Config::default());
    assert!(r.series.len() > 100, "{} series", r.series.len());
    assert_staged_equals_single(&lines);
}
