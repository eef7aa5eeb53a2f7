//! Session 29d (q29d, issue 17): the pronoun `one` standing for a noun named before it, as the
//! first of a pair (`one with ... and another with ...`), with sentences written for its test
//! (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn one_of_a_pair_with_another_is_a_pronoun() {
    for text in [
        "The town has two markets, one with fresh fish and another with cheap clothes.",
        "Two proposals reached the council, one from the mayor and another from the unions.",
        "She wrote letters, one to her sister and another to her lawyer, before leaving.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.starts_with("one ")), "{text}: {v:?}");
    }
    // a count restricted or after a number, and a count with no `another` stay
    let v = view("Only one with a permit was let in, and another with none was turned away.");
    assert!(v.iter().any(|x| x.starts_with("one ")), "{v:?}");
    let v = view("The police arrested one with a knife near the station.");
    assert!(v.iter().any(|x| x.starts_with("one ")), "{v:?}");
}
