//! Session 36 (place37, issue 14): places of claim frames. A compass part of a place (`in the
//! southeast`, `in the north`) and `the mainland` are definite descriptions of a site, stated as
//! written (`docs/judging/frames.md`, descriptions of a named place), unless the compass word
//! modifies a noun after it (`the east coast`) or is a direction (`to the north`); a named
//! building after `across` is a path, not the place (`place/facility.rs`, which now takes the
//! locative prepositions of `place/written.rs`). Sentences written for these tests.

mod common;

use reckon_entities::Label;

use common::{place, place_with_entities};

#[test]
fn a_compass_part_or_the_mainland_is_the_place_as_written() {
    for (text, q, want) in [
        (
            "Officials reviewed the files of the 31 children placed with the agency in the southeast.",
            "31",
            "the southeast",
        ),
        (
            "In the arid farming districts in the north, fewer than 30% of the wells still give water.",
            "fewer than 30%",
            "the north",
        ),
        (
            "The company now runs 14 warehouses on the Chinese mainland and plans more.",
            "14",
            "the Chinese mainland",
        ),
        (
            "Retail sales on the mainland rose 9.2 percent in the first quarter.",
            "9.2 percent",
            "the mainland",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
}

#[test]
fn a_compass_word_on_a_noun_or_a_direction_is_no_place() {
    for (text, q) in [
        // (the compass word modifies what follows: the coast is the site, not `the east`)
        (
            "Storms closed 12 harbours in the east coast towns overnight.",
            "12",
        ),
        // (a direction of movement)
        (
            "About 400 families moved to the north after the flood.",
            "About 400",
        ),
        // (a compass word with its own noun after it)
        (
            "Guards counted 57 visitors in the west wing on Sunday.",
            "57",
        ),
    ] {
        assert_ne!(
            place(text, q).as_deref().map(|p| p.starts_with("the ")),
            Some(true),
            "{text} / {q}: {:?}",
            place(text, q)
        );
    }
}

#[test]
fn a_building_crossed_is_no_place_but_one_stood_around_is() {
    assert_eq!(
        place_with_entities(
            "Two cyclists who were riding across Albert Bridge were taken to hospital.",
            "Two",
            &[("Albert Bridge", Label::Fac)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Some 300 protesters gathered around Larkfield Airport on Friday.",
            "Some 300",
            &[("Larkfield Airport", Label::Fac)],
        )
        .as_deref(),
        Some("Larkfield Airport")
    );
}

#[test]
fn a_building_holding_or_handling_the_counted_things_is_their_place() {
    for (text, q, ents, want) in [
        (
            "Larkfield Airport handled 6.2 million passengers in 2016.",
            "6.2 million",
            &[("Larkfield Airport", Label::Fac)][..],
            "Larkfield Airport",
        ),
        (
            "Redvale International Airport had cancelled 212 flights by noon.",
            "212",
            &[("Redvale International Airport", Label::Fac)][..],
            "Redvale International Airport",
        ),
        (
            "Mercy General Hospital treated 37 people for burns overnight.",
            "37",
            &[("Mercy General Hospital", Label::Org)][..],
            "Mercy General Hospital",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, ents).as_deref(),
            Some(want),
            "{text} / {q}"
        );
    }
}

#[test]
fn a_building_acting_otherwise_is_no_place() {
    for (text, q, ents) in [
        // (an institution acting: employing, saying)
        (
            "Redvale University employs 4,000 people.",
            "4,000",
            &[("Redvale University", Label::Org)][..],
        ),
        (
            "Mercy General Hospital said 12 nurses had resigned.",
            "12",
            &[("Mercy General Hospital", Label::Org)][..],
        ),
        // (`House` as the subject is the chamber or the administration)
        (
            "The White House saw 3 resignations this week.",
            "3",
            &[("The White House", Label::Org)][..],
        ),
    ] {
        assert_eq!(place_with_entities(text, q, ents), None, "{text} / {q}");
    }
}
