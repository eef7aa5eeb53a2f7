//! Session 36 (ent43): titles of works after two-word cues (rule 18c): an actor's part
//! (`starring in`), a remake (`remake of`) and a director's first film (`debut feature`). The
//! sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{assert_each_labelled, labels_of, mentions};
use reckon_entities::Label;

#[test]
fn capitalised_words_after_a_phrase_of_a_work_are_its_title() {
    assert_each_labelled(
        &[
            (
                "She is now starring in Summer Rain Falling, a new play.",
                "Summer Rain Falling",
            ),
            (
                "He starred in The Quiet Hour before moving to television.",
                "The Quiet Hour",
            ),
            (
                "The studio plans a remake of Harvest Moon next year.",
                "Harvest Moon",
            ),
            (
                "Her debut feature A Letter Home won the jury prize.",
                "A Letter Home",
            ),
        ],
        Label::WorkOfArt,
    );
}

#[test]
fn a_place_or_a_person_after_the_phrase_is_no_title() {
    for (text, word) in [
        ("He spent the summer starring in London theatres.", "London"),
        ("A remake of Hollywood classics is planned.", "Hollywood"),
        ("She was starring in Paris last spring.", "Paris"),
        ("He starred in Hughes' early comedies.", "Hughes"),
        ("It is a remake of Dexter's old thriller.", "Dexter"),
    ] {
        assert!(
            !labels_of(text, word).contains(&Label::WorkOfArt),
            "{text}: {:?}",
            mentions(text)
        );
    }
}
