//! Session 33 (ent35): teams named by their town or country in sports copy (a post held with no
//! person after it, a club's name opening a sentence before a position, an aside between a side
//! and its plural verb, a final against a side) and companies listed with a company the lexicon
//! knows. The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_post_held_names_the_team() {
    for (text, name) in [
        ("His spell as Wrexham manager ended in March.", "Wrexham"),
        (
            "The former Burnley boss is expected to take the job.",
            "Burnley",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    }
}

#[test]
fn an_aside_between_a_side_and_its_plural_verb() {
    let text = "Scotland, however, have lost three games in a row.";
    let ls = labels_of(text, "Scotland");
    assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    // A verb in the singular after the aside: the place.
    let text = "Paris, on the other hand, is quieter in August.";
    let ls = labels_of(text, "Paris");
    assert_eq!(ls, vec![Label::Gpe], "{text}: {:?}", mentions(text));
}

#[test]
fn a_final_against_a_side() {
    let text = "They lost the World Cup final against Argentina on penalties.";
    let ls = labels_of(text, "Argentina");
    assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
}

#[test]
fn names_listed_with_a_known_company_are_companies() {
    for (text, name) in [
        (
            "Heineken, Kronbrau and Carlsberg all raised prices this year.",
            "Kronbrau",
        ),
        (
            "Volkswagen and Mercedes Benz were supplied with the faulty pumps.",
            "Mercedes Benz",
        ),
        (
            "Volkswagen and Mercedes Benz were supplied with the faulty pumps.",
            "Volkswagen",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    }
}

#[test]
fn a_person_named_in_full_beside_a_company_stays() {
    let text = "Microsoft and Bill Gates gave money to the foundation.";
    let ls = labels_of(text, "Bill Gates");
    assert_eq!(ls, vec![Label::Person], "{text}: {:?}", mentions(text));
}

#[test]
fn a_known_place_with_and_inside_is_one_mention() {
    for (text, name) in [
        (
            "He moved to Trinidad and Tobago in 1990.",
            "Trinidad and Tobago",
        ),
        (
            "The debt to Bosnia and Herzegovina will be paid within 45 days.",
            "Bosnia and Herzegovina",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Gpe], "{text}: {:?}", mentions(text));
    }
}
