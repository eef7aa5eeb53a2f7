//! Time of claim frames, session 37 (issue 14, round time41): a trailing tag giving the date a
//! source gave the figure (`..., the company said Wednesday`, `..., X announced on Jan 16`)
//! dates a figure of any tense but the future or a hypothetical (docs/judging/frames.md, Time:
//! the date a source gave the figure); not when the sentence names another period. The
//! sentences are written for the tests, shaped like the real corpus.

mod common;

use common::assert_times;

const AT: (i16, i8, i8) = (2017, 3, 1);

/// Class: a past or pluperfect figure before a trailing `X said <date>` takes that date.
#[test]
fn a_trailing_tag_dates_a_past_figure() {
    let cases = [
        (
            "The growth had been driven by sales of 2.66 million cars, the company said Wednesday.",
            "2.66 million",
            Some("2017-03-01"),
        ),
        (
            "The party was set to win 33 seats in the new parliament, the broadcaster said on Monday.",
            "33",
            Some("2017-02-27"),
        ),
        (
            "About 1.4 million job seekers may have had their data compiled, the governor's office said Monday.",
            "About 1.4 million",
            Some("2017-02-27"),
        ),
    ];
    assert_times(AT, &cases);
}

/// Class: a future, a hypothetical or another period of the sentence keeps the tag's date off.
#[test]
fn a_trailing_tag_leaves_futures_and_other_periods() {
    let cases = [
        (
            "We will be saving billions more on contracts, the president said on Monday.",
            "billions",
        ),
        (
            "It can all be settled with one phone call, the senator said on Monday.",
            "one",
        ),
        (
            "Citizens had withdrawn 3 billion euros since the beginning of the year, the union said on Monday.",
            "3 billion euros",
        ),
    ];
    assert_times(AT, &cases.map(|(s, f)| (s, f, None)));
}
