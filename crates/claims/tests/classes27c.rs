//! Session 27c (q27c, issue 17): the pronoun `one` of indep17's classes, each with sentences
//! written for its test (none copied from a gold batch or the text read) and the neighbours the
//! rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2021-03-10).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2021, 3, 10)))
}

#[test]
fn one_after_coordinated_adjectives_is_a_pronoun() {
    assert!(view("The town wanted a new library, but got a small, cramped one.").is_empty());
    assert!(view("He swapped his old car for a cheaper and safer one.").is_empty());
    assert!(view("Their culture was a rule-bound, Catholic one.").is_empty());
    // a list of things, then a count, stays a count
    assert_eq!(
        view("She bought a car, a house and one boat last year."),
        ["one Count 1", "last year Date 2020"]
    );
}

#[test]
fn under_n_after_a_group_of_people_bounds_an_age() {
    let v = view("Half of those under 30 are still looking for work.");
    assert!(v.iter().any(|x| x.starts_with("under 30 Age")), "{v:?}");
    let v = view("Most voters over 65 were against the plan.");
    assert!(v.iter().any(|x| x.starts_with("over 65 Age")), "{v:?}");
    // a unit after the number keeps it a measure
    let v = view("Workers over 40 hours a week get a bonus.");
    assert!(v.iter().all(|x| !x.contains("Age")), "{v:?}");
}
