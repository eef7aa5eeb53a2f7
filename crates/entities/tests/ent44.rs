//! Session 37 (ent44): clubs named by their town before `chairman` (rule 41) and the two sides
//! of a match named together (`the match between X and Y`, rule 69b). The sentences are written
//! for these tests, not taken from a gold batch.

mod common;

use common::{assert_each_labelled, labels_of};
use reckon_entities::Label;

#[test]
fn a_town_before_chairman_and_a_name_is_the_club() {
    assert_each_labelled(
        &[
            (
                "Former Bolton chairman Peter Gardner said the club would survive.",
                "Bolton",
            ),
            (
                "\"It was a hard choice,\" said Toulouse chairman Jean Dupont.",
                "Toulouse",
            ),
        ],
        Label::Org,
    );
    // The chairman himself stays a person.
    assert_each_labelled(
        &[(
            "Former Bolton chairman Peter Gardner said the club would survive.",
            "Peter Gardner",
        )],
        Label::Person,
    );
}

#[test]
fn both_sides_of_a_match_named_together_are_teams() {
    let text = "Fans travelled to see the game between Norwich and Ipswich on Sunday.";
    assert_each_labelled(&[(text, "Norwich"), (text, "Ipswich")], Label::Org);
    let text = "Thousands watched the match between Lyon and Marseille last night.";
    assert_each_labelled(&[(text, "Lyon"), (text, "Marseille")], Label::Org);
}

#[test]
fn two_players_of_a_match_stay_people() {
    let text = "The match between Roger Federer and Rafael Nadal lasted five hours.";
    assert_eq!(labels_of(text, "Roger Federer"), vec![Label::Person]);
    assert_eq!(labels_of(text, "Rafael Nadal"), vec![Label::Person]);
}
