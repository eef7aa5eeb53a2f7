//! Session 37 (ent45): a company named by one word as the subject of `said it` or `said its`
//! with one business word (rule 73b), and a company's name alone in Reuters' angle brackets
//! (rule 66b). The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{assert_each_labelled, labels_of};
use reckon_entities::Label;

#[test]
fn the_subject_of_said_it_in_company_news_is_a_company() {
    assert_each_labelled(
        &[
            (
                "Brandell said it still needs the approval of the state banking regulator.",
                "Brandell",
            ),
            (
                "Corvatex said its production was halted for two weeks in January.",
                "Corvatex",
            ),
        ],
        Label::Org,
    );
}

#[test]
fn a_person_saying_it_stays_a_person() {
    // A title before the name, or a personal pronoun in the sentence.
    for (text, name) in [
        (
            "Mr Brandell said it still needs the approval of the state banking regulator.",
            "Brandell",
        ),
        (
            "Brandell said it was his decision to sell the company.",
            "Brandell",
        ),
    ] {
        assert!(
            !labels_of(text, name).contains(&Label::Org),
            "{name} in {text:?}: {:?}",
            labels_of(text, name)
        );
    }
}

#[test]
fn a_name_alone_in_angle_brackets_is_a_company() {
    assert_each_labelled(
        &[
            (
                "The company bought a unit of <Halvorsen Maskin AB>, of Sweden.",
                "Halvorsen Maskin AB",
            ),
            (
                "<Four Rivers Hotels> and <Dunmore Realty Partners> of Chicago agreed to buy the hotel.",
                "Dunmore Realty Partners",
            ),
        ],
        Label::Org,
    );
}
