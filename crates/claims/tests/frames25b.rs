//! Place and time of claim frames, session 25b (issue 14, round pt25b). Each test is named after
//! the rule it guards; the sentences are written for the tests, shaped like the real corpus.

mod common;

use common::time_of;

/// Class: a window ahead of the speaker (`in the next 5 years`, `over the coming three years`)
/// takes no window of a past period named beside it (`frame/time/ahead.rs`).
#[test]
fn a_window_ahead_takes_no_past_period() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "The miner invested 40 bln rubles in its northern fields in 2012-2016 and plans to double the figure in the next 5 years.",
            date,
            "5 years",
        ),
        None
    );
    assert_eq!(
        time_of(
            "Exports have grown between 2010 and 2015 and the ministry expects them to rise further over the coming three years.",
            date,
            "three years",
        ),
        None
    );
    // the duration that is itself the window ahead states no time at all, neither the plan's
    // window nor a date of the saying beside it (the session 33 ruling on future windows and
    // offsets, docs/judging/frames.md; session 34, `ahead_or_offset`)
    assert_eq!(
        time_of(
            "The council issued a plan for 2016-2020 that sets out how to cut poverty over the next five years.",
            date,
            "five years",
        ),
        None
    );
    assert_eq!(
        time_of(
            "A survey published last year showed that 56.8 percent of families would buy homes abroad in the next two years.",
            date,
            "two years",
        ),
        None
    );
    // the other figures of the clause keep the saying's date
    assert_eq!(
        time_of(
            "A survey published last year showed that 56.8 percent of families would buy homes abroad in the next two years.",
            date,
            "56.8 percent",
        )
        .as_deref(),
        Some("2016")
    );
}

/// Class: an age is told as it is at the article date; a date that begins after it (a hearing,
/// an election still to come) is not the age's time, unless the age is reached then or names
/// a class of people (`frame/time/age.rs`, `age_ahead`).
#[test]
fn an_age_takes_no_date_ahead() {
    let date = (2017, 3, 15);
    assert_eq!(
        time_of(
            "Martin Byrne, 41, from Main Street in Cork will be sentenced next month.",
            date,
            "41",
        ),
        None
    );
    assert_eq!(
        time_of(
            "Ann Lee, a 35-year-old teacher, said she is running for the county board in 2018.",
            date,
            "35-year-old",
        ),
        None
    );
    // reached at that date
    assert_eq!(
        time_of(
            "She turns 26 on Sunday, which means she loses her place on the policy.",
            date,
            "26",
        )
        .as_deref(),
        Some("2017-03-19")
    );
    // a class of people, counted at that date
    assert_eq!(
        time_of(
            "Only 4,000 of them, 18-year-olds of both sexes, will be called up from July 1.",
            date,
            "18-year-olds",
        )
        .as_deref(),
        Some("2017-07-01")
    );
    // a date already past stays (`died on Sunday, aged 3`)
    assert_eq!(
        time_of(
            "Tom Hart, 52, was shot dead on Sunday outside his home.",
            date,
            "52",
        )
        .as_deref(),
        Some("2017-03-12")
    );
}
