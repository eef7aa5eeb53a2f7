//! Time of claim frames, session 33 (issue 14): a duration that a record or a first counts back
//! over (`the highest level in four years`), and a window ending now written as a range (`over
//! the last five to 10 years`). Each test is named after the rule it guards; the sentences are
//! written for the tests, shaped like the real corpus.

mod common;

use common::time_of;

/// Class: the duration after `in` that a superlative, a first or a record of its clause counts
/// back over is the window ending now, and takes it as its time (`frame/time/record_window.rs`;
/// docs/judging/frames.md, windows ending now).
#[test]
fn a_duration_a_record_counts_back_over_is_a_window_ending_now() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "Unemployment in the region has fallen to its lowest level in four years.",
            at,
            "four years"
        )
        .as_deref(),
        Some("2013/2017")
    );
    assert_eq!(
        time_of(
            "The two leaders met for the first time in 12 years, officials said.",
            at,
            "12 years"
        )
        .as_deref(),
        Some("2005/2017")
    );
    assert_eq!(
        time_of(
            "Factory orders grew at the fastest pace in 17 months.",
            at,
            "17 months"
        )
        .as_deref(),
        Some("2015-10/2017-03")
    );
    assert_eq!(
        time_of(
            "Farmers are facing the worst drought in six decades.",
            at,
            "six decades"
        )
        .as_deref(),
        Some("1957/2017")
    );
}

/// Class: the window ends at the date the clause states for the record (`In 2015, ...`, `in
/// December`), not at the article date.
#[test]
fn a_record_window_ends_at_the_records_own_date() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "In 2015, the island saw its first recession in 23 years.",
            at,
            "23 years"
        )
        .as_deref(),
        Some("1992/2015")
    );
    assert_eq!(
        time_of(
            "Retail sales rose in December at their sharpest rate in 17 months.",
            at,
            "17 months"
        )
        .as_deref(),
        Some("2015-07/2016-12")
    );
}

/// Class: a duration after `in` with no record before it is the length of an activity, and a
/// duration of something else (`in 89 years of its history`) is no window ending now.
#[test]
fn other_durations_after_in_take_no_record_window() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "The runner completed the course in eight days.",
            at,
            "eight days"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Critics called it the biggest blunder in 89 years of the festival's history.",
            at,
            "89 years"
        ),
        None
    );
    assert_eq!(
        time_of(
            "The government hopes to balance the budget in 10 years.",
            at,
            "10 years"
        ),
        None
    );
}

/// Class: a window ending now written as a range reaches back as far as its larger end (`over the
/// last five to 10 years`: the last 10), for the duration itself and for a figure the window
/// opens the sentence for (`frame/time/window.rs`).
#[test]
fn a_window_written_as_a_range_reaches_back_to_its_larger_end() {
    let at = (2016, 12, 30);
    assert_eq!(
        time_of(
            "Exports have doubled over the last five to 10 years, the ministry said.",
            at,
            "five to 10 years"
        )
        .as_deref(),
        Some("2006/2016")
    );
    assert_eq!(
        time_of(
            "Over the last six or seven years, the firm has opened 40 stores abroad.",
            at,
            "40"
        )
        .as_deref(),
        Some("2009/2016")
    );
}

/// Class: an age or count of the speakers takes the day of their saying when the sentence states
/// one right after the speaker's phrase (docs/judging/frames.md, the ruling of session 33: `a
/// 33-year-old witness said Friday`), and no date of what they say.
#[test]
fn a_number_of_the_speakers_takes_the_day_of_their_saying() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "Maria Lopez, 34, told reporters Friday that the plant had closed.",
            at,
            "34"
        )
        .as_deref(),
        Some("2017-03-17")
    );
    assert_eq!(
        time_of(
            "The 52-year-old said the fire started on Sunday.",
            at,
            "52-year-old"
        ),
        None
    );
}
