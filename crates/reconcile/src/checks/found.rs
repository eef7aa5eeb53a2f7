//! What a check produces: the [`Out`] lists of findings and passed checks, the [`finding`]
//! builder, and the wording the checks share ([`quote`]).

use jiff::civil::Date;

use crate::finding::{Finding, FindingKind, Severity};
use crate::record::Evidence;
use crate::series::Point;

/// The findings and passed checks of a run, before sorting.
#[derive(Debug, Default)]
pub(crate) struct Out {
    /// Problems found.
    pub(crate) findings: Vec<Finding>,
    /// Checks made that passed.
    pub(crate) passed: Vec<Finding>,
}

/// A finding with its fields in the order a check knows them.
#[allow(clippy::too_many_arguments)] // one call site per check; a struct would only rename them
pub(super) fn finding(
    kind: FindingKind,
    severity: Severity,
    series: Option<&str>,
    date: Option<Date>,
    explanation: String,
    arithmetic: String,
    evidence: Vec<Evidence>,
) -> Finding {
    Finding {
        kind,
        severity,
        series: series.map(str::to_string),
        date,
        explanation,
        arithmetic,
        evidence,
    }
}

/// A figure as quoted in an explanation: `“more than 60” (Coastal Herald, 14 Feb 2026)`.
pub(super) fn quote(p: &Point) -> String {
    format!("“{}” ({})", p.evidence.text, p.evidence.cite())
}
