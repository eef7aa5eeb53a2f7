//! The place of a claim frame, session 24 (issue 14): places around a game's score. Each test
//! is named after the rule it guards; the sentences are written for the tests, shaped like the
//! real corpus.

mod common;

use common::place_with_entities;
use reckon_entities::Label;

/// Class: a place name around a game's score that is no venue is a team (`place/scores.rs`).
#[test]
fn a_team_around_a_score_is_no_place() {
    // the subject of the clause
    assert_eq!(
        place_with_entities(
            "Freiburg came from behind twice to secure a 3-2 victory over Hertha Berlin.",
            "3-2",
            &[("Freiburg", Label::Gpe), ("Berlin", Label::Gpe)],
        ),
        None
    );
    // an owner of the win and the side beaten
    assert_eq!(
        place_with_entities(
            "Bremen's 2-0 win over Darmstadt lifted them out of the relegation zone.",
            "2-0",
            &[("Bremen", Label::Gpe), ("Darmstadt", Label::Gpe)],
        ),
        None
    );
    // the side faced at home
    assert_eq!(
        place_with_entities(
            "Schalke followed a 1-0 victory at home to Augsburg with a draw midweek.",
            "1-0",
            &[("Augsburg", Label::Gpe)],
        ),
        None
    );
    // the side lost to
    assert_eq!(
        place_with_entities(
            "The champions lose 2-1 to Sevilla in the first leg.",
            "2-1",
            &[("Sevilla", Label::Gpe)],
        ),
        None
    );
}

/// Class: the venue of a game (after `in`, `at`, or the hosts) is the place of its score.
#[test]
fn the_venue_of_a_game_is_the_place_of_its_score() {
    assert_eq!(
        place_with_entities(
            "England slumped to a 4-0 series defeat in India last winter.",
            "4-0",
            &[("England", Label::Gpe), ("India", Label::Gpe)],
        )
        .as_deref(),
        Some("India")
    );
    assert_eq!(
        place_with_entities(
            "The visitors went down 2-1 at Sevilla on Wednesday night.",
            "2-1",
            &[("Sevilla", Label::Gpe)],
        )
        .as_deref(),
        Some("Sevilla")
    );
    assert_eq!(
        place_with_entities(
            "The guests won the friendly by beating hosts Russia 4-3.",
            "4-3",
            &[("Russia", Label::Gpe)],
        )
        .as_deref(),
        Some("Russia")
    );
}

/// Class: a tally of votes is no game; its place is found as for any count.
#[test]
fn a_vote_tally_keeps_its_place() {
    assert_eq!(
        place_with_entities(
            "Tulsa city council members voted 6-3 in favor of the new ordinance.",
            "6-3",
            &[("Tulsa", Label::Gpe)],
        )
        .as_deref(),
        Some("Tulsa")
    );
}

/// Class: `in the state` / `in the county` after a preposition of being inside, with no noun
/// after it, is a stated place given as written (`place/written.rs` `administrative`).
#[test]
fn in_the_state_is_a_stated_place() {
    assert_eq!(
        place_with_entities(
            "Officials said tourism along the coast brings in $12 billion a year in the state.",
            "$12 billion",
            &[],
        )
        .as_deref(),
        Some("the state")
    );
    assert_eq!(
        place_with_entities(
            "There are now more than 40 farmers markets across the county.",
            "more than 40",
            &[],
        )
        .as_deref(),
        Some("the county")
    );
    // an institution the noun modifies, or the government, is no land
    assert_eq!(
        place_with_entities(
            "The report was read out on Monday in the state legislature by 12 members.",
            "12",
            &[],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "The company paid $3 million to the state in back taxes.",
            "$3 million",
            &[],
        ),
        None
    );
}

/// Class: a place after a vote's tally is in what was voted on, not where the votes are
/// (`place/scores.rs` `tally_end`).
#[test]
fn a_place_in_what_was_voted_on_is_no_place_of_the_tally() {
    for side in ["412", "198"] {
        assert_eq!(
            place_with_entities(
                "Lawmakers backed the bill by 412 to 198 to protect the pensions of workers living in France.",
                side,
                &[("France", Label::Gpe)],
            ),
            None
        );
    }
    // the voters' place before the tally stays
    assert_eq!(
        place_with_entities(
            "Cardiff councillors voted by 40 to 16 on Tuesday in favour of a new tax.",
            "40",
            &[("Cardiff", Label::Gpe)],
        )
        .as_deref(),
        Some("Cardiff")
    );
    // as does an `in` phrase right after the tally
    assert_eq!(
        place_with_entities(
            "Voters backed the measure by 58% to 42% in Oregon, officials said.",
            "58%",
            &[("Oregon", Label::Gpe)],
        )
        .as_deref(),
        Some("Oregon")
    );
}

/// Class: a subject naming its place last, parted from its predicate by an apposition between
/// commas, gives the figure of the predicate its place (`place/subject.rs`).
#[test]
fn a_subject_s_place_holds_across_an_apposition() {
    assert_eq!(
        place_with_entities(
            "Inflation in Portugal, the bloc's fourth-smallest economy, rose to 1.8% in March.",
            "1.8%",
            &[("Portugal", Label::Gpe)],
        )
        .as_deref(),
        Some("Portugal")
    );
    assert_eq!(
        place_with_entities(
            "On Friday, a bombing at a market in Kirkuk, a city north of the capital, left 14 dead.",
            "14",
            &[("Kirkuk", Label::Gpe)],
        )
        .as_deref(),
        Some("Kirkuk")
    );
    // a clause with its own finite verb before the apposition is no subject waiting for its
    // predicate
    assert_eq!(
        place_with_entities(
            "Output collapsed in Chile, the largest copper producer, dropped 4 percent more.",
            "4 percent",
            &[("Chile", Label::Gpe)],
        ),
        None
    );
}

/// Class: a count of a country's states or provinces has no place after it among the places
/// around it (as a count of countries has none), only a region holding them; a place in another
/// conjunct holds none (`frame.rs` `holds`, `place/subject.rs` `subdivisions`).
#[test]
fn a_count_of_states_has_no_place_among_them() {
    assert_eq!(
        place_with_entities(
            "All three states have condemned the threat Moscow poses to their borders.",
            "three",
            &[("Moscow", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Threats were made to schools in more than 20 states and in Mexico.",
            "more than 20",
            &[("Mexico", Label::Gpe)],
        ),
        None
    );
    // a region right after the noun holds them, over its modifiers
    assert_eq!(
        place_with_entities(
            "Heavy snow closed schools in nine states in the densely populated Midwest.",
            "nine",
            &[("Midwest", Label::Loc)],
        )
        .as_deref(),
        Some("Midwest")
    );
    // a place before the count keeps its reading (a possessive, a fronted place)
    assert_eq!(
        place_with_entities(
            "Floods have hit four of Kenya's 47 counties and two of Uganda's 4 provinces.",
            "4",
            &[("Kenya", Label::Gpe), ("Uganda", Label::Gpe)],
        )
        .as_deref(),
        Some("Uganda")
    );
    assert_eq!(
        place_with_entities(
            "In Zambia, six out of ten provinces have reported outbreaks.",
            "six out of ten",
            &[("Zambia", Label::Gpe)],
        )
        .as_deref(),
        Some("Zambia")
    );
}
