//! Time of claim frames, session 30 (issue 14): a weekday joined to the weekday before it is the
//! next such day of the same run (`for Monday and Tuesday`).
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::{quantity_iso, run_at, time_of};

/// Class: two or more weekdays joined by a coordinator or a list comma are one run of days, the
/// later ones counted forward from the first (`scan/anchored.rs`, `anchor_weekday_pairs`): in a
/// Monday article `Monday and Tuesday` is that Monday and the next day, not the Tuesday before.
#[test]
fn a_joined_weekday_is_the_next_such_day() {
    // Monday 2017-03-13
    let x = run_at(
        "Airlines cancelled thousands of flights for Monday and Tuesday ahead of the storm.",
        jiff::civil::date(2017, 3, 13),
    );
    assert_eq!(quantity_iso(&x, "Monday"), "2017-03-13");
    assert_eq!(quantity_iso(&x, "Tuesday"), "2017-03-14");
    // Tuesday 2017-02-28: `Tuesday or Wednesday` of a vote to come
    let x = run_at(
        "A final vote on the nominee could come on Tuesday or Wednesday.",
        jiff::civil::date(2017, 2, 28),
    );
    assert_eq!(quantity_iso(&x, "Tuesday"), "2017-02-28");
    assert_eq!(quantity_iso(&x, "Wednesday"), "2017-03-01");
    // a list of three days, Wednesday 2017-03-01
    let x = run_at(
        "Most thefts happen late on Friday, Saturday and Sunday, the figures show.",
        jiff::civil::date(2017, 3, 1),
    );
    assert_eq!(quantity_iso(&x, "Friday"), "2017-02-24");
    assert_eq!(quantity_iso(&x, "Saturday"), "2017-02-25");
    assert_eq!(quantity_iso(&x, "Sunday"), "2017-02-26");
}

/// Class: the figure of such a run takes the whole run as its window.
#[test]
fn a_figure_of_joined_weekdays_takes_their_window() {
    assert_eq!(
        time_of(
            "Airlines cancelled thousands of flights for Monday and Tuesday ahead of the storm.",
            (2017, 3, 13),
            "thousands"
        )
        .as_deref(),
        Some("2017-03-13/2017-03-14")
    );
}

/// Class: weekdays of two events, or not joined, each keep their own day.
#[test]
fn weekdays_of_two_events_stay_apart() {
    // Tuesday 2017-02-28: voters on Thursday, results on Friday (each resolved alone)
    let x = run_at(
        "Voters will have their say on Thursday and the results will come in on Friday.",
        jiff::civil::date(2017, 2, 28),
    );
    assert_eq!(quantity_iso(&x, "Thursday"), "2017-03-02");
    assert_eq!(quantity_iso(&x, "Friday"), "2017-03-03");
    // `Monday, July 7` is an explicit date, not a pair of days
    let x = run_at(
        "The talks opened on Monday, and on Wednesday the ministers signed the deal.",
        jiff::civil::date(2017, 3, 17),
    );
    assert_eq!(quantity_iso(&x, "Monday"), "2017-03-13");
    assert_eq!(quantity_iso(&x, "Wednesday"), "2017-03-15");
}
