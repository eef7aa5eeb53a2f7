//! Events: the happenings numeric claims are about.
//!
//! A claim such as "three people were killed" is a figure of one event (a shooting on a given
//! day in a given town). This crate finds the events of one article and matches the events of
//! a whole archive into archive-wide events, so that reconciliation compares figures of the
//! same happening only.
#![deny(missing_docs)]

mod types;

pub use types::{
    ArticleEvent, Event, EventFigure, EventKind, EventRecord, Figure, When, WhenSource,
};
