//! Session 34 (q36, issue 17): indep24's classes of quantities, each with sentences written for
//! its test (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

fn has(v: &[String], prefix: &str) -> bool {
    v.iter().any(|x| x.starts_with(prefix))
}

#[test]
fn a_lower_bound_carries_to_its_conversions_in_brackets() {
    // decision 387: a lower bound as decision 129's upper bounds and hedges
    let v = view("The album earned more than $12m (£6.4m) in its first year.");
    assert!(has(&v, "£6.4m Money (6400000,) GBP"), "{v:?}");
    let v = view("The deal is worth over 300 million yuan ($43m; £22m), officials said.");
    assert!(has(&v, "$43m Money (43000000,) USD"), "{v:?}");
    assert!(has(&v, "£22m Money (22000000,) GBP"), "{v:?}");
    let v = view("Fans raised at least $9,000 (£4,800) for the charity.");
    assert!(has(&v, "£4,800 Money [4800,) GBP"), "{v:?}");
    // an exact sum and a range carry nothing
    let v = view("The club paid $30m (£16m) for the striker.");
    assert!(has(&v, "£16m Money 16000000 GBP"), "{v:?}");
    let v = view("The repairs cost between $2m and $3m (£1.6m) last year.");
    assert!(has(&v, "£1.6m Money 1600000 GBP"), "{v:?}");
}

#[test]
fn a_bound_after_a_noun_of_people_is_an_age() {
    let v = view("The new rules cover people under 65, and those over 70 must renew every year.");
    assert!(has(&v, "under 65 Age (,65) year"), "{v:?}");
    assert!(has(&v, "over 70 Age (70,) year"), "{v:?}");
    let v = view("Tickets are free for children under 12.");
    assert!(has(&v, "under 12 Age (,12) year"), "{v:?}");
    let v = view("Staff will be allowed to work past 65 if they ask.");
    assert!(has(&v, "past 65 Age (65,) year"), "{v:?}");
    // a count, a measure or a clock time stays what it was
    let v = view("The charity helped people over 60 countries last year.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
    let v = view("Most employees under 40% of the staff were new.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
    let v = view("Nurses often work past 10 pm on weekdays.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
}

#[test]
fn the_half_of_a_match_named_by_its_ordinal_is_a_fraction() {
    // decision 130: ordinal and fraction
    for text in [
        "The visitors scored twice in the second half to win the cup tie.",
        "In the first half the home side barely touched the ball.",
        "A first-half header from the captain settled the derby.",
        "Rovers were stronger after the break and dominated the second half.",
    ] {
        let v = view(text);
        assert!(has(&v, "half Fraction 0.5"), "{text}: {v:?}");
    }
    // the half of a year stays out: with its year after or before it, or a time unit after it
    for text in [
        "Sales fell in the first half of 2019, the retailer said.",
        "After a slow start to 2021, orders recovered in the second half.",
        "Exports were flat last year in the first half but rose later.",
        "The meeting ran for the first half hour without a break.",
    ] {
        let v = view(text);
        assert!(!has(&v, "half Fraction"), "{text}: {v:?}");
    }
}
