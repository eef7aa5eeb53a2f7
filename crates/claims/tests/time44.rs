//! Time of claim frames, session 39 (issue 14, round time44): the pooled frames misses and
//! wrongs. A quarter or a half of a year dating a figure is the window of its months
//! (`2016-07/2016-09`), not the year the scan gives the mention. The sentences are written for
//! the tests, shaped like the real corpus.

mod common;

use common::assert_times;

const MAR: (i16, i8, i8) = (2017, 3, 20);

/// Class: a quarter or a half of a named year, `this year` or `last year` gives its months.
#[test]
fn a_quarter_or_half_of_a_year_is_its_months() {
    assert_times(
        MAR,
        &[
            (
                "The economy grew 6.7 percent in the third quarter of 2016.",
                "6.7 percent",
                Some("2016-07/2016-09"),
            ),
            (
                "In the second half of this year the company will hire 400 workers.",
                "400",
                Some("2017-07/2017-12"),
            ),
            (
                "Chinese tourists made 59 million trips in the first half of 2016.",
                "59 million",
                Some("2016-01/2016-06"),
            ),
            (
                "Net profit rose to $2 billion in the fourth quarter of last year.",
                "$2 billion",
                Some("2016-10/2016-12"),
            ),
        ],
    );
}

/// Class: a plain year, or a half of something else, keeps what it gave.
#[test]
fn a_plain_year_or_a_match_half_is_unchanged() {
    assert_times(
        MAR,
        &[
            (
                "The company sold 3 million cars in 2016.",
                "3 million",
                Some("2016"),
            ),
            ("He scored 12 points in the second half.", "12", None),
        ],
    );
}

const FEB: (i16, i8, i8) = (2017, 2, 16);

/// Class: a bare `since` (`Since then`, `In the months since`, `have since been`) counts from the
/// one date of the sentence before up to the article date.
#[test]
fn a_bare_since_counts_from_the_previous_sentence() {
    assert_times(
        FEB,
        &[
            (
                "Florida was the first state to pass such a law in 2005. Since then, more than 22 states have enacted similar laws.",
                "more than 22",
                Some("2005/2017"),
            ),
            (
                "The war began in December 2013. Tens of thousands have since been killed.",
                "Tens of thousands",
                Some("2013-12/2017-02"),
            ),
            (
                "Then, in September 2016, the news broke. In the months since, more than 100 women have come forward.",
                "more than 100",
                Some("2016-09/2017-02"),
            ),
        ],
    );
}

/// Class: a `since` with its own object, a sentence before with two dates or none, or a date in
/// the figure's own clause give no window from the sentence before.
#[test]
fn a_since_with_an_object_or_an_unclear_anchor_gives_none() {
    assert_times(
        FEB,
        &[
            (
                "The plant opened in 2005. Since its opening, it has hired 300 workers.",
                "300",
                None,
            ),
            (
                "The plant opened in 2005 and closed in 2009. Since then, 300 workers have left the town.",
                "300",
                None,
            ),
            (
                "The plant opened in 2005. Since then, it hired 300 workers in 2010.",
                "300",
                Some("2010"),
            ),
        ],
    );
}

/// Class: a second or third time counts back over the duration after `in`, as a first does.
#[test]
fn a_second_time_in_n_months_is_a_window() {
    assert_times(
        (2017, 3, 15),
        &[(
            "It was the second time the Fed has raised rates in three months.",
            "three months",
            Some("2016-12/2017-03"),
        )],
    );
}

/// Class: a date of the figure's own sentence, or a rank glued to a noun, gives no window.
#[test]
fn a_date_of_the_sentence_or_a_glued_rank_gives_none() {
    assert_times(
        FEB,
        &[
            (
                "The plant opened in 2007. The book was published on Oct 29, and since then all 300,000 copies have been sold.",
                "300,000",
                None,
            ),
            (
                "There are concerns for third-level students who are sitting exams in three weeks.",
                "three weeks",
                None,
            ),
        ],
    );
}
