//! Session 31 (ent32): NORP is for nationalities, religions and political groups. A lone word
//! read as a NORP that is none of these (a surname on a sports page) is no NORP, and the names of
//! religions are NORP. The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_surname_alone_is_no_norp() {
    for (text, name) in [
        (
            "Woods, who led by two strokes after the third round, birdied the last.",
            "Woods",
        ),
        (
            "Saban said the defence had let the team down in the fourth quarter.",
            "Saban",
        ),
        (
            "Duncan scored 24 points and pulled down 12 rebounds in the win.",
            "Duncan",
        ),
        (
            "Kowalczyk, the coach's choice in goal, made 31 saves on Saturday.",
            "Kowalczyk",
        ),
    ] {
        let ls = labels_of(text, name);
        assert!(!ls.contains(&Label::Norp), "{text}: {:?}", mentions(text));
    }
}

#[test]
fn nationalities_religions_and_parties_stay_norp() {
    for (text, name) in [
        (
            "The Democrats voted against the bill on Tuesday.",
            "Democrats",
        ),
        (
            "Republicans in the Senate blocked the measure.",
            "Republicans",
        ),
        ("Muslims gathered at the mosque for prayers.", "Muslims"),
        (
            "The Venezuelans have fled the country by the million.",
            "Venezuelans",
        ),
        ("Floridians braced for the storm on Sunday.", "Floridians"),
        (
            "The Methodists met in the same hall as the Baptists.",
            "Methodists",
        ),
    ] {
        // The rule drops no word of these forms (lexicon, `-ians`, `-crats`, `-icans`, `-ists`).
        assert_eq!(
            labels_of(text, name),
            vec![Label::Norp],
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn a_religion_is_norp() {
    for (text, name) in [
        ("She converted to Islam in 2010.", "Islam"),
        (
            "Christianity spread along the trade routes of the empire.",
            "Christianity",
        ),
        (
            "He studied Judaism and Buddhism at the university.",
            "Judaism",
        ),
        (
            "He studied Judaism and Buddhism at the university.",
            "Buddhism",
        ),
    ] {
        assert_eq!(
            labels_of(text, name),
            vec![Label::Norp],
            "{text}: {:?}",
            mentions(text)
        );
    }
}
