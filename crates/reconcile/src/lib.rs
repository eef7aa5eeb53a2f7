//! `reckon-reconcile`: claims from many articles grouped into series, with findings.
//!
//! Feed it [`ClaimRecord`]s (one numeric claim with its document context, the lines of
//! `claims.jsonl`) in any order, from one stream or many shards; it returns the [`Series`] (one
//! per measure, ordered by the date the claim applies to) and the [`Finding`]s: figures that
//! cannot all be true, with the claims, documents, spans and arithmetic that show it.
//!
//! ```
//! use reckon_claims::{Claim, Frame, Quantity, QuantityKind, Value};
//! use reckon_reconcile::{ClaimRecord, FindingKind, reconcile};
//! use reckon_text::Span;
//!
//! let record = |doc: &str, date: &str, v: f64| ClaimRecord {
//!     doc_id: doc.into(),
//!     doc_date: Some(date.parse().unwrap()),
//!     source: None,
//!     sentence_text: format!("{v} people have been killed."),
//!     title: None,
//!     part_of: vec![],
//!     claim: Claim {
//!         index: 0,
//!         quantity: Quantity {
//!             span: Span::new(0, 3),
//!             text: v.to_string(),
//!             kind: QuantityKind::Count,
//!             value: Some(Value::exact(v)),
//!             unit: None,
//!             time: None,
//!         },
//!         frame: Frame {
//!             measure_key: Some("killed+person".into()),
//!             place: Some("Cassuaro".into()),
//!             cumulative: true,
//!             ..Frame::default()
//!         },
//!         sentence: Span::new(0, 30),
//!     },
//! };
//! let out = reconcile([record("a", "2026-02-26", 131.0), record("b", "2026-03-02", 124.0)]);
//! assert_eq!(out.series.len(), 1);
//! assert_eq!(out.findings[0].kind, FindingKind::CumulativeDecrease);
//! ```
//!
//! Design decisions:
//! - **Order-free.** `finish` sorts the records by `(doc_id, claim index)` and drops exact
//!   duplicates before doing anything, and every map is a `BTreeMap`: the same claims give
//!   byte-identical output however they were pushed or sharded.
//! - **Memory** is the records themselves (claims plus one sentence each), never article text.
//! - **Tolerance.** A written figure stands for an interval: bounds as written (`more than 60` is
//!   `(60, inf)`), approximate figures widened by [`Config::approx_tolerance`], round exact figures
//!   (`57,000`) by half their last significant digit. Two figures conflict only when their
//!   intervals do not meet.
//! - **Conservative arithmetic checks.** A duration, local time or percentage is flagged only when
//!   the figures it depends on are in the same sentence; a check resolved from elsewhere in the
//!   article can pass (and is listed in [`Reconciliation::passed`]) but never flags.
//! - **Places to time zones** come from a gazetteer (`data/zones.tsv`, extendable with
//!   [`Zones::from_tsv`]) and jiff's bundled tz database, so results do not depend on the machine.

#![deny(missing_docs)]

mod checks;
mod interval;
mod series;
mod zones;

pub use interval::{Interval, num};
pub use series::{Point, Series};
pub use zones::Zones;

use reckon_claims::{Claim, Extraction, RelationKind};
use reckon_text::{Document, Span};
use serde::{Deserialize, Serialize};

/// One claim with the document context reconciliation needs: a line of `claims.jsonl`.
///
/// The document fields are a subset of [`reckon_text::DocMeta`] under their own wire names
/// (`doc_id`, `doc_date`, with the sentence between `source` and `title`), which `claims.jsonl`
/// has always used, so the record does not embed `DocMeta`: [`ClaimRecord::from_extraction`] is
/// the one place that copies them from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// The document's id.
    pub doc_id: String,
    /// The document's publication date (ISO), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_date: Option<jiff::civil::Date>,
    /// The document's source (outlet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence text, for evidence.
    pub sentence_text: String,
    /// The document's title, when known (for reports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Indices of claims of the same document that this claim is a part of (from the
    /// extractor's `part_of` relations: `27` is part of `49` in "49 held, including 27 dead").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub part_of: Vec<u32>,
    /// The claim.
    pub claim: Claim,
}

impl ClaimRecord {
    /// The records of one document: one per claim, with the sentence text and `part_of`
    /// relations filled in. This is what `reckon run` writes to `claims.jsonl`.
    pub fn from_extraction(doc: &Document, extraction: &Extraction) -> Vec<ClaimRecord> {
        extraction
            .claims
            .iter()
            .map(|claim| {
                let meta = &doc.meta;
                let mut part_of: Vec<u32> = extraction
                    .relations
                    .iter()
                    .filter(|r| r.kind == RelationKind::PartOf && r.a == claim.index)
                    .map(|r| r.b)
                    .collect();
                part_of.sort_unstable();
                part_of.dedup();
                ClaimRecord {
                    doc_id: meta.id.clone(),
                    doc_date: meta.date,
                    source: meta.source.clone(),
                    sentence_text: excerpt(&doc.text, claim.sentence, claim.quantity.span),
                    title: meta.title.clone(),
                    part_of,
                    claim: claim.clone(),
                }
            })
            .collect()
    }

    /// The text of the claim's quantity, cut from the sentence text (falls back to the stored
    /// surface form).
    pub fn quantity_text(&self) -> &str {
        &self.claim.quantity.text
    }

    /// The quantity's span relative to the start of its sentence, when it lies inside it.
    pub(crate) fn span_in_sentence(&self) -> Option<(usize, usize)> {
        let s = self.claim.sentence;
        let q = self.claim.quantity.span;
        if q.start >= s.start
            && q.end <= s.end
            && (q.end - s.start) as usize <= self.sentence_text.len()
        {
            Some(((q.start - s.start) as usize, (q.end - s.start) as usize))
        } else {
            None
        }
    }
}

/// The longest sentence text copied into a record; longer sentences (a run-on paragraph, a
/// table flattened into one line, hostile input) are cut to a window around the quantity, so
/// that memory stays proportional to the number of claims.
pub const MAX_SENTENCE_BYTES: usize = 600;

/// The sentence of a claim, or a window of it around the quantity marked with `…`.
fn excerpt(text: &str, sentence: Span, quantity: Span) -> String {
    let s = slice(text, sentence);
    if s.len() <= MAX_SENTENCE_BYTES {
        return s.to_owned();
    }
    let half = MAX_SENTENCE_BYTES / 2;
    let mid = ((quantity.start + quantity.end) / 2) as usize;
    let mut start = mid.saturating_sub(half).max(sentence.start as usize);
    let mut end = (start + MAX_SENTENCE_BYTES).min(sentence.end as usize);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    let mut out = String::with_capacity(end - start + 8);
    if start > sentence.start as usize {
        out.push('…');
    }
    out.push_str(&text[start..end]);
    if end < sentence.end as usize {
        out.push('…');
    }
    out
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.start as usize..span.end as usize)
        .unwrap_or("")
}

/// A pointer to a claim in a document: what every finding cites.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The document id.
    pub doc_id: String,
    /// The claim index within the document.
    pub claim: u32,
    /// The span of the quantity in the document.
    pub span: Span,
    /// The quantity as written (`more than 60`).
    #[serde(default)]
    pub text: String,
    /// The date the claim applies to (or the article's date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<jiff::civil::Date>,
    /// The document's source (outlet), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The span of the sentence in the document.
    #[serde(default)]
    pub sentence_span: Span,
    /// The sentence, for a reader.
    #[serde(default)]
    pub sentence: String,
}

impl Evidence {
    /// The evidence for one record.
    pub fn of(record: &ClaimRecord, date: Option<jiff::civil::Date>) -> Evidence {
        Evidence {
            doc_id: record.doc_id.clone(),
            claim: record.claim.index,
            span: record.claim.quantity.span,
            text: record.claim.quantity.text.clone(),
            date,
            source: record.source.clone(),
            sentence_span: record.claim.sentence,
            sentence: record.sentence_text.clone(),
        }
    }

    /// How a journalist names this evidence: the outlet (or document id) and the date.
    pub fn cite(&self) -> String {
        let who = self.source.as_deref().unwrap_or(&self.doc_id);
        match self.date {
            Some(d) => format!("{who}, {}", checks::fmt_date(d)),
            None => who.to_string(),
        }
    }
}

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

/// Knobs of reconciliation.
#[derive(Debug, Clone)]
pub struct Config {
    /// Relative widening of approximate figures (`about 150` with 0.1 is 135..165).
    pub approx_tolerance: f64,
    /// Widen round exact figures (`57,000`) by half their last significant digit.
    pub rounding_tolerance: bool,
    /// Percentage points allowed between a stated percentage and the one computed from counts,
    /// on top of rounding the stated value (approximate percentages get `approx_tolerance` too).
    pub percent_tolerance: f64,
    /// Days allowed between a duration and the dates it spans (inclusive vs exclusive counting).
    pub day_tolerance: i64,
    /// Compare figures across documents only in series that name a place: without one, a
    /// measure such as `killed+person` mixes unrelated events.
    pub require_place: bool,
    /// Monotonicity checks compare a figure only with figures at most this many days older.
    pub window_days: i64,
    /// Figures more than this many times apart are taken to be about different things, not to
    /// contradict each other (conflicts, decreases, rises).
    pub max_ratio: f64,
    /// Figures below this (`two wounded`) are not compared across documents: small counts are
    /// usually separate incidents.
    pub min_value: f64,
    /// Place names to time zones.
    pub zones: Zones,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            approx_tolerance: 0.1,
            rounding_tolerance: true,
            percent_tolerance: 1.0,
            day_tolerance: 1,
            require_place: true,
            window_days: 45,
            max_ratio: 3.0,
            min_value: 10.0,
            zones: Zones::builtin(),
        }
    }
}

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer line could not be read.
    #[error("gazetteer line {line}: {reason}")]
    Gazetteer {
        /// 1-based line number (0 when the whole table is at fault).
        line: usize,
        /// What is wrong.
        reason: String,
    },
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
}

/// Collects claim records, then reconciles them.
#[derive(Debug, Clone, Default)]
pub struct Reconciler {
    config: Config,
    records: Vec<ClaimRecord>,
}

impl Reconciler {
    /// A reconciler with the given configuration.
    pub fn new(config: Config) -> Reconciler {
        Reconciler {
            config,
            records: Vec::new(),
        }
    }

    /// Adds one claim record (any order).
    pub fn push(&mut self, record: ClaimRecord) {
        self.records.push(record);
    }

    /// Number of records pushed so far.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Groups, orders and checks everything pushed.
    pub fn finish(self) -> Reconciliation {
        let Reconciler {
            config,
            mut records,
        } = self;
        records.sort_by(|a, b| {
            (a.doc_id.as_str(), a.claim.index)
                .cmp(&(b.doc_id.as_str(), b.claim.index))
                .then_with(|| canonical(a).cmp(&canonical(b)))
        });
        records.dedup_by(|a, b| a.doc_id == b.doc_id && a.claim.index == b.claim.index);
        checks::run(&config, &records)
    }
}

/// A total order on records that agree on document and index (only for duplicate handling).
fn canonical(r: &ClaimRecord) -> String {
    serde_json::to_string(r).unwrap_or_default()
}

/// Reconciles claim records with the default configuration.
pub fn reconcile(records: impl IntoIterator<Item = ClaimRecord>) -> Reconciliation {
    let mut r = Reconciler::new(Config::default());
    for record in records {
        r.push(record);
    }
    r.finish()
}
