//! Repairs of session 30 (issue 17, `ent30`): organisations that older newspaper copy names in
//! its own way, each read from a cue inside the sentence rather than from a list of names:
//! government adjectives with a capital (rule 96), a body's name before its member's title (1c),
//! bodies named with `on` and their subject (95), newspapers named by `The` and one common word
//! (45c). The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::mentions;
use reckon_entities::Label;

fn label_of(text: &str, name: &str) -> Option<Label> {
    mentions(text)
        .into_iter()
        .find(|(t, _)| t == name || t.strip_prefix("the ").or(t.strip_prefix("The ")) == Some(name))
        .map(|(_, l)| l)
}

#[test]
fn a_capitalised_adjective_of_government_before_a_common_noun_is_no_name() {
    // Rule 96: the Times of the 1980s writes `Federal` with a capital.
    for text in [
        "A Federal judge in Manhattan blocked the rule on Tuesday.",
        "Nobody knew what Federal prosecutors would disclose.",
        "Congressional aides said the vote would wait until spring.",
        "The cost of Presidential campaigns keeps rising.",
    ] {
        let m = mentions(text);
        assert!(
            m.iter().all(|(t, _)| !t.ends_with("Federal")
                && t != "Congressional"
                && t != "Presidential"),
            "{text}: {m:?}"
        );
    }
    // Inside a longer name it stays.
    for (text, name) in [
        (
            "The Federal Reserve raised its rates again.",
            "Federal Reserve",
        ),
        (
            "Agents of the Federal Bureau of Investigation searched the house.",
            "Federal Bureau of Investigation",
        ),
    ] {
        assert_eq!(
            label_of(text, name),
            Some(Label::Org),
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn a_bodys_name_before_its_members_title_is_an_organisation() {
    // Rule 1c: the title splits the mention; the body before it keeps its own label.
    for (text, body, person) in [
        (
            "Now state Supreme Court Justice Bertram Katz has ordered the school to open.",
            "Supreme Court",
            "Bertram Katz",
        ),
        (
            "Police Department Spokesman Tom Ellery said nothing more.",
            "Police Department",
            "Tom Ellery",
        ),
    ] {
        assert_eq!(
            label_of(text, body),
            Some(Label::Org),
            "{text}: {:?}",
            mentions(text)
        );
        assert_eq!(
            label_of(text, person),
            Some(Label::Person),
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn a_deliberating_body_named_with_on_and_its_subject_is_one_organisation() {
    // Rule 95.
    for (text, name) in [
        (
            "A gap the state's Commission on Civil Rights has recommended closing.",
            "Commission on Civil Rights",
        ),
        (
            "Members of the city's Commission on Human Rights spoke first.",
            "Commission on Human Rights",
        ),
    ] {
        assert_eq!(
            label_of(text, name),
            Some(Label::Org),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // Not over a place after `on`.
    let text = "He testified before the Committee on Capitol Hill yesterday.";
    let m = mentions(text);
    assert!(
        m.iter().all(|(t, _)| !t.contains("Committee on")),
        "{text}: {m:?}"
    );
}

#[test]
fn a_newspaper_named_by_the_and_a_common_word_is_an_organisation() {
    // Rule 45c: a capitalised `The` inside the sentence is the paper's own.
    for (text, name) in [
        ("He mailed the letter to The Star from Buffalo.", "Star"),
        (
            "He told The Independent that he would resign.",
            "Independent",
        ),
        ("The interview ran in The Globe last week.", "Globe"),
    ] {
        assert_eq!(
            label_of(text, name),
            Some(Label::Org),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // After a lower-case `the` the word stays a thing (the tagger's own reading: `the Sun`
    // alone it already reads as the paper).
    for text in [
        "Pilgrims gathered under the Star of Bethlehem.",
        "Children drew the Globe with crayons and a ruler.",
    ] {
        let m = mentions(text);
        assert!(
            m.iter()
                .all(|(t, l)| !(t.ends_with("Sun") || t.ends_with("Star")) || *l != Label::Org),
            "{text}: {m:?}"
        );
    }
}
