//! The reduce in phases, for a runner that spreads it over many machines (Spark's `RDD.pipe`,
//! shell pipes, a job queue). [`crate::Reducer::finish`] is built from the same functions, so
//! the staged result and the single-machine one cannot drift apart.
//!
//! 1. **Summarize** (anywhere, whole articles per worker): [`Articles::summarize`] gives one
//!    small [`Summary`] per article: the place containments it shows, and the measures, stated
//!    places and dates of its records.
//! 2. **Aggregate** (one place, small): [`Aggregate::build`] from every summary, the archive's
//!    article events and its duplicate lines: the copies, the events linked archive-wide and
//!    the place aggregate. It is shipped to every worker of the next two phases.
//! 3. **Resolve** (anywhere, whole articles per worker): [`Articles::resolve`] gives each
//!    record its place and series key ([`Keyed`]) and runs the checks inside one article; what
//!    it found is a [`Partial`].
//! 4. **Check** (anywhere, whole series keys per worker, records shuffled by [`Keyed::key`]):
//!    [`check`] builds and checks each series, hands it out, and returns a [`Partial`] (its
//!    findings, and the labels and points the part/whole check across articles needs). It needs
//!    the pairs of keys the resolve partials relate ([`Wanted`]).
//! 5. **Finalize** (one place, small): [`finalize`] merges every partial, runs the part/whole
//!    check across articles and sorts the findings.
//!
//! The result is the same, byte for byte, however the articles and keys were split: every
//! merge is order-free (the first part/whole pair of two keys is the one of the least
//! document, findings are tagged with the document or key they came from and put back in the
//! order one machine finds them).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use reckon_events::EventRecord;
use serde::{Deserialize, Serialize};

use crate::checks::{self, Legacy, Out, Pairs};
use crate::config::Config;
use crate::copies::Copies;
use crate::duplicates::DuplicateRecord;
use crate::error::Error;
use crate::events::{self, Linked};
use crate::finding::{Finding, Reconciliation};
use crate::places::{Places, Summary};
use crate::read::Line;
use crate::record::{ClaimRecord, Evidence};
use crate::series::{self, Keyed, Point, Series};
use crate::spill::Sorted;

/// What needs the whole archive, small next to its claims: the copies (duplicate lines), the
/// article events linked archive-wide, and the place aggregate. Serialisable, to be shipped to
/// the workers of the resolve and check phases.
#[derive(Debug, Serialize, Deserialize)]
pub struct Aggregate {
    pub(crate) copies: Copies,
    pub(crate) linked: Linked,
    pub(crate) places: Places,
}

impl Aggregate {
    /// The copies and linked events of an archive (the places still empty), and its article
    /// events (copies' left out), sorted, without repeats.
    pub(crate) fn start(
        config: &Config,
        duplicates: Vec<DuplicateRecord>,
        mut events: Vec<EventRecord>,
    ) -> (Aggregate, Vec<EventRecord>) {
        let copies = Copies::new(duplicates);
        copies.fold_events(&mut events);
        sort_events(&mut events);
        let linked = events::link(&events);
        let places = Places::new(config.window_days);
        let a = Aggregate {
            copies,
            linked,
            places,
        };
        (a, events)
    }

    /// The aggregate of an archive from the summaries of all its articles (any order; those
    /// of copies are left out), all its article events and all its duplicate lines (any order).
    pub fn build(
        config: &Config,
        summaries: impl IntoIterator<Item = Summary>,
        events: Vec<EventRecord>,
        duplicates: Vec<DuplicateRecord>,
    ) -> Aggregate {
        let (mut a, _) = Aggregate::start(config, duplicates, events);
        let mut summaries: Vec<Summary> = summaries
            .into_iter()
            .filter(|s| !a.copies.is_copy(s.doc_id()))
            .collect();
        summaries.sort_by(|x, y| x.doc_id().cmp(y.doc_id()));
        for s in &summaries {
            a.places.contain(s);
        }
        for s in &summaries {
            a.places.count(s);
        }
        a
    }
}

/// Article events sorted by document, index and content, one per document and index.
fn sort_events(events: &mut Vec<EventRecord>) {
    events.sort_by(|a, b| {
        (a.doc_id.as_str(), a.event.index)
            .cmp(&(b.doc_id.as_str(), b.event.index))
            .then_with(|| crate::canonical(a).cmp(&crate::canonical(b)))
    });
    events.dedup_by(|a, b| a.doc_id == b.doc_id && a.event.index == b.event.index);
}

/// The checked records of the implicit figures of article events.
pub(crate) fn implicit(events: &[EventRecord]) -> impl Iterator<Item = ClaimRecord> + '_ {
    events
        .iter()
        .flat_map(events::implicit_records)
        .filter(|r| r.check().is_ok())
}

/// Records in the order `Reconciler::finish` always used: document, claim index, then the
/// record's JSON (only to order exact repeats of one claim).
pub(crate) fn by_doc(a: &ClaimRecord, b: &ClaimRecord) -> Ordering {
    (a.doc_id.as_str(), a.claim.index)
        .cmp(&(b.doc_id.as_str(), b.claim.index))
        .then_with(|| crate::canonical(a).cmp(&crate::canonical(b)))
}

/// Records by series key, then document and claim index (unique after the first phase).
pub(crate) fn by_key(a: &Keyed, b: &Keyed) -> Ordering {
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

/// The summary of one article (records of one document, sorted by claim index, one a claim).
pub(crate) fn summary(doc: &[ClaimRecord]) -> Summary {
    Summary::of(doc, &parts_of(doc))
}

/// The series key parts of each record of one article.
fn parts_of(doc: &[ClaimRecord]) -> Vec<Option<series::KeyParts>> {
    doc.iter().map(series::key_parts).collect()
}

/// The claim records and article events of some whole articles (every line of each of their
/// documents), for the summarize and resolve phases of one worker. Held in memory: give each
/// worker as many articles as fit.
#[derive(Debug, Default)]
pub struct Articles {
    records: Vec<ClaimRecord>,
    events: Vec<EventRecord>,
}

impl Articles {
    /// No articles yet.
    pub fn new() -> Articles {
        Articles::default()
    }

    /// Adds one line of `claims.jsonl`: a claim (left out when it fails
    /// [`ClaimRecord::check`]) or an article event; duplicate lines belong to the aggregate
    /// and are ignored here.
    pub fn push_line(&mut self, line: Line) {
        match line {
            Line::Claim(r) if r.check().is_ok() => self.records.push(*r),
            Line::Event(e) => self.events.push(e),
            Line::Claim(_) | Line::Duplicate(_) => {}
        }
    }

    /// Calls `f` with each article in document order, implicit figures included, copies left
    /// out.
    fn each(
        self,
        copies: &Copies,
        f: impl FnMut(&[ClaimRecord]) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut events = self.events;
        copies.fold_events(&mut events);
        sort_events(&mut events);
        let mut records = self.records;
        records.extend(implicit(&events));
        records.sort_by(by_doc);
        for_each_doc(&Sorted::Memory(records), copies, f)
    }

    /// Phase 1: the summary of each article, in document order.
    pub fn summarize(self) -> Vec<Summary> {
        let mut out = Vec::new();
        self.each(&Copies::new(Vec::new()), |doc| {
            out.push(summary(doc));
            Ok(())
        })
        .expect("summaries do not fail");
        out
    }

    /// Phase 3: each record keyed by its series (in document order), and the checks inside
    /// each article.
    pub fn resolve(self, config: &Config, aggregate: &Aggregate) -> (Vec<Keyed>, Partial) {
        let mut keyed = Vec::new();
        let mut partial = Partial::default();
        let mut pairs = Pairs::new();
        self.each(&aggregate.copies, |doc| {
            let mut out = Out::default();
            keyed.extend(resolve(config, aggregate, doc, &mut pairs, &mut out));
            partial.add(&doc[0].doc_id, Tag::Article, out);
            Ok(())
        })
        .expect("resolving in memory does not fail");
        partial.pairs = pairs.into_iter().collect();
        (keyed, partial)
    }
}

/// Calls `f` with the records of each article in document order (sorted by claim index, one
/// record per claim, copies left out).
pub(crate) fn for_each_doc(
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

/// Resolves one article: each record's place and series key, and the checks inside the
/// article (into `pairs` and `out`); returns the records keyed.
pub(crate) fn resolve(
    config: &Config,
    aggregate: &Aggregate,
    doc: &[ClaimRecord],
    pairs: &mut Pairs,
    out: &mut Out,
) -> Vec<Keyed> {
    let linked = &aggregate.linked;
    let parts = parts_of(doc);
    let place = aggregate.places.infer(doc, &parts);
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
    sent
}

/// The keys the part/whole pairs of the resolve phase name: the check phase keeps their
/// labels and points for [`finalize`].
#[derive(Debug, Clone, Default)]
pub struct Wanted(BTreeSet<String>);

impl Wanted {
    /// The keys of the pairs of these partials (those of the resolve phase; any order).
    pub fn of<'a>(partials: impl IntoIterator<Item = &'a Partial>) -> Wanted {
        Wanted(
            partials
                .into_iter()
                .flat_map(|p| &p.pairs)
                .flat_map(|((a, b), _)| [a.clone(), b.clone()])
                .collect(),
        )
    }

    /// The keys of the pairs of one reduction.
    pub(crate) fn of_pairs(pairs: &Pairs) -> Wanted {
        Wanted(
            pairs
                .keys()
                .flat_map(|(a, b)| [a.clone(), b.clone()])
                .collect(),
        )
    }
}

/// The check phase over series keys in order, as one machine or a worker runs it: each
/// series built and checked (into `out`), the labels and points the pairs want kept.
pub(crate) struct Checker<'a> {
    config: &'a Config,
    copies: &'a Copies,
    wanted: Wanted,
    pub(crate) legacy: Legacy,
    pub(crate) labels: BTreeMap<String, String>,
}

impl<'a> Checker<'a> {
    /// A checker keeping what `wanted` names.
    pub(crate) fn new(config: &'a Config, copies: &'a Copies, wanted: Wanted) -> Checker<'a> {
        Checker {
            config,
            copies,
            wanted,
            legacy: Legacy::new(),
            labels: BTreeMap::new(),
        }
    }

    /// One series from its members (one key, sorted by document and claim index), checked.
    pub(crate) fn series(&mut self, group: &[Keyed], out: &mut Out) -> Series {
        let (wanted, legacy) = (&self.wanted.0, &mut self.legacy);
        let mut s = series::assemble(self.config, group, |m, p| {
            if let (Some(d), false, true) = (p.date, p.prior, wanted.contains(m.legacy.as_str())) {
                let at = legacy.entry(m.legacy.clone()).or_default();
                at.entry(d).or_default().push(p.clone());
            }
        });
        checks::in_series(self.config, &s, out);
        if wanted.contains(s.key.as_str()) {
            self.labels.insert(s.key.clone(), s.label.clone());
        }
        self.copies.annotate_series(&mut s);
        s
    }
}

/// Phase 4: the series of some whole series keys (records in any order), each handed to
/// `each` in key order; returns the findings and what [`finalize`] needs. `wanted` comes from
/// the partials of the resolve phase ([`Wanted::of`]).
pub fn check<E>(
    config: &Config,
    aggregate: &Aggregate,
    wanted: Wanted,
    mut keyed: Vec<Keyed>,
    mut each: impl FnMut(Series) -> Result<(), E>,
) -> Result<Partial, E> {
    keyed.sort_by(by_key);
    let mut checker = Checker::new(config, &aggregate.copies, wanted);
    let mut partial = Partial::default();
    for group in keyed.chunk_by(|a, b| a.key == b.key) {
        let mut out = Out::default();
        let s = checker.series(group, &mut out);
        partial.add(&group[0].key, Tag::Series, out);
        each(s)?;
    }
    partial.labels = checker.labels;
    partial.legacy = flatten(checker.legacy);
    Ok(partial)
}

/// Where a partial finding was made: in one article, or in one series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Tag {
    Article,
    Series,
}

/// What a worker of the resolve or check phase found, for [`finalize`]: its findings and
/// passed checks (each with the document or series key it came from), the part/whole pairs
/// its articles relate, and the labels and points of the keys those pairs name.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Partial {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pairs: Vec<((String, String), (Evidence, Evidence))>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    findings: Vec<(Tag, String, Finding)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    passed: Vec<(Tag, String, Finding)>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    labels: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    legacy: Vec<(String, jiff::civil::Date, Vec<Point>)>,
}

impl Partial {
    /// Adds what one article or series found.
    fn add(&mut self, from: &str, tag: Tag, out: Out) {
        let tagged = |f| (tag, from.to_owned(), f);
        self.findings.extend(out.findings.into_iter().map(tagged));
        self.passed.extend(out.passed.into_iter().map(tagged));
    }

    /// Findings and passed checks in it.
    pub fn len(&self) -> usize {
        self.findings.len() + self.passed.len()
    }

    /// True when it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0 && self.pairs.is_empty() && self.labels.is_empty() && self.legacy.is_empty()
    }
}

/// Points by key and date as a list.
fn flatten(legacy: Legacy) -> Vec<(String, jiff::civil::Date, Vec<Point>)> {
    legacy
        .into_iter()
        .flat_map(|(k, dates)| dates.into_iter().map(move |(d, p)| (k.clone(), d, p)))
        .collect()
}

/// Phase 5: every partial of the resolve and check phases (any order) merged, the part/whole
/// check across articles, findings sorted; the events and copies from the aggregate. The
/// series are left empty (the check phase handed them out).
pub fn finalize(
    aggregate: Aggregate,
    partials: impl IntoIterator<Item = Partial>,
) -> Reconciliation {
    let mut pairs = Pairs::new();
    let mut labels = BTreeMap::new();
    let mut legacy = Legacy::new();
    let (mut findings, mut passed) = (Vec::new(), Vec::new());
    for p in partials {
        for (k, v) in p.pairs {
            // the first pair of two keys is the one of the least document
            match pairs.get(&k) {
                Some(old) if old.0.doc_id <= v.0.doc_id => {}
                _ => {
                    pairs.insert(k, v);
                }
            }
        }
        labels.extend(p.labels);
        for (k, d, points) in p.legacy {
            let at = legacy.entry(k).or_default();
            at.entry(d).or_default().extend(points);
        }
        findings.extend(p.findings);
        passed.extend(p.passed);
    }
    // back in the order one machine finds them: articles in document order, then series in
    // key order (a stable sort keeps each one's own order)
    let untag = |mut v: Vec<(Tag, String, Finding)>| -> Vec<Finding> {
        v.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        v.into_iter().map(|(_, _, f)| f).collect()
    };
    let out = Out {
        findings: untag(findings),
        passed: untag(passed),
    };
    let Aggregate { copies, linked, .. } = aggregate;
    conclude(&pairs, &labels, legacy, out, linked.events, copies)
}

/// The end of every reduction: the part/whole check across articles (points of one key that
/// came from several series put in record order), the findings sorted, copies listed.
pub(crate) fn conclude(
    pairs: &Pairs,
    labels: &BTreeMap<String, String>,
    mut legacy: Legacy,
    mut out: Out,
    events: Vec<reckon_events::Event>,
    copies: Copies,
) -> Reconciliation {
    for dates in legacy.values_mut() {
        for points in dates.values_mut() {
            points.sort_by(|a, b| {
                (&a.evidence.doc_id, a.evidence.claim).cmp(&(&b.evidence.doc_id, b.evidence.claim))
            });
        }
    }
    checks::across_articles(pairs, labels, &legacy, &mut out);
    let (findings, passed) = checks::sorted(out);
    let mut result = Reconciliation {
        findings,
        passed,
        events,
        ..Reconciliation::default()
    };
    copies.annotate(&mut result);
    result
}

/// One line a stage of a distributed reduce reads or writes besides `claims.jsonl` lines and
/// series: `{"summary": ...}`, `{"keyed": ...}` or `{"partial": ...}`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Piece {
    /// What one article tells the place aggregate (phase 1).
    Summary(Summary),
    /// A record with its series key (phase 3, to be shuffled by key).
    Keyed(Box<Keyed>),
    /// What one worker of phase 3 or 4 found.
    Partial(Box<Partial>),
}
