//! Time of claim frames, session 38 (issue 14, round time43): a teaser's bracketed day opening
//! the sentence (`(04.08.2015) Over 100 refugees ...`) dates the figures of the sentence that
//! have no date of their own. The sentences are written for the tests, shaped like the real
//! corpus.

mod common;

use common::assert_times;

const MAR: (i16, i8, i8) = (2017, 3, 1);

/// Class: the bracketed day opening the sentence is the date of its figures.
#[test]
fn a_teaser_day_dates_the_sentence() {
    assert_times(
        MAR,
        &[
            (
                "(04.08.2015) Over 100 refugees have attempted to storm the tunnel, clashing with police.",
                "Over 100",
                Some("2015-08-04"),
            ),
            (
                "(24.04.2016) At least 19 people have died in a factory collapse in the eastern city.",
                "At least 19",
                Some("2016-04-24"),
            ),
        ],
    );
}

/// Class: a figure with its own date keeps it; a sentence not opening with a bracketed day
/// gets nothing from a day later in brackets.
#[test]
fn own_dates_and_other_openings_keep_theirs() {
    assert_times(
        MAR,
        &[
            (
                "(04.08.2015) Over 100 refugees had crossed in 2014, the police said.",
                "Over 100",
                Some("2014"),
            ),
            (
                "Over 100 refugees attempted to storm the tunnel (04.08.2015).",
                "Over 100",
                None,
            ),
        ],
    );
}
