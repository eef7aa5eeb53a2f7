//! Percentages against the counts they are computed from (`410 of 1,850, or 35%`).

use reckon_claims::{QuantityKind, Value};

use super::compare::{comparable, magnitude};
use super::found::{Out, finding};
use super::group::sentences;
use crate::config::Config;
use crate::finding::{Finding, FindingKind, Severity};
use crate::interval::{Interval, num};
use crate::record::{ClaimRecord, Evidence};
use crate::series;

pub(super) fn percents(config: &Config, doc: &[ClaimRecord], out: &mut Out) {
    for members in sentences(doc).values() {
        let counts: Vec<&ClaimRecord> = members
            .iter()
            .copied()
            .filter(|r| {
                r.claim.quantity.kind == QuantityKind::Count
                    && r.claim.quantity.value.is_some()
                    && a_plain_count(r)
            })
            .collect();
        for pct in members
            .iter()
            .filter(|r| r.claim.quantity.kind == QuantityKind::Percent)
        {
            let Some(pv) = pct.claim.quantity.value else {
                continue;
            };
            let base = stated_base(pct);
            // Pairs the text relates (part_of), else two counts right next to the percentage.
            let mut pairs: Vec<(&ClaimRecord, &ClaimRecord)> = Vec::new();
            for p in &counts {
                for w in &counts {
                    if p.part_of.contains(&w.claim.index) {
                        pairs.push((p, w));
                    }
                }
            }
            if pairs.is_empty() && counts.len() == 2 && adjacent(pct, &counts) {
                let (a, b) = (counts[0], counts[1]);
                let mid = |r: &ClaimRecord| {
                    let i = Interval::of(&r.claim.quantity.value.expect("filtered"));
                    if i.lo.is_finite() { i.lo } else { i.hi }
                };
                pairs.push(if mid(a) <= mid(b) { (a, b) } else { (b, a) });
            }
            let tol = |r: &ClaimRecord| {
                Interval::tolerant(
                    &r.claim.quantity.value.expect("filtered"),
                    config.approx_tolerance,
                    config.rounding_tolerance,
                )
            };
            let mut stated = Interval::tolerant(&pv, config.approx_tolerance, false);
            stated.lo -= config.percent_tolerance;
            stated.hi += config.percent_tolerance;
            stated.lo_inclusive = true;
            stated.hi_inclusive = true;
            let date = series::claim_date(pct);
            let mut first: Option<Finding> = None;
            let mut ok = false;
            for (p, w) in pairs {
                if !fits_base(p, w, base.as_deref()) {
                    continue;
                }
                let (pi, wi) = (tol(p), tol(w));
                if !(pi.lo.is_finite()
                    && pi.hi.is_finite()
                    && wi.lo.is_finite()
                    && wi.hi.is_finite())
                    || wi.lo <= 0.0
                {
                    continue;
                }
                let computed = Interval {
                    lo: pi.lo / wi.hi * 100.0,
                    lo_inclusive: true,
                    hi: pi.hi / wi.lo * 100.0,
                    hi_inclusive: true,
                };
                let point = Interval::of(&p.claim.quantity.value.expect("filtered")).lo
                    / Interval::of(&w.claim.quantity.value.expect("filtered")).hi
                    * 100.0;
                let arithmetic = format!(
                    "{} / {} = {}%, stated {}",
                    p.claim.quantity.text,
                    w.claim.quantity.text,
                    num((point * 10.0).round() / 10.0),
                    pct.claim.quantity.text
                );
                let evidence = vec![
                    Evidence::of(pct, date),
                    Evidence::of(p, date),
                    Evidence::of(w, date),
                ];
                let stated_value = magnitude(&Interval::of(&pv)).unwrap_or(0.0);
                if point <= 0.0
                    || point > 100.0
                    || !comparable(
                        config,
                        &Interval::of(&Value::exact(point)),
                        &Interval::of(&Value::exact(stated_value)),
                    )
                {
                    // A part larger than its whole, or a ratio far from the stated one: these
                    // counts are not what the percentage was computed from.
                    continue;
                }
                if !computed.disjoint(&stated) {
                    ok = true;
                    out.passed.push(finding(
                        FindingKind::PercentMismatch,
                        Severity::Info,
                        None,
                        date,
                        format!(
                            "“{}” matches its counts: {arithmetic}.",
                            pct.claim.quantity.text
                        ),
                        arithmetic,
                        evidence,
                    ));
                    break;
                }
                if first.is_none() {
                    first = Some(finding(
                        FindingKind::PercentMismatch,
                        Severity::Medium,
                        None,
                        date,
                        format!(
                            "“{}” does not match the counts it is computed from: {} of {} is {}%.",
                            pct.claim.quantity.text,
                            p.claim.quantity.text,
                            w.claim.quantity.text,
                            num((point * 10.0).round() / 10.0)
                        ),
                        arithmetic,
                        evidence,
                    ));
                }
            }
            if let (false, Some(f)) = (ok, first) {
                out.findings.push(f);
            }
        }
    }
}

/// True when the percentage sits right after one of the counts (`410, or 35 percent`,
/// `60 (25%)`) or right before `of` + the other (`35% of the 1,850`).
fn adjacent(pct: &ClaimRecord, counts: &[&ClaimRecord]) -> bool {
    let s = pct.claim.sentence.start as usize;
    let text = &pct.sentence_text;
    let (ps, pe) = (
        pct.claim.quantity.span.start as usize,
        pct.claim.quantity.span.end as usize,
    );
    counts.iter().any(|c| {
        let (cs, ce) = (
            c.claim.quantity.span.start as usize,
            c.claim.quantity.span.end as usize,
        );
        let gap = |a: usize, b: usize| {
            text.get(a.saturating_sub(s)..b.saturating_sub(s))
                .map(str::to_lowercase)
        };
        let after_count = ce <= ps
            && gap(ce, ps).is_some_and(|g| g.len() <= 8 && !g.chars().any(|c| c.is_ascii_digit()));
        let before_whole = pe <= cs
            && gap(pe, cs).is_some_and(|g| {
                let g = g.trim();
                g == "of" || g == "of the" || g.starts_with("of the ") && g.len() <= 16
            });
        after_count || before_whole
    })
}

/// True when a count is a plain count of something: not a year (`2015`), not a range (`18 to
/// 49`, `2004-05`) and not part of a compound (`two-room`, `five-part`).
fn a_plain_count(r: &ClaimRecord) -> bool {
    let q = &r.claim.quantity;
    let t = q.text.trim();
    let ranged = q
        .value
        .is_some_and(|v| v.as_exact().is_none() && v.low.is_some() && v.high.is_some())
        || t.contains(" to ")
        || t.contains('-');
    let joined = r.span_in_sentence().is_some_and(|(s, e)| {
        let text = &r.sentence_text;
        text.get(e..).is_some_and(|a| a.starts_with('-'))
            || text.get(..s).is_some_and(|b| b.ends_with('-'))
    });
    !super::parts::is_year(r) && !ranged && !joined
}

/// The noun a percentage says it is a share of (`35 percent of the schools` gives `school`),
/// when the words right after it say so.
fn stated_base(pct: &ClaimRecord) -> Option<String> {
    let (_, e) = pct.span_in_sentence()?;
    let after = pct.sentence_text.get(e..)?.to_lowercase();
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if words.next()? != "of" {
        return None;
    }
    let word =
        words.find(|w| !matches!(*w, "the" | "a" | "an" | "all" | "its" | "their" | "total"))?;
    Some(singular(word))
}

/// A crude singular for comparing nouns (`schools` and `school` meet).
fn singular(w: &str) -> String {
    w.trim().to_lowercase().trim_end_matches('s').to_owned()
}

/// True when a part and whole may be what a percentage was computed from: they do not name
/// different counted things, and the whole is the percentage's stated base when it has one.
fn fits_base(p: &ClaimRecord, w: &ClaimRecord, base: Option<&str>) -> bool {
    let counted = |r: &ClaimRecord| r.claim.frame.counted.as_deref().map(singular);
    if let (Some(a), Some(b)) = (counted(p), counted(w))
        && a != b
    {
        return false;
    }
    match base {
        None => true,
        Some(b) => counted(w).is_some_and(|c| c == b),
    }
}
