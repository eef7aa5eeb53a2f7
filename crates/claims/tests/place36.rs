//! Session 35 (place36, issue 14): places of claim frames. A named building or ground the
//! recogniser labels an organisation or a facility (`Tsinghua University`, `Westminster Bridge`)
//! is the figure's place after a locative `at`, `in`, `on` or `inside`, unless a place is named
//! right after it (`place/facility.rs`). Sentences written for these tests.

mod common;

use reckon_entities::Label;

use common::place_with_entities;

#[test]
fn a_named_building_after_a_locative_is_the_place() {
    for (text, q, ents, want) in [
        (
            "Hundreds of patients at Mercy General Hospital waited for beds.",
            "Hundreds",
            &[("Mercy General Hospital", Label::Org)][..],
            "Mercy General Hospital",
        ),
        (
            "Passenger numbers at Larkfield Airport rose by 8.4% last year.",
            "8.4%",
            &[("Larkfield Airport", Label::Fac)][..],
            "Larkfield Airport",
        ),
        (
            "Three cyclists were hurt on Albert Bridge after a van struck them.",
            "Three",
            &[("Albert Bridge", Label::Fac)][..],
            "Albert Bridge",
        ),
        (
            "Some 40 reporters waited at the White House for the statement.",
            "Some 40",
            &[("the White House", Label::Org)][..],
            "White House",
        ),
        (
            "About 2,000 students at Redvale University joined the strike.",
            "About 2,000",
            &[("Redvale University", Label::Org)][..],
            "Redvale University",
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
fn a_building_as_actor_topic_or_office_is_no_place() {
    for (text, q, ents) in [
        // (no locative: the university acts)
        (
            "Redvale University hired 40 new lecturers.",
            "40",
            &[("Redvale University", Label::Org)][..],
        ),
        // (`on` a building: a topic)
        (
            "Only seven of the reporters who report on the White House were women.",
            "seven",
            &[("the White House", Label::Org)][..],
        ),
        // (`in the White House`: in office)
        (
            "The votes gave him 64 delegates and put him in the White House.",
            "64",
            &[("the White House", Label::Org)][..],
        ),
        // (a head that names no building: `Center`)
        (
            "Some 300 people were surveyed at the Harlow Research Center.",
            "Some 300",
            &[("the Harlow Research Center", Label::Org)][..],
        ),
        // (one word: not a named building)
        (
            "The bill passed with 230 votes in the House.",
            "230",
            &[("the House", Label::Org)][..],
        ),
    ] {
        assert_eq!(place_with_entities(text, q, ents), None, "{text} / {q}");
    }
}

#[test]
fn a_place_named_right_after_the_building_is_given_instead() {
    for (text, q, ents, want) in [
        (
            "In 2015, 21 tourists were killed at the Marlow Museum in Tunis.",
            "21",
            &[("the Marlow Museum", Label::Org), ("Tunis", Label::Gpe)][..],
            "Tunis",
        ),
        (
            "About 25,000 people gathered in Union Square, Bucharest, on Sunday.",
            "About 25,000",
            &[("Union Square", Label::Fac), ("Bucharest", Label::Gpe)][..],
            "Bucharest",
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
fn a_participle_shares_the_place_of_a_state_that_is_its_hosts_subject() {
    for (text, q, ents, want) in [
        (
            "Portugal has a large fishing fleet, making up 12% of the country's exports.",
            "12%",
            &[("Portugal", Label::Gpe)][..],
            "Portugal",
        ),
        (
            "Chile sent troops to the border, killing 14 smugglers.",
            "14",
            &[("Chile", Label::Gpe)][..],
            "Chile",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, ents).as_deref(),
            Some(want),
            "{text} / {q}"
        );
    }
}
