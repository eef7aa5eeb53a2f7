//! What the integration tests of the recogniser share.

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
