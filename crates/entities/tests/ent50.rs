//! Session 39 (ent50): a firm named for its partners before `and Co`, `and Sons` or `and
//! Company` and a legal suffix is one ORG (rule 99), not a person and a company. The
//! sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{assert_each_labelled, mentions};
use reckon_entities::Label;

#[test]
fn partners_before_and_co_and_a_suffix_are_one_firm() {
    assert_each_labelled(
        &[
            (
                "It said Harlow Keene and Co Inc will manage the offering.",
                "Harlow Keene and Co Inc",
            ),
            (
                "The notes were placed by Walter Brisk and Sons Inc of Baltimore.",
                "Walter Brisk and Sons Inc",
            ),
        ],
        Label::Org,
    );
}

#[test]
fn a_person_before_and_a_company_stays_a_person() {
    let text = "Walter Brisk and Dornfeld Corp signed the accord.";
    let m = mentions(text);
    assert!(
        !m.iter().any(|(t, _)| t.contains("Brisk and")),
        "{text}: {m:?}"
    );
}
