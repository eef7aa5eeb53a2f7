//! Session 35 (ent41): places that stand for their sides in sports copy (rule 41): a country or
//! a nation before a player's position and a player's name (`Spain goalkeeper Iker Casillas`), a
//! place with a possessive before a position or a side's noun after up to two lower-case words
//! (`Leeds's young striker`, `Scotland's squad`). The sentences are written for these tests, not
//! taken from a gold batch.

mod common;

use common::assert_each_labelled;
use reckon_entities::Label;

#[test]
fn a_country_before_a_position_and_a_player_is_a_side() {
    assert_each_labelled(
        &[
            (
                "Spain goalkeeper David Moreno kept a clean sheet in the friendly.",
                "Spain",
            ),
            (
                "The move was confirmed by Scotland player Gordon Brock on Monday.",
                "Scotland",
            ),
            (
                "Italy centre Marco Bossi scored twice before half-time.",
                "Italy",
            ),
            // (A nation the tagger left untagged, tagged by the rule itself.)
            ("England player Tom Reeve won the sevens award.", "England"),
        ],
        Label::Org,
    );
}

#[test]
fn a_place_with_a_possessive_before_a_side_noun_is_a_side() {
    assert_each_labelled(
        &[
            (
                "Scotland's squad for the autumn tests includes three new caps.",
                "Scotland",
            ),
            (
                "Newcastle's young striker Tom Vane signed a new contract.",
                "Newcastle",
            ),
        ],
        Label::Org,
    );
}

#[test]
fn a_country_without_a_sports_noun_stays_a_place() {
    // A country's leaders and a country with no player's name after the noun are places.
    assert_each_labelled(
        &[
            (
                "France's president flew to Berlin for the summit on Tuesday.",
                "France",
            ),
            (
                "Officials said Germany plans to cut the tax next year.",
                "Germany",
            ),
        ],
        Label::Gpe,
    );
}

#[test]
fn a_nation_s_debut_and_fold_name_its_side() {
    assert_each_labelled(
        &[
            (
                "Two young forwards could make their Scotland debuts on Saturday.",
                "Scotland",
            ),
            (
                "The lock is returning to the Wales fold after a long injury.",
                "Wales",
            ),
        ],
        Label::Org,
    );
}

#[test]
fn a_capitalised_run_ending_with_a_business_head_is_a_company() {
    assert_each_labelled(
        &[
            (
                "Shares of Harlow Foods rose after the results on Monday.",
                "Harlow Foods",
            ),
            (
                "The plant is owned by Delmar Processors, a supplier of frozen fish.",
                "Delmar Processors",
            ),
        ],
        Label::Org,
    );
}
