//! Place and time of claim frames, session 25 (issue 14, round pt25). Each test is named after
//! the rule it guards; the sentences are written for the tests, shaped like the real corpus.

mod common;

use common::{place_with_entities, time_of};
use reckon_entities::Label;

/// Class: a relative clause on another noun keeps its date when an `-ly` adverb stands between
/// the pronoun and its verb (`frame/time/relative.rs`).
#[test]
fn a_relative_clause_with_an_adverb_keeps_its_date() {
    let date = (2017, 3, 2);
    assert_eq!(
        time_of(
            "The state faces an estimated $50 billion bill for dams threatened by floods such as the one that severely damaged the spillway last month.",
            date,
            "an estimated $50 billion",
        ),
        None
    );
    assert_eq!(
        time_of(
            "Police arrested 300 protesters outside the ministry which recently moved its offices in January.",
            date,
            "300",
        ),
        None
    );
    // a clause right after the counted noun is its own and keeps the date
    assert_eq!(
        time_of(
            "There were 280 asylum seekers that eventually arrived in the country last year.",
            date,
            "280",
        )
        .as_deref(),
        Some("2016")
    );
}

/// Class: `and then` after the figure opens a later step of a sequence, whose date is not the
/// figure's (`frame/time/lists.rs`, `opens_event`).
#[test]
fn and_then_opens_a_later_step() {
    let date = (2017, 3, 30);
    assert_eq!(
        time_of(
            "Contractors will be asked to build 10-foot prototype sections and then provide more details in May.",
            date,
            "10-foot",
        ),
        None
    );
    assert_eq!(
        time_of(
            "He was sentenced to 15 years for buying vaccines and then selling them between June 2013 and April 2015.",
            date,
            "15 years",
        ),
        None
    );
    // a date before `and then` in the figure's own step stays
    assert_eq!(
        time_of(
            "The company hired 200 workers in January and then closed the plant.",
            date,
            "200",
        )
        .as_deref(),
        Some("2017-01")
    );
}

/// Class: a fronted locative opening the second clause, after a short opener (a date or a
/// linking adverb), covers the clause after it (`frame/place/fronted.rs`).
#[test]
fn a_fronted_locative_after_an_opener_is_the_place() {
    assert_eq!(
        place_with_entities(
            "Meanwhile, in the Nigerian capital Abuja, about 100 demonstrators gathered outside the offices.",
            "about 100",
            &[("Abuja", Label::Gpe)],
        )
        .as_deref(),
        Some("Abuja")
    );
    assert_eq!(
        place_with_entities(
            "Last May, in a primary school in Huaiyuan county, a boy bullied his entire class of seven.",
            "seven",
            &[("Huaiyuan county", Label::Gpe)],
        )
        .as_deref(),
        Some("Huaiyuan county")
    );
    // an opening clause with a verb of its own is no opener
    assert_eq!(
        place_with_entities(
            "The strike was called off, in Lagos, the union said, and 300 workers returned.",
            "300",
            &[("Lagos", Label::Gpe)],
        ),
        None
    );
}

/// Class: a linking adverb glued to a fronted locative (`Here in`, `Back in`, `Meanwhile in`)
/// still fronts it (`frame/place.rs`, `fronted_in`).
#[test]
fn a_linking_adverb_before_a_fronted_locative_keeps_it() {
    assert_eq!(
        place_with_entities(
            "Back in Utah, he faced a packed crowd of over 1,000 people at a high school.",
            "over 1,000",
            &[("Utah", Label::Gpe)],
        )
        .as_deref(),
        Some("Utah")
    );
    assert_eq!(
        place_with_entities(
            "Here in North Carolina, families pay $500 a month for child care.",
            "$500",
            &[("North Carolina", Label::Gpe)],
        )
        .as_deref(),
        Some("North Carolina")
    );
}

/// Class: an age takes no date from the other side of a quotation's edge: one inside a quote
/// and the other outside it (`frame/time/age.rs`, `across_quote`); a quoted title between
/// them keeps the date.
#[test]
fn an_age_takes_no_date_across_a_quotations_edge() {
    let date = (2017, 3, 9);
    assert_eq!(
        time_of(
            "The group sent a letter to Congress yesterday saying the bill would \"raise costs for Americans aged 50-64.\"",
            date,
            "aged 50-64",
        ),
        None
    );
    assert_eq!(
        time_of(
            "At the age of 14, he published his first work, a poem called \"1944\", in a local newspaper.",
            date,
            "age of 14",
        ),
        None
    );
    // a quoted title between the age and its event's date
    assert_eq!(
        time_of(
            "The 14-year-old singer released his debut EP, \"The Last Text,\" in January.",
            date,
            "14-year-old",
        )
        .as_deref(),
        Some("2017-01")
    );
}
