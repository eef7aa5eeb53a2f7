//! Place and time of claim frames, session 26 (issue 14): a place that completes a name after
//! `of`, a figure's clause going on past the parenthesis after it, and a duration after `after`.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::{place_with_entities, time_of};
use reckon_entities::Label;

/// Class: a place after `of` right after a capitalised word completes the name of a person or
/// an organisation (`place/named_of.rs`); not after a head that names a place itself, nor in a
/// share of a place's things.
#[test]
fn a_place_completing_a_name_after_of_is_no_place() {
    assert_eq!(
        place_with_entities(
            "The other two Democrats were Senators Mazie Hirono of Hawaii and Al Franken.",
            "two",
            &[("Hawaii", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "In 2013 they paid about $7,200 for a policy from Blue Cross Blue Shield of Texas.",
            "about $7,200",
            &[("Texas", Label::Gpe)],
        ),
        None
    );
    // a head naming a place keeps it
    assert_eq!(
        place_with_entities(
            "Tourist arrivals in the Republic of Cyprus grew by 12 percent last year.",
            "12 percent",
            &[("Cyprus", Label::Gpe)],
        )
        .as_deref(),
        Some("Cyprus")
    );
    // a plain `of` after a common noun keeps it
    assert_eq!(
        place_with_entities(
            "Nearly 40 percent of the residents of Aleppo have fled.",
            "Nearly 40 percent",
            &[("Aleppo", Label::Gpe)],
        )
        .as_deref(),
        Some("Aleppo")
    );
}

/// Class: the clause of a figure goes on past a parenthesis right after it (a currency
/// conversion) when it has no place of its own before (`place/paren.rs`); not to a recipient
/// after `to`.
#[test]
fn a_place_past_a_conversion_is_the_figures() {
    assert_eq!(
        place_with_entities(
            "The company will invest $120 million (114.1 million euros) in a steel mill in Smederevo.",
            "$120 million",
            &[("Smederevo", Label::Gpe)],
        )
        .as_deref(),
        Some("Smederevo")
    );
    // a place of the figure's own clause wins over one past the parenthesis
    assert_eq!(
        place_with_entities(
            "In Germany, visas cost 60 euros ($65) for a stay in Austria.",
            "60 euros",
            &[("Germany", Label::Gpe), ("Austria", Label::Gpe)],
        )
        .as_deref(),
        Some("Germany")
    );
    // money given to a place goes to a recipient
    assert_eq!(
        place_with_entities(
            "The plan called for giving 100m euros ($107m) to Libya over three years.",
            "100m euros",
            &[("Libya", Label::Gpe)],
        ),
        None
    );
}

/// Class: a duration after `after` or `following` runs up to the date before it and is not
/// dated by it; a duration of the clause's own event keeps that event's date.
#[test]
fn a_duration_after_after_is_not_dated_by_the_date_before() {
    let date = (2017, 2, 8);
    assert_eq!(
        time_of(
            "Cook, who resigned last week after more than four years in charge, was thanked.",
            date,
            "more than four years",
        ),
        None
    );
    assert_eq!(
        time_of(
            "The justice minister resigned on Tuesday following five days of mass protests.",
            date,
            "five days",
        ),
        None
    );
    // the clause's own event: a contract signed in January
    assert_eq!(
        time_of(
            "Rudy signed a four-year contract with the club in January.",
            date,
            "four-year",
        )
        .as_deref(),
        Some("2017-01")
    );
}

/// Class: `and then` opens a later step of a sequence, another clause for the place of a figure
/// before it; a place before `and then` in the figure's own clause stays.
#[test]
fn a_place_after_and_then_is_a_later_steps_place() {
    assert_eq!(
        place_with_entities(
            "The tour visited five German cities and then went to Vienna and Prague.",
            "five",
            &[("Vienna", Label::Gpe), ("Prague", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Police arrested 12 people in Lyon and then released them on bail.",
            "12",
            &[("Lyon", Label::Gpe)],
        )
        .as_deref(),
        Some("Lyon")
    );
}
