//! The checks, one file per kind: conflicting figures ([`conflict`]), falling cumulative tolls
//! ([`cumulative`]), stocks rising without a cause ([`stock`]), parts larger than wholes
//! ([`parts`]), durations against dates ([`duration`]), local against UTC times ([`clock`]) and
//! percentages against counts ([`percent`]). Each writes its findings' explanation and arithmetic
//! where it finds them ([`found`] has the wording they share); [`compare`] decides which figures
//! may be compared at all, [`group`] how records are grouped.

mod clock;
mod compare;
mod conflict;
mod cumulative;
mod duration;
mod found;
mod group;
mod parts;
mod percent;
mod stock;

use std::collections::BTreeMap;

use crate::config::Config;
use crate::finding::Finding;
use crate::record::ClaimRecord;
use crate::series::Series;
pub(crate) use found::Out;
pub(crate) use parts::{Legacy, Pairs};

/// The checks inside one article (records of one document sorted by claim index, `legacy`
/// their `measure@place` keys): parts larger than wholes (and the pairs of keys it relates,
/// into `pairs`), durations, local times and percentages.
pub(crate) fn in_article(
    config: &Config,
    doc: &[ClaimRecord],
    legacy: &[Option<String>],
    pairs: &mut Pairs,
    out: &mut Out,
) {
    parts::parts_in_article(config, doc, legacy, pairs, out);
    duration::durations(config, doc, out);
    clock::clocks(config, doc, out);
    percent::percents(config, doc, out);
}

/// The checks across the documents of one series: conflicts, then decreases of a cumulative
/// measure or rises of a stock.
pub(crate) fn in_series(config: &Config, s: &Series, out: &mut Out) {
    if !compare::checked_across_documents(config, s) {
        return;
    }
    conflict::conflicts(config, s, out);
    if s.cumulative {
        cumulative::decreases(config, s, out);
    } else {
        stock::stock_rises(config, s, out);
    }
}

/// Parts larger than wholes across articles (see [`parts::parts_across_articles`]).
pub(crate) fn across_articles(
    pairs: &Pairs,
    labels: &BTreeMap<String, String>,
    legacy: &Legacy,
    out: &mut Out,
) {
    parts::parts_across_articles(pairs, labels, legacy, out);
}

/// The findings and passed checks, each sorted by date, kind, series, evidence and
/// explanation, without repeats.
pub(crate) fn sorted(out: Out) -> (Vec<Finding>, Vec<Finding>) {
    let sort = |mut v: Vec<Finding>| {
        v.sort_by(|a, b| {
            (
                a.date.is_none(),
                a.date,
                a.kind,
                &a.series,
                &a.evidence,
                &a.explanation,
            )
                .cmp(&(
                    b.date.is_none(),
                    b.date,
                    b.kind,
                    &b.series,
                    &b.evidence,
                    &b.explanation,
                ))
        });
        v.dedup();
        v
    };
    (sort(out.findings), sort(out.passed))
}
