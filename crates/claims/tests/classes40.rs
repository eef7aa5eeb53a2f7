//! Session 36 (q40, issue 17): classes of quantities indep26 showed, each with sentences
//! written for its test (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

fn has(v: &[String], prefix: &str) -> bool {
    v.iter().any(|x| x.starts_with(prefix))
}

#[test]
fn a_bare_m_in_a_sentence_of_athletics_is_metres() {
    let v = view("The sprinter moved up from 200m to 400m and clocked 45.10 secs in the heat.");
    assert!(has(&v, "200m Dimension"), "{v:?}");
    assert!(has(&v, "400m Dimension"), "{v:?}");
    let v = view("She vaulted a personal best of 4.62m at the indoor meeting.");
    assert!(has(&v, "4.62m Dimension"), "{v:?}");
    // neighbours: millions with a currency, millions with nothing of athletics, a count after
    let v = view("The sprinter signed a sponsorship deal worth $400m with the brand.");
    assert!(!v.iter().any(|x| x.contains("Dimension")), "{v:?}");
    let v = view("The firm cut its debt from 400m to 200m last year.");
    assert!(!v.iter().any(|x| x.contains("Dimension")), "{v:?}");
    let v = view("The relay team's sponsors reached 4.5m viewers on the night.");
    assert!(!v.iter().any(|x| x.contains("Dimension")), "{v:?}");
}

#[test]
fn a_negation_before_a_lower_bound_makes_a_maximum() {
    let v = view("No passenger will pay more than $120 for the trip under the new rules.");
    assert!(has(&v, "more than $120 Money (,120]"), "{v:?}");
    let v = view("The council said the new library would not cost more than 3 million euros.");
    assert!(
        has(&v, "more than 3 million euros Money (,3000000]"),
        "{v:?}"
    );
    let v = view("Under the plan, no child should wait more than six weeks for a place.");
    assert!(v.iter().any(|x| x.contains("(,6]")), "{v:?}");
    // neighbours: no negation, a negation in another clause, `no more than` itself
    let v = view("The ticket costs more than $120 for the trip.");
    assert!(has(&v, "more than $120 Money (120,)"), "{v:?}");
    let v = view("There is no sign that more than 40 people were hurt.");
    assert!(v.iter().any(|x| x.contains("(40,)")), "{v:?}");
    let v = view("They paid no more than $15 for it.");
    assert!(v.iter().any(|x| x.contains("(,15]")), "{v:?}");
}

#[test]
fn a_negated_event_over_a_period_keeps_the_lower_bound() {
    let v = view("No one has climbed the north face in more than 30 years.");
    assert!(v.iter().any(|x| x.contains("(30,)")), "{v:?}");
}

#[test]
fn a_negation_of_something_else_keeps_the_lower_bound() {
    // a lapse after an event the sentence negates, a noun's modifier after `with`
    let v = view("The posts had not been filled over a month after the vote.");
    assert!(!v.iter().any(|x| x.contains("(,1]")), "{v:?}");
    let v = view("The service will not be offered for parcels with a value above $50 from May.");
    assert!(v.iter().any(|x| x.contains("(50,)")), "{v:?}");
}
