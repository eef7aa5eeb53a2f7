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

/// The view of the claim whose text starts with `head`.
fn claim<'a>(v: &'a [String], head: &str) -> &'a str {
    common::view_line(v, head)
}

#[test]
fn strokes_against_par_leave_the_round_unbounded() {
    // decision 306: `2-under` and the round's strokes, two counts, no bound on the round
    let v = view("Woods moved into a tie for third with a 3-under 67 on Friday.");
    assert_eq!(claim(&v, "67"), "67 Count 67", "{v:?}");
    let v = view("She struggled to a 4-over 76 in the wind.");
    assert_eq!(claim(&v, "76"), "76 Count 76", "{v:?}");
    // a bound stays a bound without the glued number before it
    let v = view("He has never shot under 70 at this course.");
    assert!(claim(&v, "under 70").contains("(,70)"), "{v:?}");
}

#[test]
fn tennis_sets_parted_by_commas_are_scores() {
    // the smaller side first is still a set, not a range, among sets
    let v = view("Kvitova beat Jones 3-6, 6-4, 7-5 in the second round.");
    assert_eq!(claim(&v, "3-6"), "3-6 Count 3 score", "{v:?}");
    let v = view("The Spaniard lost 6-7, 4-6 to the qualifier.");
    assert_eq!(claim(&v, "6-7"), "6-7 Count 6 score", "{v:?}");
    // ranges in a list that are no sets stay ranges
    let v = view("Boxes hold 2-4, 5-7 or 9-12 eggs, by size.");
    assert!(claim(&v, "2-4").contains("[2,4]"), "{v:?}");
}

#[test]
fn a_dashed_height_before_a_weight_is_in_inches() {
    let v = view("The 6-4, 305-pound tackle started every game last season.");
    assert_eq!(claim(&v, "6-4"), "6-4 Dimension 76 in", "{v:?}");
    let v = view("Smith, a 5-11, 190 pound guard, signed on Monday.");
    assert_eq!(claim(&v, "5-11"), "5-11 Dimension 71 in", "{v:?}");
    // a score before a comma and a count of people is a score
    let v = view("The Hawks won 6-2, and 3,000 fans cheered.");
    assert_eq!(claim(&v, "6-2"), "6-2 Count 6 score", "{v:?}");
}

#[test]
fn a_catalogue_code_opening_a_sentence_names_its_number() {
    // decision 304's neighbours: a number that names an object after its catalogue's code
    let v =
        view("The moon was near it last night. NGC 2244 (the Rosette) is a cluster in Monoceros.");
    assert!(claim(&v, "2244").is_empty(), "{v:?}");
    let v = view("HIP 5158 was found to host two planets.");
    assert!(claim(&v, "5158").is_empty(), "{v:?}");
    // a noun in small letters after it: a count
    let v = view("NATO 30 members met in Brussels.");
    assert!(claim(&v, "30").starts_with("30 Count 30"), "{v:?}");
}
