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

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use reckon_events::EventRecord;

use crate::checks::{self, Legacy, Out, Pairs};
use crate::config::Config;
use crate::copies::Copies;
use crate::duplicates::DuplicateRecord;
use crate::error::Error;
use crate::events::{self, Linked};
use crate::finding::Reconciliation;
use crate::places::Places;
use crate::read::Line;
use crate::record::ClaimRecord;
use crate::series::{self, Keyed, Series};
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

/// Records in the order `Reconciler::finish` always used: document, claim index, then the
/// record's JSON (only to order exact repeats of one claim).
fn by_doc(a: &ClaimRecord, b: &ClaimRecord) -> Ordering {
    (a.doc_id.as_str(), a.claim.index)
        .cmp(&(b.doc_id.as_str(), b.claim.index))
        .then_with(|| crate::canonical(a).cmp(&crate::canonical(b)))
}

/// Records by series key, then document and claim index (unique after the first phase).
fn by_key(a: &Keyed, b: &Keyed) -> Ordering {
    (
        a.key.as_str(),
        a.record.doc_id.as_str(),
        a.record.claim.index,
    )
        .cmp(&(
            b.key.as_str(),
            b.record.doc_id.as_str(),
            b.record.claim.index,
        ))
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
            mut events,
            duplicates,
            ..
        } = self;
        // the archive aggregate: copies and events
        let copies = Copies::new(duplicates);
        copies.fold_events(&mut events);
        events.sort_by(|a, b| {
            (a.doc_id.as_str(), a.event.index)
                .cmp(&(b.doc_id.as_str(), b.event.index))
                .then_with(|| crate::canonical(a).cmp(&crate::canonical(b)))
        });
        events.dedup_by(|a, b| a.doc_id == b.doc_id && a.event.index == b.event.index);
        let linked = events::link(&events);
        for r in events.iter().flat_map(events::implicit_records) {
            if r.check().is_ok() {
                docs.push(r)?;
            }
        }
        drop(events);
        let held = docs.held_bytes();
        let docs = docs.finish()?;
        // the place aggregate, in two passes over the articles
        let mut places = Places::new(config.window_days);
        for_each_doc(&docs, &copies, |doc| {
            places.contain(doc, &parts_of(doc));
            Ok(())
        })?;
        for_each_doc(&docs, &copies, |doc| {
            places.count(doc, &parts_of(doc));
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
        for_each_doc(&docs, &copies, |doc| {
            resolve(
                &config, &linked, &places, doc, &mut pairs, &mut out, &mut keyed,
            )
        })?;
        drop(docs);
        // check: one series at a time
        let wanted: BTreeSet<&str> = pairs
            .keys()
            .flat_map(|(a, b)| [a.as_str(), b.as_str()])
            .collect();
        let mut legacy = Legacy::new();
        let mut labels = BTreeMap::new();
        let mut group: Vec<Keyed> = Vec::new();
        let mut series = |group: &mut Vec<Keyed>, out: &mut Out| -> Result<(), E> {
            if group.is_empty() {
                return Ok(());
            }
            let mut s = series::assemble(&config, group, |m, p| {
                if let (Some(d), false, true) =
                    (p.date, p.prior, wanted.contains(m.legacy.as_str()))
                {
                    let at = legacy.entry(m.legacy.clone()).or_default();
                    at.entry(d).or_default().push(p.clone());
                }
            });
            group.clear();
            checks::in_series(&config, &s, out);
            if wanted.contains(s.key.as_str()) {
                labels.insert(s.key.clone(), s.label.clone());
            }
            copies.annotate_series(&mut s);
            each(s)
        };
        for k in keyed.finish()?.merged()? {
            let k = k?;
            if group.first().is_some_and(|g| g.key != k.key) {
                series(&mut group, &mut out)?;
            }
            group.push(k);
        }
        series(&mut group, &mut out)?;
        // across articles: points of one key that came from several series keep record order
        for dates in legacy.values_mut() {
            for points in dates.values_mut() {
                points.sort_by(|a, b| {
                    (&a.evidence.doc_id, a.evidence.claim)
                        .cmp(&(&b.evidence.doc_id, b.evidence.claim))
                });
            }
        }
        checks::across_articles(&pairs, &labels, &legacy, &mut out);
        let (findings, passed) = checks::sorted(out);
        let mut result = Reconciliation {
            findings,
            passed,
            events: linked.events,
            ..Reconciliation::default()
        };
        copies.annotate(&mut result);
        Ok(result)
    }
}

/// The series key parts of each record of one article.
fn parts_of(doc: &[ClaimRecord]) -> Vec<Option<series::KeyParts>> {
    doc.iter().map(series::key_parts).collect()
}

/// Calls `f` with the records of each article in document order (sorted by claim index, one
/// record per claim, copies left out).
fn for_each_doc(
    docs: &Sorted<ClaimRecord>,
    copies: &Copies,
    mut f: impl FnMut(&[ClaimRecord]) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut doc: Vec<ClaimRecord> = Vec::new();
    let mut flush = |doc: &mut Vec<ClaimRecord>| -> Result<(), Error> {
        if !doc.is_empty() && !copies.is_copy(&doc[0].doc_id) {
            f(doc)?;
        }
        doc.clear();
        Ok(())
    };
    match docs {
        Sorted::Memory(records) => {
            let mut start = 0;
            while start < records.len() {
                let mut end = start + 1;
                while end < records.len() && records[end].doc_id == records[start].doc_id {
                    end += 1;
                }
                // exact repeats of a claim are neighbours: the first (least) is kept
                doc.extend(
                    records[start..end]
                        .iter()
                        .enumerate()
                        .filter(|(i, r)| {
                            *i == 0 || records[start + i - 1].claim.index != r.claim.index
                        })
                        .map(|(_, r)| r.clone()),
                );
                flush(&mut doc)?;
                start = end;
            }
        }
        Sorted::Runs(runs) => {
            for r in runs.merge()? {
                let r = r?;
                match doc.last() {
                    Some(last) if last.doc_id != r.doc_id => flush(&mut doc)?,
                    Some(last) if last.claim.index == r.claim.index => continue,
                    _ => {}
                }
                doc.push(r);
            }
            flush(&mut doc)?;
        }
    }
    Ok(())
}

/// Resolves one article: each record's place and series key, the checks inside the article,
/// and the records sent on to be grouped by series key.
fn resolve(
    config: &Config,
    linked: &Linked,
    places: &Places,
    doc: &[ClaimRecord],
    pairs: &mut Pairs,
    out: &mut Out,
    keyed: &mut Sorter<Keyed>,
) -> Result<(), Error> {
    let parts = parts_of(doc);
    let place = places.infer(doc, &parts);
    let mut legacy: Vec<Option<String>> = Vec::with_capacity(doc.len());
    let mut sent = Vec::new();
    for (i, r) in doc.iter().enumerate() {
        let Some(p) = &parts[i] else {
            legacy.push(None);
            continue;
        };
        let old = p.key(place[i].as_deref());
        // a figure of an event that several articles report is keyed by the measure its event
        // counts and by the event (an event reported by one article only is no evidence that
        // two articles' figures are about one happening)
        let event = r
            .event
            .and_then(|e| linked.id_of.get(&(r.doc_id.clone(), e)))
            .filter(|id| config.event_series && linked.shared.contains(*id))
            .cloned();
        let key = match &event {
            Some(id) => {
                let base = linked
                    .measure_of
                    .get(&(r.doc_id.clone(), r.claim.index))
                    .unwrap_or(&p.base);
                format!("{base}#{id}{}", p.unit)
            }
            None => old.clone(),
        };
        sent.push(Keyed {
            key,
            legacy: old.clone(),
            place: place[i].clone(),
            event,
            record: r.clone(),
        });
        legacy.push(Some(old));
    }
    checks::in_article(config, doc, &legacy, pairs, out);
    for k in sent {
        keyed.push(k)?;
    }
    Ok(())
}
