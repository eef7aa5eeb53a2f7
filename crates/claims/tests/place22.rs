//! The place of a claim frame, session 22 (issue 14): names the recogniser gives as places that
//! are no place of the figure (a person's given name after a noun of kinship, the country of a
//! capitalised title). Each test is named after the rule it guards; the sentences are written for
//! the tests, shaped like the real corpus.

mod common;

use common::place_with_entities;
use reckon_entities::Label;

#[test]
fn a_name_after_a_noun_of_kinship_is_a_person_not_a_place() {
    assert_eq!(
        place_with_entities(
            "Investigators say the senator's wife Savannah was paid 400,000 euros over six years.",
            "400,000 euros",
            &[("Savannah", Label::Gpe)],
        ),
        None
    );
    // the same shape with a place after a locative keeps it
    assert_eq!(
        place_with_entities(
            "Investigators say the senator's office in Savannah was paid 400,000 euros.",
            "400,000 euros",
            &[("Savannah", Label::Gpe)],
        )
        .as_deref(),
        Some("Savannah")
    );
}

#[test]
fn the_country_of_a_capitalised_title_is_not_the_figure_s_place() {
    assert_eq!(
        place_with_entities(
            "US President Donald Trump signed four executive orders on Friday.",
            "four",
            &[("US", Label::Gpe), ("Donald Trump", Label::Person)],
        ),
        None
    );
    // a title opening the next sentence says nothing of a place ending this one
    assert_eq!(
        place_with_entities(
            "Four people were injured in Lyon. President Emmanuel Macron visited them.",
            "Four",
            &[("Lyon", Label::Gpe), ("Emmanuel Macron", Label::Person)],
        )
        .as_deref(),
        Some("Lyon")
    );
}

#[test]
fn a_state_ranked_by_the_figure_is_its_place() {
    // (the ruling of session 32, places as subjects: a state ranking states the place; session
    // 22 gave none)
    assert_eq!(
        place_with_entities(
            "Portugal is ranked 14 of 180 countries in the press freedom index.",
            "14",
            &[("Portugal", Label::Gpe)],
        )
        .as_deref(),
        Some("Portugal")
    );
    assert!(
        place_with_entities(
            "Chile and Peru broke into the top 10 for the first time.",
            "10",
            &[("Chile", Label::Gpe), ("Peru", Label::Gpe)],
        )
        .is_some()
    );
    // an owner holds what is ranked: `Brazil's top three banks` are in Brazil
    assert_eq!(
        place_with_entities(
            "Brazil's top three banks hold most of the deposits.",
            "three",
            &[("Brazil", Label::Gpe)],
        )
        .as_deref(),
        Some("Brazil")
    );
}

#[test]
fn a_fronted_locative_after_an_opening_conjunction_covers_the_sentence() {
    assert_eq!(
        place_with_entities(
            "But in Wyoming, a rural state where the senator won 70 percent of the vote, few voters expect change.",
            "70 percent",
            &[("Wyoming", Label::Gpe)],
        )
        .as_deref(),
        Some("Wyoming")
    );
    // a study's or a report's setting is where it was published, not where its figures hold
    assert_eq!(
        place_with_entities(
            "In a study published in the Lancet Journal, researchers found that 40% of patients improved.",
            "40%",
            &[("Lancet Journal", Label::Gpe)],
        ),
        None
    );
}

#[test]
fn a_team_lost_to_drawn_with_or_faced_is_no_place() {
    assert_eq!(
        place_with_entities(
            "The hosts are two points clear of the drop zone and lost to Bordeaux on Sunday.",
            "two",
            &[("Bordeaux", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Unai Emery's Valencia side have won only three of their last ten games.",
            "three",
            &[("Valencia", Label::Gpe)],
        ),
        None
    );
    // a border's side is a place
    assert_eq!(
        place_with_entities(
            "Two shops on the Mexico side of the border were closed.",
            "Two",
            &[("Mexico", Label::Gpe)],
        )
        .as_deref(),
        Some("Mexico")
    );
}

#[test]
fn capitalised_forces_after_a_country_are_its_own_not_where_they_go() {
    assert_eq!(
        place_with_entities(
            "The ministry said it would send some 400 UK Marines next month to Kandahar.",
            "some 400",
            &[("UK", Label::Gpe), ("Kandahar", Label::Gpe)],
        )
        .as_deref(),
        Some("Kandahar")
    );
}

#[test]
fn a_country_modifying_the_counted_noun_is_its_nationality_not_its_place() {
    assert_eq!(
        place_with_entities(
            "The plan would bring 2 million small and medium-sized UK firms onto the platform.",
            "2 million",
            &[("UK", Label::Gpe)],
        ),
        None
    );
    // the country's sites are in it
    assert_eq!(
        place_with_entities(
            "The grocer will close 40 UK stores this year.",
            "40",
            &[("UK", Label::Gpe)],
        )
        .as_deref(),
        Some("UK")
    );
    // a verb between: the country is where the figure's event happened
    assert_eq!(
        place_with_entities(
            "Three gunmen attacked northern Mali on Sunday.",
            "Three",
            &[("Mali", Label::Gpe)],
        )
        .as_deref(),
        Some("Mali")
    );
}

#[test]
fn a_name_the_figure_counts_is_not_its_place() {
    assert_eq!(
        place_with_entities(
            "The singer has won 14 Grammys, more than any other artist.",
            "14",
            &[("Grammys", Label::Gpe)],
        ),
        None
    );
    // a people's name after it: they are there
    assert_eq!(
        place_with_entities(
            "He has no interest in granting citizenship to 300,000 Gaza Palestinians in the coming years.",
            "300,000",
            &[("Gaza", Label::Gpe), ("Palestinians", Label::Norp)],
        )
        .as_deref(),
        Some("Gaza")
    );
}

#[test]
fn a_listing_s_count_of_stories_takes_no_place_and_the_next_header_is_not_its_own() {
    let text = "PORTO, PORTUGAL May, 2015 TARGET: One guard wounded in stabbing ATTACKER: Unidentified 1,512 stories LYON, FRANCE June, 2015 TARGET: Two killed in shooting ATTACKER: Unidentified";
    let ents = [("PORTO", Label::Gpe), ("LYON", Label::Gpe)];
    assert_eq!(place_with_entities(text, "1,512", &ents), None);
    // the entry's own figures keep their header
    assert_eq!(
        place_with_entities(text, "Two", &ents).as_deref(),
        Some("Lyon")
    );
    assert_eq!(
        place_with_entities(text, "One", &ents).as_deref(),
        Some("Porto")
    );
}

#[test]
fn a_place_s_name_with_a_plural_verb_is_a_team() {
    assert_eq!(
        place_with_entities(
            "Bordeaux have looked sharper lately and are on a run of five wins.",
            "five",
            &[("Bordeaux", Label::Gpe)],
        ),
        None
    );
    // people in a region take the plural verb, not the region
    assert_eq!(
        place_with_entities(
            "Over 9,000 residents in southern Texas have returned home.",
            "Over 9,000",
            &[("Texas", Label::Gpe)],
        )
        .as_deref(),
        Some("Texas")
    );
}

#[test]
fn a_subject_pronoun_after_and_or_while_opens_another_clause() {
    assert_eq!(
        place_with_entities(
            "She kept a photo of the three while she was posted in Mali.",
            "three",
            &[("Mali", Label::Gpe)],
        ),
        None
    );
}

#[test]
fn a_document_named_after_a_place_is_no_place() {
    assert_eq!(
        place_with_entities(
            "He said 12 asylum seekers had been returned to Italy under the Dublin regulations.",
            "12",
            &[("Italy", Label::Gpe), ("Dublin", Label::Gpe)],
        )
        .as_deref(),
        Some("Italy")
    );
    assert_eq!(
        place_with_entities(
            "The two ministers discussed the Middle East agenda.",
            "two",
            &[("Middle East", Label::Loc)],
        ),
        None
    );
}

#[test]
fn a_definite_total_of_a_country_s_units_keeps_the_country() {
    assert_eq!(
        place_with_entities(
            "The agency contacted all 50 US governors on Monday.",
            "50",
            &[("US", Label::Gpe)],
        )
        .as_deref(),
        Some("US")
    );
}
