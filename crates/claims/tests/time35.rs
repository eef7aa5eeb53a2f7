//! Time of claim frames, session 34 (issue 14): a duration after `for` in a present perfect
//! clause is a window ending now (`has been in detention for 100 days`), and a window ahead or an
//! offset from another date states no time for the duration (`over the next five years`, `within
//! two months of the ruling`). Each test is named after the rule it guards; the sentences are
//! written for the tests, shaped like the real corpus.

mod common;

use common::time_of;

/// Class: the present perfect runs the state or activity up to the time of writing, so the
/// duration after `for` is the window ending at the article date (`frame/time/perfect_window.rs`;
/// docs/judging/frames.md, windows ending now).
#[test]
fn a_duration_of_a_present_perfect_is_a_window_ending_now() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "The reporter has been held in a military prison for more than 50 days.",
            at,
            "more than 50 days"
        )
        .as_deref(),
        Some("2017-01-29/2017-03-20")
    );
    assert_eq!(
        time_of(
            "\"We have been selling tractors in this province for more than two years now,\" the manager said.",
            at,
            "more than two years"
        )
        .as_deref(),
        Some("2015/2017")
    );
    assert_eq!(
        time_of(
            "The general has ruled the northern region for nearly three decades.",
            at,
            "nearly three decades"
        )
        .as_deref(),
        Some("1987/2017")
    );
    assert_eq!(
        time_of(
            "Maria has worked as a nurse at the clinic for eight years.",
            at,
            "eight years"
        )
        .as_deref(),
        Some("2009/2017")
    );
    assert_eq!(
        time_of(
            "I've lived in this town for 15 months and never seen the river so low.",
            at,
            "15 months"
        )
        .as_deref(),
        Some("2015-12/2017-03")
    );
}

/// Class: no window ending now for a past perfect, a modal or infinitive perfect, a term set
/// ahead, an hour count or an uncounted stretch.
#[test]
fn other_durations_after_for_take_no_window_ending_now() {
    let at = (2017, 3, 20);
    for (text, q) in [
        (
            "The farmer had lived on the island for 20 years when the storm came.",
            "20 years",
        ),
        (
            "The rule would have allowed the firm to avoid paying taxes for 18 years.",
            "18 years",
        ),
        (
            "A man who attacked a neighbour has been jailed for six years.",
            "six years",
        ),
        (
            "The port has been leased to a foreign company for 40 years.",
            "40 years",
        ),
        (
            "The council has decided to close the bridge for two weeks.",
            "two weeks",
        ),
        (
            "The rescuers have searched the rubble for 30 hours.",
            "30 hours",
        ),
        (
            "Farmers have grown rice in the valley for thousands of years.",
            "thousands of years",
        ),
        ("Members have access to the library for 30 days.", "30 days"),
    ] {
        assert_eq!(time_of(text, at, q), None, "{text}");
    }
}

/// Class: a window ahead (`over the next five years`, `the following five years`, `in the
/// coming three years`) and a stretch after `within` (a deadline or the gap from another
/// event) state no time for the duration (`frame/time/ahead.rs`; docs/judging/frames.md, the
/// session 33 ruling on future windows and offsets), even with a date in the clause.
#[test]
fn a_window_ahead_or_an_offset_states_no_time_for_the_duration() {
    let at = (2017, 3, 20);
    for (text, q) in [
        (
            "On Monday the minister announced 2 billion euros for hospitals over the next three years.",
            "three years",
        ),
        (
            "He was arrested in 1988 and spent the following 23 years in prison.",
            "23 years",
        ),
        (
            "Analysts expect the market to double in the coming five years.",
            "five years",
        ),
        (
            "An election must be held within two months of Friday's court ruling.",
            "within two months",
        ),
        (
            "Last week the company said it plans to open 30 stores within three years.",
            "within three years",
        ),
    ] {
        assert_eq!(time_of(text, at, q), None, "{text}");
    }
    // (a window back from now after `within` keeps its window)
    assert_eq!(
        time_of(
            "The currency lost 30 percent within the past two weeks.",
            at,
            "two weeks"
        )
        .as_deref(),
        Some("2017-03-06/2017-03-20")
    );
}

/// Class: a window back from now named after another determiner, a verb of spending time, as a
/// subject, inside a larger phrase of time, or over 100 years, is the duration's window too
/// (`frame/time/own_window.rs`).
#[test]
fn a_window_ending_now_in_other_forms_takes_its_window() {
    let at = (2017, 3, 20);
    for (text, q, want) in [
        (
            "The senator has spent his last six years in the House fighting the budget.",
            "six years",
            "2011/2017",
        ),
        (
            "She accused the party of spending the past two weeks arguing about its leader.",
            "two weeks",
            "2017-03-06/2017-03-20",
        ),
        (
            "The past 12 months have been difficult for exporters.",
            "12 months",
            "2016-03/2017-03",
        ),
        (
            "Sales have grown in each of the past four years.",
            "four years",
            "2013/2017",
        ),
        (
            "Over past two decades, the city has doubled in size.",
            "two decades",
            "1997/2017",
        ),
        (
            "The river has changed its course many times over the past 300 years.",
            "300 years",
            "1717/2017",
        ),
    ] {
        assert_eq!(time_of(text, at, q).as_deref(), Some(want), "{text}");
    }
    // (the stretch of a sentence a judge suspended is no window of now)
    assert_eq!(
        time_of(
            "The judge sentenced him to three years and suspended the last nine months.",
            at,
            "nine months"
        ),
        None
    );
}
