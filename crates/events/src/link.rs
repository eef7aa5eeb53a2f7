//! Archive-wide events: the article events of many documents matched into one event per
//! happening.
//!
//! Candidates come from blocks: records of one kind family that share a place or a person's
//! name. Within a block, records are sorted by the start of their date window and each is
//! compared with the next ones whose windows may overlap, at most
//! [`Linker::max_candidates`] of them: time stays linear even when every article names the same
//! city. Two records are merged when they are compatible (same family, windows at most
//! [`Linker::slack_days`] apart, places not in conflict) and agree enough:
//! - a shared person's name (officials speaking are left out at detection, common names here)
//!   merges them whatever places they name (reports name one place at different grains); a
//!   follow-up up to [`FOLLOW_UP_DAYS`] later needs the same place too (or two names and no
//!   place);
//! - otherwise both must name the same place, and either both give a narrow date (at most
//!   [`NARROW_DAYS`] days, from the text), or their figures agree (an equal killed or injured
//!   value and none unequal), or the place is rare (named by records of at most
//!   [`RARE_PLACE_WEEKS`] weeks: a town, not a city with a shooting every week) and no figure
//!   disagrees; a rare own place that both name also merges narrow text dates up to
//!   [`NARROW_DAYS`] days apart when a figure agrees and none disagrees (a weekday read against
//!   another day); a county stands for its rare namesake town.
//!
//! Names are compared in their variants (`Michael Eugene Smith` also as `Michael Smith`,
//! `Junior Kaitlyn Pullam` as `Kaitlyn Pullam`); a name that some record gives as a place
//! (`Myrtle Beach` tagged as a person) is not a name.
//!
//! A record's own place is looked up among the first [`ANCHOR_PLACES`] places of the other
//! (those of its event's sentences, then its dateline): an article listing many cities is no
//! anchor for each of them.
//!
//! Single-link chains are bounded: a match on place is refused when it would stretch the set's
//! narrow text dates over more than [`NARROW_DAYS`] days (many same-city reports of different
//! days would otherwise chain into one event), or when it would put into one event two events
//! that one article tells apart (two of its article events: a list of attacks, two bombings
//! in one city on one day). Records and blocks are visited in a canonical
//! order (document id, event index; block keys sorted), so the result does not depend on input
//! order or sharding. Ids hash the smallest member.

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::civil::Date;
use xxhash_rust::xxh3::xxh3_64;

use crate::detect::family;
use crate::figures::{Report, article_measures, article_value, reconcile};
use crate::lexicon::LEXICON;
use crate::types::{Event, EventKind, EventRecord, When, WhenSource};
use crate::when::{article_window, gap_days, width_days};

/// Reports this many days apart are matched on shared names (a follow-up: a trial, an
/// arrest) but not on place and figures.
pub const FOLLOW_UP_DAYS: i64 = 400;

/// A date window from the text this narrow (in days) pins an event down.
pub const NARROW_DAYS: i64 = 3;

/// Archive-wide events and, for each article event, the event it belongs to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Linked {
    /// The events, sorted by id.
    pub events: Vec<Event>,
    /// (document id, article event index) → event id.
    pub event_of: BTreeMap<(String, u32), String>,
    /// How many pairs of records were compared: at most about `max_candidates` times the
    /// blocks per record (a place and a few names) times the records.
    pub comparisons: usize,
}

/// Matches article events into archive-wide events (see the module docs for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Linker {
    /// At most this many later records of a block are compared with each record.
    pub max_candidates: usize,
    /// Windows this many days apart still count as overlapping (late-night events are dated to
    /// either day).
    pub slack_days: i64,
}

impl Default for Linker {
    fn default() -> Self {
        Linker {
            max_candidates: 64,
            slack_days: 1,
        }
    }
}

/// What matching reads of one record, computed once.
struct Features {
    family: u8,
    /// The event's own place (lower case), when narrow.
    place: Option<String>,
    places: Vec<String>,
    window: Option<When>,
    names: Vec<String>,
    /// The names and their variants without a middle name or a leading title word
    /// (`michael eugene smith` → `michael smith`, `junior kaitlyn pullam` → `kaitlyn pullam`),
    /// sorted: reports spell one person's name at different lengths.
    name_keys: Vec<String>,
    /// The event's own place is named by records of at most [`RARE_PLACE_WEEKS`] weeks (set by
    /// [`mark_rare_places`]).
    rare_place: bool,
    killed: Option<f64>,
    injured: Option<f64>,
}

/// The forms of a full name that matching compares: the name, and for three words or more the
/// first and last word and the last two words.
fn name_variants(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out = vec![name.to_owned()];
    if let [first, .., second_last, last] = words[..]
        && words.len() >= 3
    {
        out.push(format!("{first} {last}"));
        out.push(format!("{second_last} {last}"));
    }
    out
}

impl Features {
    fn of(r: &EventRecord) -> Features {
        let lex = &*LEXICON;
        let ev = &r.event;
        let mut places: Vec<String> = ev
            .place
            .iter()
            .chain(&ev.places)
            .filter(|p| !lex.is_broad(p))
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect();
        // each place once, at its first position (the own place is also among the places,
        // not always first: a place repeated must not push a third one out of the anchors)
        let mut seen = HashSet::new();
        places.retain(|p| seen.insert(p.clone()));
        let mut names: Vec<String> = ev
            .names
            .iter()
            .map(|n| n.to_lowercase())
            .filter(|n| {
                n.split_whitespace().count() >= 2
                    && !n.contains(|c: char| c == ',' || c.is_ascii_digit())
                    && !n.split_whitespace().any(|w| lex.not_names.contains(w))
            })
            .collect();
        names.sort();
        names.dedup();
        let mut name_keys: Vec<String> = names.iter().flat_map(|n| name_variants(n)).collect();
        name_keys.sort();
        name_keys.dedup();
        Features {
            family: family(ev.kind),
            place: places
                .first()
                .filter(|_| ev.place.as_deref().is_some_and(|p| !lex.is_broad(p)))
                .cloned(),
            places,
            window: ev.when.or_else(|| r.doc_date.map(article_window)),
            names,
            name_keys,
            rare_place: false,
            killed: article_value(ev, "killed"),
            injured: article_value(ev, "injured"),
        }
    }
}

/// True when two places may be one: equal, or one ends with the other as whole words (`South
/// Los Angeles`, `Los Angeles`); not a place after a comma (`Quincy, Washington` is not
/// `Washington`), as [`place_keys`] files it.
fn same_place(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    long == short
        || (!long.contains(',')
            && long.ends_with(short)
            && long[..long.len() - short.len()].ends_with(' '))
}

/// True when one place is a county and the other the town it is named for (`hanover county`,
/// `hanover`), and that town is `quiet` (named by records of few weeks: a town, see
/// [`mark_rare_places`]): local reports of one shooting name the one or the other, a place at
/// two grains. Not for a busy city, which is often no part of its namesake county (`baltimore
/// county` and `baltimore`) and has shootings of its own on the same day.
fn county_and_town(a: &str, b: &str, quiet: &HashSet<String>) -> bool {
    let town = |county: &str, town: &str| county_seat(county) == Some(town) && quiet.contains(town);
    town(a, b) || town(b, a)
}

/// The name of a county or parish without its word (`hanover county` → `hanover`), for the
/// namesake town; not a county after a comma (`hanover county, virginia` is filed whole).
fn county_seat(place: &str) -> Option<&str> {
    let stem = place
        .strip_suffix(" county")
        .or_else(|| place.strip_suffix(" parish"))?
        .trim_end();
    (!stem.is_empty() && !place.contains(',')).then_some(stem)
}

/// A place and its endings as whole words, longest first: `south los angeles`, `los
/// angeles`, `angeles` (the places [`same_place`] takes for one with it), and a county also
/// under its namesake town (`hanover county` under `hanover`). A place with a comma is filed
/// whole: the ending of `quincy, washington` is its state.
fn place_keys(place: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(place), |p| {
        p.split_once(' ')
            .map(|(_, rest)| rest.trim_start())
            .filter(|r| !r.is_empty() && !place.contains(','))
    })
    .chain(county_seat(place))
}

/// Union-find whose root is always the smallest index (so roots do not depend on the order of
/// unions).
/// Each set also keeps the days its narrow text dates span, so that matching on place cannot
/// chain reports of different days into one event.
/// Each set also keeps, per document, the index of its article event in the set: two events
/// that one article tells apart (a list of attacks, two votes) are never one event.
struct Sets {
    parent: Vec<usize>,
    span: Vec<Option<(Date, Date)>>,
    /// Per root: document number → the article event index of the set's event from it.
    docs: Vec<HashMap<usize, u32>>,
    /// Pairs of roots known to be apart (sets only grow, so they stay apart while both are
    /// roots): a refused pair compared again costs nothing.
    known_apart: std::collections::HashSet<(usize, usize)>,
}

impl Sets {
    /// `docs[i]` is the document number of record `i`, `index[i]` its article event index.
    fn new(feats: &[Features], docs: &[usize], index: &[u32]) -> Sets {
        Sets {
            parent: (0..feats.len()).collect(),
            span: feats
                .iter()
                .map(|f| f.window.filter(is_narrow).map(|w| (w.start, w.end)))
                .collect(),
            docs: docs
                .iter()
                .zip(index)
                .map(|(&d, &i)| HashMap::from([(d, i)]))
                .collect(),
            known_apart: std::collections::HashSet::new(),
        }
    }
    /// True when the sets of `a` and `b` hold two events that one article tells apart (two
    /// of its article events).
    fn apart(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        let key = (ra.min(rb), ra.max(rb));
        if self.known_apart.contains(&key) {
            return true;
        }
        let (small, large) = if self.docs[ra].len() <= self.docs[rb].len() {
            (&self.docs[ra], &self.docs[rb])
        } else {
            (&self.docs[rb], &self.docs[ra])
        };
        let apart = small
            .iter()
            .any(|(d, i)| large.get(d).is_some_and(|j| i != j));
        if apart {
            self.known_apart.insert(key);
        }
        apart
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    /// The days the two sets' narrow dates would span together.
    fn joint_span(&mut self, a: usize, b: usize) -> Option<(Date, Date)> {
        let (ra, rb) = (self.find(a), self.find(b));
        match (self.span[ra], self.span[rb]) {
            (Some(x), Some(y)) => Some((x.0.min(y.0), x.1.max(y.1))),
            (x, y) => x.or(y),
        }
    }
    fn union(&mut self, a: usize, b: usize) {
        let joint = self.joint_span(a, b);
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        if lo == hi {
            return;
        }
        self.parent[hi] = lo;
        self.span[lo] = joint;
        // the smaller map moves into the larger (each entry moves O(log n) times)
        let mut moved = std::mem::take(&mut self.docs[hi]);
        if moved.len() > self.docs[lo].len() {
            std::mem::swap(&mut moved, &mut self.docs[lo]);
        }
        self.docs[lo].extend(moved);
    }
}

/// Two figures of one measure this close (a share of the larger) nearly agree.
pub const NEAR_FIGURES: f64 = 0.1;

/// How the killed and injured figures of two records compare: equal, or apart (and of those
/// apart, within [`NEAR_FIGURES`] of each other: `130` and `129` dead).
struct Figures {
    agree: u32,
    near: u32,
    disagree: u32,
}

fn figures(a: &Features, b: &Features) -> Figures {
    let mut f = Figures {
        agree: 0,
        near: 0,
        disagree: 0,
    };
    for (p, q) in [(a.killed, b.killed), (a.injured, b.injured)] {
        if let (Some(p), Some(q)) = (p, q) {
            if p == q {
                f.agree += 1;
            } else {
                f.disagree += 1;
                if (p - q).abs() <= NEAR_FIGURES * p.max(q) {
                    f.near += 1;
                }
            }
        }
    }
    f
}

/// True when two records give the same toll of at least two dead: a multiple killing, rare
/// enough in one place and one week to tell one happening when the hurt differ.
fn toll_agrees(a: &Features, b: &Features) -> bool {
    matches!((a.killed, b.killed), (Some(p), Some(q)) if p == q && p >= 2.0)
}

/// True when both windows come from the text and are the same window of at most a month.
fn same_text_month(x: &When, y: &When) -> bool {
    x.source != WhenSource::ArticleDate
        && y.source != WhenSource::ArticleDate
        && (x.start, x.end) == (y.start, y.end)
        && width_days(x) <= 31
}

/// A date window from the text at most [`NARROW_DAYS`] wide.
fn is_narrow(w: &When) -> bool {
    w.source != WhenSource::ArticleDate && width_days(w) <= NARROW_DAYS
}

/// How two records matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    /// A shared person's name.
    Name,
    /// The same place and compatible dates or figures.
    Place,
}

/// A stable event id: a hash of the smallest member.
fn event_id(doc_id: &str, index: u32) -> String {
    let key = format!("{doc_id}\u{0}{index}");
    format!("ev-{:016x}", xxh3_64(key.as_bytes()))
}

impl Linker {
    /// True when the records `a` and `b` (of different documents) report one happening.
    fn matches(&self, a: &Features, b: &Features, quiet: &HashSet<String>) -> Option<Match> {
        let yes = |m: Match, ok: bool| ok.then_some(m);
        if a.family != b.family {
            return None;
        }
        // a's names of which b gives some form (each person counted once)
        let shared = a
            .names
            .iter()
            .filter(|n| {
                name_variants(n)
                    .iter()
                    .any(|v| b.name_keys.binary_search(v).is_ok())
            })
            .count();
        let windows = match (&a.window, &b.window) {
            (Some(x), Some(y)) => Some(gap_days(x, y) <= self.slack_days),
            _ => None,
        };
        let far = windows == Some(false);
        // one's own place among the other's places
        // one's own place among the first places of the other (those of its own sentences and
        // dateline: an article listing many cities is no anchor for all of them)
        let within = |x: &Features, y: &Features| {
            x.place.as_deref().is_some_and(|p| {
                y.places
                    .iter()
                    .take(ANCHOR_PLACES)
                    .any(|q| same_place(p, q) || county_and_town(p, q, quiet))
            })
        };
        if far && self.same_town_days_apart(a, b) {
            return Some(Match::Place);
        }
        if far {
            // a follow-up months later (a trial, an anniversary) is matched by names alone
            let within_reach = matches!((&a.window, &b.window),
                (Some(x), Some(y)) if gap_days(x, y) <= FOLLOW_UP_DAYS);
            if shared == 0 || !within_reach {
                return None;
            }
        }
        let place = if a.places.is_empty() || b.places.is_empty() {
            None
        } else {
            Some(within(a, b) || within(b, a))
        };
        if shared >= 1 {
            // within days, a shared name is enough; a follow-up needs the place too
            return yes(
                Match::Name,
                !far || place == Some(true) || shared >= 2 && place.is_none(),
            );
        }
        if place != Some(true) || windows.is_none() {
            return None;
        }
        let (x, y) = (
            a.window.unwrap_or_else(|| unreachable!()),
            b.window.unwrap(),
        );
        let Figures {
            agree,
            near,
            disagree,
        } = figures(a, b);
        // a place few weeks of the archive name (a town, not a city with a shooting a week)
        // pins the event down within overlapping windows when no figure disagrees
        // (named by the other as such: `north philadelphia` is rare, the `philadelphia` that
        // holds it is not)
        let names_own = |x: &Features, y: &Features| {
            x.place
                .as_deref()
                .is_some_and(|p| y.places.iter().take(ANCHOR_PLACES).any(|q| q == p))
        };
        let rare = (a.rare_place && names_own(a, b)) || (b.rare_place && names_own(b, a));
        // the two own places are one (not a province and a city it names, nor a city and a
        // part of it: `south chicago` and `chicago` may report two shootings of one day)
        let same_own = matches!((&a.place, &b.place), (Some(p), Some(q)) if p == q);
        let ok = if is_narrow(&x) && is_narrow(&y) {
            // on the same days in one place, one figure may disagree (an early count); when
            // one's place is only among the other's places, a figure must agree instead
            if same_own {
                disagree < 2
            } else {
                agree >= 1 && disagree == 0
            }
        } else if same_own && same_text_month(&x, &y) {
            // the same month from both texts (`the November 2015 attacks in Paris`): the
            // figures must agree, at least to a tenth
            agree + near >= 1 && disagree == near
        } else if same_own && toll_agrees(a, b) {
            // the same toll of several dead in one own place within the windows: the hurt may
            // be an early count (`3 killed, 6 injured`, then `3 dead, 7 wounded`)
            disagree < 2
        } else {
            (agree >= 1 || rare) && disagree == 0
        };
        yes(Match::Place, ok)
    }

    /// True when two reports a few days apart (at most [`NARROW_DAYS`], both dated from the
    /// text) name the same rare own place (a town few weeks of the archive name) and agree on
    /// a killed or injured figure with none in disagreement: one report's weekday read against
    /// another day (`on Saturday` in a report of Monday) or a report dated by its follow-up
    /// (an arrest two days later) still tells the town's one shooting. Not a busy city, where
    /// reports of one toll on different days are often different shootings.
    fn same_town_days_apart(&self, a: &Features, b: &Features) -> bool {
        let (Some(x), Some(y)) = (&a.window, &b.window) else {
            return false;
        };
        let same_own = matches!((&a.place, &b.place), (Some(p), Some(q)) if p == q);
        if !same_own || !a.rare_place || !is_narrow(x) || !is_narrow(y) {
            return false;
        }
        if gap_days(x, y) > NARROW_DAYS {
            return false;
        }
        let f = figures(a, b);
        f.agree >= 1 && f.disagree == 0
    }

    /// Matches the article events of an archive into archive-wide events.
    pub fn link(&self, records: &[EventRecord]) -> Linked {
        let mut order: Vec<usize> = (0..records.len()).collect();
        order.sort_by(|&i, &j| {
            let (a, b) = (&records[i], &records[j]);
            (a.doc_id.as_str(), a.event.index).cmp(&(b.doc_id.as_str(), b.event.index))
        });
        let recs: Vec<&EventRecord> = order.iter().map(|&i| &records[i]).collect();
        let feats: Vec<Features> = recs.iter().map(|r| Features::of(r)).collect();
        let mut feats = feats;
        drop_place_names(&mut feats);
        drop_common_names(&mut feats);
        let quiet = mark_rare_places(&mut feats);
        let mut doc_no = Vec::with_capacity(recs.len());
        for (i, r) in recs.iter().enumerate() {
            let same = i > 0 && recs[i - 1].doc_id == r.doc_id;
            doc_no.push(if same { doc_no[i - 1] } else { i });
        }
        let index: Vec<u32> = recs.iter().map(|r| r.event.index).collect();
        let mut sets = Sets::new(&feats, &doc_no, &index);
        // the same (document, index) twice (an article in two shards) is one member
        for i in 1..recs.len() {
            if recs[i].doc_id == recs[i - 1].doc_id
                && recs[i].event.index == recs[i - 1].event.index
            {
                sets.union(i - 1, i);
            }
        }

        // blocks: (family, by name?, key)
        let mut blocks: HashMap<(u8, bool, &str), Vec<usize>> = HashMap::new();
        // a place is also filed under its endings that other records name as a place (`east
        // baltimore` under `baltimore`): `same_place` takes them for one, so they must meet
        let known: std::collections::HashSet<&str> = feats
            .iter()
            .flat_map(|f| f.places.iter().map(String::as_str))
            .collect();
        // records that give the same count (`#injured=5`) also meet in a block of their own: in
        // a busy city's block the cap of candidates can leave two reports of one shooting
        // uncompared (matching still asks for their places and dates)
        let figure_keys: Vec<Vec<String>> = feats
            .iter()
            .map(|f| {
                [("killed", f.killed), ("injured", f.injured)]
                    .into_iter()
                    .filter_map(|(m, v)| v.filter(|&v| v >= 1.0).map(|v| format!("#{m}={v}")))
                    .collect()
            })
            .collect();
        for (i, f) in feats.iter().enumerate() {
            for k in &figure_keys[i] {
                blocks
                    .entry((f.family, false, k.as_str()))
                    .or_default()
                    .push(i);
            }
            for p in &f.places {
                for key in place_keys(p).filter(|k| k.len() == p.len() || known.contains(k)) {
                    blocks.entry((f.family, false, key)).or_default().push(i);
                }
            }
            for n in f.name_keys.iter().take(12) {
                blocks
                    .entry((f.family, true, n.as_str()))
                    .or_default()
                    .push(i);
            }
        }
        let mut comparisons = 0usize;
        let mut keys: Vec<&(u8, bool, &str)> = blocks.keys().collect();
        keys.sort();
        for key in keys {
            let mut members = blocks[key].clone();
            let start = |i: usize| feats[i].window.map(|w| w.start);
            members.sort_by_key(|&i| (start(i), i));
            // (a record whose places share an ending is filed once)
            members.dedup();
            for (k, &a) in members.iter().enumerate() {
                let mut compared = 0;
                for &b in &members[k + 1..] {
                    if compared == self.max_candidates {
                        break;
                    }
                    let by_name = key.1;
                    if let (false, Some(wa), Some(sb)) = (by_name, feats[a].window, start(b)) {
                        // (a rare town's reports may be up to NARROW_DAYS apart:
                        // `same_town_days_apart`)
                        let reach = wa
                            .end
                            .checked_add(jiff::Span::new().days(self.slack_days.max(NARROW_DAYS)))
                            .unwrap_or(wa.end);
                        // sorted by start: no later record can overlap `a`
                        if sb > reach {
                            break;
                        }
                    }
                    if recs[a].doc_id == recs[b].doc_id {
                        continue;
                    }
                    compared += 1;
                    comparisons += 1;
                    if sets.find(a) == sets.find(b) {
                        continue;
                    }
                    let joined = match self.matches(&feats[a], &feats[b], &quiet) {
                        Some(Match::Name) => true,
                        // matching on place never stretches an event over more days than a
                        // narrow date does
                        Some(Match::Place) => {
                            sets.joint_span(a, b).is_none_or(|(s, e)| {
                                width_days(&When {
                                    start: s,
                                    end: e,
                                    source: WhenSource::Explicit,
                                }) <= NARROW_DAYS
                            }) && !sets.apart(a, b)
                        }
                        None => false,
                    };
                    if joined {
                        sets.union(a, b);
                    }
                }
            }
        }

        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..recs.len() {
            let root = sets.find(i);
            groups.entry(root).or_default().push(i);
        }
        let mut linked = Linked {
            comparisons,
            ..Linked::default()
        };
        for members in groups.values() {
            let event = self.event_of_members(&recs, &feats, members);
            for &m in members {
                linked.event_of.insert(
                    (recs[m].doc_id.clone(), recs[m].event.index),
                    event.id.clone(),
                );
            }
            linked.events.push(event);
        }
        linked.events.sort_by(|a, b| a.id.cmp(&b.id));
        linked
    }

    /// The archive-wide event of one group of records (sorted canonically, first = smallest).
    fn event_of_members(
        &self,
        recs: &[&EventRecord],
        feats: &[Features],
        members: &[usize],
    ) -> Event {
        let first = recs[members[0]];
        let kind =
            most_common(members.iter().map(|&m| recs[m].event.kind)).unwrap_or(EventKind::Other);
        let place = most_common(members.iter().filter_map(|&m| recs[m].event.place.clone()));
        let when = merged_window(members.iter().filter_map(|&m| feats[m].window));
        let mut documents: Vec<String> = members.iter().map(|&m| recs[m].doc_id.clone()).collect();
        documents.dedup();
        let mut member_ids: Vec<(String, u32)> = members
            .iter()
            .map(|&m| (recs[m].doc_id.clone(), recs[m].event.index))
            .collect();
        member_ids.dedup();
        let reports: Vec<Report<'_>> = members
            .iter()
            .map(|&m| Report {
                doc_id: &recs[m].doc_id,
                date: recs[m].doc_date,
                event: &recs[m].event,
            })
            .collect();
        let mut measures: Vec<&str> = members
            .iter()
            .flat_map(|&m| article_measures(&recs[m].event))
            .collect();
        measures.sort_unstable();
        measures.dedup();
        let figures = measures
            .iter()
            .filter_map(|m| reconcile(m, &reports))
            .collect();
        Event {
            id: event_id(&first.doc_id, first.event.index),
            kind,
            when,
            place,
            documents,
            members: member_ids,
            figures,
        }
    }
}

/// Names that records of more than [`COMMON_NAME_WEEKS`] different weeks give (a reporter, a
/// police chief, page furniture read as a name), or records of more than
/// [`COMMON_NAME_PLACES`] different own places (a prime minister condemning attacks in three
/// cities), say nothing about which event a record reports: they are dropped from matching.
fn drop_common_names(feats: &mut [Features]) {
    let max_places = COMMON_NAME_PLACES;
    // per name: the weeks and the own places of the records that give it (each list capped)
    let mut seen: HashMap<&str, (Vec<i64>, Vec<&str>)> = HashMap::new();
    for f in feats.iter() {
        let Some(w) = f.window else { continue };
        let week = week_of(w.start);
        for n in &f.names {
            let (ws, ps) = seen.entry(n.as_str()).or_default();
            if !ws.contains(&week) && ws.len() <= COMMON_NAME_WEEKS {
                ws.push(week);
            }
            if let Some(p) = f.place.as_deref()
                && ps.len() <= max_places
                && !ps.iter().any(|q| same_place(p, q))
            {
                ps.push(p);
            }
        }
    }
    let common: std::collections::HashSet<String> = seen
        .into_iter()
        .filter(|(_, (ws, ps))| ws.len() > COMMON_NAME_WEEKS || ps.len() > max_places)
        .map(|(n, _)| n.to_owned())
        .collect();
    if common.is_empty() {
        return;
    }
    for f in feats.iter_mut() {
        f.names.retain(|n| !common.contains(n));
        f.name_keys.retain(|n| !common.contains(n));
    }
}

/// Names that some record gives as a place (`Myrtle Beach` tagged as a person in a dateline)
/// say where, not who: they are dropped from the names matching reads.
fn drop_place_names(feats: &mut [Features]) {
    let places: std::collections::HashSet<String> = feats
        .iter()
        .flat_map(|f| f.places.iter().cloned())
        .collect();
    for f in feats.iter_mut() {
        f.names.retain(|n| !places.contains(n));
        f.name_keys.retain(|n| !places.contains(n));
    }
}

/// Marks the records whose own place is named (as any of their places) by records of at most
/// [`RARE_PLACE_WEEKS`] different weeks, and returns those quiet places (for
/// [`county_and_town`]).
fn mark_rare_places(feats: &mut [Features]) -> HashSet<String> {
    let mut weeks: HashMap<&str, Vec<i64>> = HashMap::new();
    for f in feats.iter() {
        let Some(w) = f.window else { continue };
        let week = week_of(w.start);
        for p in &f.places {
            let ws = weeks.entry(p.as_str()).or_default();
            if !ws.contains(&week) && ws.len() <= RARE_PLACE_WEEKS {
                ws.push(week);
            }
        }
    }
    let rare: Vec<bool> = feats
        .iter()
        .map(|f| {
            f.place
                .as_deref()
                .is_some_and(|p| weeks.get(p).is_some_and(|ws| ws.len() <= RARE_PLACE_WEEKS))
        })
        .collect();
    let quiet = weeks
        .into_iter()
        .filter(|(_, ws)| ws.len() <= RARE_PLACE_WEEKS)
        .map(|(p, _)| p.to_owned())
        .collect();
    for (f, r) in feats.iter_mut().zip(rare) {
        f.rare_place = r;
    }
    quiet
}

/// A place named by records of at most this many weeks is rare (see [`mark_rare_places`]).
pub const RARE_PLACE_WEEKS: usize = 3;

/// A week number (ISO year × 100 + ISO week).
fn week_of(d: Date) -> i64 {
    i64::from(d.iso_week_date().year()) * 100 + i64::from(d.iso_week_date().week())
}

/// A name given by records of more own places than this is common too (a head of government
/// commenting on attacks in several cities).
pub const COMMON_NAME_PLACES: usize = 3;

/// The first places of a record (those of its event's sentences, then its dateline) that
/// another record's own place is looked up in.
pub const ANCHOR_PLACES: usize = 3;

/// A name given by records of more weeks than this is common (see [`drop_common_names`]).
pub const COMMON_NAME_WEEKS: usize = 3;

/// The most common item (ties: the smallest).
fn most_common<T: Ord>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for x in items {
        *counts.entry(x).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(x, _)| x)
}

/// The narrowest window the reports agree on: the intersection of the windows read from the
/// text when it is not empty, else the narrowest of them (earliest on a tie); with no window
/// from the text, the intersection of the article-date windows, else the earliest.
fn merged_window(windows: impl Iterator<Item = When>) -> Option<When> {
    let (text, article): (Vec<When>, Vec<When>) =
        windows.partition(|w| w.source != WhenSource::ArticleDate);
    let pool = if text.is_empty() { article } else { text };
    let start = pool.iter().map(|w| w.start).max()?;
    let end = pool.iter().map(|w| w.end).min()?;
    if start <= end {
        let source = if pool.iter().all(|w| w.source == WhenSource::Relative) {
            WhenSource::Relative
        } else {
            pool[0].source
        };
        return Some(When { start, end, source });
    }
    pool.into_iter()
        .min_by_key(|w| (width_days(w), w.start, w.end))
}

/// Matches the article events of an archive with the default [`Linker`].
pub fn link(records: &[EventRecord]) -> Linked {
    Linker::default().link(records)
}
