//! The time of claims on sentences shaped like the real news corpus (issue 14, session 24): the
//! other side of a comparison. Each test is named after the rule it guards; the sentences are
//! written for the tests.

mod common;

use common::time_of;

/// Class: a date after the base of a multiple (`N times the number in 2012`) is the base's, not
/// the multiple's.
#[test]
fn the_base_of_a_multiple_keeps_its_own_date() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "Some 400,000 people now live in the camps, eight times the number in 2013.",
            date,
            "eight times",
        ),
        None
    );
    // the multiple's own fronted date stays
    assert_eq!(
        time_of(
            "Last year, exports reached three times the level of 2010.",
            date,
            "three times",
        )
        .as_deref(),
        Some("2016")
    );
}

/// Class: a date after the other figure of `versus` or `compared to/with` is that figure's;
/// the first figure keeps the date of its own clause.
#[test]
fn the_other_side_of_versus_keeps_its_own_date() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "In 2016, turnout stood at 58 percent versus 71 percent in 1992.",
            date,
            "58 percent",
        )
        .as_deref(),
        Some("2016")
    );
    assert_eq!(
        time_of(
            "From January 1 to March 5, at least 310 people died on the roads compared with 290 in the same period a year ago.",
            date,
            "at least 310",
        )
        .as_deref(),
        Some("2017-01-01/2017-03-05")
    );
}

/// Class: a date in a relative clause on a noun further on than the counted one is that noun's
/// event (`time/relative.rs`).
#[test]
fn a_relative_clause_on_another_noun_dates_its_own_event() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "Three Senate committees have approved the bill to cut school funding that was introduced by the governor a week ago.",
            date,
            "Three",
        ),
        None
    );
    // right after the counted noun the clause is the counted thing's own
    assert_eq!(
        time_of(
            "Officials counted 12,000 migrants that arrived on the island last year.",
            date,
            "12,000",
        )
        .as_deref(),
        Some("2016")
    );
    // the setting of the figure's event keeps its date
    assert_eq!(
        time_of(
            "Four people died in the heavy snowstorm and floods that hit the region over the weekend.",
            date,
            "Four",
        )
        .as_deref(),
        Some("2017-03-18/2017-03-19")
    );
}

/// Class: a `since` clause after the figure opens a window back to its date also when the
/// clause is long (up to 14 words before the date): `have been probed since the current top
/// leadership was elected at the end of 2012`.
#[test]
fn a_long_since_clause_after_the_figure_opens_a_window() {
    assert_eq!(
        time_of(
            "More than 40 reporters have been jailed since the ruling party won its first national election in 2014.",
            (2017, 3, 20),
            "More than 40",
        )
        .as_deref(),
        Some("2014/2017")
    );
}
