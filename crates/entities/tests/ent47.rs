//! Session 38 (ent47): places of wire copy read as people or organisations. A list of towns
//! closed by a state's abbreviation (rule 12b), a landform's name over a town of the gazetteer
//! (`Mountains` after it), a river named before `estuary` (rule 35). The sentences are written
//! for these tests, not taken from a gold batch.

mod common;

use common::assert_each_labelled;
use reckon_entities::Label;

#[test]
fn every_town_of_a_list_closed_by_a_state_is_a_place() {
    let text =
        "The franchise covers the Durham, Winston-Salem, Greensboro and Hickory, N.C. areas.";
    assert_each_labelled(
        &[
            (text, "Durham"),
            (text, "Winston-Salem"),
            (text, "Greensboro"),
            (text, "Hickory"),
        ],
        Label::Gpe,
    );
}

#[test]
fn a_person_and_a_town_before_a_state_are_no_list() {
    let text = "The award went to Harold Brunson and Macon, Ga. in June.";
    assert!(
        !common::labels_of(text, "Harold Brunson").contains(&Label::Gpe),
        "{:?}",
        common::mentions(text)
    );
}

#[test]
fn a_landform_named_after_a_town_is_the_landform() {
    assert_each_labelled(
        &[(
            "The mine lies in the Topaz Mountains west of the lake.",
            "Topaz Mountains",
        )],
        Label::Loc,
    );
}

#[test]
fn a_river_named_before_estuary_is_a_place() {
    assert_each_labelled(
        &[(
            "The port sits across the Pearl River estuary from the city.",
            "Pearl River",
        )],
        Label::Loc,
    );
}

#[test]
fn a_place_joined_by_del_or_de_is_one_place() {
    assert_each_labelled(
        &[
            (
                "The talks were launched in Punta del Este last September.",
                "Punta del Este",
            ),
            (
                "Rebels held the village of San Jose de Oriente for a week.",
                "San Jose de Oriente",
            ),
        ],
        Label::Gpe,
    );
}
