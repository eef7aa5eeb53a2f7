//! Session 32 (q33, issue 17): the second wave's classes of quantities, each with sentences
//! written for its test (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

/// Whether some claim of `v` is a count whose text ends in `one` (`one`, `only one`, `at least
/// one`).
fn counts_one(v: &[String]) -> bool {
    v.iter().any(|x| x.to_lowercase().contains("one count"))
}

#[test]
fn one_such_as_a_subject_or_after_a_preposition_is_an_example() {
    // decision 309: an example or member of a set just named, no count
    for text in [
        "Several apps were pulled from the store. One such game was found on a forum last week.",
        "Venomous spiders live in the region. One such spider can kill a dog.",
        "The group sent letters to senators, and one such letter read like a threat.",
        "In one such message, the minister was named as a witness.",
        "Pollution is one such problem for the town.",
        "The mayor wrote to one such company about the fees.",
    ] {
        let v = view(text);
        assert!(!counts_one(&v), "{text}: {v:?}");
    }
}

#[test]
fn one_such_after_a_verb_of_finding_having_or_making_counts() {
    // decision 309: the object of a verb of finding, having, making, or after `there was`
    for text in [
        "Astronomers have detected one such signal from the moon's south pole.",
        "Ohio had one such program in the 1990s.",
        "The inspectors found one such device in the hold.",
        "The company made one such offer to the union.",
        "There was one such case in the county last year.",
        "Only one such permit was issued in the state.",
        "The city needs at least one such shelter.",
    ] {
        let v = view(text);
        assert!(counts_one(&v), "{text}: {v:?}");
    }
}
