//! Time of claim frames, session 32 (issue 14): a duration that is itself a window ending now.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::time_of;

/// Class: the duration of `over the past 40 years`, `in the last three months`, `for the past
/// decade` is the window from its start up to the article date, and takes it as its time
/// (`frame/time/own_window.rs`; docs/judging/frames.md, windows ending now).
#[test]
fn a_duration_that_is_a_window_ending_now_takes_the_window() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "The town's population has doubled over the past 40 years.",
            at,
            "40 years"
        )
        .as_deref(),
        Some("1977/2017")
    );
    assert_eq!(
        time_of(
            "Prices rose sharply in the last three months, traders said.",
            at,
            "three months"
        )
        .as_deref(),
        Some("2016-12/2017-03")
    );
    assert_eq!(
        time_of(
            "She has run the charity for the past two decades.",
            at,
            "two decades"
        )
        .as_deref(),
        Some("1997/2017")
    );
}

/// Class: not a window ahead (`over the next five years`, a plan's stretch), nor the last
/// stretch of something else (`the last 20 years of his life`), nor a duration with no `the
/// past`/`the last` before it.
#[test]
fn other_durations_take_no_window_of_their_own() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "The company plans to hire workers over the next five years.",
            at,
            "five years"
        ),
        None
    );
    assert_eq!(
        time_of(
            "He spent the last 20 years of his life in a small village.",
            at,
            "20 years"
        ),
        None
    );
    assert_eq!(
        time_of("The bridge took six years to build.", at, "six years"),
        None
    );
}
