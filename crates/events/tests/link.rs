//! Matching across articles: order independence, stable ids, capped comparisons when every
//! article names the same place, and the merge rules on small hand-made records.

use jiff::civil::{Date, date};
use reckon_events::{ArticleEvent, EventKind, EventRecord, Figure, Linker, When, WhenSource, link};
use reckon_text::Span;

fn record(doc: &str, day: i8, place: &str, names: &[&str], killed: Option<f64>) -> EventRecord {
    let d = date(2016, 3, day);
    let when = When {
        start: d,
        end: d,
        source: WhenSource::Relative,
    };
    EventRecord {
        doc_id: doc.into(),
        doc_date: Some(d),
        source: None,
        event: ArticleEvent {
            index: 0,
            kind: EventKind::Shooting,
            trigger: Span::new(0, 8),
            when: Some(when),
            place: Some(place.into()),
            places: vec![place.into()],
            claims: vec![],
            figures: killed
                .map(|v| Figure {
                    measure: "killed".into(),
                    value: v,
                    claim: Some(0),
                    evidence: Span::new(0, 1),
                    implicit: false,
                    title: false,
                })
                .into_iter()
                .collect(),
            names: names.iter().map(|n| (*n).to_owned()).collect(),
        },
    }
}

/// A fixed pseudo-random permutation (xorshift), so the test needs no seed from outside.
fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut v = items.to_vec();
    let mut x = seed | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
    v
}

fn sample() -> Vec<EventRecord> {
    vec![
        record("a", 1, "Dayton", &["Marcus Reed"], Some(1.0)),
        record("b", 2, "Dayton", &["Marcus Reed"], None),
        record("c", 1, "Dayton", &[], Some(1.0)),
        record("d", 20, "Dayton", &["Jane Roe"], Some(2.0)),
        record("e", 1, "Toledo", &[], Some(1.0)),
        record("f", 21, "Dayton", &[], Some(2.0)),
    ]
}

#[test]
fn same_names_or_same_day_and_place_merge_other_towns_and_days_do_not() {
    let linked = link(&sample());
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_eq!(group("a"), group("b"), "a shared victim's name");
    assert_eq!(group("a"), group("c"), "same place, same day");
    assert_ne!(group("a"), group("e"), "another town");
    assert_ne!(group("a"), group("d"), "three weeks later");
    assert_eq!(group("d"), group("f"), "same place, next day");
    assert_eq!(linked.events.len(), 3);
}

#[test]
fn shuffled_input_gives_the_same_events_and_ids() {
    let base = link(&sample());
    for seed in [1, 7, 42, 1234, 99_999] {
        let again = link(&shuffled(&sample(), seed));
        assert_eq!(again.events, base.events, "seed {seed}");
        assert_eq!(again.event_of, base.event_of, "seed {seed}");
    }
    // ids name the smallest member, so adding an unrelated record changes no other id
    let mut more = sample();
    more.push(record("z", 5, "Akron", &[], None));
    let grown = link(&more);
    for (k, id) in &base.event_of {
        assert_eq!(&grown.event_of[k], id);
    }
}

#[test]
fn the_reconciled_toll_is_the_majority_of_reports() {
    let mut recs = sample();
    recs.push(record("g", 1, "Dayton", &["Marcus Reed"], Some(2.0)));
    recs.push(record("h", 1, "Dayton", &["Marcus Reed"], Some(1.0)));
    let linked = link(&recs);
    let id = &linked.event_of[&("a".to_owned(), 0)];
    let ev = linked.events.iter().find(|e| &e.id == id).unwrap();
    let killed = ev.figures.iter().find(|f| f.measure == "killed").unwrap();
    assert_eq!(killed.value, 1.0);
    assert_eq!(killed.reports.len(), 4);
}

/// Every article names the same city on the same day: comparisons stay capped per record, so
/// time is linear, not quadratic.
#[test]
fn one_city_for_every_article_stays_linear() {
    let n = 20_000;
    let recs: Vec<EventRecord> = (0..n)
        .map(|i| {
            record(
                &format!("doc{i:05}"),
                1 + (i % 28) as i8,
                "Chicago",
                &[],
                None,
            )
        })
        .collect();
    let linker = Linker::default();
    let linked = linker.link(&recs);
    assert!(
        linked.comparisons <= n * linker.max_candidates,
        "{} comparisons",
        linked.comparisons
    );
    assert_eq!(linked.event_of.len(), n);
}

/// Contradictory input (an event whose window ends before it starts, no date at all, no place)
/// gives events, not a panic.
#[test]
fn contradictory_dates_and_missing_fields_do_not_panic() {
    let mut odd = record("x", 5, "Dayton", &[], Some(1.0));
    odd.event.when = Some(When {
        start: date(2016, 3, 9),
        end: date(2016, 3, 1),
        source: WhenSource::Explicit,
    });
    let mut bare = record("y", 5, "", &[], None);
    bare.event.when = None;
    bare.doc_date = None::<Date>;
    bare.event.place = None;
    bare.event.places.clear();
    let linked = link(&[odd, bare, record("z", 5, "Dayton", &[], Some(1.0))]);
    assert_eq!(linked.event_of.len(), 3);
}

/// A report undated by its text (the article's week) with no figure.
fn undated(doc: &str, day: i8, place: &str) -> EventRecord {
    let mut r = record(doc, day, place, &[], None);
    r.event.when = Some(When {
        start: date(2016, 3, day - 6),
        end: date(2016, 3, day),
        source: WhenSource::ArticleDate,
    });
    r
}

#[test]
fn a_middle_name_or_a_title_word_still_matches_the_name() {
    let linked = link(&[
        record("a", 10, "Ocala", &["Michael Eugene Smith"], None),
        record("b", 11, "Marion County", &["Michael Smith"], None),
        record("c", 10, "Poplar Bluff", &["Junior Kaitlyn Pullam"], None),
        record("d", 11, "Saint Louis", &["Kaitlyn Pullam"], None),
        record("e", 10, "Tulsa", &["Michael Jordan"], None),
    ]);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_eq!(group("a"), group("b"), "middle name left out");
    assert_eq!(group("c"), group("d"), "a word before the name");
    assert_ne!(group("a"), group("e"), "another surname");
}

/// Reports of Memphis in four other weeks of the month: a city named in many weeks.
fn memphis_in_many_weeks() -> Vec<EventRecord> {
    in_many_weeks("Memphis")
}

/// Records of `place` in four weeks of the month: a busy city, not a rare town.
fn in_many_weeks(place: &str) -> Vec<EventRecord> {
    [1i8, 8, 15, 27]
        .into_iter()
        .enumerate()
        .map(|(i, day)| record(&format!("{place}{i}"), day, place, &[], None))
        .collect()
}

#[test]
fn a_county_meets_its_namesake_town_but_not_a_busy_city() {
    // `Hanover County` in one report, `Hanover` in the next: one shooting named at two grains,
    // matched as a place the other names (the same injured count, the same day)
    let mut a = record("a", 25, "Hanover County", &[], None);
    let mut b = record("b", 25, "Hanover", &[], None);
    for r in [&mut a, &mut b] {
        r.event.figures.push(Figure {
            measure: "injured".into(),
            value: 1.0,
            claim: Some(0),
            evidence: Span::new(0, 1),
            implicit: false,
            title: false,
        });
    }
    assert_eq!(link(&[a.clone(), b.clone()]).events.len(), 1);
    // a disagreeing figure still keeps them apart (two own places that are not one)
    let mut c = b.clone();
    c.event.figures[0].value = 2.0;
    assert_eq!(link(&[a, c]).events.len(), 2);
    // a city with shootings in many weeks is not taken for the county of its name
    let mut recs = vec![
        record("x", 20, "Shelby County", &[], Some(1.0)),
        record("y", 20, "Memphis County", &[], Some(1.0)),
        record("z", 20, "Memphis", &[], Some(1.0)),
    ];
    recs.extend(memphis_in_many_weeks());
    let linked = link(&recs);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_ne!(group("y"), group("z"), "a busy city is not its county");
    assert_ne!(group("x"), group("z"), "another county");
}

#[test]
fn an_undated_report_joins_a_rare_town_but_not_a_busy_city() {
    let mut recs = vec![
        record("a", 20, "Nicoma Park", &[], None),
        undated("b", 23, "Nicoma Park"),
        record("c", 20, "Memphis", &[], None),
        undated("d", 23, "Memphis"),
    ];
    // Memphis is named in many weeks: an undated report there could be any shooting
    recs.extend(memphis_in_many_weeks());
    let linked = link(&recs);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_eq!(group("a"), group("b"), "a town of one week");
    assert_ne!(group("c"), group("d"), "a city of five weeks");
}

#[test]
fn a_place_tagged_as_a_name_does_not_match_reports_weeks_apart() {
    let linked = link(&[
        record("a", 1, "Myrtle Beach", &["Myrtle Beach"], Some(1.0)),
        record("b", 25, "Myrtle Beach", &["Myrtle Beach"], Some(3.0)),
    ]);
    assert_eq!(linked.events.len(), 2);
}

/// One article lists an attack in Baghdad and another in Mosul; a report naming both cities
/// on the same day must not chain the two into one event.
#[test]
fn two_events_one_article_tells_apart_stay_apart() {
    let mut mosul = record("list", 3, "Mosul", &[], Some(5.0));
    mosul.event.index = 1;
    let mut both = record("both", 3, "Baghdad", &[], Some(10.0));
    both.event.places.push("Mosul".into());
    let linked = link(&[
        record("list", 3, "Baghdad", &[], Some(10.0)),
        mosul,
        both,
        record("other", 3, "Mosul", &[], Some(5.0)),
    ]);
    let group = |doc: &str, i: u32| linked.event_of[&(doc.to_owned(), i)].clone();
    assert_eq!(group("list", 0), group("both", 0), "Baghdad with Baghdad");
    assert_ne!(group("list", 0), group("list", 1), "the list's two attacks");
}

/// A record with `killed` and `injured` figures and a list of places after its own.
fn tolled(
    doc: &str,
    day: i8,
    place: &str,
    also: &[&str],
    killed: f64,
    injured: f64,
) -> EventRecord {
    let mut r = record(doc, day, place, &[], Some(killed));
    r.event.places.extend(also.iter().map(|p| (*p).to_owned()));
    r.event.figures.push(Figure {
        measure: "injured".into(),
        value: injured,
        claim: Some(1),
        evidence: Span::new(0, 1),
        implicit: false,
        title: false,
    });
    r
}

/// Same day: a report whose own place is only among another's places (a province naming a
/// city) is not joined when a figure disagrees; one of the same city is.
#[test]
fn a_disagreeing_figure_needs_the_same_own_place() {
    let linked = link(&[
        tolled("lahore", 13, "Lahore", &[], 13.0, 85.0),
        tolled("sindh", 13, "Sindh", &["Lahore"], 13.0, 200.0),
        tolled("lahore2", 13, "Lahore", &[], 13.0, 90.0),
    ]);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_ne!(group("lahore"), group("sindh"));
    assert_eq!(
        group("lahore"),
        group("lahore2"),
        "an early count in the same city"
    );
}

/// `The November 2015 attacks in Paris`: reports dating the event to one month in one city are
/// one event when their tolls agree to a tenth, not when they differ more.
#[test]
fn the_same_month_and_city_need_nearly_agreeing_tolls() {
    let month = |doc: &str, killed: f64| {
        let mut r = tolled(doc, 1, "Paris", &[], killed, 0.0);
        r.event.figures.pop();
        r.event.when = Some(When {
            start: date(2015, 11, 1),
            end: date(2015, 11, 30),
            source: WhenSource::Explicit,
        });
        r.doc_date = Some(date(2017, 2, 7));
        r
    };
    let linked = link(&[month("a", 130.0), month("b", 129.0), month("c", 86.0)]);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_eq!(group("a"), group("b"));
    assert_ne!(group("a"), group("c"));
}

/// A name given by records of four different own places (a prime minister condemning attacks)
/// does not join reports of different cities.
#[test]
fn a_name_of_many_places_is_common() {
    let linked = link(&[
        record("a", 10, "Lahore", &["Nawaz Sharif"], None),
        record("b", 10, "Sehwan", &["Nawaz Sharif"], None),
        record("c", 11, "Quetta", &["Nawaz Sharif"], None),
        record("d", 11, "Peshawar", &["Nawaz Sharif"], None),
    ]);
    assert_eq!(linked.events.len(), 4);
}

/// A place repeated in a record's list (its own place, then again among its sentences' places)
/// counts once: it does not push a third place out of the anchors that matching reads.
#[test]
fn a_repeated_place_does_not_hide_an_anchor() {
    let a = record("a", 10, "Merlin", &[], Some(1.0));
    let mut b = record("b", 10, "Josephine County", &[], Some(1.0));
    b.event.places = vec![
        "Portland".into(),
        "Josephine County".into(),
        "Merlin".into(),
    ];
    let linked = link(&[a, b]);
    assert_eq!(linked.events.len(), 1, "{:?}", linked.events);
}

/// A state's postal code is no anchor: two reports that name only `GA` stay apart.
#[test]
fn postal_codes_of_states_are_broad() {
    let mut d = record("d", 10, "GA", &[], Some(1.0));
    d.event.places = vec!["GA".into()];
    let mut e = record("e", 10, "GA", &[], Some(1.0));
    e.event.places = vec!["GA".into()];
    assert_eq!(
        link(&[d, e]).events.len(),
        2,
        "GA names a state, not a town"
    );
}

#[test]
fn a_part_of_a_city_meets_the_city() {
    // `East Baltimore` and `Baltimore` are one place to `same_place`: the reports must be
    // compared (filed under the city too), and then the same day and toll match them
    // (Baltimore is a busy city, named in many weeks: a quiet town would meet its county)
    let mut records = vec![
        record("a", 5, "East Baltimore", &[], Some(1.0)),
        record("b", 5, "Baltimore", &[], Some(1.0)),
        record("c", 5, "Baltimore County", &[], Some(1.0)),
    ];
    records.extend(in_many_weeks("Baltimore"));
    let linked = link(&records);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_eq!(group("a"), group("b"));
    assert_ne!(group("b"), group("c"), "a county is not its city");
    // a part of a city and the city are no one own place: a disagreeing toll keeps them apart
    let linked = link(&[
        record("s", 5, "South Chicago", &[], Some(1.0)),
        record("t", 5, "Chicago", &[], Some(2.0)),
    ]);
    assert_eq!(
        linked.events.len(),
        2,
        "two shootings of one day in one city"
    );

    // a rare part of a busy city is no anchor for an undated report of the city, nor is a
    // state after a comma for a place of that name
    let mut recs = vec![
        record("n", 20, "North Memphis", &[], None),
        undated("m", 23, "Memphis"),
        record("q", 20, "Quincy, Washington", &[], Some(1.0)),
        record("w", 20, "Washington", &[], Some(1.0)),
    ];
    recs.extend(memphis_in_many_weeks());
    let linked = link(&recs);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_ne!(group("n"), group("m"), "a rare part of a busy city");
    assert_ne!(group("q"), group("w"), "a state after a comma");
}

/// Two reports of one shooting in a busy city, with more records of that day between them than
/// a record is compared with: records that give the same counts also meet in a block of their
/// own, so the two are still compared (and matched on place and day).
#[test]
fn reports_with_the_same_counts_meet_past_a_busy_city() {
    let linker = Linker::default();
    let mut recs = vec![tolled("a-first", 1, "Chicago", &[], 7.0, 3.0)];
    for i in 0..linker.max_candidates + 6 {
        // (other shootings of that day: both figures disagree with the first report's)
        recs.push(tolled(&format!("m{i:03}"), 1, "Chicago", &[], 1.0, 1.0));
    }
    recs.push(tolled("z-last", 2, "Chicago", &[], 7.0, 3.0));
    let linked = linker.link(&recs);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_eq!(group("a-first"), group("z-last"));
    assert_ne!(group("a-first"), group("m000"));
}

/// A neighbourhood tagged as a person (`Del Paso Heights`) and page furniture (`Join the
/// Conversation On`) are no names: two shootings in one city weeks apart that both name them
/// stay apart.
#[test]
fn a_neighbourhood_or_page_furniture_read_as_a_name_is_no_name() {
    for name in ["Del Paso Heights", "Conversation On"] {
        let linked = link(&[
            record("a", 1, "Sacramento", &[name], Some(1.0)),
            record("b", 25, "Sacramento", &[name], Some(3.0)),
        ]);
        assert_eq!(linked.events.len(), 2, "{name}");
    }
}

/// Two reports of a town's shooting dated two days apart from their texts (one read `on
/// Saturday` against another day, or dated by an arrest) and giving one toll are one event;
/// not in a busy city, nor with a toll in disagreement, nor four days apart.
#[test]
fn a_towns_reports_days_apart_with_one_toll_are_one() {
    let linked = link(&[
        record("a", 12, "LaSalle", &[], Some(1.0)),
        record("b", 14, "LaSalle", &[], Some(1.0)),
    ]);
    assert_eq!(linked.events.len(), 1);
    let linked = link(&[
        record("a", 12, "LaSalle", &[], Some(1.0)),
        record("b", 14, "LaSalle", &[], Some(2.0)),
    ]);
    assert_eq!(linked.events.len(), 2, "tolls in disagreement");
    let linked = link(&[
        record("a", 12, "LaSalle", &[], Some(1.0)),
        record("b", 17, "LaSalle", &[], Some(1.0)),
    ]);
    assert_eq!(linked.events.len(), 2, "five days apart");
    let mut recs = vec![
        record("a", 20, "Memphis", &[], Some(1.0)),
        record("b", 22, "Memphis", &[], Some(1.0)),
    ];
    recs.extend(memphis_in_many_weeks());
    let linked = link(&recs);
    let group = |doc: &str| linked.event_of[&(doc.to_owned(), 0)].clone();
    assert_ne!(group("a"), group("b"), "a busy city");
}

/// A report dated from its text and one dated only by its article's week, in one busy city:
/// the same toll of several dead tells one shooting when the hurt differ (an early count: 3
/// killed, 7 injured and 3 killed, 6 injured); a toll of one does not, nor a different toll.
#[test]
fn the_same_toll_of_several_dead_in_one_city_allows_an_early_count() {
    let in_week = |doc: &str, killed: f64, injured: f64| {
        let mut r = tolled(doc, 20, "Detroit", &[], killed, injured);
        r.event.when = Some(When {
            start: date(2016, 3, 16),
            end: date(2016, 3, 22),
            source: WhenSource::ArticleDate,
        });
        r.doc_date = Some(date(2016, 3, 22));
        r
    };
    let busy = |mut recs: Vec<EventRecord>| {
        recs.extend(in_many_weeks("Detroit"));
        link(&recs)
    };
    let linked = busy(vec![
        tolled("a", 20, "Detroit", &[], 3.0, 7.0),
        in_week("b", 3.0, 6.0),
    ]);
    let group = |l: &reckon_events::Linked, doc: &str| l.event_of[&(doc.to_owned(), 0)].clone();
    assert_eq!(group(&linked, "a"), group(&linked, "b"));
    let linked = busy(vec![
        tolled("a", 20, "Detroit", &[], 1.0, 7.0),
        in_week("b", 1.0, 6.0),
    ]);
    assert_ne!(group(&linked, "a"), group(&linked, "b"), "one dead");
    let linked = busy(vec![
        tolled("a", 20, "Detroit", &[], 3.0, 7.0),
        in_week("b", 2.0, 7.0),
    ]);
    assert_ne!(group(&linked, "a"), group(&linked, "b"), "another toll");
}
