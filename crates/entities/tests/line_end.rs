//! Names at the end of a line without closing punctuation (issue 17): headlines, captions and
//! result lines are read with a virtual full stop after their last word (`src/full_stop.rs`);
//! the mentions keep the original text's spans and surfaces.

mod common;

use common::mentions;
use reckon_entities::Label;

fn pairs(v: &[(&str, Label)]) -> Vec<(String, Label)> {
    v.iter().map(|&(t, l)| (t.to_owned(), l)).collect()
}

#[test]
fn a_place_that_ends_a_headline() {
    // Without the virtual stop `Paris` was a LANGUAGE and `California` a FAC.
    let text = "Protests in Paris\n\nThousands marched on Saturday.\n\nBeaten up in California\n";
    assert_eq!(
        mentions(text),
        pairs(&[("Paris", Label::Gpe), ("California", Label::Gpe)])
    );
    // The same lines with their stop: the same mentions.
    let stopped =
        "Protests in Paris.\n\nThousands marched on Saturday.\n\nBeaten up in California.\n";
    assert_eq!(mentions(stopped), mentions(text));
}

#[test]
fn a_place_that_ends_a_headline_in_capitals() {
    // Read truecased (`… as Netanyahu heads to Washington`), then with the virtual stop: without
    // it `WASHINGTON` was a FAC.
    let text = "ISRAELI STRIKES KILL 20 IN GAZA AS NETANYAHU HEADS TO WASHINGTON\n\n\
                The talks in Doha resumed.";
    let ents = mentions(text);
    assert!(
        ents.contains(&("WASHINGTON".to_owned(), Label::Gpe)),
        "{ents:?}"
    );
}

#[test]
fn names_in_result_lines() {
    // Right before the virtual stop too: result lines are in the tests as lines the stop must
    // not spoil (football lines such as `Manchester United 2 Arsenal 1` are still wrong, with
    // or without a stop: the model does not know the clubs).
    let text = "Denver Broncos 24 Kansas City Chiefs 17\n\
                Roger Federer (Switzerland) beat Rafael Nadal (Spain) 6-3 6-4";
    assert_eq!(
        mentions(text),
        pairs(&[
            ("Denver Broncos", Label::Org),
            ("Kansas City Chiefs", Label::Org),
            ("Roger Federer", Label::Person),
            ("Switzerland", Label::Gpe),
            ("Rafael Nadal", Label::Person),
            ("Spain", Label::Gpe),
        ])
    );
}
