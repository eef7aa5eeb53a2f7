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

use crate::record::ClaimRecord;
use crate::series::{KeyParts, claim_date};

/// The roots of one measure's placed records, and their first and last dates.
type Roots = (BTreeSet<String>, Option<Date>, Option<Date>);

/// The archive-wide facts place inference needs (see the module docs).
#[derive(Debug, Default)]
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

    /// Step 1 for one article (records of one document, sorted by claim index): the
    /// containments its part-of relations show.
    pub(crate) fn contain(&mut self, doc: &[ClaimRecord], parts: &[Option<KeyParts>]) {
        let index: BTreeMap<u32, usize> = doc
            .iter()
            .enumerate()
            .map(|(i, r)| (r.claim.index, i))
            .collect();
        for (pi, r) in doc.iter().enumerate() {
            for w in &r.part_of {
                let Some(&wi) = index.get(w) else { continue };
                if let (Some(p), Some(wp)) = (&parts[pi], &parts[wi])
                    && let (Some(a), Some(b)) = (&p.place, &wp.place)
                    && a != b
                    && p.base == wp.base
                {
                    self.parent.entry(a.clone()).or_insert_with(|| b.clone());
                }
            }
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

    /// Step 3's input, for one article (after every article's [`Places::contain`]): the roots
    /// and dates of its placed records, per measure.
    pub(crate) fn count(&mut self, doc: &[ClaimRecord], parts: &[Option<KeyParts>]) {
        let place = self.stated(parts);
        for (i, k) in parts.iter().enumerate() {
            if let (Some(k), Some(p)) = (k, &place[i]) {
                let root = self.root(p);
                let e = self.by_measure.entry(k.base.clone()).or_default();
                e.0.insert(root);
                if let Some(d) = claim_date(&doc[i]) {
                    e.1 = Some(e.1.map_or(d, |x: Date| x.min(d)));
                    e.2 = Some(e.2.map_or(d, |x: Date| x.max(d)));
                }
            }
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
