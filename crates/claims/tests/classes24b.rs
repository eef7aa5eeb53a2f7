//! Session 24, second round (q24b, issue 17): classes of error left by indep14, each with
//! sentences written for its test (none copied from a gold batch or the text read) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2019-06-12).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2019, 6, 12)))
}

#[test]
fn a_share_before_a_comparison_or_a_span_is_a_fraction() {
    assert_eq!(
        view("Its running costs are roughly a third less than the old plant's."),
        ["roughly a third Fraction ~0.333333333333"]
    );
    assert_eq!(
        view("Exports fell by almost a tenth between 2015 and 2018."),
        [
            "almost a tenth Fraction ~(,0.1)",
            "2015 and 2018 Date 2015/2018"
        ]
    );
    assert_eq!(
        view("Tickets cost about a quarter more than in 2018."),
        ["about a quarter Fraction ~0.25", "2018 Date 2018"]
    );
    assert_eq!(
        view("Polls find between a third and two-fifths of voters undecided."),
        ["between a third and two-fifths Fraction [0.333333333333,0.4]"]
    );
    // the ranks stay ranks: no cue before them, or a noun after them
    assert_eq!(
        view("He is seeking a third term in office."),
        ["third Ordinal 3"]
    );
    assert_eq!(view("A fifth more arrived later."), ["fifth Ordinal 5"]);
}

#[test]
fn kilobytes_are_a_size_of_information() {
    assert_eq!(
        view("Images smaller than 150 KB are not encrypted."),
        ["smaller than 150 KB Dimension (,150) KB"]
    );
    assert_eq!(
        view("The patch is a 300 kilobyte download."),
        ["300 kilobyte Dimension 300 KB"]
    );
}

#[test]
fn one_side_set_against_the_other_is_an_idiom() {
    assert!(
        view("The valley is bound by hills on one side and the river on the other.").is_empty()
    );
    assert!(view("He walked in with a cup in one hand and a phone in the other.").is_empty());
    assert!(view("On one hand the plan saves money, but on the other it costs jobs.").is_empty());
    // without `the other` after it, or without the preposition, one still counts
    assert_eq!(
        view("The plane ended up leaning on one wing after landing."),
        ["one Count 1"]
    );
    assert_eq!(
        view("One man died and the other was hurt."),
        ["One Count 1"]
    );
}

#[test]
fn a_lower_bound_before_a_range_leaves_the_range_whole() {
    assert_eq!(
        view("The pact aims to stop temperatures rising more than 1.5 to 2 degrees Celsius."),
        ["1.5 to 2 degrees Celsius Dimension [1.5,2] °C"]
    );
    // a change by a bounded amount and the level it reached stay two
    assert_eq!(
        view("Waiting lists increased by over 11,460 to 614,620."),
        ["over 11,460 Count (11460,)", "614,620 Count 614620"]
    );
}
