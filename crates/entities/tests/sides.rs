//! Repairs of session 22, round 2 (issue 17): sides in sports copy, lists of names and companies
//! after a business phrase, each read from a cue inside the sentence rather than from a list of
//! names. The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::mentions;
use reckon_entities::Label;

fn label_of(text: &str, name: &str) -> Option<Label> {
    mentions(text)
        .into_iter()
        .find(|(t, _)| t == name)
        .map(|(_, l)| l)
}

#[test]
fn a_place_before_a_verb_in_the_plural_is_a_side() {
    // Rule 74: British copy writes a team in the plural; a place never.
    for (text, name) in [
        (
            "Scotland have won only once at Twickenham since 1983.",
            "Scotland",
        ),
        (
            "But Norway are unbeaten in their last nine games.",
            "Norway",
        ),
        ("Oxford travel to Bristol on Tuesday.", "Oxford"),
        (
            "Portugal, who have lost two games, need a draw in Lisbon.",
            "Portugal",
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
fn a_place_in_the_plural_after_a_preposition_a_comma_or_the_stays_a_place() {
    // Not the subject (`in Leeds`), a region of an address, or a plural name.
    for (text, name, label) in [
        (
            "Shops in Glasgow are closing early because of the storm.",
            "Glasgow",
            Label::Gpe,
        ),
        (
            "Maria Lopez of Austin, Texas, who founded the firm, spoke first.",
            "Texas",
            Label::Gpe,
        ),
        (
            "The Canary Islands are popular with British tourists.",
            "The Canary Islands",
            Label::Loc,
        ),
        (
            "Britain and France have agreed to share the costs.",
            "France",
            Label::Gpe,
        ),
    ] {
        assert_eq!(
            label_of(text, name),
            Some(label),
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn two_names_around_a_fixtures_verb_are_sides() {
    // Rule 74: `host`, `travel to`, `takes on` between two sides.
    let text = "Chelsea host Bolton, while Ipswich travel to Norwich.";
    for name in ["Bolton", "Ipswich", "Norwich"] {
        assert_eq!(
            label_of(text, name),
            Some(Label::Org),
            "{name}: {:?}",
            mentions(text)
        );
    }
    let text = "In the other semi-final Argentina takes on Chile.";
    for name in ["Argentina", "Chile"] {
        assert_eq!(
            label_of(text, name),
            Some(Label::Org),
            "{name}: {:?}",
            mentions(text)
        );
    }
    // A place before a lower-case noun is a modifier, not a side.
    let text = "Beijing plays the Taiwan card again.";
    assert_eq!(
        label_of(text, "Taiwan"),
        Some(Label::Gpe),
        "{:?}",
        mentions(text)
    );
}

#[test]
fn the_owner_of_a_result_is_a_side_whatever_the_other_side_was_read_as() {
    // Rule 69's nouns: `defeat by` after a possessive; `scored against` before a side.
    let text = "Leeds's defeat by Saracens last week still rankles.";
    assert_eq!(
        label_of(text, "Leeds"),
        Some(Label::Org),
        "{:?}",
        mentions(text)
    );
    let text = "He has scored against Portugal twice.";
    assert_eq!(
        label_of(text, "Portugal"),
        Some(Label::Org),
        "{:?}",
        mentions(text)
    );
}

#[test]
fn a_town_before_a_boss_or_a_manager_is_a_side() {
    // Rule 41 with `boss` and `manager` (countries stay left to the tagger).
    let text = "Later Stockport boss Gary Mills said the pitch was poor.";
    assert_eq!(
        label_of(text, "Stockport"),
        Some(Label::Org),
        "{:?}",
        mentions(text)
    );
}

#[test]
fn a_team_sheet_is_a_list_of_people() {
    // Rule 75: after a colon, or with initials, each surname is a PERSON, initial inside.
    let text = "Replacements: Kinsella, Orrin, Tate, Vance, Pryce, Dunmore.";
    let got = mentions(text);
    for name in ["Kinsella", "Orrin", "Tate", "Vance", "Pryce", "Dunmore"] {
        assert!(
            got.contains(&(name.to_owned(), Label::Person)),
            "{name}: {got:?}"
        );
    }
    let text = "J Kinsella, M Orrin, D Tate, P Vance, K Pryce.";
    let got = mentions(text);
    for name in ["J Kinsella", "M Orrin", "D Tate", "P Vance", "K Pryce"] {
        assert!(
            got.contains(&(name.to_owned(), Label::Person)),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn a_list_of_known_places_after_a_colon_is_no_team_sheet() {
    let text = "Stops: Paris, Lyon, Nice, Cannes, Marseille.";
    for name in ["Paris", "Lyon", "Marseille"] {
        assert_eq!(
            label_of(text, name),
            Some(Label::Gpe),
            "{name}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn a_name_after_a_phrase_of_ownership_is_no_place() {
    // Rule 76: `a stake in` an unknown name is a company; a known place stays.
    let text = "If Barclays buys a stake in Norvanta it will expand in Africa.";
    assert_ne!(
        label_of(text, "Norvanta"),
        Some(Label::Gpe),
        "{:?}",
        mentions(text)
    );
    let text = "The fund bought a stake in Kenya's largest bank.";
    assert_eq!(
        label_of(text, "Kenya"),
        Some(Label::Gpe),
        "{:?}",
        mentions(text)
    );
}

#[test]
fn names_listed_after_a_plural_place_cue_are_places() {
    // Rule 77: each name of the list, not only the first.
    let text = "Floods hit the towns of Brezovo, Kotlenik and Varnitsa on Monday.";
    for name in ["Brezovo", "Kotlenik", "Varnitsa"] {
        assert_eq!(
            label_of(text, name),
            Some(Label::Gpe),
            "{name}: {:?}",
            mentions(text)
        );
    }
}
