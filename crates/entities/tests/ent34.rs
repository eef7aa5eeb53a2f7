//! Session 32 (ent34): a lone word read as a PERSON that is the plural of a word for a people (a
//! nationality, a state's or a city's people, a party's members, `-ians`) is a NORP; the tagger
//! reads such a word at a sentence's start or after a quantity as a name. The sentences are
//! written for these tests, not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_peoples_plural_is_norp() {
    for (text, name) in [
        (
            "Oklahomans will vote on the measure in November.",
            "Oklahomans",
        ),
        ("Texans lost power during the freeze last winter.", "Texans"),
        (
            "Californians pay more for gasoline than anyone else.",
            "Californians",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Norp], "{text}: {:?}", mentions(text));
    }
}

#[test]
fn a_given_name_like_a_country_stays_a_person() {
    let text = "Frances, you need to speak to the minister before Friday.";
    let ls = labels_of(text, "Frances");
    assert!(!ls.contains(&Label::Norp), "{text}: {:?}", mentions(text));
}

#[test]
fn surnames_ending_in_s_stay_persons() {
    for (text, name) in [
        (
            "Williams said the team would appeal the ruling next week.",
            "Williams",
        ),
        (
            "Hopkins scored twice in the second half on Sunday.",
            "Hopkins",
        ),
    ] {
        let ls = labels_of(text, name);
        assert!(!ls.contains(&Label::Norp), "{text}: {:?}", mentions(text));
    }
}
