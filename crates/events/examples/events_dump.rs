//! Lists what linking read of every article event of a JSONL corpus, and the event it went
//! to: one JSON line per article event (document id, index, kind, place, places, date window,
//! names, figures, event id; no article text). For reading why reports were or were not linked.
//!
//! `cargo run -p reckon-events --example events_dump -- CORPUS.jsonl[.gz] [EVENT_ID...]`
//! (with event ids, only the members of those events).

use std::io::{BufRead, BufReader, Read};

use reckon_events::{EventRecord, detect, link};
use reckon_text::{Document, segment};

#[derive(serde::Deserialize)]
struct Article {
    id: String,
    date: Option<jiff::civil::Date>,
    title: Option<String>,
    text: String,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: events_dump CORPUS.jsonl[.gz] [EVENT_ID...]");
        std::process::exit(2);
    };
    let wanted = &args[1..];
    let file = std::fs::File::open(path).expect("a readable corpus");
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let rec = reckon_entities::Recognizer::new();
    let ext = reckon_claims::Extractor::new();
    let mut records = Vec::new();
    for line in BufReader::new(reader).lines() {
        let Ok(a) = serde_json::from_str::<Article>(&line.expect("readable")) else {
            continue;
        };
        let mut doc = Document::new(a.id.clone(), a.text);
        doc.meta.date = a.date;
        doc.meta.title = a.title;
        let seg = segment(&doc.text);
        let ents = rec.recognize_with_descriptions(&doc, &seg);
        let x = ext.extract(&doc, &seg, &ents);
        for event in detect(&doc, &seg, &ents, &x).events {
            records.push(EventRecord {
                doc_id: a.id.clone(),
                doc_date: a.date,
                source: None,
                event,
            });
        }
    }
    let linked = link(&records);
    for r in &records {
        let id = &linked.event_of[&(r.doc_id.clone(), r.event.index)];
        if !wanted.is_empty() && !wanted.contains(id) {
            continue;
        }
        let figures: Vec<(&str, f64)> = r
            .event
            .figures
            .iter()
            .map(|f| (f.measure.as_str(), f.value))
            .collect();
        let row = serde_json::json!({
            "doc": r.doc_id, "index": r.event.index, "event": id, "kind": r.event.kind,
            "place": r.event.place, "places": r.event.places, "when": r.event.when,
            "names": r.event.names, "figures": figures,
        });
        println!("{row}");
    }
}
