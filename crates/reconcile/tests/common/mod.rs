//! What several integration tests of this crate share.

use std::path::{Path, PathBuf};

use reckon_archive::{Archive, Input, Options};
use reckon_claims::Extractor;
use reckon_claims::{Claim, Frame, Quantity, QuantityKind, Value};
use reckon_entities::Recognizer;
use reckon_events::EventRecord;
use reckon_reconcile::{ClaimRecord, Line};
use reckon_text::Span;

/// The real news corpus (`target/corpus/newsarticles.jsonl.gz`), or `None` after a skip notice
/// on stderr (written directly, so that it shows without --nocapture) when it is not built.
#[allow(dead_code)] // not every test binary that includes this module uses it
pub fn real_corpus() -> Option<PathBuf> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/corpus/newsarticles.jsonl.gz");
    if path.exists() {
        return Some(path);
    }
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        b"skipped: needs target/corpus/newsarticles.jsonl.gz (`cargo xtask corpus`, from ../shared/corpus/newsarticles)\n",
    );
    None
}

/// The bundled sample archive's (examples/archive) claim records, as `reckon run` makes them
/// (segmentation, entities, the claims extractor), in archive order.
#[allow(dead_code)] // not every test binary that includes this module uses it
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

/// The lines of `claims.jsonl` for some articles, as `reckon run` makes them: each article's
/// events (reckon-events), then its claims naming them.
#[allow(dead_code)] // not every test binary that includes this module uses it
pub fn claims_lines(docs: impl IntoIterator<Item = reckon_text::Document>) -> Vec<Line> {
    let recognizer = Recognizer::new();
    let extractor = Extractor::new();
    let mut lines = Vec::new();
    for doc in docs {
        let seg = reckon_text::segment(&doc.text);
        let entities = recognizer.recognize_with_descriptions(&doc, &seg);
        let x = extractor.extract(&doc, &seg, &entities);
        let found = reckon_events::detect(&doc, &seg, &entities, &x);
        for e in &found.events {
            lines.push(Line::Event(EventRecord {
                doc_id: doc.meta.id.clone(),
                doc_date: doc.meta.date,
                source: doc.meta.source.clone(),
                event: e.clone(),
            }));
        }
        let mut claims = ClaimRecord::from_extraction(&doc, &x);
        for (c, e) in claims.iter_mut().zip(&found.claim_event) {
            c.event = *e;
        }
        lines.extend(claims.into_iter().map(|c| Line::Claim(Box::new(c))));
    }
    lines
}

/// The sample archive's documents, in archive order.
#[allow(dead_code)]
pub fn sample_docs() -> Vec<reckon_text::Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    Archive::new(vec![Input::Path(root)], Options::default())
        .map(|d| d.expect("the sample archive reads"))
        .collect()
}

/// A claim record of a cumulative count of `v` people killed in `place` (`killed+person`): the
/// quantity `text` opens `sentence_text`; claim 0 of `doc`, with no date, source, title or event
/// (a test sets what it needs).
#[allow(dead_code)]
pub fn killed_count(
    doc: &str,
    place: &str,
    text: &str,
    v: f64,
    sentence_text: String,
) -> ClaimRecord {
    let sentence = Span::new(0, sentence_text.len());
    ClaimRecord {
        doc_id: doc.into(),
        doc_date: None,
        source: None,
        sentence_text,
        title: None,
        part_of: vec![],
        event: None,
        claim: Claim {
            index: 0,
            quantity: Quantity {
                span: Span::new(0, text.len()),
                text: text.into(),
                kind: QuantityKind::Count,
                value: Some(Value::exact(v)),
                unit: None,
                time: None,
            },
            frame: Frame {
                measure_key: Some("killed+person".into()),
                place: Some(place.into()),
                cumulative: true,
                ..Frame::default()
            },
            sentence,
        },
    }
}
