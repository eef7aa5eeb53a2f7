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
            "Prices rose in Italy and Portugal, which registered inflation of 1.8 percent last \
             month.",
            "1.8 percent",
            "Portugal",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
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
