//! Parts larger than wholes: inside one article (`part_of` relations), and across articles on
//! the same date for the series pairs an article relates.

use std::collections::BTreeMap;

use super::found::{Out, finding, quote};
use crate::config::Config;
use crate::finding::{FindingKind, Severity};
use crate::interval::Interval;
use crate::record::{ClaimRecord, Evidence, fmt_date};
use crate::series::{self, Point};

/// A part-whole pair of series keys with the claims that established it.
pub(crate) type Pairs = BTreeMap<(String, String), (Evidence, Evidence)>;

/// Parts larger than wholes inside one article (records of one document, `legacy` their
/// `measure@place` keys), and the pairs of keys its part-of relations relate (the first pair's
/// evidence wins, articles in document order).
pub(super) fn parts_in_article(
    config: &Config,
    records: &[ClaimRecord],
    legacy: &[Option<String>],
    pairs: &mut Pairs,
    out: &mut Out,
) {
    {
        let index: BTreeMap<u32, usize> = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.claim.index, i))
            .collect();
        for pi in 0..records.len() {
            let part = &records[pi];
            for w in &part.part_of {
                let Some(&wi) = index.get(w) else { continue };
                let whole = &records[wi];
                let (Some(pv), Some(wv)) = (part.claim.quantity.value, whole.claim.quantity.value)
                else {
                    continue;
                };
                let pint =
                    Interval::tolerant(&pv, config.approx_tolerance, config.rounding_tolerance);
                let wint =
                    Interval::tolerant(&wv, config.approx_tolerance, config.rounding_tolerance);
                let date = series::claim_date(part);
                if pint.above(&wint) && same_unit(part, whole) {
                    out.findings.push(finding(
                        FindingKind::PartExceedsWhole,
                        Severity::High,
                        None,
                        date,
                        format!(
                            "In {}, “{}” is given as part of “{}” but is larger than it.",
                            part.doc_id, part.claim.quantity.text, whole.claim.quantity.text
                        ),
                        format!("{} > {}", pint.describe(), wint.describe()),
                        vec![
                            Evidence::of(part, date),
                            Evidence::of(whole, series::claim_date(whole)),
                        ],
                    ));
                }
                // pairs of measure@place keys: what the article relates, whatever events say
                if let (Some(pk), Some(wk)) = (&legacy[pi], &legacy[wi])
                    && pk != wk
                    && !is_year(part)
                    && !is_year(whole)
                {
                    pairs.entry((pk.clone(), wk.clone())).or_insert_with(|| {
                        (
                            Evidence::of(part, date),
                            Evidence::of(whole, series::claim_date(whole)),
                        )
                    });
                }
            }
        }
    }
}

/// The dated points (restated earlier values aside) of the `measure@place` keys that part-of
/// pairs name, by key and date, each date's points in record order (document, claim index).
pub(crate) type Legacy = BTreeMap<String, BTreeMap<jiff::civil::Date, Vec<Point>>>;

/// Parts larger than wholes across articles on one date, for the pairs of keys articles
/// relate; `labels` are the labels of the series whose keys the pairs name.
pub(super) fn parts_across_articles(
    pairs: &Pairs,
    labels: &BTreeMap<String, String>,
    legacy: &Legacy,
    out: &mut Out,
) {
    if pairs.is_empty() {
        return;
    }
    let label = |k: &str| {
        labels.get(k).map_or_else(
            || k.replace(['+', '_'], " ").replace('@', " · "),
            Clone::clone,
        )
    };
    for ((pk, wk), (ep, ew)) in pairs {
        let (Some(ps), Some(wholes)) = (legacy.get(pk.as_str()), legacy.get(wk.as_str())) else {
            continue;
        };
        for (&date, parts) in ps {
            let Some(ws_on_date) = wholes.get(&date) else {
                continue;
            };
            let mut worst: Option<(f64, &Point, &Point)> = None;
            for p in parts {
                for w in ws_on_date {
                    if p.evidence.doc_id == w.evidence.doc_id
                        || !p.interval.above(&w.interval)
                        // a district's and a province's tolls are different events'
                        // figures: what they share is the happening their sentences name
                        || !p.context.compatible(&w.context)
                    {
                        continue;
                    }
                    let gap = p.interval.lo - w.interval.hi;
                    if worst.is_none_or(|(g, _, _)| gap > g) {
                        worst = Some((gap, p, w));
                    }
                }
            }
            if let Some((_, p, w)) = worst {
                out.findings.push(finding(
                    FindingKind::PartExceedsWholeAcrossArticles,
                    Severity::High,
                    Some(&format!("{pk} -> {wk}")),
                    Some(date),
                    format!(
                        "On {}, “{}” {} is larger than “{}” {}, although {} counts the first as part of the second.",
                        fmt_date(date),
                        label(pk),
                        quote(p),
                        label(wk),
                        quote(w),
                        ep.doc_id
                    ),
                    format!("{} > {}", p.interval.describe(), w.interval.describe()),
                    vec![p.evidence.clone(), w.evidence.clone(), ep.clone(), ew.clone()],
                ));
            }
        }
    }
}

/// True when a part and its whole inside one article count the same thing in the same
/// sentence: both name what they count and it is the same (`24 attacks` and `32 people`,
/// `4.3 million copies` of `3,400 titles`, `seven members` of `one family` are not), and
/// neither is a year.
pub(super) fn same_unit(part: &ClaimRecord, whole: &ClaimRecord) -> bool {
    let counted = |r: &ClaimRecord| {
        r.claim
            .frame
            .counted
            .as_deref()
            .map(|c| c.trim().to_lowercase())
            .filter(|c| !c.is_empty())
    };
    part.claim.sentence == whole.claim.sentence
        && !is_year(part)
        && !is_year(whole)
        && counted(part).is_some()
        && counted(part) == counted(whole)
}

/// True when a count is written as a year (`2015`): four digits from 1900 to 2099.
pub(super) fn is_year(r: &ClaimRecord) -> bool {
    let t = r.claim.quantity.text.trim();
    t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && matches!(t.get(..2), Some("19" | "20"))
}
