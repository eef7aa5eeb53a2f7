//! Session 36 (place38, issue 14): places of claim frames. In a sentence that reports a game
//! (two different words only a game's report uses: `matchday`, `penalties`, `points`, `table`,
//! a noun `try`, ...) every place name is a team, as around a score, and only a venue is a
//! place (`place/scores.rs`); a place name between `a`/`an` and a noun of a group (`a Hamburg
//! terror cell`, `a London firm`) after the figure says who the group is, not where the counted
//! things are (`place/roles.rs`). Sentences written for these tests.

mod common;

use reckon_entities::Label;

use common::{place, place_with_entities};

#[test]
fn a_place_name_in_a_report_of_a_game_is_a_team() {
    for (text, q, ents) in [
        (
            "A late try from the flanker and nine points from the boot of the fly-half built a lead that Wales never closed, despite two penalties.",
            "nine",
            vec![("Wales", Label::Gpe)],
        ),
        (
            "Going into matchday 30, Leeds were fourth in the table with 11 points from six games.",
            "11",
            vec![("Leeds", Label::Gpe)],
        ),
        (
            "The win left Bristol five points clear of the relegation places with four games left.",
            "five",
            vec![("Bristol", Label::Gpe)],
        ),
    ] {
        assert_eq!(place_with_entities(text, q, &ents), None, "{text} / {q}");
    }
}

#[test]
fn the_venue_of_a_game_stays_its_place() {
    assert_eq!(
        place_with_entities(
            "In Cardiff, the visitors scored 14 points and two tries in the second half.",
            "14",
            &[("Cardiff", Label::Gpe)],
        )
        .as_deref(),
        Some("Cardiff")
    );
}

#[test]
fn one_game_word_or_the_verb_try_makes_no_game() {
    for (text, q, ents, want) in [
        // (`points` alone: a market's)
        (
            "Shares in Tokyo fell 120 points on Monday.",
            "120",
            vec![("Tokyo", Label::Gpe)],
            "Tokyo",
        ),
        // (the verb `try to`, with `season` of a holiday)
        (
            "Retailers in Ohio will try to hire 3,000 workers for the holiday season.",
            "3,000",
            vec![("Ohio", Label::Gpe)],
            "Ohio",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, &ents).as_deref(),
            Some(want),
            "{text} / {q}"
        );
    }
}

#[test]
fn a_place_on_an_indefinite_group_is_no_place_of_the_counted_things() {
    for (text, q, name) in [
        (
            "Two of the five suspects belonged to a Hamburg terror cell.",
            "Two",
            "Hamburg",
        ),
        (
            "At least 40 engineers were hired by a Leeds firm last year.",
            "At least 40",
            "Leeds",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, &[(name, Label::Gpe)]),
            None,
            "{text} / {q}"
        );
    }
}

#[test]
fn a_place_on_an_indefinite_site_stays_the_place() {
    assert_eq!(
        place_with_entities(
            "Three patients died in a Hamburg hospital overnight.",
            "Three",
            &[("Hamburg", Label::Gpe)],
        )
        .as_deref(),
        Some("Hamburg")
    );
}

#[test]
fn a_country_adjective_on_a_named_government_body_acting_states_its_country() {
    for (text, q, want) in [
        (
            "The Danish Parliament voted by 91 to 12 on Friday to extend the mission.",
            "91",
            "Denmark",
        ),
        (
            "The British Army has 82,000 regular soldiers.",
            "82,000",
            "United Kingdom",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
    // (a verb of saying: the source's place, not the figure's)
    assert_eq!(
        place("The Danish Parliament said 40 members were absent.", "40"),
        None
    );
}
