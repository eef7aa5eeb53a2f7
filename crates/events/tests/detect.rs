//! Detection on short hand-written articles (`tests/fixtures/*.txt`: the publication date on the
//! first line, then the text), each pinned by a compact snapshot: one event a block with its
//! kind, trigger, date window, place, names, claims and figures (implicit ones marked).

use std::fmt::Write;
use std::path::{Path, PathBuf};

use reckon_events::{ArticleEvent, Detected, article_value, detect};
use reckon_text::{Document, segment};

macro_rules! assert_events_snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_suffix => $name, omit_expression => true, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($value);
        });
    };
}

/// Runs the whole per-article pipeline on a fixture.
fn run(path: &Path) -> (Document, Detected) {
    let raw = std::fs::read_to_string(path).expect("fixture");
    let (date, text) = raw.split_once('\n').expect("a date line");
    let doc = Document::new(path.file_name().unwrap().to_string_lossy(), text)
        .with_date(date.trim().parse().expect("a date"));
    let seg = segment(&doc.text);
    let ents = reckon_entities::Recognizer::new().recognize_with_descriptions(&doc, &seg);
    let x = reckon_claims::Extractor::new().extract(&doc, &seg, &ents);
    let found = detect(&doc, &seg, &ents, &x);
    assert_eq!(found.claim_event.len(), x.claims.len());
    (doc, found)
}

/// Segmentation, entities (without descriptions), claims and detection of `doc`.
fn detect_doc(doc: &Document) -> Detected {
    let seg = segment(&doc.text);
    let ents = reckon_entities::Recognizer::new().recognize(doc, &seg);
    let x = reckon_claims::Extractor::new().extract(doc, &seg, &ents);
    detect(doc, &seg, &ents, &x)
}

/// The main event of an article (which must have one).
fn main_event(found: &Detected) -> &ArticleEvent {
    &found.events[found.main.unwrap() as usize]
}

/// The path of fixture `name` (under `tests/fixtures`).
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The compact view of an article's events.
fn compact(doc: &Document, found: &Detected) -> String {
    let text = doc.text.as_str();
    let mut s = String::new();
    for ev in &found.events {
        let main = if found.main == Some(ev.index) {
            " (main)"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "event {} {:?} {:?}{main}",
            ev.index,
            ev.kind,
            ev.trigger.slice(text)
        );
        if let Some(w) = ev.when {
            let _ = writeln!(s, "  when {}..{} {:?}", w.start, w.end, w.source);
        }
        let _ = writeln!(s, "  place {:?} places {:?}", ev.place, ev.places);
        if !ev.names.is_empty() {
            let _ = writeln!(s, "  names {:?}", ev.names);
        }
        let _ = writeln!(s, "  claims {:?}", ev.claims);
        for f in &ev.figures {
            let how = if f.implicit { "implicit" } else { "written" };
            let _ = writeln!(
                s,
                "  figure {} {} {how} {:?}",
                f.measure,
                f.value,
                f.evidence.slice(text)
            );
        }
        for m in ["killed", "injured"] {
            if let Some(v) = article_value(ev, m) {
                let _ = writeln!(s, "  => {m} {v}");
            }
        }
    }
    s
}

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4);
    for path in paths {
        let (doc, found) = run(&path);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert_events_snapshot!(name, compact(&doc, &found));
    }
}

/// `a 17-year-old was shot and killed` is one killed; `a man and a woman were wounded` two
/// injured; the dateline gives the place and `Sunday` the day before the article's Tuesday.
#[test]
fn implicit_counts_of_a_shooting() {
    let (_, found) = run(&fixture("shooting_implicit.txt"));
    let ev = &found.events[0];
    assert_eq!(article_value(ev, "killed"), Some(1.0));
    assert_eq!(article_value(ev, "injured"), Some(2.0));
    assert_eq!(ev.when.unwrap().start, jiff::civil::date(2016, 5, 1));
    assert!(
        !ev.names.iter().any(|n| n.contains("Smith")),
        "an official speaking is no victim: {:?}",
        ev.names
    );
}

/// A count over the year (`40th homicide this year`) is not a figure of the event, and `Five
/// people were shot, one fatally` is 1 killed and 4 injured.
#[test]
fn written_counts_and_aggregates() {
    let (_, found) = run(&fixture("shooting_written.txt"));
    let ev = main_event(&found);
    assert!(ev.figures.iter().all(|f| f.value != 40.0));
    assert!(
        ev.figures
            .iter()
            .any(|f| f.measure == "shot" && f.value == 5.0 && !f.implicit)
    );
}

/// A past attack dated by its own sentence (`the November 2015 attacks`) is another event than
/// the bombing of the week, with its own window.
#[test]
fn a_dated_past_attack_is_its_own_event() {
    let (_, found) = run(&fixture("two_events.txt"));
    let paris = found
        .events
        .iter()
        .find(|e| {
            e.when
                .is_some_and(|w| w.start == jiff::civil::date(2015, 11, 1))
        })
        .expect("an event dated November 2015");
    let lahore = found
        .events
        .iter()
        .find(|e| {
            e.when
                .is_some_and(|w| w.start == jiff::civil::date(2017, 3, 8))
        })
        .expect("an event dated 8 March 2017");
    assert_ne!(paris.index, lahore.index);
}

/// Bad input: no text, text without sentences or events, hundreds of happenings in one article.
#[test]
fn bad_input_gives_bounded_output_and_never_panics() {
    let rec = reckon_entities::Recognizer::new();
    let ext = reckon_claims::Extractor::new();
    let many = "A man was shot and killed on Monday in Springfield. ".repeat(3_000);
    // a roundup of thousands of happenings, each opening an event of its own
    let roundup = "• About 11:30 p.m. a man was shot in the 9600 block of Main Street.\n\n\
                   In a separate shooting, two men were wounded.\n\n"
        .repeat(2_000);
    for text in ["", "   ", "shooting", many.as_str(), roundup.as_str()] {
        let doc = Document::new("x", text).with_date(jiff::civil::date(2016, 1, 6));
        let seg = segment(&doc.text);
        let ents = rec.recognize(&doc, &seg);
        let x = ext.extract(&doc, &seg, &ents);
        let found = detect(&doc, &seg, &ents, &x);
        assert_eq!(found.claim_event.len(), x.claims.len());
        let mentions: usize = found.mentions.iter().map(Vec::len).sum();
        assert!(mentions <= reckon_events::MAX_MENTIONS);
        assert!(
            found
                .events
                .iter()
                .all(|e| e.names.len() <= reckon_events::MAX_NAMES)
        );
    }
}

/// A number that is an address (`the 400 block`) or an age (`ranged in age from 46 to 73`) is
/// no count of people, even when the claim's frame says killed.
#[test]
fn block_numbers_and_ages_are_not_tolls() {
    let doc = Document::new(
        "b",
        "Two women were killed in a shooting in the 400 block of Gilmer Street on Tuesday. \
         The victims ranged in age from 46 to 73.",
    )
    .with_date(jiff::civil::date(2016, 5, 4));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert!(
        ev.figures.iter().all(|f| f.value < 40.0),
        "{:?}",
        ev.figures
    );
}

/// The victims of a shooting are the people shot: with no death, they are the injured.
#[test]
fn victims_of_a_shooting_are_counted_as_shot() {
    let doc = Document::new(
        "v",
        "A shooting broke out outside a bar in Dayton on Saturday. \
         Two victims were taken to a hospital, police said.",
    )
    .with_date(jiff::civil::date(2016, 5, 9));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "injured"), Some(2.0), "{:?}", ev.figures);
}

/// The figures one article's main event gets from `text` (dated 16 February 2017).
fn main_figures(text: &str) -> Vec<(String, f64)> {
    let doc = Document::new("p", text).with_date(jiff::civil::date(2017, 2, 16));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    ev.figures
        .iter()
        .map(|f| (f.measure.clone(), f.value))
        .collect()
}

/// `43 of the dead were men`, `nine children were among the dead` and `nine others who had been
/// arrested` are parts of a toll, not the toll; `two others were wounded` after a count is one.
#[test]
fn parts_of_a_toll_are_not_the_toll() {
    let figs = main_figures(
        "A suicide bomber killed 75 people at a shrine in Sehwan on Thursday. \
         Officials said 43 of the dead were men. \
         Nine children were among the dead. \
         Police arrested 11 people. Nine others who had been arrested were released.",
    );
    let values: Vec<f64> = figs.iter().map(|(_, v)| *v).collect();
    assert!(values.contains(&75.0), "{figs:?}");
    for part in [43.0, 9.0] {
        assert!(!values.contains(&part), "{part} in {figs:?}");
    }
    let figs = main_figures(
        "A gunman opened fire at a bar in Dayton on Tuesday. One man was killed and two others \
         were wounded.",
    );
    assert!(figs.contains(&("injured".to_owned(), 2.0)), "{figs:?}");
}

/// Victims named one by one add up (`another man was shot`, `a woman was also shot`); the same
/// victim named again (`he was also shot in the hand`) does not.
#[test]
fn victims_named_one_by_one_are_summed() {
    let (_, found) = run(&fixture("victims_one_by_one.txt"));
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "injured"), Some(3.0), "{:?}", ev.figures);
}

/// An age after a name with one comma (`Calvin Williams, 24 was shot`) and an emergency call
/// (`a 911 report of a man shot`) are no counts of people
/// shot; `three other men were also wounded` is a count (its own predicate follows).
#[test]
fn ages_after_names_are_not_counts() {
    let (_, found) = run(&fixture("ages_after_names.txt"));
    let ev = main_event(&found);
    assert!(
        ev.figures.iter().all(|f| f.value < 20.0),
        "{:?}",
        ev.figures
    );
    assert_eq!(article_value(ev, "injured"), Some(3.0), "{:?}", ev.figures);
}

/// A sentence whose only word of harm is a wound is read (`A fourth man suffered a gunshot
/// wound`: the ordinal is no count of its own).
#[test]
fn a_wound_alone_is_read() {
    let (_, found) = run(&fixture("wounds_without_a_verb.txt"));
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "killed"), Some(3.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "injured"), Some(1.0), "{:?}", ev.figures);
}

/// One person named before a count (`A six-year-old and three people were shot`) is counted
/// with it; an article whose only words of harm are a bullet or a discharge (`being shot`, `a
/// stray bullet`, `accidentally discharged`) has a shooting.
#[test]
fn a_person_before_a_count_and_bullets_without_a_shooting_word() {
    let figs = main_figures(
        "A six-year-old and three people were shot in Southwest Atlanta during a drive-by \
         shooting on Sunday.",
    );
    assert!(figs.contains(&("shot".to_owned(), 4.0)), "{figs:?}");
    for text in [
        "A 16-year-old boy ended up being shot in the parking lot of a club on Friday night.",
        "A 10-year-old girl was hit by a stray bullet in Springfield on Thursday.",
        "A deputy's gun accidentally discharged on Thursday, injuring his child.",
    ] {
        let doc = Document::new("b", text).with_date(jiff::civil::date(2017, 2, 16));
        let found = detect_doc(&doc);
        let main = found.main.map(|m| &found.events[m as usize]);
        assert!(
            main.is_some_and(|e| e.kind == reckon_events::EventKind::Shooting),
            "{text}: {:?}",
            found.events
        );
    }
}

/// A sentence that names several shootings adds them up: its counts, and a title that repeats
/// one, are not the event's; a victim of one of them is still read.
#[test]
fn counts_over_several_shootings_are_an_aggregate() {
    let mut doc = Document::new(
        "s",
        "Six people, including two teenage boys, were wounded in Chicago shootings Sunday. \
         On the West Side, a 35-year-old man was shot while standing on North Cicero Avenue.",
    )
    .with_date(jiff::civil::date(2017, 2, 16));
    doc.meta.title = Some("6 shot Sunday in Chicago".into());
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert!(ev.figures.iter().all(|f| f.value < 6.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "injured"), Some(1.0), "{:?}", ev.figures);
}

/// `mass shootings` names a kind, not several happenings: the counts of its sentence stay.
#[test]
fn mass_shootings_is_a_kind_not_an_aggregate() {
    let figs = main_figures(
        "Three people were killed and four people were wounded in a drive-by shooting that one \
         official called one of the worst mass shootings in the city's recent history.",
    );
    assert!(figs.contains(&("killed".to_owned(), 3.0)), "{figs:?}");
}

/// A date right after a verb of saying dates the telling: `said on Tuesday` in a report of
/// Saturday's shooting does not make the shooting another event.
#[test]
fn a_date_of_saying_is_not_the_date_of_the_shooting() {
    // (16 February 2017 is a Thursday: Saturday the 11th, Tuesday the 14th)
    let text = "A 30-year-old man was shot and killed Saturday while hunting. \
                The man was shot by his brother, the sheriff said on Tuesday.";
    let doc = Document::new("s", text).with_date(jiff::civil::date(2017, 2, 16));
    let found = detect_doc(&doc);
    assert_eq!(found.events.len(), 1, "{:#?}", found.events);
    let ev = &found.events[0];
    assert_eq!(
        ev.when.map(|w| w.start),
        Some(jiff::civil::date(2017, 2, 11))
    );
    assert_eq!(article_value(ev, "killed"), Some(1.0));
}

/// A count in a sentence dated to another month than the shooting is no figure of it.
#[test]
fn a_count_of_another_month_is_not_the_toll() {
    let figures = main_figures(
        "Seven people were shot early Sunday in West Baltimore, police said. \
         It came after 45 people were killed in January in the city.",
    );
    assert_eq!(figures, vec![("shot".to_owned(), 7.0)]);
}

/// A sentence with no predicate word but a bullet that hit someone is read: `a bullet struck an
/// 11-year-old girl` is one hurt (no one died).
#[test]
fn a_bullet_that_struck_a_victim_is_one_injured() {
    let doc = Document::new(
        "b",
        "A bullet struck an 11-year-old girl who was a passenger in a car in Dayton on \
         Saturday afternoon, police said.",
    )
    .with_date(jiff::civil::date(2016, 5, 9));
    let found = detect_doc(&doc);
    let ev = &found.events[found.main.expect("a shooting") as usize];
    assert_eq!(article_value(ev, "injured"), Some(1.0), "{:?}", ev.figures);
}

/// One person named after a count and joined by `and` is one more (`Three men and a woman were
/// shot` is 4, `two adults and a 14-year-old boy were wounded` 3); `and a car` adds no one.
#[test]
fn a_person_after_a_count_is_one_more() {
    let figs =
        main_figures("Three men and a woman were shot in Dayton early Saturday, police said.");
    assert!(figs.contains(&("shot".to_owned(), 4.0)), "{figs:?}");
    let figs = main_figures(
        "A gunman opened fire in Dayton on Tuesday. Two adults and a 14-year-old boy were \
         wounded, police said.",
    );
    assert!(figs.contains(&("injured".to_owned(), 3.0)), "{figs:?}");
    let figs = main_figures(
        "A gunman opened fire in Dayton on Tuesday. Two men and a car were hit; two men were \
         wounded, police said.",
    );
    assert!(!figs.iter().any(|(_, v)| *v == 3.0), "{figs:?}");
}

/// A report of several shootings tells them one after the other: a sentence that opens another
/// happening (`In a separate shooting`, a roundup's bullet with its time) starts a new event,
/// and its figures stay out of the first one.
#[test]
fn a_separate_shooting_is_another_event() {
    let text = "A gunman shot three people outside a bar in Dayton early Saturday, police said. \
                A 25-year-old man died at the scene. \
                In a separate shooting, four men were wounded on Elm Street about an hour later.";
    let doc = Document::new("r", text).with_date(jiff::civil::date(2017, 2, 19));
    let found = detect_doc(&doc);
    assert_eq!(found.events.len(), 2, "{:#?}", found.events);
    let first = &found.events[0];
    assert_eq!(
        article_value(first, "injured"),
        Some(2.0),
        "{:?}",
        first.figures
    );
    assert_eq!(article_value(&found.events[1], "injured"), Some(4.0));
    // a roundup's bullets with their times are happenings of their own; a bullet list of the
    // victims of one shooting is not
    let bullets = "Six people were shot at a party on the West Side early Saturday.\n\n\
                   • A 24-year-old man was wounded about 12:15 a.m. in the 500 block of South \
                   Clinton Street.\n\n\
                   • About 11:30 p.m. a 30-year-old man was shot in the 9600 block of South \
                   Carpenter Street.";
    let doc = Document::new("b", bullets).with_date(jiff::civil::date(2017, 2, 19));
    let found = detect_doc(&doc);
    assert_eq!(found.events.len(), 3, "{:#?}", found.events);
    assert_eq!(article_value(&found.events[0], "shot"), Some(6.0));
    let victims = "Five people were shot at a party on the West Side early Saturday.\n\n\
                   • A 22-year-old man was shot in the right hand.\n\n\
                   • A 30-year-old woman was shot in the arm.";
    let doc = Document::new("v", victims).with_date(jiff::civil::date(2017, 2, 19));
    assert_eq!(detect_doc(&doc).events.len(), 1);
}

/// A title over several happenings adds them up: with the main event's own count in the text,
/// the title's count of that measure is not the event's (`14 shot, one fatally, since 8 p.m.,
/// including 6 at West Side party`); `six people, one fatally` is one killed of the six.
#[test]
fn a_roundup_title_does_not_count_the_first_happening() {
    let text = "A pair of gunmen shot six people, one fatally, at a West Side party early \
                Saturday.\n\n\
                • About 11:30 p.m. a 30-year-old man was shot in the 9600 block of South \
                Carpenter Street.";
    let mut doc = Document::new("t", text).with_date(jiff::civil::date(2017, 2, 19));
    doc.meta.title =
        Some("14 shot, one fatally, since 8 p.m., including 6 at West Side party".into());
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "shot"), Some(6.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "killed"), Some(1.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "injured"), Some(5.0), "{:?}", ev.figures);
}

/// `the other three victims` is the rest of a group told before it, not the event's toll.
#[test]
fn the_other_ones_of_a_group_are_not_the_toll() {
    let figs = main_figures(
        "A gunman opened fire on a crowd in Port Norris early Sunday. One of the victims was \
         flown to a hospital while the other three victims drove themselves to hospitals. All \
         four victims suffered non-life threatening injuries.",
    );
    assert!(!figs.iter().any(|(_, v)| *v == 3.0), "{figs:?}");
    assert!(figs.contains(&("shot".to_owned(), 4.0)), "{figs:?}");
}

/// Someone who shot himself is one hit: `after shooting himself in the head`, `shoots self`.
#[test]
fn one_who_shot_himself_is_hit() {
    let figs = main_figures(
        "Investigators say a 7-year-old boy should recover after shooting himself in the head \
         with a revolver he found in a cabinet.",
    );
    assert!(figs.contains(&("shot".to_owned(), 1.0)), "{figs:?}");
    let figs = main_figures(
        "A man who was not supposed to have guns was arrested after accidentally shooting \
         himself in the hand on Tuesday.",
    );
    assert!(figs.contains(&("shot".to_owned(), 1.0)), "{figs:?}");
}

/// An age written without hyphens names one person like `17-year-old` does: `a 14 year old
/// boy is killed and a 17 year old is wounded` is one killed and one hurt.
#[test]
fn an_age_without_hyphens_is_a_person() {
    let figs = main_figures(
        "A 14 year old boy is killed and a 17 year old is wounded after a shooting on \
         the west side of Rockford.",
    );
    assert!(figs.contains(&("killed".to_owned(), 1.0)), "{figs:?}");
    assert!(figs.contains(&("injured".to_owned(), 1.0)), "{figs:?}");
}

/// One `fighting for her life` is hurt and alive: `Four people are dead and another is fighting
/// for her life` is four killed and one injured.
#[test]
fn one_fighting_for_life_is_injured() {
    let figs = main_figures(
        "Four people are dead and another is fighting for her life after an overnight shooting \
         in Killeen.",
    );
    assert!(figs.contains(&("killed".to_owned(), 4.0)), "{figs:?}");
    assert!(figs.contains(&("injured".to_owned(), 1.0)), "{figs:?}");
    // (and no conflict of its own: `fighting` names a war elsewhere)
    let text = "Four people are dead and another is fighting for her life after a shooting.";
    let doc = Document::new("f", text).with_date(jiff::civil::date(2017, 2, 19));
    assert_eq!(detect_doc(&doc).events.len(), 1);
}

/// `along with` one more person after a count and its predicate adds that person: `The two
/// were shot, along with another woman` is three shot; `along with police` adds no one.
#[test]
fn one_person_along_with_a_count_is_one_more() {
    let figs = main_figures(
        "A mother and her daughter died in a shooting on Tuesday. The two were shot, along \
         with another woman, just before 1 a.m.",
    );
    assert!(figs.contains(&("shot".to_owned(), 3.0)), "{figs:?}");
    let figs = main_figures(
        "A shooting happened on Tuesday. Two men were shot, along with police cars nearby.",
    );
    assert!(figs.contains(&("shot".to_owned(), 2.0)), "{figs:?}");
}

/// `a violent weekend` adds up several shootings: its counts, and a title about it, are not
/// the event's; the single incident told after it keeps its own.
#[test]
fn a_violent_weekend_is_an_aggregate() {
    let mut doc = Document::new(
        "w",
        "A violent weekend in Toledo sent six people to area hospitals with gunshot wounds. \
         Four people were wounded in a single shooting at a house party on Saturday night.",
    )
    .with_date(jiff::civil::date(2013, 8, 19));
    doc.meta.title = Some("Six injured in violent weekend in Toledo".into());
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "injured"), Some(4.0), "{:?}", ev.figures);
}

/// A number that labels (`room number 8`, `Highway 82`) or counts a parent's children (`a
/// mother of four`) is no count of the dead or hurt.
#[test]
fn labels_and_a_parents_children_are_not_tolls() {
    let figs = main_figures(
        "Deputies found a 14-year-old boy, who lives in room number 8, dead from a single \
         gunshot wound at a motel on Highway 82.",
    );
    assert!(!figs.iter().any(|(_, v)| *v >= 8.0), "{figs:?}");
    let figs = main_figures(
        "A man has been charged with the shooting death of a mother of four on Friday night.",
    );
    assert_eq!(figs, vec![("killed".to_owned(), 1.0)]);
}

/// The parties of a quarrel after `between` are not the people hit: `a fight between two men
/// ended in a shooting that injured five bystanders` counts five hurt, not two.
#[test]
fn the_parties_of_a_quarrel_are_not_the_hurt() {
    let figs = main_figures(
        "An argument between two men outside a bar ended in a shooting that injured four \
         bystanders early Sunday, police said.",
    );
    assert!(!figs.iter().any(|(_, v)| *v == 2.0), "{figs:?}");
    assert!(figs.contains(&("injured".to_owned(), 4.0)), "{figs:?}");
}

/// The main event's value of `measure` for a text without a title.
fn main_value(text: &str, measure: &str) -> Option<f64> {
    let doc = Document::new("o", text).with_date(jiff::civil::date(2016, 5, 9));
    let found = detect_doc(&doc);
    article_value(main_event(&found), measure)
}

/// One person hurt told before `N others` hurt in the sentence is one of them: `a boy remained
/// in critical condition after a shooting that also injured three other people` is four hurt,
/// `was shot along with three others` four shot; the dead before the hurt are not (`A man was
/// killed and two others were injured` is two hurt).
#[test]
fn one_hurt_before_n_others_is_one_of_them() {
    let text = "A 14-year-old girl remained in serious condition Saturday after a shooting \
                that also injured two other people on Elm Avenue.";
    assert_eq!(main_value(text, "injured"), Some(3.0));
    let text = "Marcus Bell, 31, was shot along with three others early Sunday outside a \
                lounge on Main Street, police said.";
    assert_eq!(main_value(text, "shot"), Some(4.0));
    let text = "A man was killed and two others were injured in a shooting on Elm Avenue \
                early Saturday, police said.";
    assert_eq!(main_value(text, "injured"), Some(2.0));
}

/// The others hit after a count of the dead lived (`leaving one dead and 11 others shot`: 11
/// injured, 12 hit), in the text and in a title (`One killed, six others shot`); others hit
/// with no death told before them are everyone hit (`A 13-year-old boy and six other people
/// were shot`: 7 shot).
#[test]
fn others_shot_after_the_dead_are_the_hurt() {
    let figs = main_figures(
        "A shooting at a block party on Saturday night left one dead and 11 others \
         shot, police said.",
    );
    assert!(figs.contains(&("injured".to_owned(), 11.0)), "{figs:?}");
    assert!(!figs.iter().any(|(m, _)| m == "shot"), "{figs:?}");
    let figs = main_figures(
        "A 13-year-old boy and six other people were shot in a drive-by shooting on Monday.",
    );
    assert!(figs.contains(&("shot".to_owned(), 7.0)), "{figs:?}");
    let mut doc = Document::new(
        "t",
        "Police are searching for the gunman who fired into a crowd.",
    )
    .with_date(jiff::civil::date(2017, 2, 16));
    doc.meta.title = Some("One killed, six others shot at house party in Dayton".to_owned());
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "injured"), Some(6.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "killed"), Some(1.0), "{:?}", ev.figures);
}

/// A house number is no count (`outside 12-14 Copeland St.`, `at 305 E. Main Street`); a count
/// before a capitalised predicate still is (`Two Shot On Elm Street`).
#[test]
fn house_numbers_are_not_counts() {
    let figs = main_figures(
        "A young boy was shot in the lower back outside 12-14 Copeland St. in Roxbury about \
         9:30 p.m. Sunday. Deputies found three victims inside 305 E. Main Street.",
    );
    assert!(
        figs.iter().all(|(_, v)| *v < 12.0 && *v != 305.0),
        "{figs:?}"
    );
    let figs = main_figures("Overnight Shooting: Two Shot On Elm Street In Dayton.");
    assert!(figs.contains(&("shot".to_owned(), 2.0)), "{figs:?}");
}

/// A date right after a step of an arrest dates that step, not the shooting: a follow-up of
/// Wednesday that says `was arrested Tuesday night` about a shooting `on Saturday` is dated
/// Saturday (as a date after `said` dates the telling); so is one that says when the victim was
/// identified or released.
#[test]
fn an_arrest_date_does_not_date_the_shooting() {
    let doc = Document::new(
        "f",
        "A Milton woman was arrested Tuesday night in connection with the accidental shooting \
         of a 7-year-old child. The shooting happened on Saturday at a home on Trailer Park \
         Court.",
    )
    .with_date(jiff::civil::date(2014, 8, 27));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    let when = ev.when.expect("a date");
    assert_eq!(when.start, jiff::civil::date(2014, 8, 23), "{when:?}");
    // nor does the day the victim was identified or released
    let doc = Document::new(
        "g",
        "Police identified Monday the man who was wounded in the shooting on Saturday night. \
         He was released Tuesday from the hospital.",
    )
    .with_date(jiff::civil::date(2014, 8, 27));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    let when = ev.when.expect("a date");
    assert_eq!(when.start, jiff::civil::date(2014, 8, 23), "{when:?}");
}

/// A part of a group told before with a predicate of its own counts that measure: `Five people
/// were shot ... One of them died` is one killed and four hurt, `Two of the victims died` two
/// killed; a part hurt is some of the hurt (`Two of the victims remain in critical condition`),
/// and a part with no predicate of harm is still no toll (`43 of the dead were men`).
/// People treated for wounds are hurt (`Two others were treated for gunshot wounds and
/// released`).
#[test]
fn a_part_of_the_people_shot_who_died_is_counted() {
    let values = |text: &str| {
        let doc = Document::new("p", text).with_date(jiff::civil::date(2017, 2, 16));
        let found = detect_doc(&doc);
        let ev = main_event(&found);
        (article_value(ev, "killed"), article_value(ev, "injured"))
    };
    assert_eq!(
        values(
            "Five people were shot in Dayton on Sunday night. One of them died at the hospital."
        ),
        (Some(1.0), Some(4.0))
    );
    assert_eq!(
        values("Four people were shot outside a bar on Sunday. Two of the victims died."),
        (Some(2.0), Some(2.0))
    );
    assert_eq!(
        values(
            "A man was killed in a shooting on Sunday. Two others were treated for gunshot \
             wounds and released."
        ),
        (Some(1.0), Some(2.0))
    );
    // a part hurt is some of the hurt, not their count
    assert_eq!(
        values("Four people were shot on Sunday. Two of the victims remain in critical condition."),
        (None, Some(4.0))
    );
    let figs = main_figures(
        "A suicide bomber killed 75 people at a shrine in Sehwan on Thursday. Officials said 43 \
         of the dead were men.",
    );
    assert!(!figs.iter().any(|(_, v)| *v == 43.0), "{figs:?}");
}

/// People counted as charged, in custody or wanted are suspects, not a toll, even when their
/// sentence names a death (`Four people have been charged in the death of a student`, `Two
/// people are in custody in connection to a shooting which killed a 3-year-old girl`).
#[test]
fn suspects_are_not_the_toll() {
    for text in [
        "Four people have been charged in the death of a high school student in a shooting on \
         Sunday.",
        "Police said two people are in custody in connection to a shooting which killed a \
         3-year-old girl on Sunday.",
        "Two men wanted in connection with the shooting death of a 5-year-old are now in custody.",
    ] {
        let figs = main_figures(text);
        assert!(
            !figs.iter().any(|(m, v)| m == "killed" && *v > 1.0),
            "{text}: {figs:?}"
        );
    }
    // a count of the dead still counts
    let figs = main_figures("Two people were killed in a shooting on Sunday.");
    assert!(figs.contains(&("killed".to_owned(), 2.0)), "{figs:?}");
}

/// The people found hurt are the people hit (`found two men wounded`): one pronounced dead
/// after is one of them, so one lived (was 2 injured and 1 killed).
#[test]
fn people_found_hurt_are_the_people_hit() {
    let doc = Document::new(
        "p",
        "Officers responding to a call about a shooting on Tuesday found two 19-year-olds \
         wounded. One of them was taken to the hospital, where he was pronounced dead a short \
         time later.",
    )
    .with_date(jiff::civil::date(2017, 2, 16));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "shot"), Some(2.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "killed"), Some(1.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "injured"), Some(1.0), "{:?}", ev.figures);
    // found hurt with no one dead: all of them hurt
    let figs = main_figures("Police found three men wounded in a shooting on Sunday.");
    assert!(figs.contains(&("shot".to_owned(), 3.0)), "{figs:?}");
}

/// `shot to death` after a count is a count of the dead, like `shot dead`; the whole a part is
/// taken from does not take the part's predicate (`four of the five victims were shot to
/// death` is no toll of five dead).
#[test]
fn shot_to_death_counts_the_dead() {
    let figs = main_figures("Three people were shot to death at a home in a suburb on Sunday.");
    assert!(figs.contains(&("killed".to_owned(), 3.0)), "{figs:?}");
    assert!(!figs.iter().any(|(m, _)| m == "shot"), "{figs:?}");
    let figs = main_figures(
        "Police found the bodies at a home on Sunday, and say four of the five victims were shot \
         to death.",
    );
    assert!(
        !figs.iter().any(|(m, v)| m == "killed" && *v == 5.0),
        "{figs:?}"
    );
}

/// `N other victims` of a shooting are victims besides those told, who lived (`A shooting left
/// one man dead. Police said five other victims showed up at the hospital`: 5 injured; was no
/// count, as the rest of a group with no predicate of harm).
#[test]
fn other_victims_of_a_shooting_are_the_hurt() {
    let figs = main_figures(
        "A shooting outside a bar on Sunday left one man dead. Police said five other victims \
         showed up at the hospital.",
    );
    assert!(figs.contains(&("injured".to_owned(), 5.0)), "{figs:?}");
    let figs = main_figures(
        "Officers arrived to find two men with gunshot wounds after a shooting on Sunday. Two \
         other gunshot victims arrived at the hospital via personal vehicles.",
    );
    assert!(figs.contains(&("injured".to_owned(), 2.0)), "{figs:?}");
}

/// A subject before `had` is the subject of a wound told after `with` (`Police later learned
/// that a man had arrived at a hospital with a gunshot wound`: 1 injured; was none, as only
/// `has` and the passive auxiliaries opened the first clause).
#[test]
fn a_subject_before_had_arrived_with_a_wound_is_hurt() {
    let figs = main_figures(
        "Police were called to a shooting on Sunday. Police later learned that a man had arrived \
         at a regional hospital with a gunshot wound.",
    );
    assert!(figs.contains(&("injured".to_owned(), 1.0)), "{figs:?}");
}

/// A name in apposition after the person it names (`the mother, Talisaha Powell, was taken to
/// the hospital`) is that one person (was no reading: the comma ended the subject).
#[test]
fn a_name_in_apposition_is_its_person() {
    let figs = main_figures(
        "A father shot his daughter and then himself at their home on Sunday. Police say the \
         mother, Talisaha Powell, was taken to the hospital from the scene of the shooting.",
    );
    assert!(figs.contains(&("injured".to_owned(), 1.0)), "{figs:?}");
}

/// One more person hit after a count of the dead (`Three people were killed ... the woman's
/// boyfriend was also shot`) is one more hit, who lived: 1 injured (was 1 shot, counted among
/// the three dead).
#[test]
fn one_more_hit_after_the_dead_lived() {
    let doc = Document::new(
        "p",
        "Three people were killed in a shooting at a home on Sunday. Smith says the woman's \
         23-year-old boyfriend was also shot in his leg.",
    )
    .with_date(jiff::civil::date(2017, 2, 16));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "killed"), Some(3.0), "{:?}", ev.figures);
    assert_eq!(article_value(ev, "injured"), Some(1.0), "{:?}", ev.figures);
}

/// `N others were also shot` after the dead of an earlier sentence are the hurt beyond them
/// (`Police believe he shot and killed a woman and her daughter. Three others were also
/// shot`: 3 injured; was 3 shot, less the 2 dead).
#[test]
fn others_also_shot_after_the_dead_lived() {
    let doc = Document::new(
        "p",
        "Police believe the gunman shot and killed a woman and her daughter on Sunday night. \
         Three others were also shot and left in critical condition.",
    )
    .with_date(jiff::civil::date(2017, 2, 16));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "injured"), Some(3.0), "{:?}", ev.figures);
}

/// The headline tells the article's main happening: the event whose text gives a count of the
/// title is main, before an older shooting told victim by victim with more figures.
#[test]
fn the_event_that_tells_the_title_is_main() {
    let mut doc = Document::new(
        "p",
        "A man was killed and four other people were seriously wounded in a neighborhood \
         shooting Monday night on the South Side. The group was standing in a front yard when \
         another group walked up and started shooting, police said.\n\n\
         Last year, four men were wounded in a shooting on the same block. A 24-year-old was \
         shot repeatedly; a 25-year-old was shot in the buttocks; a 19-year-old was shot in the \
         leg; and a 25-year-old was shot in the back. None of the injuries were \
         life-threatening. Less than a week later, two teenage boys were shot on the same \
         block. A 12-year-old boy was shot in the leg and a 15-year-old boy was shot in the \
         buttocks.",
    )
    .with_date(jiff::civil::date(2016, 10, 18));
    doc.meta.title = Some("Man killed, 4 wounded in South Side shooting".into());
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "killed"), Some(1.0), "{:?}", ev.figures);
    assert_eq!(ev.when.unwrap().start, jiff::civil::date(2016, 10, 17));
}

/// A count dated by its own clause (`after 45 people were killed in July`) is dated by that
/// date, not by the first date of its sentence (`the first weekend in August`): another
/// happening's, not the toll of this Sunday's shooting.
#[test]
fn a_count_dated_by_its_own_clause() {
    let doc = Document::new(
        "p",
        "Seven people were shot in a single incident overnight on Sunday, police said. The \
         homicide was the second of the first weekend in August after 45 people were killed in \
         July.",
    )
    .with_date(jiff::civil::date(2015, 8, 2));
    let found = detect_doc(&doc);
    let ev = main_event(&found);
    assert_eq!(article_value(ev, "killed"), None, "{:?}", ev.figures);
    assert_eq!(article_value(ev, "injured"), Some(7.0), "{:?}", ev.figures);
}

/// `a year earlier`, `a year ago` date another happening: a sentence with them still counts
/// (`four other people ... were seriously wounded ... the scene of a similar mass shooting just
/// over a year earlier`); `a year` as a rate stays an aggregate.
#[test]
fn a_year_earlier_is_a_time_not_an_aggregate() {
    let figs = main_figures(
        "A man was killed and four other people were seriously wounded in a shooting Monday \
         night on a block that was the scene of a similar mass shooting just over a year earlier.",
    );
    assert!(figs.contains(&("injured".to_owned(), 4.0)), "{figs:?}");
    let figs = main_figures(
        "A man was shot on Monday in Dayton. About 500 people are shot a year in the city.",
    );
    assert!(!figs.iter().any(|(_, v)| *v == 500.0), "{figs:?}");
}

/// One taken to a hospital whose death the next sentence tells is that dead person, not one
/// more hurt; a death of another (`Another man died`) leaves the hurt one.
#[test]
fn one_taken_to_a_hospital_who_died_next_is_not_hurt() {
    let figs = main_figures(
        "A woman was shot in Tulsa on Monday. Paramedics transported the 26-year-old mother to \
         a Tulsa hospital in grave condition. She was later pronounced dead.",
    );
    assert!(!figs.iter().any(|(m, _)| m == "injured"), "{figs:?}");
    let figs = main_figures(
        "A man was shot in Tulsa on Monday. Paramedics took the man to a hospital. Another man \
         died at the scene.",
    );
    assert!(figs.contains(&("injured".to_owned(), 1.0)), "{figs:?}");
}

/// A sentence dated by a month or a year away from its event tells another happening: no
/// implicit count of the event (`Brandt passed away in 1992`, `Scalia died a year ago`); a
/// later death dated by a weekday stays (`He died in hospital on Tuesday`).
#[test]
fn a_sentence_dated_a_year_away_counts_no_one_of_the_event() {
    let figs = main_figures(
        "A man was shot in Dayton on Monday. The mayor recalled that Brandt passed away in 1992.",
    );
    assert!(!figs.iter().any(|(m, _)| m == "killed"), "{figs:?}");
    let figs = main_figures("A man was shot in Dayton on Monday. He died in hospital on Tuesday.");
    assert!(figs.contains(&("killed".to_owned(), 1.0)), "{figs:?}");
}
