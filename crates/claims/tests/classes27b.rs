//! Session 27b (q27b, issue 17): false quantities of indep17's classes (adverbial and idiomatic
//! ordinals, the pronoun `one`), each with sentences written for its test (none copied from a
//! gold batch or the text read) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2021-03-10).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2021, 3, 10)))
}

#[test]
fn first_before_used_is_an_adverb() {
    assert!(view("The gas was first used as a weapon in the trenches.").is_empty());
    assert!(view("Engineers first used the method on a bridge in Ohio.").is_empty());
    // a determiner before it keeps the rank
    assert_eq!(
        view("The first used car he bought broke down."),
        ["first Ordinal 1"]
    );
}

#[test]
fn second_in_an_idiom_ranks_nothing() {
    assert!(view("Many investors are having second thoughts about the deal.").is_empty());
    assert!(view("For the old guard, voting has become second nature.").is_empty());
    assert!(view("The party will not play second fiddle to its partner.").is_empty());
    assert!(view("She teaches English as a second language in Leeds.").is_empty());
    // a second of a series stays
    assert_eq!(
        view("A second wave of protests hit the capital."),
        ["second Ordinal 2"]
    );
}

#[test]
fn one_before_a_preposition_and_which_is_a_pronoun() {
    assert!(view("We face a new era, one in which rivals set the rules.").is_empty());
    assert!(view("The likeliest outcome is one on which both sides agree.").is_empty());
    // a count of cases stays
    assert_eq!(
        view("Of the raids, just one in which a gun was fired went to trial."),
        ["one Count 1"]
    );
    assert_eq!(
        view("Police found more than one in which the lock was broken."),
        ["more than one Count (1,)"]
    );
}

#[test]
fn one_as_the_object_of_own_is_a_pronoun() {
    assert!(view("Guns are kept by those who own one.").is_empty());
    assert!(view("She said she did not own one, and never had.").is_empty());
    // a noun after it keeps the count
    assert_eq!(view("They own one house in Leeds."), ["one Count 1"]);
}

#[test]
fn one_before_a_modal_is_the_generic_pronoun() {
    assert!(view("In most respects one must assume the worst.").is_empty());
    assert!(view("The law is more complex than one might think.").is_empty());
    assert!(view("It is the best gift one can give a child.").is_empty());
    // a restricting word before it keeps the count
    assert_eq!(view("In the end only one can win."), ["one Count 1"]);
    assert_eq!(view("Not one could be found."), ["one Count 1"]);
}

#[test]
fn more_than_one_before_a_modal_keeps_its_bound() {
    assert_eq!(
        view("More than one can be chosen."),
        ["More than one Count (1,)"]
    );
}
