//! Session 35 (ent40): titles after a noun of a work without quotes (rule 18c), events known by
//! a name with no event word (rule 17b), parties named by their members' plural (rule 99). The
//! sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_title_right_after_a_noun_of_a_work_is_a_work_of_art() {
    for (text, title) in [
        (
            "She won praise for her role in the comedy Sideways last winter.",
            "Sideways",
        ),
        (
            "The actor has joined the cast of the hospital sitcom Scrubs for a season.",
            "Scrubs",
        ),
        (
            "His best-known song Stand By Me was recorded in 1961.",
            "Stand By Me",
        ),
        (
            "Critics liked the animated film Havoc in Heaven when it was restored.",
            "Havoc in Heaven",
        ),
        (
            "Queues formed for the movie Fantastic Beasts and Where to Find Them.",
            "Fantastic Beasts and Where to Find Them",
        ),
    ] {
        assert_eq!(
            labels_of(text, title),
            vec![Label::WorkOfArt],
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn a_noun_of_a_work_that_is_a_verb_or_an_adjective_opens_no_title() {
    // `show`, `play` as verbs, `single` as an adjective: the name after them is what it was.
    for (text, name) in [
        (
            "The latest polls show Labour well ahead in the north.",
            "Labour",
        ),
        (
            "The champions will play Chelsea at home next month.",
            "Chelsea",
        ),
        (
            "Not one single Republican voted for the amendment.",
            "Republican",
        ),
    ] {
        let ms = mentions(text);
        assert!(
            ms.iter().all(|(_, l)| *l != Label::WorkOfArt),
            "{text}: {ms:?}"
        );
        assert!(ms.iter().any(|(t, _)| t == name), "{text}: {ms:?}");
    }
}

#[test]
fn a_place_or_a_person_after_a_noun_of_a_work_is_no_title() {
    // A place of the gazetteer, and a given name with a surname, stay out of rule 18c.
    let text = "The film Paris drew fewer viewers than the film Tom Hanks made in 1994.";
    let ms = mentions(text);
    assert!(
        ms.iter().all(|(_, l)| *l != Label::WorkOfArt),
        "{text}: {ms:?}"
    );
    // A place after the title's `in` ends it there.
    let text = "Audiences saw the film Trolls in London before its release.";
    assert_eq!(labels_of(text, "Trolls"), vec![Label::WorkOfArt]);
    assert_eq!(labels_of(text, "London"), vec![Label::Gpe]);
}

#[test]
fn events_known_by_a_name_without_an_event_word_are_events() {
    for (text, name) in [
        (
            "Wales beat France to keep their hopes alive in the Six Nations on Saturday.",
            "Six Nations",
        ),
        (
            "Museums marked the anniversary of the end of the Holocaust this week.",
            "Holocaust",
        ),
        (
            "The rider finished third in the Tour de France last July.",
            "Tour de France",
        ),
        (
            "Hingis has now won four of the last six grand slam titles.",
            "grand slam",
        ),
        (
            "He reached his first Grand Slam final at the age of nineteen.",
            "Grand Slam",
        ),
    ] {
        let ls: Vec<Label> = mentions(text)
            .into_iter()
            .filter(|(t, _)| t.strip_prefix("the ").unwrap_or(t) == name)
            .map(|(_, l)| l)
            .collect();
        assert_eq!(ls, vec![Label::Event], "{text}: {:?}", mentions(text));
    }
    // A year before the name is part of it.
    let text = "Scotland finished fourth in the 2005 Six Nations after two wins.";
    assert_eq!(labels_of(text, "2005 Six Nations"), vec![Label::Event]);
}

#[test]
fn a_grand_slam_in_baseball_and_longer_names_stay_out() {
    // Baseball's hit: no noun of a tournament after it.
    let text = "The shortstop hit a grand slam in the ninth inning.";
    let ms = mentions(text);
    assert!(ms.iter().all(|(_, l)| *l != Label::Event), "{text}: {ms:?}");
    // A capitalised word after the name makes it part of a longer one.
    let text = "Crowds gathered for Holocaust Memorial Day in the city.";
    assert!(
        labels_of(text, "Holocaust").is_empty(),
        "{:?}",
        mentions(text)
    );
}

#[test]
fn a_party_named_by_its_members_plural_is_an_org() {
    for (text, name) in [
        (
            "The Liberal Democrats offered costed alternatives on tuition fees.",
            "Liberal Democrats",
        ),
        (
            "In Berlin the ruling Social Democrats lost ground in the polls.",
            "Social Democrats",
        ),
        (
            "Labour and the Lib Dems voted against the motion on Tuesday.",
            "Lib Dems",
        ),
    ] {
        let ls: Vec<Label> = mentions(text)
            .into_iter()
            .filter(|(t, _)| t.strip_prefix("The ").unwrap_or(t) == name)
            .map(|(_, l)| l)
            .collect();
        assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    }
    // The party's adjective before a noun is a NORP.
    let text = "Critics said the Lib Dem plans mimicked the government's strategy.";
    assert_eq!(labels_of(text, "Lib Dem"), vec![Label::Norp]);
    // A plural without a party's word before it stays a NORP (members).
    let text = "Several Democrats voted with the majority on Thursday.";
    assert_eq!(labels_of(text, "Democrats"), vec![Label::Norp]);
}
