//! Time of claim frames, session 35 (issue 14): a present-tense figure whose clause says it holds
//! now (`currently`, `now`, `at present`, `at the moment`) states the article date
//! (docs/judging/frames.md, ruling of session 35). Each test is named after the rule it guards;
//! the sentences are written for the tests, shaped like the real corpus.

mod common;

use common::time_of;

const AT: (i16, i8, i8) = (2017, 3, 14);

fn when(sentence: &str, figure: &str) -> Option<String> {
    time_of(sentence, AT, figure)
}

/// Class: `currently`, `presently`, `now`, `at present`, `at the moment` in the figure's own
/// present-tense clause, before or after the figure (`time/currently.rs`).
#[test]
fn a_present_figure_held_now_states_the_article_date() {
    let cases = [
        (
            "The ferry operator currently serves 24 ports along the coast.",
            "24",
        ),
        (
            "Online orders now account for 18 percent of the chain's sales.",
            "18 percent",
        ),
        (
            "At present 12 clinics in the province offer the treatment.",
            "12",
        ),
        (
            "The reservoir holds about 40 million cubic metres of water at the moment.",
            "about 40 million cubic metres",
        ),
        (
            "Some 3,000 volunteers are presently working on the restoration.",
            "Some 3,000",
        ),
    ];
    for (sentence, figure) in cases {
        assert_eq!(
            when(sentence, figure).as_deref(),
            Some("2017-03-14"),
            "{sentence}"
        );
    }
}

/// Class: `now` after a perfect means `by now` and states the article date too (the ruling's
/// `has now risen to 40`).
#[test]
fn now_after_a_perfect_states_the_article_date() {
    assert_eq!(
        when(
            "The number of registered voters has now risen to 4.2 million.",
            "4.2 million"
        )
        .as_deref(),
        Some("2017-03-14")
    );
}

/// Class: a fronted `Currently,` or `At present,` opens the whole sentence, figures of a later
/// `with` chunk included.
#[test]
fn a_fronted_cue_dates_the_whole_sentence() {
    assert_eq!(
        when(
            "Currently, the app claims 60 percent of the domestic market, with more than 200 million monthly users and about 80 million drivers relying on its maps.",
            "about 80 million"
        )
        .as_deref(),
        Some("2017-03-14")
    );
}

/// Class: a clause in the past, the future or a condition is not held now, nor is `now` one
/// end of a window or an offset (`until now`, `from now`, `for years now`), nor the earlier
/// value of a change (`from 7 percent`), nor a figure of a relative clause or a `but` clause
/// the cue is not in.
#[test]
fn no_article_date_outside_a_present_clause_held_now() {
    let cases = [
        (
            "The club now will play 12 home games at the new stadium.",
            "12",
        ),
        (
            "Officials said the plant could now face fines of up to $2 million.",
            "up to $2 million",
        ),
        (
            "The shop was currently selling 300 bikes a month before the fire.",
            "300",
        ),
        (
            "Until now, 45 families have relied on the single well.",
            "45",
        ),
        (
            "Two years from now, the line will carry 90,000 passengers.",
            "90,000",
        ),
        (
            "The village has been cut off for years now, its 600 residents said.",
            "600",
        ),
        (
            "Unemployment now stands at 5 percent, down from 7 percent.",
            "7 percent",
        ),
        (
            "She coached three teams, but now the league has changed its rules.",
            "three",
        ),
        (
            "He is a former adviser to four ministers who is now a columnist.",
            "four",
        ),
        (
            "At the moment the court has eight judges, meaning if there is a 4-4 split the lower ruling will stand.",
            "4-4",
        ),
        (
            "Currently we operate in 23 cities and we are going to expand to 32 cities.",
            "32",
        ),
    ];
    for (sentence, figure) in cases {
        assert_eq!(when(sentence, figure), None, "{sentence}");
    }
}

/// Class: a date the clause names wins over the cue (the cue is asked last).
#[test]
fn a_date_of_the_clause_wins_over_the_cue() {
    assert_eq!(
        when(
            "In January, the bank currently has 40 branches in the region.",
            "40"
        )
        .as_deref(),
        Some("2017-01")
    );
}
