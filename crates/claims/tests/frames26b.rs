//! Time of claim frames, session 26b (issue 14): an age takes no window that a `since` opens,
//! nor does a figure a `since` window of a later coordinated perfect, nor the date of an event
//! noun after `after`.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::time_of;

/// Class: an age holds at one moment, so the stretch a `since` opens (`who has been chairman
/// since October 2011`, `missing since Sunday`) is the predicate's, not the age's: no date is
/// stated for the age (`frame/time.rs`, the `since` window); a date the sentence names for the
/// age itself is kept.
#[test]
fn an_age_takes_no_since_window() {
    let at = (2017, 3, 14);
    assert_eq!(
        time_of(
            "Wang, 58, replaces retiring Liu Yang, 66, who has been bank chairman since October 2011.",
            at,
            "66"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Police are appealing for help to trace a 15-year-old girl who has been missing from Tallaght since Sunday.",
            at,
            "15-year-old"
        ),
        None
    );
    assert_eq!(
        time_of(
            "The 42-year-old, who has worked as a nurse in the camp since 2012, said supplies were short.",
            at,
            "42-year-old"
        ),
        None
    );
    // a figure still takes the window
    assert_eq!(
        time_of(
            "The charity has rescued 3,400 migrants since January 2016.",
            at,
            "3,400"
        )
        .as_deref(),
        Some("2016-01/2017-03")
    );
    // an age dated by its own event keeps the date
    assert_eq!(
        time_of(
            "A 22-year-old woman was murdered in Limerick in January 2016.",
            at,
            "22-year-old"
        )
        .as_deref(),
        Some("2016-01")
    );
}

/// Class: a `since` date closing a later perfect predicate coordinated by `and` (`and has been
/// under a siege since 2013`, `and hadn't had a passport since 2002`) is that predicate's window,
/// not the time of a figure in a predicate with no perfect (`frame/time/since_conjunct.rs`); a
/// figure in a perfect of its own shares it.
#[test]
fn a_since_window_of_a_later_conjunct_is_not_the_figures() {
    let at = (2017, 3, 14);
    assert_eq!(
        time_of(
            "The town is home to about 40,000 people and has been under a blockade since 2015.",
            at,
            "about 40,000"
        ),
        None
    );
    assert_eq!(
        time_of(
            "\"I was unemployed for two years and hadn't had a bank account since 2009,\" she said.",
            at,
            "two years"
        ),
        None
    );
    // a figure in a perfect of its own shares the window
    assert_eq!(
        time_of(
            "Some 9,000 people have been killed and thousands have been displaced since 2014.",
            at,
            "Some 9,000"
        )
        .as_deref(),
        Some("2014/2017")
    );
    assert_eq!(
        time_of(
            "He has been elected president of the federation five times and has held the post since 1990.",
            at,
            "five"
        )
        .as_deref(),
        Some("1990/2017")
    );
}

/// Class: a year or month closing an `after the ...` noun phrase after the figure is that
/// earlier event's date, not the figure's (`frame/time/after_event.rs`); not a day, not after a
/// verb (a clause), not `shortly after`, not a recent one (less than two calendar years before
/// the article).
#[test]
fn a_date_of_an_event_after_after_is_not_the_figures() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "The unit is part of Operation Shield, a force of 5,000 troops deployed in the capital after the July 2014 attack in Nice.",
            at,
            "5,000"
        ),
        None
    );
    assert_eq!(
        time_of(
            "About 4,000 police were sent to the border after the riots in June 2013 and the strikes of October 2013.",
            at,
            "About 4,000"
        ),
        None
    );
    // a clause after `after` is left alone
    assert_eq!(
        time_of(
            "The number of clinics fell to 18 after the state passed new restrictions in 2014.",
            at,
            "18"
        )
        .as_deref(),
        Some("2014")
    );
    // `shortly after` shares the event's year
    assert_eq!(
        time_of(
            "The stock peaked at $52 shortly after its 2014 listing.",
            at,
            "$52"
        )
        .as_deref(),
        Some("2014")
    );
    // a recent month may be the figure's too
    assert_eq!(
        time_of(
            "Four people were arrested after the January riots in the capital.",
            at,
            "Four"
        )
        .as_deref(),
        Some("2017-01")
    );
    // a day after `after` stays
    assert_eq!(
        time_of(
            "Two men were arrested after the robbery on Saturday.",
            at,
            "Two"
        )
        .as_deref(),
        Some("2017-03-18")
    );
}
