//! Time of claim frames, session 39 (issue 14, round time45): fresh30's misses and time44's
//! leftovers. The sentences are written for the tests, shaped like the real corpus.

mod common;

use common::assert_times;

const MAR: (i16, i8, i8) = (2017, 3, 20);

/// Class: the first two or three quarters of a year are its first six or nine months.
#[test]
fn the_first_quarters_of_a_year_are_its_months() {
    assert_times(
        MAR,
        &[
            (
                "Sales rose 12 percent in the first three quarters of 2016.",
                "12 percent",
                Some("2016-01/2016-09"),
            ),
            (
                "The firm lost $40 million in the first two quarters of 2016.",
                "$40 million",
                Some("2016-01/2016-06"),
            ),
        ],
    );
}

/// Class: a first or a record still to come counts back over no window ending now.
#[test]
fn a_first_still_to_come_has_no_window() {
    assert_times(
        MAR,
        &[
            (
                "He believes there will be growth in Europe for the first time in five years.",
                "five years",
                None,
            ),
            (
                "The Pope has been invited to address the crowd at Easter, for the first time in three years.",
                "three years",
                None,
            ),
            (
                "Prices rose for the first time in five years, the ministry said.",
                "five years",
                Some("2012/2017"),
            ),
        ],
    );
}
