//! Session 33 (q34, issue 17): indep22's classes of quantities, each with sentences written for
//! its test (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

/// Whether some claim of `v` is a count whose text ends in `one`.
fn counts_one(v: &[String]) -> bool {
    v.iter().any(|x| x.to_lowercase().contains("one count"))
}

#[test]
fn the_generic_pronoun_one_is_no_count() {
    // an inverted question's subject, a clause of condition's subject before a verb in `-s`,
    // `one way or another` opening a sentence, `one and the same`, `one in every` + a noun
    for text in [
        "Must one really pay twice for the same ticket?",
        "Could one have guessed the ending?",
        "If one walks along the river, the mill comes into view.",
        "The view changes when one climbs the north stair.",
        "One way or another, the council will find the money.",
        "The singer and the songwriter turned out to be one and the same.",
        "The firm says you will soon find one in every kitchen in the country.",
    ] {
        let v = view(text);
        assert!(!counts_one(&v), "{text}: {v:?}");
    }
}

#[test]
fn one_before_a_part_of_the_day_or_a_season_is_some_such_time() {
    for text in [
        "The letter arrived one morning in the rain.",
        "One cold evening, the neighbours knocked on the door.",
        "She met the painter one summer in Provence.",
        "The band played in a barn one afternoon, unannounced.",
    ] {
        let v = view(text);
        assert!(!counts_one(&v), "{text}: {v:?}");
    }
}

#[test]
fn one_keeps_its_count_as_a_casualty_a_rate_a_length_or_before_a_noun() {
    for text in [
        "One was killed and two were hurt in the crash.",
        "If one dies, the insurer pays the other.",
        "Can one team win every match?",
        "Should one senator object, the bill fails.",
        "He volunteers one weekend a month at the shelter.",
        "The show ran for only one evening.",
        "One in every ten voters stayed home.",
        "If one person leaves, the whole team suffers.",
    ] {
        let v = view(text);
        assert!(counts_one(&v), "{text}: {v:?}");
    }
}

/// The view of the claim whose text starts with `head`.
fn claim<'a>(v: &'a [String], head: &str) -> &'a str {
    common::view_line(v, head)
}

#[test]
fn betting_odds_with_a_slash_are_fractions_as_written() {
    // decision 331: the ratio of stake and return, not a date and not two counts
    let v = view("The bookmakers make the grey colt 5/2 favourite and the filly 11/8.");
    assert!(claim(&v, "5/2").starts_with("5/2 Fraction 2.5"), "{v:?}");
    assert!(
        claim(&v, "11/8").starts_with("11/8 Fraction 1.375"),
        "{v:?}"
    );
    let v = view("She was offered odds of 7/13 on a home win.");
    assert!(
        claim(&v, "7/13").starts_with("7/13 Fraction 0.538"),
        "{v:?}"
    );
    // no betting in the sentence: no fraction of 7/13 (not a ratio of a whole)
    let v = view("The code 7/13 was printed on the crate.");
    assert!(!v.iter().any(|x| x.contains("Fraction")), "{v:?}");
    // a full date keeps its reading beside odds
    let v = view("The bookmakers opened their books on 4/9/2005.");
    assert!(!v.iter().any(|x| x.contains("Fraction")), "{v:?}");
}

#[test]
fn a_list_of_shares_makes_a_third_and_another_third_fractions() {
    let v = view("Two-fifths went to the state, a fifth to the town and another fifth to charity.");
    assert!(claim(&v, "a fifth").contains("Fraction 0.2"), "{v:?}");
    assert!(claim(&v, "fifth").contains("Fraction 0.2"), "{v:?}");
    let v = view("Another quarter of the money went to schools.");
    assert!(claim(&v, "quarter").contains("Fraction 0.25"), "{v:?}");
    // ranks stay ordinals: no share before, or a noun after
    let v = view("He won a third term and then sought another third.");
    assert!(v.iter().all(|x| !x.contains("Fraction")), "{v:?}");
    let v = view("One-third of voters stayed home; another third term looked unlikely.");
    assert!(claim(&v, "third").contains("Ordinal"), "{v:?}");
}

#[test]
fn an_adjective_between_the_and_a_named_century_keeps_the_century() {
    // decisions 9 and 145: a date of century granularity
    let v = view("The abbey was rebuilt in the turbulent 12th century.");
    assert!(claim(&v, "12th century").contains("Date 11"), "{v:?}");
    // a century of runs has no `the`
    let v = view("Smith made his 20th century for the county.");
    assert!(!v.iter().any(|x| x.contains("Date")), "{v:?}");
}

#[test]
fn ages_without_years_after_a_comparative_now_or_a_stage_of_life() {
    let v = view("Shoppers younger than 25 spend the most online.");
    assert_eq!(
        claim(&v, "younger than 25"),
        "younger than 25 Age (,25) year",
        "{v:?}"
    );
    let v = view("A third of the patients were older than 80.");
    assert!(
        claim(&v, "older than 80").starts_with("older than 80 Age (80,) year"),
        "{v:?}"
    );
    let v = view("Now 52, the singer lives in Lisbon.");
    assert!(claim(&v, "52").starts_with("52 Age 52 year"), "{v:?}");
    let v = view("Under the new law, pupils become adults at 18.");
    assert!(claim(&v, "18").starts_with("18 Age 18 year"), "{v:?}");
    let v = view("The bill lets miners retire at 60.");
    assert!(claim(&v, "60").starts_with("60 Age 60 year"), "{v:?}");
    // a unit or time after the number, or no opening `Now`: not these ages
    let v = view("Calves younger than 18 months were moved.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
    let v = view("The index is now 28 and rising.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
    let v = view("Now 3,000 people live in the valley.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
}

#[test]
fn cents_of_a_named_dollar_and_more_cents_are_money() {
    let v = view("The shares fell 40 Australian cents in early trade.");
    assert!(
        claim(&v, "40 Australian cents").contains("Money 0.4 AUD"),
        "{v:?}"
    );
    let v = view("A ticket now costs 30 more cents than last year.");
    assert!(
        claim(&v, "30 more cents").contains("Money 0.3 USD"),
        "{v:?}"
    );
    let v = view("She asked for ten more dollars.");
    assert!(
        claim(&v, "ten more dollars").contains("Money 10 USD"),
        "{v:?}"
    );
    // a nationality before another noun stays a count
    let v = view("The firm hired 40 more US engineers.");
    assert!(v.iter().all(|x| !x.contains("Money")), "{v:?}");
}

#[test]
fn vague_plurals_saved_cost_or_run_into_by_a_sum_are_money() {
    // decision 308: money of no named currency
    for text in [
        "The new rules could save farmers billions over a decade.",
        "The delay cost them millions in lost orders.",
        "Damages from the flood are running into the millions.",
    ] {
        let v = view(text);
        assert!(
            v.iter().any(|x| x.contains("illions Money")),
            "{text}: {v:?}"
        );
    }
    // no sum before `run into`, or no object of saving: counts
    for text in [
        "Attendance ran into the millions last summer.",
        "The campaign saved lives millions of times over.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.contains("Money")), "{text}: {v:?}");
    }
}

#[test]
fn names_and_fixed_terms_hold_no_quantity() {
    // a film's title ending in a named day, an upper house (decision 335), a gun by its calibre
    let v = view("Critics preferred Fahrenheit 9/11 to the other documentaries.");
    assert!(v.is_empty(), "{v:?}");
    let v = view("The reform would create an appointed second chamber.");
    assert!(v.is_empty(), "{v:?}");
    let v = view("He waved a rusty .45 at the clerk.");
    assert!(v.is_empty(), "{v:?}");
    // the day itself, a ranked chamber of a court's rooms, and a share written with a dot stay
    let v = view("Security changed after 9/11 at every airport.");
    assert!(v.iter().any(|x| x.contains("2001-09-11")), "{v:?}");
    let v = view("Shares rose .38 percent on Monday.");
    assert!(v.iter().any(|x| x.contains("Percent")), "{v:?}");
}
