//! Repairs of session 31 (issue 17, `ent31`): a committee's name keeps the chamber or the words
//! before it that the tagger read with it, when rule 6 lengthens the name (`the House Permanent
//! Select Committee on Intelligence`) or rule 1c keeps the body before a member's title (`Senate
//! Foreign Relations Committee Chairman ...`, `Ways and Means Committee Chairman ...`); `So`
//! opening a sentence opens a clause, no name (rule 92: `So European Commission Spokesman ...`).
//! The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::mentions;
use reckon_entities::Label;

/// The label of the mention `name` (perhaps with a leading `the`), if there is one.
fn label_of(text: &str, name: &str) -> Option<Label> {
    mentions(text)
        .into_iter()
        .find(|(t, _)| t == name || t.strip_prefix("the ").or(t.strip_prefix("The ")) == Some(name))
        .map(|(_, l)| l)
}

#[test]
fn a_committee_named_with_on_keeps_its_chamber() {
    for (text, name) in [
        (
            "Jane Porter, a member of the House Permanent Select Committee on Intelligence, declined to comment.",
            "House Permanent Select Committee on Intelligence",
        ),
        (
            "Two members of the House Select Committee on Hunger resigned in protest.",
            "House Select Committee on Hunger",
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
fn a_bodys_name_before_a_members_title_keeps_its_chamber() {
    for (text, body, person) in [
        (
            "Senate Foreign Relations Committee Chairman Walter Hensley said the hearing would go ahead.",
            "Senate Foreign Relations Committee",
            "Walter Hensley",
        ),
        (
            "Ways and Means Committee Chairman Harold Brandt denied the charge on Friday.",
            "Ways and Means Committee",
            "Harold Brandt",
        ),
    ] {
        let m = mentions(text);
        assert!(
            m.iter().any(|(t, l)| t == body && *l == Label::Org),
            "{text}: {m:?}"
        );
        assert!(
            m.iter().any(|(t, l)| t == person && *l == Label::Person),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_sentences_lower_case_opener_is_no_part_of_a_body() {
    let text = "So European Commission Spokesman Karl Weber knew he would be asked about it.";
    let m = mentions(text);
    assert!(
        m.iter()
            .any(|(t, l)| t == "European Commission" && *l == Label::Org),
        "{text}: {m:?}"
    );
    assert!(
        m.iter().all(|(t, _)| !t.starts_with("So ")),
        "{text}: {m:?}"
    );
}
