//! Time of claim frames, session 36 (issue 14): a date opening the sentence with no comma after
//! it (`Last May two soldiers were killed ...`, `In 2015 the states hardest hit were ...`) is a
//! fronted time adverbial (docs/judging/frames.md, Time: Stated) and dates the figures of the
//! whole sentence that have no date of their own. Each test is named after the rule it guards;
//! the sentences are written for the tests, shaped like the real corpus.

mod common;

use common::time_of;

const AT: (i16, i8, i8) = (2017, 3, 14);

fn when(sentence: &str, figure: &str) -> Option<String> {
    time_of(sentence, AT, figure)
}

/// Class: a fronted date with no comma, the subject right after it, reaching a figure past a
/// clause boundary (a parenthesis, an `after` clause, a `with` phrase after a comma).
#[test]
fn a_fronted_date_without_a_comma_dates_the_sentence() {
    let cases = [
        (
            "Last May three Dutch engineers were injured after two gunmen of a local militia they were advising opened fire.",
            "two",
            "2016-05",
        ),
        (
            "In 2014 the regions with the most road deaths were Tyrol with 12.5 deaths per 100,000 people, Carinthia (10.1) and Styria (9.8).",
            "10.1",
            "2014",
        ),
        (
            "In 2013 the festival became a national event, with thousands of visitors filling the town's streets.",
            "thousands",
            "2013",
        ),
        (
            "Last year the agency received 3.2 million complaints through its hotline.",
            "3.2 million",
            "2016",
        ),
    ];
    for (sentence, figure, want) in cases {
        assert_eq!(
            when(sentence, figure).as_deref(),
            Some(want),
            "{sentence} / {figure}"
        );
    }
}

/// Guard: the figure's clause has a date of its own, or a later date opens a conjunct of its
/// own: the bare fronted date is not the figure's.
#[test]
fn a_date_that_is_not_a_bare_fronted_adverbial_is_not_read_so() {
    // (the figure's own clause names its date: it wins)
    assert_eq!(
        when(
            "Last year the company said it would move 1,600 staff to the new site in 2021.",
            "1,600"
        )
        .as_deref(),
        Some("2021")
    );
    // (a later date opens a conjunct of its own: its figures are of that date)
    assert_eq!(
        when(
            "In 2014 a suicide bomber killed six judges from the office of the Supreme Court in Herat, and last year armed gunmen stormed a district court in Kunduz province, killing nine people.",
            "nine"
        )
        .as_deref(),
        Some("2016")
    );
}

/// Tidy: the verbs of saying that `time/currently.rs` passes over are now the lexicon's
/// attribution verbs (`Role::AttrVerb`), one list instead of its own. A figure held now inside
/// the report of a past verb of saying takes the article date (these sentences read the same with
/// the old list: the newsarticles output did not change either; this guards the behaviour).
#[test]
fn a_verb_of_saying_after_a_figure_held_now_is_the_reports_tense() {
    for (sentence, figure) in [
        (
            "The ministry warned 37 of the routes are currently closed to traffic.",
            "37",
        ),
        (
            "The charity wrote that about 120 families now live in the camp.",
            "about 120",
        ),
        (
            "Its spokesman insisted the company currently employs 4,500 people.",
            "4,500",
        ),
    ] {
        assert_eq!(
            when(sentence, figure).as_deref(),
            Some("2017-03-14"),
            "{sentence}"
        );
    }
}
