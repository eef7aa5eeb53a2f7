//! What several integration tests of this crate share.

use std::path::Path;

use reckon_archive::{Archive, Input, Options};
use reckon_claims::Extractor;
use reckon_entities::Recognizer;
use reckon_reconcile::ClaimRecord;

/// The bundled sample archive's (examples/archive) claim records, as `reckon run` makes them
/// (segmentation, entities, the claims extractor), in archive order.
pub fn sample_records() -> Vec<ClaimRecord> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    let recognizer = Recognizer::new();
    let extractor = Extractor::new();
    let mut records = Vec::new();
    for doc in Archive::new(vec![Input::Path(root)], Options::default()) {
        let doc = doc.expect("the sample archive reads");
        let seg = reckon_text::segment(&doc.text);
        let entities = recognizer.recognize(&doc, &seg);
        let x = extractor.extract(&doc, &seg, &entities);
        records.extend(ClaimRecord::from_extraction(&doc, &x));
    }
    records
}
