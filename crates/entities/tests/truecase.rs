//! Names in text without case information (issue 17): headlines in capitals and in title case,
//! and posts typed in lower case are read truecased (`src/truecase.rs`); the mentions keep the original
//! text's spans and surfaces.

mod common;

use common::mentions;
use reckon_entities::Label;

fn has(ents: &[(String, Label)], text: &str, label: Label) -> bool {
    ents.iter().any(|(t, l)| t == text && *l == label)
}

#[test]
fn names_in_a_headline_in_capitals() {
    let text = "FORMER MAYOR JOHN HARRIS ARRESTED IN CHICAGO AFTER FBI RAID\n\n\
                Police said the raid took place on Tuesday.";
    let ents = mentions(text);
    assert!(has(&ents, "JOHN HARRIS", Label::Person), "{ents:?}");
    assert!(has(&ents, "CHICAGO", Label::Gpe), "{ents:?}");
    assert!(has(&ents, "FBI", Label::Org), "{ents:?}");
    // `MAYOR` is a title, outside the name; nothing else is a name.
    assert_eq!(ents.len(), 3, "{ents:?}");
}

#[test]
fn names_in_a_sentence_in_lower_case() {
    let text =
        "we met senator elizabeth warren and the mayor of boston at harvard university on friday.";
    let ents = mentions(text);
    assert!(has(&ents, "elizabeth warren", Label::Person), "{ents:?}");
    assert!(has(&ents, "boston", Label::Gpe), "{ents:?}");
    assert!(has(&ents, "harvard university", Label::Org), "{ents:?}");
    assert_eq!(ents.len(), 3, "{ents:?}");
}

#[test]
fn a_lower_case_post_beside_mixed_case_text() {
    // The post is a paragraph of its own (the segmenter does not end a sentence before a
    // lower-case letter, so `Monday. just saw` would be one sentence with case information).
    let text = "Angela Merkel spoke in Berlin on Monday.\n\n\
                just saw angela merkel in berlin talking to emmanuel macron about the european union";
    let ents = mentions(text);
    for (t, l) in [
        ("Angela Merkel", Label::Person),
        ("Berlin", Label::Gpe),
        ("angela merkel", Label::Person),
        ("berlin", Label::Gpe),
        ("emmanuel macron", Label::Person),
        ("european union", Label::Org),
    ] {
        assert!(has(&ents, t, l), "{t}: {ents:?}");
    }
}

#[test]
fn names_in_a_headline_in_title_case() {
    let text = "Former Mayor John Harris Is Arrested in Chicago After a Long FBI Investigation\n\n\
                Police said the raid took place on Tuesday.";
    let ents = mentions(text);
    assert!(has(&ents, "John Harris", Label::Person), "{ents:?}");
    assert!(has(&ents, "Chicago", Label::Gpe), "{ents:?}");
    assert!(has(&ents, "FBI", Label::Org), "{ents:?}");
    assert_eq!(ents.len(), 3, "{ents:?}");
}
