//! Reconciliation with bounded memory: [`Reducer`].
//!
//! Three phases, so that memory is a budget plus a small archive aggregate, not every claim:
//!
//! 1. **Gather.** Claim records stream in and are held up to the budget, then sorted by
//!    document and claim index and spilled to disk in runs ([`crate::spill`]). What needs the
//!    whole archive is kept apart and is small: the duplicate lines, the article events (linked
//!    into archive-wide events at the end), and, read back from the sorted records one article at
//!    a time, the place aggregate ([`crate::places::Places`]: containments in a first pass, the
//!    roots of each measure in a second).
//! 2. **Resolve.** A third pass gives each record its place and series key, runs the checks
//!    inside one article, and sorts the records again, by series key (spilled the same way).
//! 3. **Check.** The records come back one series at a time: each series is built, checked
//!    across documents and handed to the caller, who writes it out and drops it.
//!
//! The result is the same, byte for byte, as holding everything in memory ([`crate::Reconciler`]
//! is this with no budget): every order is a total order on the records, and where the
//! in-memory code took the first of equals, the passes see records in the same order.
//!
//! Each phase is made of the functions of `phases.rs` that a distributed runner calls on its own
//! ([`crate::Articles`], [`crate::Aggregate`], [`crate::check`], [`crate::finalize`]), so the
//! two cannot drift apart.

use std::path::PathBuf;

use reckon_events::EventRecord;

use crate::checks::{Out, Pairs};
use crate::config::Config;
use crate::duplicates::DuplicateRecord;
use crate::error::Error;
use crate::finding::Reconciliation;
use crate::phases::{self, Aggregate, Checker, Wanted, by_doc, by_key, for_each_doc};
use crate::read::Line;
use crate::record::ClaimRecord;
use crate::series::{Keyed, Series};
use crate::spill::{Budget, Sorted, Sorter};

/// The default memory budget for records held before spilling: 1 GiB.
pub const DEFAULT_BUDGET: usize = 1 << 30;

/// Reconciles an archive of any size: records beyond a memory budget are spilled to disk in
/// sorted runs, and series are handed out one at a time (see the module docs).
///
/// ```
/// # fn main() -> Result<(), reckon_reconcile::Error> {
/// let mut r = reckon_reconcile::Reducer::new(reckon_reconcile::Config::default())
///     .budget(64 << 20)
///     .spill_dir(std::env::temp_dir());
/// // r.push(record)?; for every claim, r.push_event(e) and r.push_duplicate(d) likewise
/// let mut series = 0;
/// let out = r.finish(|_s| {
///     series += 1; // write it out
///     Ok::<(), reckon_reconcile::Error>(())
/// })?;
/// assert_eq!((series, out.findings.len()), (0, 0));
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct Reducer {
    config: Config,
    budget: Budget,
    docs: Sorter<ClaimRecord>,
    events: Vec<EventRecord>,
    duplicates: Vec<DuplicateRecord>,
    pushed: usize,
}

/// The bytes a record takes in memory, roughly (its strings and fixed part).
fn weight(r: &ClaimRecord) -> usize {
    let f = &r.claim.frame;
    let opt = |s: &Option<String>| s.as_ref().map_or(0, |s| s.len() + 16);
    std::mem::size_of::<ClaimRecord>()
        + 64
        + r.doc_id.len()
        + r.sentence_text.len()
        + opt(&r.title)
        + opt(&r.source)
        + r.claim.quantity.text.len()
        + r.part_of.len() * 4
        + opt(&f.counted)
        + opt(&f.event)
        + opt(&f.place)
        + opt(&f.measure_key)
        + 96
}

fn keyed_weight(k: &Keyed) -> usize {
    weight(&k.record) + k.key.len() + k.legacy.len() + 64
}

impl Reducer {
    /// A reducer with the default budget ([`DEFAULT_BUDGET`]) spilling to the system's
    /// temporary folder.
    pub fn new(config: Config) -> Reducer {
        let budget = Budget {
            bytes: DEFAULT_BUDGET,
            dir: std::env::temp_dir(),
        };
        Reducer {
            config,
            docs: Sorter::new(budget.clone(), by_doc, weight),
            budget,
            events: Vec::new(),
            duplicates: Vec::new(),
            pushed: 0,
        }
    }

    /// The bytes of records held in memory before they are spilled (set before pushing).
    pub fn budget(mut self, bytes: usize) -> Reducer {
        self.budget.bytes = bytes;
        self.docs = Sorter::new(self.budget.clone(), by_doc, weight);
        self
    }

    /// The folder spilled runs go to (a fresh folder inside it, removed at the end; set before
    /// pushing).
    pub fn spill_dir(mut self, dir: impl Into<PathBuf>) -> Reducer {
        self.budget.dir = dir.into();
        self.docs = Sorter::new(self.budget.clone(), by_doc, weight);
        self
    }

    /// Adds one claim record (any order). A record that fails [`ClaimRecord::check`] is left
    /// out. Fails only when spilling fails.
    pub fn push(&mut self, record: ClaimRecord) -> Result<(), Error> {
        self.pushed += 1;
        if record.check().is_err() {
            return Ok(());
        }
        self.docs.push(record)
    }

    /// Adds one article event (any order); events are part of the archive aggregate.
    pub fn push_event(&mut self, record: EventRecord) {
        self.events.push(record);
    }

    /// Adds that a document repeats an earlier one's text (any order).
    pub fn push_duplicate(&mut self, record: DuplicateRecord) {
        self.duplicates.push(record);
    }

    /// Adds one line of `claims.jsonl`, whichever kind it is.
    pub fn push_line(&mut self, line: Line) -> Result<(), Error> {
        match line {
            Line::Claim(r) => self.push(*r)?,
            Line::Event(e) => self.push_event(e),
            Line::Duplicate(d) => self.push_duplicate(d),
        }
        Ok(())
    }

    /// Claim records pushed so far.
    pub fn len(&self) -> usize {
        self.pushed
    }

    /// True when no claim record was pushed.
    pub fn is_empty(&self) -> bool {
        self.pushed == 0
    }

    /// Runs spilled to disk so far.
    pub fn spilled_runs(&self) -> usize {
        self.docs.runs()
    }

    /// Groups, orders and checks everything pushed, handing each series to `each` in key order
    /// as soon as it is checked; returns the rest of the result (its `series` empty). A spill
    /// that fails, or an error of `each`, stops it.
    pub fn finish<E: From<Error>>(
        self,
        mut each: impl FnMut(Series) -> Result<(), E>,
    ) -> Result<Reconciliation, E> {
        let Reducer {
            config,
            budget,
            mut docs,
            events,
            duplicates,
            ..
        } = self;
        // the archive aggregate: copies and events, then places in two passes over the articles
        let (mut aggregate, events) = Aggregate::start(&config, duplicates, events);
        for r in phases::implicit(&events) {
            docs.push(r)?;
        }
        drop(events);
        let held = docs.held_bytes();
        let docs = docs.finish()?;
        let (copies, places) = (&aggregate.copies, &mut aggregate.places);
        for_each_doc(&docs, copies, |doc| {
            places.contain(&phases::summary(doc));
            Ok(())
        })?;
        for_each_doc(&docs, copies, |doc| {
            places.count(&phases::summary(doc));
            Ok(())
        })?;
        // resolve: places, keys and the checks inside one article
        let keyed_budget = Budget {
            bytes: match docs {
                Sorted::Memory(_) => budget.bytes.saturating_sub(held),
                Sorted::Runs(_) => budget.bytes,
            },
            dir: budget.dir.clone(),
        };
        let mut keyed = Sorter::new(keyed_budget, by_key, keyed_weight);
        let mut out = Out::default();
        let mut pairs = Pairs::new();
        for_each_doc(&docs, &aggregate.copies, |doc| {
            for k in phases::resolve(&config, &aggregate, doc, &mut pairs, &mut out) {
                keyed.push(k)?;
            }
            Ok(())
        })?;
        drop(docs);
        // check: one series at a time
        let mut checker = Checker::new(&config, &aggregate.copies, Wanted::of_pairs(&pairs));
        let mut group: Vec<Keyed> = Vec::new();
        for k in keyed.finish()?.merged()? {
            let k = k?;
            if group.first().is_some_and(|g| g.key != k.key) {
                each(checker.series(&group, &mut out))?;
                group.clear();
            }
            group.push(k);
        }
        if !group.is_empty() {
            each(checker.series(&group, &mut out))?;
        }
        let (legacy, labels) = (checker.legacy, checker.labels);
        let Aggregate { copies, linked, .. } = aggregate;
        Ok(phases::conclude(
            &pairs,
            &labels,
            legacy,
            out,
            linked.events,
            copies,
        ))
    }
}
