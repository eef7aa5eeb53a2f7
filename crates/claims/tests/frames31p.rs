//! Session 31 (pt31, issue 14): places of claim frames under the rulings of sessions 30 and 31
//! (`docs/judging/frames.md`): a place adjective or abbreviation on the counted noun (`12,000
//! U.S. troops`) states the counted things' place. Sentences written for these tests.

mod common;

use reckon_entities::Label;

use common::place_with_entities;

#[test]
fn a_place_abbreviation_on_the_counted_noun_is_its_place() {
    for (text, q, ent) in [
        (
            "The Pentagon plans to send 12,000 U.S. troops next spring.",
            "12,000",
            "U.S.",
        ),
        (
            "About 500 US soldiers took part in the exercise last week.",
            "About 500",
            "US",
        ),
        (
            "Officials said three UK warships had been put on alert.",
            "three",
            "UK",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, &[(ent, Label::Gpe)]).as_deref(),
            Some(ent),
            "{text}"
        );
    }
}

#[test]
fn a_country_adjective_on_the_counted_noun_names_its_country() {
    for (text, q, want) in [
        (
            "The offensive was led by 3,000 Afghan soldiers backed by air support.",
            "3,000",
            "Afghanistan",
        ),
        (
            "Some 40 Turkish companies have bid for the contract.",
            "Some 40",
            "Turkey",
        ),
        (
            "The ministry said 12 South Korean fishing boats were seized.",
            "12",
            "South Korea",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, &[]).as_deref(),
            Some(want),
            "{text}"
        );
    }
}

#[test]
fn another_place_of_the_clause_wins_over_the_modifier() {
    // where the counted things are, named in their clause, is more than the country they serve
    assert_eq!(
        place_with_entities(
            "Some 28,000 US troops are stationed in South Korea.",
            "Some 28,000",
            &[("US", Label::Gpe), ("South Korea", Label::Gpe)]
        )
        .as_deref(),
        Some("South Korea")
    );
}

#[test]
fn demonyms_people_abroad_titles_and_hyphened_modifiers_give_no_place() {
    for (text, q, ents) in [
        // a demonym that is the counted noun: a nationality
        (
            "More than 300 Syrians crossed the border.",
            "More than 300",
            &[][..],
        ),
        // people away from the country
        (
            "The embassy said two US citizens were missing.",
            "two",
            &[("US", Label::Gpe)][..],
        ),
        (
            "About 300 Syrian refugees arrived by boat.",
            "About 300",
            &[][..],
        ),
        (
            "Five British aid workers were freed on Monday.",
            "Five",
            &[][..],
        ),
        // people named by their nationality, not the forces a country sends
        (
            "Police said two Iraqi men had been charged.",
            "two",
            &[][..],
        ),
        (
            "The blast killed 14 Nepali employees of a security firm.",
            "14",
            &[][..],
        ),
        (
            "More than 30 Russian athletes were banned.",
            "More than 30",
            &[][..],
        ),
        (
            "Two US officials said the strike had hit a convoy.",
            "Two",
            &[("US", Label::Gpe)][..],
        ),
        // a hyphened modifier
        (
            "The raid was carried out by 40 US-led coalition jets.",
            "40",
            &[("US", Label::Gpe)][..],
        ),
        // a count of countries: the clause rules judge it
        (
            "Leaders of 27 EU countries met to discuss the budget.",
            "27",
            &[("EU", Label::Org)][..],
        ),
    ] {
        assert_eq!(place_with_entities(text, q, ents), None, "{text}");
    }
}
