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
//!     event: None,
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
//! - **Memory** is bounded with [`Reducer`]: records past a budget are spilled to disk in
//!   sorted runs and series are handed out one at a time; only a small archive aggregate
//!   (article events, copies, place containments and roots) stays in memory. [`Reconciler`]
//!   holds everything (no budget) and returns every series at once.
//! - **Incremental.** A [`State`] folder keeps the batches of claims already added in compact
//!   form (CBOR, with a manifest); a new batch is reconciled with them without reading the older
//!   claims files again, with the result of reconciling every batch at once.
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
mod config;
mod context;
mod copies;
mod cues;
mod duplicates;
mod error;
mod events;
mod finding;
mod interval;
mod phases;
mod places;
mod read;
mod record;
mod reduce;
mod series;
mod spill;
mod state;
mod zones;

pub use config::Config;
pub use duplicates::{DuplicateRecord, Reprint};
pub use error::Error;
pub use events::IMPLICIT_CLAIM_BASE;
pub use finding::{Finding, FindingKind, Reconciliation, Severity};
pub use interval::{Interval, num};
pub use phases::{Aggregate, Articles, Partial, Piece, Wanted, check, finalize};
pub use places::Summary;
pub use read::{Line, MAX_LINE_BYTES, read_claims, read_lines};
pub use reckon_events::{Event, EventFigure, EventRecord};
pub use record::{ClaimRecord, Evidence, MAX_SENTENCE_BYTES};
pub use reduce::{DEFAULT_BUDGET, Reducer};
pub use series::{Keyed, Point, Series};
pub use state::{
    Batch, BatchWriter, Lines, Manifest, Pending, STATE_FORMAT, State, config_fingerprint,
};
pub use zones::Zones;

/// Collects claim records, then reconciles them.
#[derive(Debug, Clone, Default)]
pub struct Reconciler {
    config: Config,
    records: Vec<ClaimRecord>,
    events: Vec<EventRecord>,
    duplicates: Vec<DuplicateRecord>,
}

impl Reconciler {
    /// A reconciler with the given configuration.
    pub fn new(config: Config) -> Reconciler {
        Reconciler {
            config,
            records: Vec::new(),
            events: Vec::new(),
            duplicates: Vec::new(),
        }
    }

    /// Adds one claim record (any order).
    pub fn push(&mut self, record: ClaimRecord) {
        self.records.push(record);
    }

    /// Adds one article event (any order): claims whose `event` names it become figures of the
    /// archive-wide event it is linked into, and its implicit figures join them.
    pub fn push_event(&mut self, record: EventRecord) {
        self.events.push(record);
    }

    /// Adds that a document repeats an earlier one's text (any order): its claims and article
    /// events, pushed or not, are left out, and the evidence of the first lists it.
    pub fn push_duplicate(&mut self, record: DuplicateRecord) {
        self.duplicates.push(record);
    }

    /// Adds one line of `claims.jsonl`, whichever kind it is.
    pub fn push_line(&mut self, line: Line) {
        match line {
            Line::Claim(r) => self.push(*r),
            Line::Event(e) => self.push_event(e),
            Line::Duplicate(d) => self.push_duplicate(d),
        }
    }

    /// Number of records pushed so far.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Groups, orders and checks everything pushed, in memory (a [`Reducer`] with no budget).
    /// A record that fails [`ClaimRecord::check`] (a backward span, a quantity outside its
    /// sentence, a non-finite bound) is left out; read input with [`read_claims`] to have it
    /// reported.
    pub fn finish(self) -> Reconciliation {
        let mut r = Reducer::new(self.config).budget(usize::MAX);
        for d in self.duplicates {
            r.push_duplicate(d);
        }
        for e in self.events {
            r.push_event(e);
        }
        for c in self.records {
            r.push(c).expect("nothing is spilled without a budget");
        }
        let mut series = Vec::new();
        let mut out = r
            .finish(|s| {
                series.push(s);
                Ok::<(), Error>(())
            })
            .expect("nothing is spilled without a budget");
        out.series = series;
        out
    }
}

/// A total order on records that agree on document and index (only for duplicate handling).
fn canonical(r: &impl serde::Serialize) -> String {
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
