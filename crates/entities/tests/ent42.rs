//! Session 36 (ent42): a player's surname alone after a side and a position (rule 41), and
//! events known by name (rule 17b): `the Olympics`, `the Champions League`, the Games'
//! adjective before a lower-case word (`Olympic champion`). The sentences are written for these
//! tests, not taken from a gold batch.

mod common;

use common::{assert_each_labelled, labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_surname_alone_after_a_side_and_a_position_is_a_person() {
    assert_each_labelled(
        &[
            (
                "Italy midfielder Bertolli was booked in the first half.",
                "Bertolli",
            ),
            (
                "Wales winger Prothero and Ireland centre Keane both missed training.",
                "Prothero",
            ),
            (
                "Wales winger Prothero and Ireland centre Keane both missed training.",
                "Keane",
            ),
        ],
        Label::Person,
    );
    // The country before the position is then the side.
    assert_each_labelled(
        &[(
            "Italy midfielder Bertolli was booked in the first half.",
            "Italy",
        )],
        Label::Org,
    );
}

#[test]
fn a_place_or_a_common_word_after_a_position_is_no_surname() {
    for (text, word) in [
        ("The England captain Monday said little.", "Monday"),
        ("He met the Wales coach Cardiff officials chose.", "Cardiff"),
    ] {
        assert!(
            !labels_of(text, word).contains(&Label::Person),
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn the_games_and_the_club_competition_are_events() {
    assert_each_labelled(
        &[
            (
                "The sprinter pulled out of the Olympics with a hamstring injury.",
                "Olympics",
            ),
            (
                "Arsenal face Porto in the Champions League on Tuesday night.",
                "Champions League",
            ),
            (
                "Walker finished fourth in the Olympic final in Beijing.",
                "Olympic",
            ),
            (
                "The former Olympic champion Dana Brook retired last year.",
                "Olympic",
            ),
            (
                "Her coach, the 1996 Olympic champion, watched from the stands.",
                "Olympic",
            ),
            (
                "The swimmer also won gold at the Paralympics in London.",
                "the Paralympics",
            ),
        ],
        Label::Event,
    );
}

#[test]
fn the_games_adjective_before_a_name_is_left_to_the_name() {
    // `Olympic` before a capitalised word opens another name (a committee, a stadium).
    let text = "The International Olympic Committee met in Lausanne on Friday.";
    assert!(
        !labels_of(text, "Olympic").contains(&Label::Event),
        "{text}: {:?}",
        mentions(text)
    );
}

#[test]
fn a_place_after_a_match_by_its_kind_is_a_side() {
    assert_each_labelled(
        &[
            (
                "He won his first cap in the internationals against Argentina last autumn.",
                "Argentina",
            ),
            (
                "Sweden lost a friendly against Norway on Wednesday night.",
                "Norway",
            ),
        ],
        Label::Org,
    );
}
