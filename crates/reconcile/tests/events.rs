//! Article events in reconciliation: claims of an event reported by several articles form one
//! series per event and measure (with `Config::event_series`), implicit figures join them, and
//! the result does not depend on the order claims and events are pushed in.

use reckon_events::{ArticleEvent, EventKind, EventRecord, Figure, When, WhenSource};
use reckon_reconcile::{ClaimRecord, Config, FindingKind, IMPLICIT_CLAIM_BASE, Reconciler};
use reckon_text::Span;

mod common;

/// `q` people killed in Dayton, said by `doc` on `day` May 2016 in `sentence`, about its event 0.
fn claim(doc: &str, day: i8, sentence: &str, q: &str, v: f64) -> ClaimRecord {
    let at = sentence.find(q).expect("quantity in sentence");
    let mut r = common::killed_count(doc, "Dayton", q, v, sentence.into());
    r.doc_date = Some(jiff::civil::date(2016, 5, day));
    r.event = Some(0);
    r.claim.quantity.span = Span::new(at, at + q.len());
    r
}

fn event(doc: &str, day: i8, figures: Vec<Figure>) -> EventRecord {
    let d = jiff::civil::date(2016, 5, 1);
    EventRecord {
        doc_id: doc.into(),
        doc_date: Some(jiff::civil::date(2016, 5, day)),
        source: None,
        event: ArticleEvent {
            index: 0,
            kind: EventKind::Shooting,
            trigger: Span::new(0, 8),
            when: Some(When {
                start: d,
                end: d,
                source: WhenSource::Explicit,
            }),
            place: Some("Dayton".into()),
            places: vec!["Dayton".into()],
            claims: vec![0],
            figures,
            names: vec!["Dayton Police".into()],
        },
    }
}

fn written(v: f64, end: usize) -> Figure {
    Figure {
        measure: "killed".into(),
        value: v,
        claim: Some(0),
        evidence: Span::new(0, end),
        implicit: false,
        title: false,
    }
}

fn inputs() -> (Vec<ClaimRecord>, Vec<EventRecord>) {
    let a = "The death toll of the shooting is 14.";
    let b = "The death toll of the shooting is 11.";
    let claims = vec![claim("a", 2, a, "14", 14.0), claim("b", 2, b, "11", 11.0)];
    let implicit = Figure {
        measure: "injured".into(),
        value: 2.0,
        claim: None,
        evidence: Span::new(0, 5),
        implicit: true,
        title: false,
    };
    let events = vec![
        event("a", 2, vec![written(14.0, 36), implicit]),
        event("b", 2, vec![written(11.0, 36)]),
    ];
    (claims, events)
}

fn run(claims: &[ClaimRecord], events: &[EventRecord], reversed: bool) -> String {
    let mut r = Reconciler::new(Config {
        event_series: true,
        ..Config::default()
    });
    let mut c = claims.to_vec();
    let mut e = events.to_vec();
    if reversed {
        c.reverse();
        e.reverse();
    }
    for x in e {
        r.push_event(x);
    }
    for x in c {
        r.push(x);
    }
    serde_json::to_string(&r.finish()).unwrap()
}

#[test]
fn an_event_reported_by_two_articles_is_one_series_with_its_implicit_figures() {
    let (claims, events) = inputs();
    let out: reckon_reconcile::Reconciliation =
        serde_json::from_str(&run(&claims, &events, false)).unwrap();
    assert_eq!(out.events.len(), 1, "{:?}", out.events);
    let id = &out.events[0].id;
    let killed = out
        .series
        .iter()
        .find(|s| s.event.as_deref() == Some(id) && s.measure_key == "killed")
        .expect("a series for the event's killed");
    assert_eq!(killed.points.len(), 2);
    let injured = out
        .series
        .iter()
        .find(|s| s.measure_key == "injured")
        .expect("the implicit figure joins a series");
    assert!(injured.points[0].evidence.claim >= IMPLICIT_CLAIM_BASE);
    // two reports of one toll on one day that disagree
    assert_eq!(out.findings[0].kind, FindingKind::Conflict);
}

#[test]
fn events_reconcile_the_same_in_any_order() {
    let (claims, events) = inputs();
    assert_eq!(run(&claims, &events, false), run(&claims, &events, true));
}
