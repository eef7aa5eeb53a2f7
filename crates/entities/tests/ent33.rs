//! Session 32 (ent33): a lone NORP is kept when it names the people of a US state or city whose
//! word ends in `-an` or `-er` (`Texans`, `Oklahomans`, `Michiganders`: `data/group_words.tsv`),
//! while a surname read as a NORP is still dropped. The sentences are written for these tests,
//! not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_states_people_stay_norp() {
    for (text, name) in [
        (
            "Many Texans say the state's power grid failed them during the freeze.",
            "Texans",
        ),
        (
            "Officials said that Oklahomans will vote on the measure in November.",
            "Oklahomans",
        ),
        (
            "Thousands of Kansans lost power after the ice storm on Monday.",
            "Kansans",
        ),
        (
            "Most Ohioans oppose the plan, according to the poll released on Tuesday.",
            "Ohioans",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Norp], "{text}: {:?}", mentions(text));
    }
}

#[test]
fn a_surname_ending_in_an_is_still_no_norp() {
    for (text, name) in [
        (
            "Morgan, who led by two strokes after the third round, birdied the last.",
            "Morgan",
        ),
        (
            "Sullivan threw for 310 yards and two touchdowns in the opener.",
            "Sullivan",
        ),
    ] {
        let ls = labels_of(text, name);
        assert!(!ls.contains(&Label::Norp), "{text}: {:?}", mentions(text));
    }
}

#[test]
fn a_people_or_faith_without_a_group_ending_stays_norp() {
    for (text, name) in [
        (
            "The campaign spent heavily on ads aimed at Latino voters in the state.",
            "Latino",
        ),
        (
            "Thousands of Britons queued for hours to see the exhibition.",
            "Britons",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Norp], "{text}: {:?}", mentions(text));
    }
}
