//! Stock rises: a figure that should fall or stay (people still held, in shelters) rising with
//! no cause stated in the article.

use jiff::civil::Date;

use super::compare::{Same, comparable, extremes, magnitude, same};
use super::found::{Out, finding, quote};
use super::group::{by_date, days_between};
use crate::config::Config;
use crate::cues::Cues;
use crate::finding::{FindingKind, Severity};
use crate::series::{Point, Series};

pub(super) fn stock_rises(config: &Config, s: &Series, out: &mut Out) {
    let cause = Cues::cause();
    let dates = by_date(s);
    let mut prev: Option<(Date, Vec<&Point>)> = None;
    for (date, points) in dates {
        if let Some((before_date, before)) = &prev
            && days_between(*before_date, date) <= config.window_days
        {
            let hull_before = before
                .iter()
                .skip(1)
                .fold(before[0].interval, |h, p| h.hull(&p.interval));
            let hull_now = points
                .iter()
                .skip(1)
                .fold(points[0].interval, |h, p| h.hull(&p.interval));
            let explained = points.iter().any(|p| cause.in_words(&p.evidence.sentence));
            let (_, low_before) = extremes(before);
            let (high_now, _) = extremes(&points);
            if hull_now.above(&hull_before)
                && !explained
                && comparable(config, &hull_now, &hull_before)
                && magnitude(&hull_now).is_some_and(|v| v >= config.min_value)
                && low_before.evidence.doc_id != high_now.evidence.doc_id
                && same(low_before, high_now, Same::Happening)
                && shared_description(
                    &low_before.evidence.sentence,
                    &high_now.evidence.sentence,
                    &s.measure_key,
                )
            {
                out.findings.push(finding(
                    FindingKind::StockRiseWithoutCause,
                    Severity::Low,
                    Some(&s.key),
                    Some(date),
                    format!(
                        "“{}” rises from {} to {} and the article gives no reason for the increase.",
                        s.label,
                        quote(low_before),
                        quote(high_now)
                    ),
                    format!("{} > {}", hull_now.describe(), hull_before.describe()),
                    vec![low_before.evidence.clone(), high_now.evidence.clone()],
                ));
            }
        }
        prev = Some((date, points));
    }
}

/// Words too common to tie two descriptions of a stock together (`data/common_words.txt`).
const COMMON: &str = include_str!("../../data/common_words.txt");

/// The content words of a sentence: five letters or more, lowercased, not common.
fn content_words(sentence: &str) -> std::collections::BTreeSet<String> {
    static COMMON_SET: std::sync::OnceLock<std::collections::BTreeSet<&'static str>> =
        std::sync::OnceLock::new();
    let common = COMMON_SET.get_or_init(|| {
        COMMON
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 5)
        .map(str::to_lowercase)
        .filter(|w| !common.contains(w.as_str()))
        .collect()
}

/// True when two sentences describe the stock in a shared word beyond what is counted (`living
/// in temporary shelters` twice; not `jobs` supported by a company against `jobs` linked to a
/// market).
fn shared_description(a: &str, b: &str, measure: &str) -> bool {
    let measure_words: Vec<&str> = measure.split(['+', '_', '@']).collect();
    let counted = |w: &str| {
        measure_words
            .iter()
            .any(|m| m.len() >= 3 && (w.starts_with(m) || m.starts_with(w.trim_end_matches('s'))))
    };
    let b = content_words(b);
    content_words(a)
        .iter()
        .any(|w| b.contains(w) && !counted(w))
}
