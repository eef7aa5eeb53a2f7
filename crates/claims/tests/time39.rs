//! Time of claim frames, session 36 (issue 14, round time39): a figure with a bare `so far`,
//! `thus far`, `to date` or `as yet` (no start stated) holds as of the article date
//! (docs/judging/frames.md, ruling of session 36); with a start (`so far this year`) or in
//! another sense (`so far as`, `up to date`, `so far from`) it does not. Each test is named after
//! the rule it guards; the sentences are written for the tests, shaped like the real corpus.

mod common;

use common::time_of;

const AT: (i16, i8, i8) = (2017, 3, 14);

fn when(sentence: &str, figure: &str) -> Option<String> {
    time_of(sentence, AT, figure)
}

/// Class: a bare `so far`, `thus far`, `to date` in the figure's present or present-perfect
/// clause, before or after the figure, or opening the sentence.
#[test]
fn a_bare_so_far_states_the_article_date() {
    let cases = [
        (
            "The charity has so far collected 4,500 pounds for the flood victims.",
            "4,500 pounds",
        ),
        (
            "Eleven people have died so far, health officials said.",
            "Eleven",
        ),
        (
            "So far, only 300 of the promised homes have been built.",
            "300",
        ),
        (
            "Investigators have interviewed more than 40 witnesses thus far.",
            "more than 40",
        ),
        (
            "The fund has raised $2.3 million to date from private donors.",
            "$2.3 million",
        ),
    ];
    for (sentence, figure) in cases {
        assert_eq!(
            when(sentence, figure).as_deref(),
            Some("2017-03-14"),
            "{sentence} / {figure}"
        );
    }
}

/// Guard: `so far` in a past or future clause, in another sense (`so far as`, `up to date`),
/// does not give the article date.
#[test]
fn so_far_in_another_sense_or_tense_states_nothing() {
    let cases = [
        (
            "By then the charity had so far collected 4,500 pounds for the victims.",
            "4,500 pounds",
        ),
        (
            "The team will need 12 more points to go so far as the final.",
            "12",
        ),
        (
            "The register of 300 firms is kept up to date by the ministry.",
            "300",
        ),
    ];
    for (sentence, figure) in cases {
        assert_eq!(when(sentence, figure), None, "{sentence} / {figure}");
    }
}

/// Class: a weekday after a finite past verb is that verb's past day, even when a future cue
/// stands further back in another clause (`who have said they will vote against him, including
/// five who announced their opposition Thursday`).
#[test]
fn a_weekday_of_a_past_verb_is_past_despite_an_earlier_future_cue() {
    assert_eq!(
        when(
            "Several senators have said they will oppose the bill, including three Republicans who announced their decision Thursday.",
            "three"
        )
        .as_deref(),
        Some("2017-03-09")
    );
    // (guards: a future verb of its own, a participle after an adverb or `remain`)
    for (sentence, figure) in [
        ("The 12 senators will vote on the bill Thursday.", "12"),
        (
            "The 12 suspects will be formally charged on Thursday.",
            "12",
        ),
        ("The 12 shops will remain closed on Thursday.", "12"),
    ] {
        assert_eq!(
            when(sentence, figure).as_deref(),
            Some("2017-03-16"),
            "{sentence} / {figure}"
        );
    }
}
