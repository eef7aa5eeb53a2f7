//! The place each record's series is keyed by: its own place, else one inferred from the
//! archive, in this order (the first that gives exactly one answer wins):
//!
//! 1. **Containment.** A part whose place differs from its whole's (`Of the 87 people killed in
//!    Cassuaro province, 52 died in Porto Malangue district`) shows that the first place lies
//!    within the second; places are reduced to their outermost container (the *root*).
//! 2. **The article.** A record without a place takes the root of the places its own article's
//!    records are keyed by, when they all share one root.
//! 3. **The measure.** Else it takes the root of the measure (`killed+person`) across the
//!    archive, when every placed record of that measure shares one root and the record's date
//!    lies within `window_days` of them.
//! 4. **The article again**, now counting the places inferred in step 3.
//!
//! A record whose article and measure point to several places, or none, stays without one
//! (and its series is then not compared across documents when `require_place` is set).
//!
//! Steps 1 and 3 need the whole archive; [`Places`] is that part of the archive aggregate,
//! gathered one article at a time (containment in a first pass over the articles, the roots of
//! each measure in a second), so that the records themselves never need to be in memory at
//! once: a third pass gives each article's places with [`Places::infer`].

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::record::ClaimRecord;
use crate::series::{KeyParts, claim_date};

/// A first and a last date, either unknown.
type Dates = (Option<Date>, Option<Date>);

/// The roots of one measure's placed records, and their first and last dates.
type Roots = (BTreeSet<String>, Option<Date>, Option<Date>);

/// The archive-wide facts place inference needs (see the module docs).
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Places {
    /// A place to the place it lies within (first relation in document order wins).
    parent: BTreeMap<String, String>,
    /// Measure (without place) to the roots of its placed records.
    by_measure: BTreeMap<String, Roots>,
    /// `Config::window_days`.
    window: i64,
}

impl Places {
    /// Nothing gathered yet.
    pub(crate) fn new(window_days: i64) -> Places {
        Places {
            window: window_days,
            ..Places::default()
        }
    }

    /// Step 1, from one article's summary: the containments it shows (the first relation of a
    /// place wins, articles in document order).
    pub(crate) fn contain(&mut self, article: &Summary) {
        for (a, b) in &article.within {
            self.parent.entry(a.clone()).or_insert_with(|| b.clone());
        }
    }

    /// The outermost container of a place.
    fn root(&self, p: &str) -> String {
        let mut cur = p.to_string();
        for _ in 0..16 {
            match self.parent.get(&cur) {
                Some(up) if up != p => cur = up.clone(),
                _ => break,
            }
        }
        cur
    }

    /// Steps 2 and 4: a record without a place takes the one root of its article's places.
    fn article(&self, parts: &[Option<KeyParts>], place: &mut [Option<String>]) {
        let roots: BTreeSet<String> = place.iter().flatten().map(|p| self.root(p)).collect();
        if roots.len() == 1 {
            let r = roots.iter().next().expect("one root").clone();
            for (i, p) in place.iter_mut().enumerate() {
                if parts[i].is_some() && p.is_none() {
                    *p = Some(r.clone());
                }
            }
        }
    }

    /// The places after step 2 (stated, else the article's).
    fn stated(&self, parts: &[Option<KeyParts>]) -> Vec<Option<String>> {
        let mut place: Vec<Option<String>> = parts
            .iter()
            .map(|k| k.as_ref().and_then(|k| k.place.clone()))
            .collect();
        self.article(parts, &mut place);
        place
    }

    /// Step 3's input, from one article's summary (after every article's
    /// [`Places::contain`]): the roots and dates of its placed records, per measure.
    pub(crate) fn count(&mut self, article: &Summary) {
        let roots: BTreeSet<String> = article
            .marks
            .iter()
            .filter_map(|m| m.place.as_deref())
            .map(|p| self.root(p))
            .collect();
        // step 2: a record without a place takes the one root of its article's places
        let only = (roots.len() == 1).then(|| roots.iter().next().expect("one root").clone());
        for m in &article.marks {
            let root = match &m.place {
                Some(p) => self.root(p),
                // (rooted again, as a stated place is: a cycle of containments has no fixed root)
                None => match &only {
                    Some(r) => self.root(r),
                    None => continue,
                },
            };
            let e = self.by_measure.entry(m.base.clone()).or_default();
            e.0.insert(root);
            e.1 = min_date(e.1, m.first);
            e.2 = max_date(e.2, m.last);
        }
    }

    /// The place of each record of one article (after every article's [`Places::count`]).
    pub(crate) fn infer(
        &self,
        doc: &[ClaimRecord],
        parts: &[Option<KeyParts>],
    ) -> Vec<Option<String>> {
        let place = self.stated(parts);
        let mut inferred = place.clone();
        for (i, k) in parts.iter().enumerate() {
            let (Some(k), None) = (k, &place[i]) else {
                continue;
            };
            let Some((roots, Some(lo), Some(hi))) = self.by_measure.get(k.base.as_str()) else {
                continue;
            };
            let near = claim_date(&doc[i]).is_some_and(|d| {
                (*lo - d).get_days() as i64 <= self.window
                    && (d - *hi).get_days() as i64 <= self.window
            });
            if roots.len() == 1 && near {
                inferred[i] = roots.iter().next().cloned();
            }
        }
        self.article(parts, &mut inferred);
        inferred
    }
}

/// What one article tells the place aggregate, small next to its records: the containments
/// its part-of relations show, and the measures, stated places and dates of its records.
/// Made by [`crate::Articles::summarize`] where the article is; the place aggregate of
/// [`crate::Aggregate::build`] is built from the summaries of every article, in document order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The document.
    doc_id: String,
    /// A place, and the place it lies within, in the order the article shows them (the first
    /// of each place only).
    within: Vec<(String, String)>,
    /// The records that have a series key, by measure and stated place.
    marks: Vec<Mark>,
}

/// The records of one article with one measure and stated place (or none): the first and
/// last dates they apply to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Mark {
    base: String,
    place: Option<String>,
    first: Option<Date>,
    last: Option<Date>,
}

impl Summary {
    /// The summary of one article (records of one document, sorted by claim index, `parts`
    /// their series key parts).
    pub(crate) fn of(doc: &[ClaimRecord], parts: &[Option<KeyParts>]) -> Summary {
        let index: BTreeMap<u32, usize> = doc
            .iter()
            .enumerate()
            .map(|(i, r)| (r.claim.index, i))
            .collect();
        let mut within: Vec<(String, String)> = Vec::new();
        let mut seen = BTreeSet::new();
        for (pi, r) in doc.iter().enumerate() {
            for w in &r.part_of {
                let Some(&wi) = index.get(w) else { continue };
                if let (Some(p), Some(wp)) = (&parts[pi], &parts[wi])
                    && let (Some(a), Some(b)) = (&p.place, &wp.place)
                    && a != b
                    && p.base == wp.base
                    && seen.insert(a.clone())
                {
                    within.push((a.clone(), b.clone()));
                }
            }
        }
        let mut marks: BTreeMap<(String, Option<String>), Dates> = BTreeMap::new();
        for (i, k) in parts.iter().enumerate() {
            if let Some(k) = k {
                let e = marks.entry((k.base.clone(), k.place.clone())).or_default();
                let d = claim_date(&doc[i]);
                e.0 = min_date(e.0, d);
                e.1 = max_date(e.1, d);
            }
        }
        Summary {
            doc_id: doc.first().map(|r| r.doc_id.clone()).unwrap_or_default(),
            within,
            marks: marks
                .into_iter()
                .map(|((base, place), (first, last))| Mark {
                    base,
                    place,
                    first,
                    last,
                })
                .collect(),
        }
    }

    /// The document summarised.
    pub fn doc_id(&self) -> &str {
        &self.doc_id
    }
}

/// The earlier of two dates, either missing.
fn min_date(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The later of two dates, either missing.
fn max_date(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}
