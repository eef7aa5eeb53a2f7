//! Session 38 (ent48): a one-word name that owns what only a company owns (a plant, a
//! subsidiary, a capital structure) or names a company's division is a company, not a person.
//! The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::assert_each_labelled;
use reckon_entities::Label;

#[test]
fn a_name_owning_a_plant_or_a_division_is_a_company() {
    assert_each_labelled(
        &[
            (
                "Analysts will weigh the effect of the sale on Brantley's capital structure.",
                "Brantley",
            ),
            (
                "Inspectors visited Corvane's assembly plant near the river last week.",
                "Corvane",
            ),
            (
                "The new unit will operate as part of Halvex's Dawson division, the company said.",
                "Dawson",
            ),
        ],
        Label::Org,
    );
}
