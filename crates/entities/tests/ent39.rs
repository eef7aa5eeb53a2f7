//! Session 34 (ent39): a nationality or an adjective of birth glued to a person's name in one
//! mention (rule 98): the nationality is a NORP, `X-born` no mention, the name a PERSON; a
//! company or a paper named by a nationality keeps its name. The sentences are written for these
//! tests, not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_nationality_before_a_persons_name_splits_off() {
    for (text, nationality, name) in [
        (
            "Canadian Michael Brown won the final in three sets on Sunday.",
            "Canadian",
            "Michael Brown",
        ),
        (
            "Earlier, Australian David Walker lost to the top seed.",
            "Australian",
            "David Walker",
        ),
    ] {
        let found = mentions(text);
        assert!(
            found.contains(&(nationality.to_owned(), Label::Norp)),
            "{text}: {found:?}"
        );
        assert!(
            found.contains(&(name.to_owned(), Label::Person)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_adjective_of_birth_is_no_part_of_the_name() {
    let text = "The album was produced by German-born Thomas Keller in Berlin.";
    let found = mentions(text);
    assert!(
        found.contains(&("Thomas Keller".to_owned(), Label::Person)),
        "{text}: {found:?}"
    );
    assert!(
        found.iter().all(|(m, _)| !m.contains("German-born")),
        "{text}: {found:?}"
    );
}

#[test]
fn names_opening_with_a_nationality_stay_whole() {
    for (text, name) in [
        (
            "Passengers of American Airlines waited for hours at the gate.",
            "American Airlines",
        ),
        (
            "British Airways cancelled six flights to Paris on Monday.",
            "British Airways",
        ),
        (
            "The Irish Times reported the vote on its front page.",
            "The Irish Times",
        ),
    ] {
        let ls = labels_of(text, name);
        assert!(!ls.is_empty(), "{text}: {:?}", mentions(text));
        assert!(
            ls.iter().all(|&l| l != Label::Person && l != Label::Norp),
            "{text}: {:?}",
            mentions(text)
        );
    }
}
