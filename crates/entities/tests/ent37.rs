//! Session 34 (ent37): tournaments named `Open` after their country or town and events with their
//! edition (rule 17), titles opening with `The` after a noun of a work (rule 18b), product lines
//! and drugs known by one word (rule 19), a person after a courtesy title whatever word
//! follows (rule 1), and a company named after a modified noun of a company even when its first
//! word is a given name (rule 58). The sentences are written for these tests, not taken from a
//! gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_tournament_named_open_after_a_country_or_a_nationality_is_an_event() {
    for (text, name) in [
        (
            "She reached the final of the Italian Open two weeks after her injury.",
            "Italian Open",
        ),
        (
            "He has not played since his defeat at the Qatar Open in January.",
            "Qatar Open",
        ),
    ] {
        // (A leading `the` is the tagger's to keep or leave; gold scoring ignores it.)
        let ms = mentions(text);
        let ls: Vec<Label> = ms
            .iter()
            .filter(|(t, _)| t.strip_prefix("the ").unwrap_or(t) == name)
            .map(|(_, l)| *l)
            .collect();
        assert_eq!(ls, vec![Label::Event], "{text}: {ms:?}");
    }
}

#[test]
fn open_after_another_name_is_no_tournament() {
    // Not a country, a nationality or a place before `Open`: no event.
    let text = "Students of the Open University sat their exams in Milton Keynes.";
    let ms = mentions(text);
    assert!(
        !ms.iter().any(|(_, l)| *l == Label::Event),
        "{text}: {ms:?}"
    );
}

#[test]
fn an_edition_after_the_is_part_of_the_event_but_a_count_of_wins_is_not() {
    let text = "The film won the top prize at the 48th Cannes Film Festival last night.";
    let ls = labels_of(text, "48th Cannes Film Festival");
    assert_eq!(ls, vec![Label::Event], "{text}: {:?}", mentions(text));
    let text = "The club lifted their 12th Scottish Cup after a replay in Glasgow.";
    let ms = mentions(text);
    assert!(
        !ms.iter().any(|(t, _)| t.starts_with("12th")),
        "{text}: {ms:?}"
    );
}

#[test]
fn a_product_line_or_a_drug_known_by_one_word_is_a_product() {
    for (text, name) in [
        (
            "The update fixes a flaw in Windows that let attackers take over a computer.",
            "Windows",
        ),
        (
            "Doctors wrote more prescriptions for Prozac than for any other antidepressant.",
            "Prozac",
        ),
        (
            "Adele's album went straight to the top of the iTunes chart in Britain.",
            "iTunes",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Product], "{text}: {:?}", mentions(text));
    }
}

#[test]
fn a_common_word_line_opening_a_sentence_is_no_product() {
    let text = "Windows were smashed along the high street overnight.";
    let ms = mentions(text);
    assert!(
        !ms.iter().any(|(_, l)| *l == Label::Product),
        "{text}: {ms:?}"
    );
}

#[test]
fn a_name_after_a_courtesy_title_is_a_person() {
    // `Mr Kendal`: a town's name too; after `Mr` it names a person.
    let text = "The deal was approved by the board, Mr Kendal said on Tuesday.";
    let ls = labels_of(text, "Kendal");
    assert_eq!(ls, vec![Label::Person], "{text}: {:?}", mentions(text));
}

#[test]
fn a_company_after_a_modified_noun_of_a_company_may_open_with_a_given_name() {
    let text = "US insurance company Martha Brooke should restate its accounts, regulators said.";
    let ls = labels_of(text, "Martha Brooke");
    assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
}

#[test]
fn a_person_after_a_noun_of_a_company_and_a_determiner_stays_a_person() {
    let text = "The firm Martha Brooke founded in 1990 now employs 400 people.";
    let ls = labels_of(text, "Martha Brooke");
    assert_eq!(ls, vec![Label::Person], "{text}: {:?}", mentions(text));
}

#[test]
fn a_title_opening_with_the_after_a_noun_of_a_work_is_a_work_of_art() {
    let text = "She won an award for her part in the comedy series The Harbour Lights last year.";
    let ms = mentions(text);
    assert!(
        ms.iter()
            .any(|(t, l)| t == "The Harbour Lights" && *l == Label::WorkOfArt),
        "{text}: {ms:?}"
    );
}
