//! What the integration tests of the recogniser share.

// each test file compiles this module on its own and uses only part of it
#![allow(dead_code)]

use reckon_entities::{Label, Recognizer};
use reckon_text::{Document, segment};

/// The mentions of `text` as (surface, label), after checking that each span slices the text
/// to its surface.
pub fn mentions(text: &str) -> Vec<(String, Label)> {
    let doc = Document::new("t", text);
    let seg = segment(&doc.text);
    let ents = Recognizer::new().recognize(&doc, &seg);
    for e in &ents {
        assert_eq!(e.span.slice(text), e.text, "{e:?}");
    }
    ents.into_iter().map(|e| (e.text, e.label)).collect()
}

/// The labels `text`'s mentions whose surface is `name` get (one per mention).
pub fn labels_of(text: &str, name: &str) -> Vec<Label> {
    mentions(text)
        .into_iter()
        .filter(|(t, _)| t == name)
        .map(|(_, l)| l)
        .collect()
}

/// Asserts that `name` in each `(text, name)` case is found once, labelled `label`; a failure
/// names the text and all its mentions.
pub fn assert_each_labelled(cases: &[(&str, &str)], label: Label) {
    for &(text, name) in cases {
        assert_eq!(
            labels_of(text, name),
            vec![label],
            "{text}: {:?}",
            mentions(text)
        );
    }
}
