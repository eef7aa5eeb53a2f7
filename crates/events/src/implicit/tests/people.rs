//! Tests of how people are told: lists of names, people named in turn, a new person after
//! `while`, the ages of a group between its count and its predicate.

use super::*;

/// A list of names before a predicate counts each name, whether the tagger found it or not,
/// once it found one of them (`Thomas, Demereay Doe` tagged as one name, `Avis` missed).
#[test]
fn a_list_of_names_counts_each_name() {
    let with_names = |s: &str, names: &[&str]| {
        let seg = segment(s);
        let persons: Vec<Span> = names
            .iter()
            .map(|n| {
                let at = s.find(n).unwrap();
                Span::new(at, at + n.len())
            })
            .collect();
        let mut out = Vec::new();
        implicit_counts(s, &seg.tokens, &persons, &[], &mut out);
        out.into_iter()
            .map(|r| (r.measure, r.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        with_names(
            "Ralph Robinson, Shekirrah Thomas, Demereay Doe, and Bryant Turner all suffered injuries.",
            &["Ralph Robinson", "Thomas, Demereay Doe", "Bryant Turner"]
        ),
        vec![("injured", 4.0)]
    );
    assert_eq!(
        with_names(
            "Avis, Mary Lynette Spann and Figueroa were shot in the upper torso area.",
            &["Avis", "Mary Lynette Spann"]
        ),
        vec![("shot", 3.0)]
    );
    assert_eq!(
        with_names(
            "Aijaholn Tisdale, 19, Leroy Shaw, 15, and Tamir Hamilton, 19, were injured.",
            &["Leroy Shaw"]
        ),
        vec![("injured", 3.0)]
    );
    // two names are the pair reading; places are no list of people
    assert_eq!(
        with_names(
            "John Smith and Jane Doe were shot.",
            &["John Smith", "Jane Doe"]
        ),
        vec![("shot", 2.0)]
    );
    assert!(with_names("Dayton, Kettering and Centerville were hit by storms.", &[]).is_empty());
}

/// One hit named in turn tells at least that many were hit (`victims`), as `a fifth victim`
/// does: `an 8th teen was injured`, `a fifth person may have been wounded`.
#[test]
fn one_hit_named_in_turn_tells_how_many_were_hit() {
    let got = read("Police now say an 8th teen was injured in a weekend shooting.");
    assert!(got.contains(&("victims".into(), 8.0, "an 8th teen was injured".into())));
    let got = read("Four people were shot, and a fifth person may have been wounded, too.");
    assert!(got.contains(&(
        "victims".into(),
        5.0,
        "a fifth person may have been wounded".into()
    )));
    let got = read("A second man was shot in the leg.");
    assert!(got.contains(&("victims".into(), 2.0, "A second man was shot".into())));
    // the dead named in turn stay all the dead so far, with no `victims` reading
    assert_eq!(
        read("A third person has died."),
        vec![("killed".into(), 3.0, "A third person has died".into())]
    );
}

/// A new person told after `while` is someone else than the people hit before it in the
/// sentence: one more (`adds`); not a pronoun, nor a person of another measure.
#[test]
fn a_new_person_after_while_adds_to_the_sentence() {
    assert_eq!(
        adds("A man and a woman were shot in the torso, while a teenager was shot in the arm."),
        vec![("shot", 2.0, false), ("shot", 1.0, true)]
    );
    assert_eq!(
        adds("A man was shot in the torso, while he was shot in the arm."),
        vec![("shot", 1.0, false), ("shot", 1.0, false)]
    );
    // one more hit after the dead (summed with them: one alive)
    assert_eq!(
        adds("A man was killed while a woman was shot."),
        vec![("killed", 1.0, false), ("shot", 1.0, true)]
    );
    assert_eq!(
        adds("A man was killed while a woman was wounded."),
        vec![("killed", 1.0, false), ("injured", 1.0, false)]
    );
}

/// The ages of a group between its count and its predicate are read over, with commas or
/// without (`Three other people ranging from their mid-teens to early 20s were treated at a
/// hospital and released`, `Two men, ages 28 and 22, were wounded`).
#[test]
fn the_ages_of_a_group_are_read_over_to_its_predicate() {
    assert_eq!(
        m(
            "Three other people ranging from their mid-teens to early 20s were treated at a hospital."
        ),
        Some("injured")
    );
    assert_eq!(m("Two men, ages 28 and 22, were wounded."), Some("injured"));
    assert_eq!(
        m("Four boys between ages 12 and 16 were wounded."),
        Some("injured")
    );
    assert_eq!(
        m("fifteen people, between the ages of 11 and 25, were shot."),
        Some("shot")
    );
    // not past a clause of its own
    assert_eq!(
        m("Four boys between ages 12 and 16, police said, were wounded."),
        None
    );
}

/// The object of an active verb that takes someone to a hospital is hurt (`Paramedics took the
/// man, with a gunshot wound in the chest, to a hospital`, `a friend drove him to the
/// hospital`); a hospital may be named (`HSHS St. Anthony's Memorial Hospital`, `Advocate
/// Christ Medical Center`).
#[test]
fn someone_taken_to_a_hospital_by_others_is_hurt() {
    let got = read(
        "Paramedics took the man, with a gunshot wound in the chest, to a hospital for a \
         non-life threatening injury.",
    );
    assert_eq!(got, vec![("injured".into(), 1.0, "took the man".into())]);
    let got = read("A friend drove him to the hospital.");
    assert_eq!(got, vec![("injured".into(), 1.0, "drove him".into())]);
    let got =
        read("A juvenile male was taken to HSHS St. Anthony's Memorial Hospital in Effingham.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("The man was taken to Advocate Christ Medical Center.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(read("Police took the man to the ground.").is_empty());
    // for observation, or unhurt: no harm
    assert!(
        read("The child was uninjured but was taken to a nearby hospital for observation.")
            .is_empty()
    );
    assert!(read("He was taken to Roseland Community Hospital for observation.").is_empty());
    let got = read("A friend drove him to the hospital, where he died.");
    assert!(!got.iter().any(|r| r.0 == "injured"), "{got:?}");
}

/// `passed away` is a death, and makes its sentence one of death (`was taken to the Midtown
/// Medical Center where she passed away`: no one hurt).
#[test]
fn passed_away_is_a_death() {
    let got = read("Nelson was taken to the Midtown Medical Center where she passed away.");
    assert_eq!(got, vec![("killed".into(), 1.0, "she passed".into())]);
    assert!(read("The storm passed over the town.").is_empty());
}

/// A count taken to a hospital is of people hit, some of whom may have died (`Two teens were
/// taken to a local hospital`: shot); a new person after `and` is one more of the sentence
/// (`A woman was shot in the arm and a man was shot in the leg`: two).
#[test]
fn a_count_taken_to_a_hospital_and_a_new_person_after_and() {
    assert_eq!(m("Two teens were taken to a local hospital."), Some("shot"));
    assert_eq!(m("Two teens were taken into custody."), None);
    assert_eq!(
        adds("A woman was shot in the arm and a man was shot in the leg."),
        vec![("shot", 1.0, false), ("shot", 1.0, true)]
    );
    assert_eq!(
        adds("A man and a woman were shot."),
        vec![("shot", 2.0, false)]
    );
}

/// The subject of a verb of arriving before `with` a wound is hurt (`A 20-year-old man showed
/// up at a hospital with a gunshot wound`), read once per `with` (`... with a gunshot wound
/// and her wound is believed to be related`).
#[test]
fn one_who_arrived_with_a_wound_is_hurt_once() {
    assert_eq!(
        read("A 20-year-old man showed up at a hospital with a gunshot wound."),
        vec![(
            "injured".into(),
            1.0,
            "A 20-year-old man showed up at a hospital with a gunshot wound".into()
        )]
    );
    let got = read(
        "Another woman later showed up at the hospital with a gunshot wound and her wound is \
         believed to be related.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}
