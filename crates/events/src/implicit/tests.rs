//! Tests of the implicit-count reader: sentences, headlines and the words around written
//! numbers.

use super::*;
use reckon_text::segment;

/// The readings `implicit_counts` makes of `s`, with no names or claims known.
fn readings(s: &str) -> Vec<Reading> {
    let seg = segment(s);
    let mut out = Vec::new();
    implicit_counts(s, &seg.tokens, &[], &[], &mut out);
    out
}

/// Measure, value and evidence of each reading of `s`.
fn read(s: &str) -> Vec<(String, f64, String)> {
    readings(s)
        .into_iter()
        .map(|r| {
            (
                r.measure.to_owned(),
                r.value,
                r.evidence.slice(s).to_owned(),
            )
        })
        .collect()
}

/// The (measure, value) pairs of what `read` finds in `s`.
fn measures(s: &str) -> Vec<(String, f64)> {
    read(s).into_iter().map(|(m, v, _)| (m, v)).collect()
}

/// Measure, value and whether each reading of `s` adds to the ones before.
fn adds(s: &str) -> Vec<(&'static str, f64, bool)> {
    readings(s)
        .into_iter()
        .map(|r| (r.measure, r.value, r.adds))
        .collect()
}

/// The measure of the predicate after the first token of `s` (its count).
fn m(s: &str) -> Option<&'static str> {
    let seg = segment(s);
    measure_after(s, &seg.tokens[1..])
}

/// The (measure, value) pairs `headline_counts` reads from a title.
fn headline(t: &str) -> Vec<(&'static str, f64)> {
    let mut out = Vec::new();
    headline_counts(t, &mut out);
    out.into_iter().map(|r| (r.measure, r.value)).collect()
}

#[test]
fn a_shot_and_killed_teenager_is_one_killed() {
    assert_eq!(
        read("A 17-year-old was shot and killed Sunday night."),
        vec![(
            "killed".into(),
            1.0,
            "A 17-year-old was shot and killed".into()
        )]
    );
}

#[test]
fn a_man_and_a_woman_wounded_are_two_injured() {
    assert_eq!(
        read("A man and a woman were wounded."),
        vec![(
            "injured".into(),
            2.0,
            "A man and a woman were wounded".into()
        )]
    );
}

#[test]
fn a_wounded_woman_who_died_is_one_killed_not_injured() {
    let got = read("Police said one wounded woman died at the hospital.");
    assert_eq!(
        got,
        vec![("killed".into(), 1.0, "one wounded woman died".into())]
    );
}

#[test]
fn the_object_of_an_active_killing_is_counted() {
    let got = read("A gunman shot and killed a teenager outside the store.");
    assert_eq!(
        got,
        vec![("killed".into(), 1.0, "killed a teenager".into())]
    );
}

#[test]
fn objects_of_active_verbs_are_counted() {
    assert_eq!(
        read("His brother accidentally shot him in the foot."),
        vec![("shot".into(), 1.0, "shot him".into())]
    );
    assert_eq!(
        read("A deputy's gun discharged, injuring his child."),
        vec![("injured".into(), 1.0, "injuring his child".into())]
    );
    assert_eq!(
        read("A shooting that injured a 22-month-old girl."),
        vec![("injured".into(), 1.0, "injured a 22-month-old girl".into())]
    );
    assert_eq!(read("She shot her son.")[0].2, "shot her son");
    assert!(read("He injured his leg.").is_empty());
    assert!(read("Three wounded men were taken away.").is_empty());
}

#[test]
fn a_lone_one_is_one_person() {
    assert_eq!(
        read("It was a shooting that killed one and injured three others."),
        vec![("killed".into(), 1.0, "killed one".into())]
    );
    assert_eq!(
        read("One was killed in the crash."),
        vec![("killed".into(), 1.0, "One was killed".into())]
    );
    assert!(read("No one was hurt in the shooting.").is_empty());
    assert!(read("He killed one of the dogs.").is_empty());
}

#[test]
fn both_of_a_plural_is_two() {
    assert_eq!(
        read("Both men inside the Honda were killed."),
        vec![(
            "killed".into(),
            2.0,
            "Both men inside the Honda were killed".into()
        )]
    );
    assert_eq!(
        read("The gunman shot both women."),
        vec![("shot".into(), 2.0, "shot both women".into())]
    );
    assert!(read("Men inside the Honda were killed.").is_empty());
}

#[test]
fn a_participle_after_its_subject_counts_it() {
    assert_eq!(
        read("A toddler wounded in an accidental shooting is expected to survive."),
        vec![("injured".into(), 1.0, "A toddler wounded".into())]
    );
    assert_eq!(
        read("The man shot by police was armed."),
        vec![("shot".into(), 1.0, "The man shot".into())]
    );
    // aimed at, not hit; and an active verb with its object
    assert!(read("A gunman shot at the crowd.").is_empty());
}

#[test]
fn people_added_to_ones_before_are_marked() {
    let adds = |s: &str| -> Vec<(f64, bool)> {
        readings(s).into_iter().map(|r| (r.value, r.adds)).collect()
    };
    assert_eq!(adds("Another man was shot in the arm."), vec![(1.0, true)]);
    // one more injured; and, named in turn, at least two victims so far (the `victims` measure)
    assert_eq!(
        adds("A second victim was wounded."),
        vec![(2.0, false), (1.0, true)]
    );
    assert_eq!(adds("A 39-year-old man was also shot."), vec![(1.0, true)]);
    // the same person again, and a first victim
    assert_eq!(adds("He was also shot in the arm."), vec![(1.0, false)]);
    assert_eq!(adds("A 5-year-old shot another boy."), vec![(1.0, false)]);
    assert_eq!(
        adds("It was a shooting that also injured a woman."),
        vec![(1.0, true)]
    );
    assert_eq!(
        adds("A 28-year-old woman also suffered a gunshot wound."),
        vec![(1.0, true)]
    );
    assert_eq!(adds("A man was shot in the arm."), vec![(1.0, false)]);
}

#[test]
fn a_murder_suicide_counts_the_shooter() {
    let killed = |s: &str| -> Vec<f64> {
        read(s)
            .into_iter()
            .filter(|r| r.0 == "killed")
            .map(|r| r.1)
            .collect()
    };
    // the daughter, then the sentence's dead and the shooter
    assert_eq!(
        killed("A man shot his 7-year-old daughter to death and then killed himself."),
        vec![1.0, 2.0]
    );
    assert_eq!(
        killed("The boy shot his brother to death and then committed suicide."),
        vec![1.0, 2.0]
    );
    assert_eq!(
        killed("The gunman fired at a crowd before turning the gun on himself."),
        vec![1.0]
    );
    assert_eq!(killed("The woman took her own life."), vec![1.0]);
    // a headline leaves the pronoun out
    let mut out = Vec::new();
    headline_counts("Student Takes Own Life In Parking Lot", &mut out);
    assert_eq!(
        out.iter().map(|r| (r.measure, r.value)).collect::<Vec<_>>(),
        vec![("killed", 1.0)]
    );
    // surrendering is no death
    assert!(killed("The shooter later turned himself in.").is_empty());
}

#[test]
fn the_deaths_of_people_named_one_by_one_are_counted() {
    let got = read("Police investigate the deaths of an adult and a child as a murder-suicide.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1), ("killed", 2.0));
    // one person is `the death of`, not `the deaths of`
    assert!(read("Police investigate the deaths of a man.").is_empty());
}

#[test]
fn a_plural_without_number_is_not_guessed() {
    assert!(read("Several people were wounded.").is_empty());
}

#[test]
fn a_second_predicate_takes_the_clause_subject() {
    let got = read("A man was shot in the head and was pronounced dead at the scene.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "killed");
    assert_eq!(got[1].1, 1.0);
}

#[test]
fn shot_to_death_and_adverbs() {
    assert_eq!(read("A woman was shot to death.")[0].0, "killed");
    assert_eq!(read("The boy was accidentally shot.")[0].1, 1.0);
}

#[test]
fn subjects_far_from_their_predicate() {
    assert_eq!(
        read("A 3-year-old girl is recovering at a hospital after being shot.")[0].1,
        1.0
    );
    assert_eq!(
        read("An off-duty trooper with the state police was shot.")[0].1,
        1.0
    );
    assert_eq!(read("The boy accidentally shot himself.")[0].1, 1.0);
}

#[test]
fn the_death_of_someone_is_one_killed() {
    assert_eq!(
        read("He was charged in the shooting death of a teenager.")[0].0,
        "killed"
    );
    assert_eq!(read("Doctors pronounced him dead at a hospital.")[0].1, 1.0);
    let got = read("Police found a 15-year-old boy, who had been shot in the head and died.");
    assert!(got.iter().any(|r| r.0 == "killed" && r.1 == 1.0), "{got:?}");
}

#[test]
fn critical_condition_is_injured() {
    assert_eq!(read("A man is in critical condition.")[0].0, "injured");
    let seg = segment("Two are in critical condition.");
    assert_eq!(
        measure_after("Two are in critical condition.", &seg.tokens[1..]),
        Some("injured")
    );
    assert!(read("He spoke on condition of anonymity.").is_empty());
}

#[test]
fn a_subject_taken_away_with_injuries_is_injured() {
    let got = read("The victim was taken to a hospital with non-life-threatening injuries.");
    assert_eq!(
        got,
        vec![(
            "injured".into(),
            1.0,
            "The victim was taken to a hospital with non-life-threatening injuries".into()
        )]
    );
    assert_eq!(
        read("A woman suffered a gunshot wound to the leg.")[0].1,
        1.0
    );
    assert_eq!(
        read("The child suffered a self-inflicted gunshot wound.")[0].1,
        1.0
    );
    assert!(
        read("A man died of his wounds.")
            .iter()
            .all(|r| r.0 == "killed")
    );
}

#[test]
fn fatally_shot_is_killed() {
    assert_eq!(
        read("He was fatally shot."),
        vec![("killed".into(), 1.0, "He was fatally shot".into())]
    );
}

#[test]
fn a_verb_before_a_number_gives_its_measure() {
    // the quantity is the token at `at`
    let m = |s: &str, at: usize| {
        let seg = segment(s);
        measure_before(s, &seg.tokens[..at], &seg.tokens[at + 1..])
    };
    let s = "killing four people and critically wounding two others";
    assert_eq!(m(s, 1), Some("killed"));
    assert_eq!(m(s, 6), Some("injured"));
    assert_eq!(
        m("a shooting that killed one and injured three", 4),
        Some("killed")
    );
    assert_eq!(
        m("a shooting that killed one and injured three", 7),
        Some("injured")
    );
    assert_eq!(m("he shot four people", 2), Some("shot"));
    assert_eq!(m("fatally wounding two", 2), Some("killed"));
    assert_eq!(m("he was shot 3 times", 3), None, "times counts no people");
    assert_eq!(m("the man was killed 2 days ago", 4), None, "passive");
    assert_eq!(m("police found 3 guns", 2), None, "no predicate");
}

#[test]
fn counts_in_a_title() {
    let read = |t: &str| -> Vec<(&str, f64, String)> {
        title_counts(t)
            .into_iter()
            .map(|r| (r.measure, r.value, r.evidence.slice(t).to_owned()))
            .collect()
    };
    assert_eq!(
        read("2 dead, 3 injured in shooting outside club"),
        vec![("killed", 2.0, "2".into()), ("injured", 3.0, "3".into())]
    );
    assert_eq!(
        read("Four people dead in apparent murder-suicide"),
        vec![("killed", 4.0, "Four".into())]
    );
    assert_eq!(
        read("2 adults, 2 children killed in murder-suicide"),
        vec![("killed", 4.0, "2".into())]
    );
    assert!(read("Boy, 3, Shot in Head in West Garfield Park Home").is_empty());
    assert!(read("Two arrested following deadly shooting").is_empty());
    assert!(read("Man gets 55 years for shooting").is_empty());
}

#[test]
fn a_headline_verb_before_a_count_gives_its_measure() {
    let got = |t: &str| -> Vec<(&str, f64)> {
        title_counts(t)
            .into_iter()
            .map(|r| (r.measure, r.value))
            .collect()
    };
    assert_eq!(
        got("Austin Shooting Wounds 4 Boys, Police Say"),
        vec![("injured", 4.0)]
    );
    assert_eq!(got("Shooting kills 2 in Dayton"), vec![("killed", 2.0)]);
    assert_eq!(
        got("2 critically wounded in shooting of five in Fruitridge area"),
        vec![("injured", 2.0), ("shot", 5.0)]
    );
    assert!(got("Man shot 3 times in Dayton").is_empty());
    assert_eq!(
        got("Man, 3 girls shot in southeast DC"),
        vec![("shot", 4.0)]
    );
    // several happenings counted together
    assert!(got("6 Hurt in 2 Downtown Minneapolis Shootings, Suspect Arrested").is_empty());
    assert!(got("Bloody Fourth of July: 20 shot in 12 incidents across the city").is_empty());
    assert_eq!(
        got("1 dead, 4 injured in series of shootings"),
        vec![("killed", 1.0), ("injured", 4.0)]
    );
}

#[test]
fn a_headline_names_people_without_determiners() {
    assert_eq!(
        headline("Man fatally shoots girl, injures boy in Columbus"),
        vec![("killed", 1.0), ("injured", 1.0)]
    );
    assert_eq!(
        headline("Teen girl shot during family gathering"),
        vec![("shot", 1.0)]
    );
    assert_eq!(
        headline("4-year-old boy, woman shot in Woodlawn"),
        vec![("shot", 2.0)]
    );
    assert_eq!(
        headline("90-year-old man accidentally shot to death by stepson"),
        vec![("killed", 1.0)]
    );
    assert_eq!(
        headline("Officer shot, suspect killed in shootout"),
        vec![("shot", 1.0), ("killed", 1.0)]
    );
    assert_eq!(
        headline("Man shoots self in hand; arrest follows"),
        vec![("shot", 1.0)]
    );
    // no people named, and a plural is never guessed
    assert!(headline("Shots fired near school").is_empty());
    assert!(headline("Officers shot at in standoff").is_empty());
    // in a sentence of text, a bare noun is no count
    assert!(read("Girl shot during family gathering.").is_empty());
}

#[test]
fn a_group_joined_before_a_count_is_added() {
    let j = |s: &str, at: usize| {
        let seg = segment(s);
        joined_before(s, &seg.tokens[..at])
    };
    assert_eq!(j("three men and three women injured", 3), Some(3.0));
    assert_eq!(j("2 adults, 2 children killed", 3), Some(2.0));
    assert_eq!(j("ages 3 and 5 were shot", 3), None, "no people noun");
    assert_eq!(j("the men and three women injured", 3), None, "no number");
    let seg = segment("three men and three women injured");
    assert!(joins_next(
        "three men and three women injured",
        &seg.tokens[1..]
    ));
    assert!(!joins_next("three men and a woman", &seg.tokens[1..2]));
}

#[test]
fn a_number_shot_at_is_not_hit() {
    let at = |s: &str, k: usize| aimed_at(s, &segment(s).tokens[..k]);
    assert!(at("a man shot at twelve people", 4));
    assert!(at("he fired at two men", 3));
    assert!(!at("he shot two men", 2));
}

#[test]
fn a_count_sent_to_the_hospital_is_injured() {
    assert_eq!(m("three others to the hospital"), Some("injured"));
    assert_eq!(m("three others in the hospital"), Some("injured"));
    assert_eq!(m("two people to area hospitals"), Some("injured"));
    assert_eq!(m("three to the store"), None);
}

#[test]
fn words_after_a_number_give_its_measure() {
    assert_eq!(m("Five people were shot."), Some("shot"));
    assert_eq!(m("two of those men died."), Some("killed"));
    assert_eq!(m("four were wounded"), Some("injured"));
    assert_eq!(m("three cars were parked"), None);
    // a parenthesis between dashes is read over
    assert_eq!(
        m("Two people -- including a 1-year-old boy -- were wounded."),
        Some("injured")
    );
    assert_eq!(m("Two people -- police said."), None);
    // so is one between commas that opens with `including`
    assert_eq!(
        m("four other people, including a 13-year-old boy, were seriously wounded"),
        Some("injured")
    );
    assert_eq!(m("four other people, police said, were wounded"), None);
    // a plural of a person noun is read over like `people`
    assert_eq!(m("two sons dead in the home"), Some("killed"));
    assert_eq!(m("three students were wounded"), Some("injured"));
}

#[test]
fn another_after_and_is_one_more_person() {
    let got = read("Officers found one man dead and another wounded.");
    assert!(
        got.contains(&("injured".into(), 1.0, "another wounded".into())),
        "{got:?}"
    );
    let got = read("Three people are dead and another hospitalized after a shooting.");
    assert!(
        got.contains(&("injured".into(), 1.0, "another hospitalized".into())),
        "{got:?}"
    );
    // `another` before a noun is read as before (a determiner)
    let got = read("Another man was wounded.");
    assert_eq!(
        got,
        vec![("injured".into(), 1.0, "Another man was wounded".into())]
    );
}

#[test]
fn suffering_from_or_treated_for_a_wound_is_injured() {
    let got =
        read("At a third location they discovered another man suffering from gunshot wounds.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1), ("injured", 1.0));
    let got = read("A woman was treated for a gunshot wound to the arm.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1), ("injured", 1.0));
}

#[test]
fn one_person_joined_before_a_count_is_added() {
    let before = |s: &str| {
        let toks = reckon_text::tokenize(s);
        person_before(s, &toks)
    };
    assert_eq!(before("A six-year-old and"), Some(1.0));
    assert_eq!(before("Police said a woman and"), Some(1.0));
    // the object of a verb before it is another group than the count's subject
    assert_eq!(before("A gunman killed a man and"), None);
    // a plural or no determiner: nothing to add
    assert_eq!(before("Two men and"), None);
    assert_eq!(before("the man and"), None);
}

#[test]
fn a_victim_found_suffering_is_not_read_unless_added() {
    // often the victim who died
    let got = read("Officers found Kennon Daniels suffering from a gunshot wound.");
    assert!(got.is_empty(), "{got:?}");
    let got = read("A 12-year-old is recovering after suffering from a gunshot wound.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn struck_and_killed_is_one_killed() {
    assert_eq!(
        read("The 5-year-old victim was struck and killed."),
        vec![(
            "killed".into(),
            1.0,
            "The 5-year-old victim was struck and killed".into()
        )]
    );
}

#[test]
fn a_participle_pair_after_its_subject_counts_it() {
    assert_eq!(
        read("A man accidentally shot and killed by his brother was 30."),
        vec![(
            "killed".into(),
            1.0,
            "A man accidentally shot and killed".into()
        )]
    );
    assert_eq!(
        headline("Man accidentally shot and killed by brother while hunting"),
        vec![("killed", 1.0)]
    );
}

#[test]
fn a_victim_named_in_turn_counts_the_victims_so_far() {
    // (and, driving herself to a hospital, one hurt: session 16)
    assert_eq!(
        read("A fourth victim drove herself to a hospital."),
        vec![
            ("victims".into(), 4.0, "A fourth victim".into()),
            (
                "injured".into(),
                1.0,
                "A fourth victim drove herself".into()
            )
        ]
    );
    assert_eq!(
        read("An 8th gunshot victim showed up at the police station."),
        vec![("victims".into(), 8.0, "An 8th gunshot victim".into())]
    );
    // no ordinal, or no victim: no victims (the one at a hospital is hurt)
    assert_eq!(
        read("The victim drove herself to a hospital."),
        vec![("injured".into(), 1.0, "The victim drove herself".into())]
    );
    assert!(read("A second man was arrested.").is_empty());
}

#[test]
fn another_after_a_comma_in_a_headline_is_one_more_person() {
    assert_eq!(
        headline("Teen Killed, Another Wounded in St. Paul Shooting"),
        vec![("killed", 1.0), ("injured", 1.0)]
    );
    // in a sentence of text a comma is no elided clause
    assert!(read("Police arrested one man, another fled.").is_empty());
}

#[test]
fn the_dead_named_in_turn_are_all_the_dead() {
    assert_eq!(
        read("A third person has died after the shooting."),
        vec![("killed".into(), 3.0, "A third person has died".into())]
    );
    assert_eq!(
        read("Police announced the death of a fifth man on Monday."),
        vec![("killed".into(), 5.0, "death of a fifth man".into())]
    );
}

/// `struck` or `hit` by a bullet is one shot, passive or active; `struck by a car` and `hit the
/// brakes` are nothing, `struck and killed` is the killed of its second verb.
#[test]
fn a_person_struck_by_a_bullet_is_one_shot() {
    let one = vec![("shot".to_owned(), 1.0)];
    assert_eq!(
        measures("A 13-year-old girl was struck by a stray bullet."),
        one
    );
    assert_eq!(measures("The boy was hit by gunfire on Sunday."), one);
    assert_eq!(
        measures("A bullet struck an 11-year-old girl in the car."),
        one
    );
    assert_eq!(
        measures("A woman was struck by a car on Main Street."),
        vec![]
    );
    // a part of the body hit is a person shot
    assert_eq!(measures("A 15-year-old was struck in the leg."), one);
    assert_eq!(
        measures("He was hit in his chest and taken to a hospital."),
        one
    );
    assert_eq!(measures("The storm hit in the afternoon."), vec![]);
    assert_eq!(measures("The driver hit the brakes."), vec![]);
    assert_eq!(
        measures("A man was struck and killed by a bullet."),
        vec![("killed".to_owned(), 1.0)]
    );
}

/// A headline's bare noun of people may follow up to three capitalised words that open it (a
/// place or a school: `Athens man wounded`, `Medina High School student killed`), not a
/// lower-case word (`Family of man killed` names no victim of its own before `man`).
#[test]
fn a_headline_noun_may_follow_a_capitalised_place() {
    assert_eq!(
        headline("Athens man wounded in drive-by shooting"),
        vec![("injured", 1.0)]
    );
    assert_eq!(
        headline("Medina High School student killed in gun accident"),
        vec![("killed", 1.0)]
    );
    assert_eq!(headline("Family of man killed in crash sues city"), vec![]);
    // after the verb that leaves them (`Shooting leaves man dead, teen injured`), and with an age
    // in apposition (`Boy, 5, shot; father charged`)
    assert_eq!(
        headline("Shooting leaves man dead, teen injured"),
        vec![("killed", 1.0), ("injured", 1.0)]
    );
    assert_eq!(
        headline("Boy, 5, shot; father charged"),
        vec![("shot", 1.0)]
    );
}

/// A negated predicate or a subject of no one counts no one (`The driver was not injured`,
/// `but nobody was hurt`, `had not been shot`, `was treated for cuts but suffered no
/// injuries`); the person shot before `but` still counts (`was shot in the hand, but was not
/// fatally wounded` is one shot, not one killed).
#[test]
fn a_negated_predicate_counts_no_one() {
    assert_eq!(read("The driver was not injured."), vec![]);
    assert_eq!(read("Two men in the car with her were not hurt."), vec![]);
    assert_eq!(read("The baby wasn't hurt in the incident."), vec![]);
    assert_eq!(
        read("The children fought with the 82-year-old for a short time but nobody was hurt."),
        vec![]
    );
    assert_eq!(read("No one else was wounded, police said."), vec![]);
    assert_eq!(read("None of the other customers were injured."), vec![]);
    // hurt, but not shot
    assert_eq!(
        read("An eighth man was treated for other wounds, but had not been shot."),
        vec![(
            "injured".into(),
            1.0,
            "An eighth man was treated for other wounds".into()
        )]
    );
    assert_eq!(
        read("A neighbour who ran outside suffered no injuries."),
        vec![]
    );
    assert_eq!(
        read("A 3-year-old child was also shot in the hand, but was not fatally wounded."),
        vec![(
            "shot".into(),
            1.0,
            "A 3-year-old child was also shot".into()
        )]
    );
    assert_eq!(
        read("The other man was injured."),
        vec![("injured".into(), 1.0, "The other man was injured".into())]
    );
}

/// `remains`, `remained` and `listed` stand between a subject and `in ... condition` like an
/// auxiliary (`The victim remains in critical condition`, `He was listed in stable condition`),
/// and a name in apposition after `identified as` is read over to the subject.
#[test]
fn a_victim_who_remains_in_critical_condition_is_hurt() {
    let one = vec![("injured".to_owned(), 1.0)];
    assert_eq!(measures("The boy remains in critical condition."), one);
    assert_eq!(measures("He was listed in stable condition Monday."), one);
    assert_eq!(
        measures("The victim, identified as Wesley Rodriguez, remains in critical condition."),
        one
    );
    assert_eq!(
        measures("The case remains in the hands of detectives."),
        vec![]
    );
}

/// More ways of telling a death: `succumbed to her injuries`, a fatal wound (`suffered a fatal
/// gunshot wound`), an irregular participle after its subject (`the girl slain in a drive-by`),
/// and `both` alone as a subject (`both were fatally shot`: two).
#[test]
fn other_ways_of_telling_a_death() {
    let one = vec![("killed".to_owned(), 1.0)];
    assert_eq!(measures("The woman succumbed to her injuries."), one);
    assert_eq!(
        measures("A 20-year-old woman suffered a fatal gunshot wound."),
        one
    );
    assert_eq!(
        measures("Police identified the girl slain in a drive-by shooting as Machole Stewart."),
        one
    );
    assert_eq!(
        measures("When Trejo showed up with Martinez, both were fatally shot on the back deck."),
        vec![("killed".to_owned(), 2.0)]
    );
    // a wound that is not fatal is one hurt, as before
    assert_eq!(
        measures("A 20-year-old woman suffered a gunshot wound to the leg."),
        vec![("injured".to_owned(), 1.0)]
    );
}

/// A death told with its owner (`the boy's death`, `Friend's Shooting Death`, `her death`) is
/// one dead, as `the death of X` is; so is a victim who `was deceased`. Not a thing's death
/// (`the bill's death`).
#[test]
fn a_persons_death_is_one_dead() {
    let one = vec![("killed".to_owned(), 1.0)];
    assert_eq!(
        measures("Students were told of the boy's death at an assembly."),
        one
    );
    assert_eq!(
        headline("Teen Charged With Friend's Shooting Death"),
        vec![("killed", 1.0)]
    );
    assert_eq!(measures("Police are investigating her death."), one);
    assert_eq!(measures("The person was deceased when crews arrived."), one);
    assert_eq!(
        measures("Lawmakers mourned the bill's death in committee."),
        vec![]
    );
}

/// A victim who is recovering, survived or is expected to survive lived: one hurt (`A
/// six-year-old boy is recovering at home`, `The woman survived`, `Both victims are expected to
/// recover`: two); not the kin of an obituary (`He is survived by his wife`).
#[test]
fn a_victim_recovering_is_hurt() {
    let one = vec![("injured".to_owned(), 1.0)];
    assert_eq!(
        measures("A six-year-old boy is recovering at home in McFarland."),
        one
    );
    assert_eq!(measures("The woman survived, police said."), one);
    assert_eq!(measures("He is survived by his wife and two sons."), vec![]);
    assert_eq!(
        measures("The boy is expected to survive, police said."),
        one
    );
    assert_eq!(
        measures("Both victims are expected to recover."),
        vec![("injured".to_owned(), 2.0)]
    );
    assert_eq!(measures("Police hope to recover the gun."), vec![]);
}

/// A victim taken to a hospital was hit and alive then: one hurt (`A 39-year-old man was also
/// taken to Christ Hospital`, `was rushed to an area hospital`); not in a sentence that tells a
/// death (`was taken to a hospital, where he died`), and read once when a wound follows.
#[test]
fn a_victim_taken_to_a_hospital_is_hurt() {
    let one = vec![("injured".to_owned(), 1.0)];
    assert_eq!(measures("The boy was rushed to an area hospital."), one);
    assert_eq!(
        measures("A 39-year-old man was taken to Christ Hospital in Oak Lawn."),
        one
    );
    assert_eq!(
        measures("The man was taken to a hospital, where he died."),
        vec![("killed".to_owned(), 1.0)]
    );
    assert_eq!(measures("The car was taken to a garage."), vec![]);
    assert_eq!(
        measures(
            "A juvenile male was taken to Memorial Hospital due to a self-inflicted gunshot wound."
        ),
        one
    );
}

/// A shooter who hit others and then killed himself is one more hit: `shot his girlfriend and
/// her 9-year-old son, wounding both, before killing himself` is three hit, one dead (the two
/// hurt are those hit less the dead).
#[test]
fn a_murder_suicide_shooter_is_one_more_hit() {
    let readings = measures(
        "A Gloucester County man shot his girlfriend and her 9-year-old son early Friday before \
         apparently killing himself with the handgun.",
    );
    assert!(readings.contains(&("shot".to_owned(), 3.0)), "{readings:?}");
    assert!(
        readings.contains(&("killed".to_owned(), 1.0)),
        "{readings:?}"
    );
    // no one else hit: no count of the hit
    let readings = measures("The gunman fired at a crowd before turning the gun on himself.");
    assert!(!readings.iter().any(|(m, _)| m == "shot"), "{readings:?}");
}

/// The people of an apposition after a plural are the subject (`The victims, a man and a
/// woman, were taken to a hospital`: two); a comma after one person is no apposition of people.
#[test]
fn the_people_named_after_a_plural_are_counted() {
    assert_eq!(
        measures("The victims, a man and a woman, were taken to a hospital."),
        vec![("injured".to_owned(), 2.0)]
    );
    assert_eq!(
        measures("Two victims, a man and a woman, were shot in the parking lot."),
        vec![("shot".to_owned(), 2.0)]
    );
}

/// An owner before the noun is read over to its determiner (`the woman's 23-year-old
/// boyfriend`: was no reading), and with `also` someone's person is a new person (`his
/// brother was also shot`), unlike a pronoun (`he was also shot`).
#[test]
fn someones_person_is_read_and_added_with_also() {
    assert_eq!(
        adds("Smith says the woman's 23-year-old boyfriend was shot in his leg."),
        vec![("shot", 1.0, false)]
    );
    assert_eq!(
        adds("Smith says the woman's boyfriend was also shot in his leg."),
        vec![("shot", 1.0, true)]
    );
    assert_eq!(
        adds("Police said his brother was also shot."),
        vec![("shot", 1.0, true)]
    );
    assert_eq!(
        adds("Police said he was also shot."),
        vec![("shot", 1.0, false)]
    );
}

mod people;
