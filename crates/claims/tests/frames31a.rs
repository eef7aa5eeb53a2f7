//! Attribution, session 31 (attr31): a report or data set that puts a figure at a value, or a
//! record that lists or shows one, is its source (docs/judging/frames.md, "Documents and data as
//! sources"); a report's phrase is not cut at an event it was published during; a headline glued
//! to a body that opens with its source (`... raid The Pentagon said ...`) keeps the headline's
//! figures out of that source. Kept after a before/after diff of every changed frame on the real
//! corpus (crates/claims README, "Session 31: attribution").

mod common;

use common::source;

/// Class: `A/The/Some REPORT-NOUN ... put(s) X at N` (or `as high as N`): the poll, survey,
/// study, estimate or report is the source of the value it puts.
#[test]
fn a_report_that_puts_a_figure_at_a_value_is_its_source() {
    for (s, q, a) in [
        (
            "The latest Harris poll for the Daily Mirror put support for the plan at 38 percent.",
            "38 percent",
            Some("The latest Harris poll"),
        ),
        (
            "Independent estimates have put the cost of the bridge at $4 billion.",
            "$4 billion",
            Some("Independent estimates"),
        ),
        (
            "Some estimates put the number of squatters as high as 9,000.",
            "as high as 9,000",
            Some("Some estimates"),
        ),
        (
            "A recent university study puts the share of renters at 41 percent.",
            "41 percent",
            Some("A recent university study"),
        ),
        // (a person or a thing that is no document puts nothing on record: no source)
        (
            "The farmer put the calves at the back of the barn with 12 others.",
            "12",
            None,
        ),
        ("The team put the ball in the net 3 times.", "3", None),
    ] {
        let got = source(s, q);
        match a {
            // (the report's head word must be in the span; the exact extent is a matter of the
            // phrase walk, judged by reading)
            Some(want) => {
                let got = got.unwrap_or_else(|| panic!("no source for {q:?} in {s}"));
                let head = want.split_whitespace().last().unwrap();
                assert!(got.contains(head), "{s}: {got:?} lacks {head:?}");
            }
            None => assert_eq!(got, None, "{s}"),
        }
    }
}

/// Class: a headline glued to the body with no stop, where the body opens with its source
/// (`... in a deadly raid The Pentagon said ...`): the headline's figures are not the source's;
/// the body's are.
#[test]
fn a_headline_glued_to_a_body_opening_with_its_source_is_not_covered() {
    for (s, q, a) in [
        (
            "How the first strike of the year went wrong in a deadly raid The Pentagon said \
             the battle killed 14 fighters.",
            "first",
            None,
        ),
        (
            "How the first strike of the year went wrong in a deadly raid The Pentagon said \
             the battle killed 14 fighters.",
            "14",
            Some("The Pentagon"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: a record or report that lists a figure, or a document that shows one: the document
/// is the source (frames.md, "Documents and data as sources").
#[test]
fn a_document_that_lists_or_shows_a_figure_is_its_source() {
    for (s, q, a) in [
        (
            "Court records list 12 victims of the scheme.",
            "12",
            Some("records"),
        ),
        (
            "The inspection report listed 27 violations at the plant.",
            "27",
            Some("report"),
        ),
        (
            "The document shows the firm declared $80 million in losses.",
            "$80 million",
            Some("document"),
        ),
        // (a person or a firm that lists things on a page is no document: not this class)
        (
            "The shop listed 14 bicycles for sale on its website.",
            "14",
            None,
        ),
    ] {
        let got = source(s, q);
        match a {
            Some(head) => {
                let got = got.unwrap_or_else(|| panic!("no source for {q:?} in {s}"));
                assert!(got.contains(head), "{s}: {got:?} lacks {head:?}");
            }
            None => assert_eq!(got, None, "{s}"),
        }
    }
}

/// Class: `A report published by X during/at EVENT showed that ...`: the phrase after the
/// preposition of the setting is no subject; the report is the source.
#[test]
fn a_report_published_during_an_event_is_the_source_not_the_event() {
    for (s, q) in [
        (
            "A report published by the national statistics office during the annual economic \
             forum in Davos last year showed that exports had risen to 25 percent in 2016.",
            "25 percent",
        ),
        (
            "A study released by the health ministry during the regional conference showed \
             that 40 percent of clinics lacked staff.",
            "40 percent",
        ),
    ] {
        let got = source(s, q).unwrap_or_else(|| panic!("no source for {q:?} in {s}"));
        assert!(got.starts_with('A'), "{s}: {got:?}");
        assert!(
            !got.contains("forum") && !got.contains("conference"),
            "{s}: {got:?}"
        );
    }
}
