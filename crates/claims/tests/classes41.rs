//! Session 37 (q41, issue 17): classes of quantities the dev batches still miss, each with
//! sentences written for its test (none copied from a gold batch) and the neighbours the rule
//! must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

fn has(v: &[String], prefix: &str) -> bool {
    v.iter().any(|x| x.starts_with(prefix))
}

#[test]
fn in_a_unit_of_time_is_one_of_it() {
    let v = view("The club's membership shrank by 12% in a year, the steepest fall on record.");
    assert!(has(&v, "a year Duration 1 year"), "{v:?}");
    let v = view("Factory output grew at its fastest pace in a decade.");
    assert!(has(&v, "a decade Duration 10 year"), "{v:?}");
    let v = view("It was the third flood on the street in a week.");
    assert!(has(&v, "a week Duration 1 week"), "{v:?}");
    // neighbours: a compound, a noun after the unit, a relative clause, an idiom
    let v = view("The findings came in a year-long review of the service.");
    assert!(!has(&v, "a year Duration"), "{v:?}");
    let v = view("She left her son in a day care centre near the station.");
    assert!(!has(&v, "a day Duration"), "{v:?}");
    let v = view("It happened in a year when prices fell sharply.");
    assert!(!has(&v, "a year Duration"), "{v:?}");
    let v = view("I would not read it in a month of Sundays.");
    assert!(!has(&v, "a month Duration"), "{v:?}");
}

#[test]
fn a_unit_of_time_before_a_possessive_is_one_of_it() {
    let v = view("A month's rain fell on the town in two days.");
    assert!(has(&v, "A month Duration 1 month"), "{v:?}");
    let v = view("The village is an hour's drive from the coast.");
    assert!(has(&v, "an hour Duration 1 hour"), "{v:?}");
    // the idiom keeps no duration
    let v = view("For the crew, the rescue was all in a day's work.");
    assert!(!has(&v, "a day Duration"), "{v:?}");
}

#[test]
fn maximum_and_minimum_before_a_figure_bound_it() {
    let v = view("The rider faces a maximum four-year suspension if the charge is upheld.");
    assert!(v.iter().any(|x| x.contains("(,4] year")), "{v:?}");
    let v = view("Players must serve a minimum 10-match ban for the offence.");
    assert!(v.iter().any(|x| x.contains("[10,)")), "{v:?}");
    // `a maximum of` keeps its own span
    let v = view("Each fan may buy a maximum of 4 tickets.");
    assert!(has(&v, "a maximum of 4"), "{v:?}");
}

#[test]
fn a_spelled_decade_after_the_is_a_date() {
    let v = view("Inflation has not been this high since the seventies.");
    assert!(has(&v, "seventies Date"), "{v:?}");
    assert!(v.iter().any(|x| x.contains("197")), "{v:?}");
    let v = view("The band formed in the early eighties in Leeds.");
    assert!(has(&v, "early eighties Date"), "{v:?}");
    // neighbours: an age, a temperature
    let v = view("Most of the residents are in their seventies.");
    assert!(!v.iter().any(|x| x.contains("Date")), "{v:?}");
    let v = view("Forecasters expect highs in the seventies on Friday.");
    assert!(!v.iter().any(|x| x.contains("seventies Date")), "{v:?}");
}

#[test]
fn a_spelled_decade_after_a_possessive_is_an_age() {
    let v = view("She only took up painting in her mid-forties, after a career in law.");
    assert!(has(&v, "mid-forties Age ~[44,47) year"), "{v:?}");
    let v = view("Most of the residents are in their seventies.");
    assert!(has(&v, "seventies Age [70,80) year"), "{v:?}");
    // neighbour: no possessive
    let v = view("The singer, then in the early twenties of the century, moved to Paris.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
}
