//! Session 39 (place43, issue 14): places of claim frames. A `which` clause with a finite verb
//! right after a place name and a comma is about that place (`place/host.rs`). Sentences written
//! for these tests.

mod common;

use common::place;

#[test]
fn a_which_clause_on_a_place_name_gives_that_place() {
    for (text, q, want) in [
        (
            "The ban came as Sweden, which has taken in more than 160,000 asylum seekers, \
             tightened its rules.",
            "more than 160,000",
            "Sweden",
        ),
        (
            "Prices rose in Portugal, which registered inflation of 1.8 percent last month.",
            "1.8 percent",
            "Portugal",
        ),
    ] {
        // (the names as the entity recognizer gives them in `reckon run`)
        let ents = [(want, reckon_entities::Label::Gpe)];
        assert_eq!(
            common::place_with_entities(text, q, &ents).as_deref(),
            Some(want),
            "{text} / {q}"
        );
    }
}

#[test]
fn a_which_clause_on_another_name_or_a_standing_gives_none() {
    for (text, q) in [
        // (a ship named after a city)
        (
            "The navy said the HMS Sheffield, which has a crew of 190, would sail on Monday.",
            "190",
        ),
        // (a team's standing: `which is`)
        (
            "The hosts finished ahead of Norway, which is in second place with 11 gold medals.",
            "11",
        ),
    ] {
        assert_eq!(place(text, q), None, "{text} / {q}");
    }
}

#[test]
fn a_which_clause_on_the_last_of_a_coordination_gives_none_of_it() {
    let text = "Prices rose fastest in Austria and Portugal, which registered inflation of 2.1 \
                percent and 1.8 percent last month.";
    assert_ne!(
        place(text, "2.1 percent").as_deref(),
        Some("Portugal"),
        "{text}"
    );
}
