//! Session 34 (ent38): teams named by their town or country in sports copy: more verbs in the
//! plural after a side (`Bath need`, `Kenya hope`), a side after a date and a comma (`until
//! February, Bath need`), a match named by another noun (`an encounter against Italy`), a
//! place given a result (`gave Scotland victory`). The
//! sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn more_plural_verbs_after_a_side() {
    for (text, name) in [
        ("Kenya hope to reach the semi-finals in Dubai.", "Kenya"),
        (
            "Scotland remain unbeaten after three rounds of the Six Nations.",
            "Scotland",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    }
    // A verb in the singular: the place (`needs`), and a place in a list takes no side's verb.
    for (text, name) in [
        ("Kenya needs more rain before the harvest.", "Kenya"),
        (
            "Canada and Mexico need new trade rules, officials said.",
            "Mexico",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Gpe], "{text}: {:?}", mentions(text));
    }
}

#[test]
fn a_side_after_a_date_and_a_comma() {
    let text = "With their captain injured until March, Wales need a new scrum-half.";
    let ls = labels_of(text, "Wales");
    assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    // The region of an address still is a place, before a plural verb too.
    let text = "Officials in Ottawa, Canada, want new trade rules.";
    let ls = labels_of(text, "Canada");
    assert_eq!(ls, vec![Label::Gpe], "{text}: {:?}", mentions(text));
}

#[test]
fn an_encounter_against_a_side() {
    let text = "It was a scrappy encounter against Samoa in front of a small crowd.";
    let ls = labels_of(text, "Samoa");
    assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
}

#[test]
fn a_place_given_a_result_is_a_side() {
    let text = "Two late penalties gave Ireland victory in a tense match.";
    let ls = labels_of(text, "Ireland");
    assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    // With an article the place's gain: no side.
    let text = "Critics say the deal would give China a win on trade.";
    let ls = labels_of(text, "China");
    assert_eq!(ls, vec![Label::Gpe], "{text}: {:?}", mentions(text));
}
