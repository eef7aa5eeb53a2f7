//! What reconciliation concludes: findings (kind, severity, explanation, arithmetic and
//! evidence) and the [`Reconciliation`] that holds them with the series.

use serde::{Deserialize, Serialize};

use crate::record::Evidence;
use crate::series::Series;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingKind {
    /// The same quantity on the same date has values that cannot both be true.
    Conflict,
    /// A cumulative measure (a toll) is lower than an earlier figure.
    CumulativeDecrease,
    /// A stock measure (people still held, in shelters) rose with no cause stated.
    StockRiseWithoutCause,
    /// Inside one article, a part is larger than its whole.
    PartExceedsWhole,
    /// Across articles on the same date, a part is larger than the whole it belongs to.
    PartExceedsWholeAcrossArticles,
    /// A duration (`21-month-old`) does not match the dates it spans.
    DurationMismatch,
    /// A local time does not match the UTC/GMT time given with it for the place named.
    LocalTimeMismatch,
    /// A percentage does not match the counts it is computed from.
    PercentMismatch,
}

impl FindingKind {
    /// The snake_case name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Conflict => "conflict",
            FindingKind::CumulativeDecrease => "cumulative_decrease",
            FindingKind::StockRiseWithoutCause => "stock_rise_without_cause",
            FindingKind::PartExceedsWhole => "part_exceeds_whole",
            FindingKind::PartExceedsWholeAcrossArticles => "part_exceeds_whole_across_articles",
            FindingKind::DurationMismatch => "duration_mismatch",
            FindingKind::LocalTimeMismatch => "local_time_mismatch",
            FindingKind::PercentMismatch => "percent_mismatch",
        }
    }
}

/// How much a finding matters to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A check that passed (only in [`Reconciliation::passed`]).
    Info,
    /// Worth a look (a stock rising without a stated cause).
    Low,
    /// Probably an error in one of the texts.
    Medium,
    /// The figures cannot all be true.
    High,
}

/// One result of a check: a problem (in `findings`) or a check that passed (in `passed`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What kind of check.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// The series it concerns, when it concerns one (or two: `part_key -> whole_key`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// The date it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<jiff::civil::Date>,
    /// One sentence a journalist understands.
    pub explanation: String,
    /// The arithmetic, spelled out (`410 / 1,850 = 22.2%, stated 35%`).
    pub arithmetic: String,
    /// The claims that show it, in a stable order.
    pub evidence: Vec<Evidence>,
}

/// The result: series and findings, both in a stable order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Reconciliation {
    /// One series per measure (sorted by key).
    pub series: Vec<Series>,
    /// Problems found, sorted by date, kind, series and evidence.
    pub findings: Vec<Finding>,
    /// Arithmetic checks that were made and passed (severity `info`), same order.
    #[serde(default)]
    pub passed: Vec<Finding>,
    /// The archive-wide events the claims are figures of (sorted by id); empty when no
    /// article events were given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<reckon_events::Event>,
    /// The copies of the archive (documents whose text repeats an earlier one's, counted
    /// once): first document id -> its copies, sorted by id; empty when there are none.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub duplicates: std::collections::BTreeMap<String, Vec<crate::duplicates::DuplicateRecord>>,
}
