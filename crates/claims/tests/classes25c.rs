//! Session 25c (q25c, issue 17): classes of indep15's errors, each with sentences written for
//! its test (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2021-03-10).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2021, 3, 10)))
}

#[test]
fn one_noun_or_another_is_no_count() {
    assert!(view("The bill will pass one way or another.").is_empty());
    assert!(view("Every family pays the tax in one form or the other.").is_empty());
    // a real alternative of counts stays
    assert_eq!(
        view("She bought one ticket or two."),
        ["one Count 1", "two Count 2"]
    );
}

#[test]
fn from_one_to_the_next_is_no_count() {
    assert!(view("The band moved from one town to the next.").is_empty());
    assert!(view("He drifted from one job to another.").is_empty());
}

#[test]
fn for_one_set_off_by_commas_is_no_count() {
    assert!(view("The mayor, for one, opposes the plan.").is_empty());
    assert!(view("Not everyone is happy: she is furious, for one.").is_empty());
    // a table for one keeps its count
    assert_eq!(view("He booked a table for one."), ["one Count 1"]);
}

#[test]
fn for_one_after_a_subject_pronoun_is_no_count() {
    assert!(view("We for one, as parents, want answers.").is_empty());
    assert_eq!(
        view("She cooked for one, then for two."),
        ["one Count 1", "two Count 2"]
    );
}

#[test]
fn psi_measures_a_pressure() {
    assert_eq!(
        view("The tyres are pumped to 35 psi before each race."),
        ["35 psi Dimension 35 psi"]
    );
    // a bare number without the unit stays a count
    assert_eq!(view("The tyres took 35 pumps."), ["35 Count 35"]);
}

#[test]
fn for_one_opening_a_sentence_is_no_count() {
    assert!(view("The plan has flaws. For one, it costs too much.").is_empty());
    assert_eq!(
        view("For one study, the team tracked 40 patients."),
        ["one Count 1", "40 Count 40"]
    );
}
