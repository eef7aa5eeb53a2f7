//! Session 36 (q39, issue 17): classes of counts and ordinals the development batches showed,
//! each with sentences written for its test (none copied from a gold batch) and the neighbours
//! the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

fn has(v: &[String], prefix: &str) -> bool {
    v.iter().any(|x| x.starts_with(prefix))
}

#[test]
fn a_fraction_of_a_unit_of_time_is_a_duration() {
    let v = view("She held on to win by one hundredth of a second at the line.");
    assert!(
        has(&v, "one hundredth of a second Duration 0.01 second"),
        "{v:?}"
    );
    let v = view("The new timing gates shave 15 hundredths of a second off each lap.");
    assert!(
        has(&v, "15 hundredths of a second Duration 0.15 second"),
        "{v:?}"
    );
    let v = view("The kettle boils in three quarters of an hour on that stove.");
    assert!(
        has(&v, "three quarters of an hour Duration 0.75 hour"),
        "{v:?}"
    );
    // `second` after a share of it is the unit, no ordinal
    let v = view("The chips switch in a few billionths of a second.");
    assert!(!v.iter().any(|x| x.contains("Ordinal")), "{v:?}");
    let v = view("It was over in a fraction of a second.");
    assert!(!v.iter().any(|x| x.contains("Ordinal")), "{v:?}");
    // neighbours: a numerator that does not agree, an ordinal rank, a plain second place
    let v = view("He finished in the hundredth place of a field of 300.");
    assert!(!v.iter().any(|x| x.contains("Duration")), "{v:?}");
    let v = view("She was second of a field of eight.");
    assert!(has(&v, "second Ordinal 2"), "{v:?}");
}

#[test]
fn an_ordinal_in_a_lexicalised_compound_ranks_nothing() {
    for text in [
        "The striker has been a regular in the first-team squad since May.",
        "The drug is approved for first-line treatment of the disease.",
        "Her first cousin runs the farm now.",
        "As first offenders, the two men were fined.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.contains("Ordinal")), "{text}: {v:?}");
    }
    // still ranks: a team that is first, a line that is first, a first offence
    let v = view("They were the first team to reach the final.");
    assert!(has(&v, "first Ordinal 1"), "{v:?}");
    let v = view("The first line of the letter was missing.");
    assert!(has(&v, "first Ordinal 1"), "{v:?}");
    let v = view("It was his first offence.");
    assert!(has(&v, "first Ordinal 1"), "{v:?}");
}

#[test]
fn a_spelled_place_after_the_number_is_a_rank() {
    let v = view("The band held the number one and two positions in the album chart.");
    assert!(has(&v, "one Ordinal 1"), "{v:?}");
    assert!(has(&v, "two Ordinal 2"), "{v:?}");
    let v = view("The twins took the number one and number two spots last week.");
    assert!(has(&v, "one Ordinal 1"), "{v:?}");
    assert!(has(&v, "two Ordinal 2"), "{v:?}");
    let v = view("Cutting waiting lists is the council's number one priority.");
    assert!(has(&v, "one Ordinal 1"), "{v:?}");
    let v = view("The singer's number one stayed at the top for a month.");
    assert!(has(&v, "one Ordinal 1"), "{v:?}");
    // a thing named by its number, digits after `the number`, a pronoun's `one`, a duration
    for text in [
        "The pilot shut down the number two engine over the sea.",
        "He wore the number seven shirt in the final.",
        "They took the number 9 bus to the station.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.contains("Ordinal")), "{text}: {v:?}");
    }
    let v = view("The first plan was the main one and it failed.");
    assert!(!v.iter().any(|x| x.starts_with("one ")), "{v:?}");
    let v = view("She reached number one and two weeks later fell out of the chart.");
    assert!(has(&v, "two weeks Duration 2 week"), "{v:?}");
}

#[test]
fn a_chain_of_alternatives_before_a_compound_is_one_count() {
    let v = view("It is now a four, five or even six-way contest for the seat.");
    assert!(has(&v, "four, five or even six Count [4,6]"), "{v:?}");
    let v = view("They asked for a 2, 3 or 4-page summary.");
    assert!(has(&v, "2, 3 or 4 Count [2,4]"), "{v:?}");
    // neighbours: no compound after the last number, numbers that do not follow each other,
    // a unit of time after the hyphen (a duration, read by the measure rules)
    let v = view("He scored four, five or six goals a season.");
    assert!(!has(&v, "four, five or six"), "{v:?}");
    let v = view("It is a two, five or nine-way split.");
    assert!(!has(&v, "two, five or nine"), "{v:?}");
    let v = view("They offered him a four, five or six-year deal.");
    assert!(!v.iter().any(|x| x.contains("Count [4,6]")), "{v:?}");
}

#[test]
fn a_scale_after_lost_decimals_applies_to_the_digits() {
    let v = view("The film made $40.2m (£21.m) in its first week.");
    assert!(has(&v, "£21.m Money 21000000 GBP"), "{v:?}");
    let v = view("Its debts reached €3.bn last year.");
    assert!(has(&v, "€3.bn Money 3000000000 EUR"), "{v:?}");
    // neighbours: a sentence's end after a sum, no currency, a word after the stop
    let v = view("The ticket cost £21. Most fans paid it.");
    assert!(has(&v, "£21 Money 21 GBP"), "{v:?}");
    let v = view("They sold 21.m units, a typo.");
    assert!(!v.iter().any(|x| x.contains("21000000")), "{v:?}");
    let v = view("He paid £5.million for it.");
    assert!(!v.iter().any(|x| x.contains("5000000")), "{v:?}");
}
