//! Events: the happenings numeric claims are about.
//!
//! A claim such as "three people were killed" is a figure of one event (a shooting on a given
//! day in a given town). This crate finds the events of one article ([`detect`]) and matches
//! the events of a whole archive into archive-wide events ([`link`]), so that reconciliation
//! compares figures of the same happening only.
//!
//! ```
//! use reckon_events::{EventRecord, detect, link};
//! use reckon_text::{Document, segment};
//!
//! let rec = reckon_entities::Recognizer::new();
//! let ext = reckon_claims::Extractor::new();
//! let mut records = Vec::new();
//! for (id, day, text) in [
//!     ("a", 2, "Two people were killed in a shooting in Dayton on Monday, police said."),
//!     ("b", 3, "Police named the two victims of Monday's shooting in Dayton. Two were killed."),
//! ] {
//!     let doc = Document::new(id, text).with_date(jiff::civil::date(2016, 5, day));
//!     let seg = segment(&doc.text);
//!     let ents = rec.recognize_with_descriptions(&doc, &seg);
//!     let x = ext.extract(&doc, &seg, &ents);
//!     for event in detect(&doc, &seg, &ents, &x).events {
//!         records.push(EventRecord { doc_id: id.into(), doc_date: doc.meta.date, source: None, event });
//!     }
//! }
//! let linked = link(&records);
//! assert_eq!(linked.events.len(), 1);
//! assert_eq!(linked.events[0].documents, ["a", "b"]);
//! let killed = linked.events[0].figures.iter().find(|f| f.measure == "killed").unwrap();
//! assert_eq!(killed.value, 2.0);
//! ```
//!
//! Design decisions:
//! - Triggers, predicates, people nouns, aggregate cues and broad places are data files
//!   (`data/`), compiled once into Aho-Corasick automata and sets; detection is one pass over
//!   the text plus a pass over the sentences that hold a predicate word.
//! - Mentions of one kind family in one article are one event unless a sentence dates a
//!   mention to another day; each sentence (and its claims) belongs to the event mentioned in
//!   it, else the last one mentioned before it.
//! - Counts of people: `killed`, `injured` and `shot` (see [`figures`] for how they combine),
//!   from claims (`claim: Some(index)`) and from words (`implicit: true`).
//! - Matching across articles compares pairs of records within blocks (kind family × place or
//!   person name), capped per record: deterministic, independent of input order, linear.
#![deny(missing_docs)]

mod detect;
pub mod figures;
mod happenings;
mod implicit;
mod lexicon;
mod link;
mod types;
mod when;
mod written;

pub use detect::{Detected, MAX_MENTIONS, MAX_NAMES, detect, family};
pub use figures::{article_measures, article_value};
pub use link::{Linked, Linker, NARROW_DAYS, link};
pub use types::{
    ArticleEvent, Event, EventFigure, EventKind, EventRecord, Figure, When, WhenSource,
};
pub use when::ARTICLE_WINDOW_DAYS;
