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
use crate::events::Linked;
use crate::finding::{Finding, Reconciliation};
use crate::record::ClaimRecord;
use crate::series::{self, Series};
use found::Out;

/// Runs every check over records sorted by `(doc_id, claim index)`.
pub(crate) fn run(config: &Config, records: &[ClaimRecord], linked: &Linked) -> Reconciliation {
    let (series, placed) = series::build(config, records, linked);
    let by_key: BTreeMap<&str, &Series> = series.iter().map(|s| (s.key.as_str(), s)).collect();
    let mut out = Out::default();
    for s in series
        .iter()
        .filter(|s| compare::checked_across_documents(config, s))
    {
        conflict::conflicts(config, s, &mut out);
        if s.cumulative {
            cumulative::decreases(config, s, &mut out);
        } else {
            stock::stock_rises(config, s, &mut out);
        }
    }
    let docs = group::doc_ranges(records);
    let pairs = parts::parts_in_articles(config, records, &docs, &placed, &mut out);
    parts::parts_across_articles(&pairs, &by_key, &placed, &mut out);
    for range in &docs {
        let doc = &records[range.clone()];
        duration::durations(config, doc, &mut out);
        clock::clocks(config, doc, &mut out);
        percent::percents(config, doc, &mut out);
    }
    let sort = |v: &mut Vec<Finding>| {
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
    };
    sort(&mut out.findings);
    sort(&mut out.passed);
    Reconciliation {
        series,
        findings: out.findings,
        passed: out.passed,
        ..Reconciliation::default()
    }
}
