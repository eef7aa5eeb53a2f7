//! Session 22, round 2 (issue 17): the general classes behind the errors of the `indep12` batch
//! (BBC News, 2004-2005), each with sentences written for its test (none copied from a gold
//! batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2005-03-09, a
/// Wednesday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2005, 3, 9)))
}

#[test]
fn tennis_sets_are_tallies() {
    assert_eq!(
        view("Mauresmo came back to beat the Italian qualifier 3-6 6-4 6-1 in Dubai."),
        [
            "3-6 Count 3 score",
            "6-4 Count 6 score",
            "6-1 Count 6 score"
        ]
    );
    assert_eq!(
        view("The Swede edged through 6-7 (5-7) 7-5 6-3 after saving two match points."),
        [
            "6-7 Count 6 score",
            "5-7 Count 5 score",
            "7-5 Count 7 score",
            "6-3 Count 6 score",
            "two Count 2"
        ]
    );
    // a range alone stays a range
    assert_eq!(
        view("Forecasters expect 2-6 inches of snow overnight."),
        ["2-6 inches Dimension [2,6] in"]
    );
}

#[test]
fn two_years_after_between_are_one_window() {
    assert_eq!(
        view("The mill shed 300 jobs between 1998 and 2003, the union said."),
        ["300 Count 300", "1998 and 2003 Date 1998/2003"]
    );
    // counts between `between` and `and` stay a range of counts
    assert_eq!(
        view("The mill will shed between 300 and 400 jobs."),
        ["between 300 and 400 Count [300,400]"]
    );
}

#[test]
fn a_month_a_comma_and_its_year() {
    assert_eq!(
        view("The refinery closed in October, 1998, after a fire."),
        ["October, 1998 Date 1998-10"]
    );
    // a count after the comma is no year
    assert_eq!(
        view("In October, 2,000 workers walked out."),
        ["October Date 2004-10", "2,000 Count 2000"]
    );
}

#[test]
fn between_the_ages_of() {
    assert_eq!(
        view("The survey questioned 900 adults between the ages of 18 and 34 about saving."),
        ["900 Count 900", "between the ages of 18 and 34 Age [18,34] year"]
    );
}
