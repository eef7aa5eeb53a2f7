//! The time of claims on sentences shaped like the real news corpus (issue 14, session 23): the
//! cause clause of a dated event (`died last week after two women accosted him`). Each test is
//! named after the rule it guards; the sentences are written for the tests.

mod common;

use common::time_of;

/// Class: a figure in a finite `after` clause that gives the cause of an event dated to the day
/// or the week before it, with no date of its own, holds at that day or week.
#[test]
fn a_cause_clause_after_a_dated_event_shares_its_day() {
    let date = (2017, 3, 20); // a Monday
    assert_eq!(
        time_of(
            "The ferry returned to port on Friday after one of its three engines failed at sea.",
            date,
            "three",
        )
        .as_deref(),
        Some("2017-03-17")
    );
    assert_eq!(
        time_of(
            "The minister resigned last week after 40 lawmakers signed a letter against her.",
            date,
            "40",
        )
        .as_deref(),
        Some("2017-W11")
    );
    // a year is too coarse to hold the cause: it may be years before
    assert_eq!(
        time_of(
            "He took power in 2006 after 300 delegates backed him at the party congress.",
            date,
            "300",
        ),
        None
    );
    // a noun phrase after `after` is no cause clause (a career, a stretch)
    assert_eq!(
        time_of(
            "The coach resigned on Friday after a record 87 games in charge.",
            date,
            "87",
        ),
        None
    );
    // a participle neither (the rescue on Friday ended a night spent after the stranding)
    assert_eq!(
        time_of(
            "Hikers were flown out on Friday from huts where they slept after being stranded in two gondolas.",
            date,
            "two",
        ),
        None
    );
    // nor a clause dated itself: its own date wins
    assert_eq!(
        time_of(
            "Parliament backed the plan on Friday after 52 percent voted to leave in a referendum last June.",
            date,
            "52 percent",
        )
        .as_deref(),
        Some("2016-06")
    );
}

/// Class: a figure with no date of its own, reported from a document named with its year or
/// month (`According to the 2016 survey, ...`, `..., according to a 2014 report from X`), holds as
/// of that year or month.
#[test]
fn a_figure_from_a_dated_document_holds_at_its_date() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "According to the 2015 Household Budget Survey, 37 percent of families own a second car.",
            date,
            "37 percent",
        )
        .as_deref(),
        Some("2015")
    );
    assert_eq!(
        time_of(
            "About 8 percent of adults smoke daily, according to a 2014 report from the Health Institute.",
            date,
            "About 8 percent",
        )
        .as_deref(),
        Some("2014")
    );
    assert_eq!(
        time_of(
            "According to October figures from the central bank, the yuan held a share of 2.3 percent.",
            date,
            "2.3 percent",
        )
        .as_deref(),
        Some("2016-10")
    );
    // a figure its own words date now is not the document's
    assert_eq!(
        time_of(
            "According to the 2001 census, only a quarter of the 40 million inhabitants currently live in towns.",
            date,
            "40 million",
        ),
        None
    );
    // a day is a saying's date, left to the saying's rules
    assert_eq!(
        time_of(
            "According to a report released on Tuesday, 300 workers lost their jobs.",
            date,
            "300",
        ),
        None
    );
}

/// Class: a fronted `Starting from`/`Starting on`/`Beginning in` date opens the sentence as a
/// fronted `From`/`On`/`In` does: the figures after it hold from that date.
#[test]
fn a_fronted_starting_date_dates_the_sentence() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "Starting on March 1, cars priced above 900,000 yuan pay an extra 10 percent tax.",
            date,
            "10 percent",
        )
        .as_deref(),
        Some("2017-03-01")
    );
    assert_eq!(
        time_of(
            "Beginning in 2015, the agency hired 300 inspectors a year.",
            date,
            "300",
        )
        .as_deref(),
        Some("2015")
    );
}
