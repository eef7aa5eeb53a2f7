//! Session 25b (q25b, issue 17): false quantities found on unannotated corpus text, each with
//! sentences written for its test (none copied from a gold batch or the text read) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2021-03-10).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2021, 3, 10)))
}

#[test]
fn n_plus_n_names_a_format() {
    assert!(view("The ministers will meet in the two-plus-two format in Oslo.").is_empty());
    assert!(view("Seoul hosted a \"2-plus-2\" meeting with Canberra.").is_empty());
    assert_eq!(
        view("It was the first two-plus-two dialogue between them."),
        ["first Ordinal 1"]
    );
    // one number with `plus` is an open bound and stays
    assert_eq!(
        view("The hikers walked 70-plus miles."),
        ["70-plus miles Dimension [70,) mi"]
    );
}

#[test]
fn an_isotope_named_with_a_space_is_no_count() {
    assert!(view("The device held radioactive cobalt 60 at its core.").is_empty());
    assert!(view("Traces of caesium 137 were found in the soil.").is_empty());
    // a unit after the number measures the element
    assert_eq!(
        view("The plant burns carbon 14 tonnes at a time."),
        ["14 tonnes Dimension 14 t"]
    );
}

#[test]
fn the_generic_one_before_has_to_is_no_count() {
    assert!(view("To see the whole picture, one has to look at the budget.").is_empty());
    assert!(view("\"One had to laugh,\" she said.").is_empty());
    // an elided noun that holds or undergoes something stays a count
    assert_eq!(
        view("Two of the flats are empty; one has three bedrooms."),
        ["Two Count 2", "one Count 1", "three Count 3"]
    );
}

#[test]
fn a_tweet_thread_counter_is_no_quantity() {
    assert!(view("The mayor tweeted: \"1/2: the vote was about roads, not money.\"").is_empty());
    assert!(view("2/2: we will publish the full response soon.").is_empty());
    // a fraction after a word stays
    assert_eq!(
        view("Turnout fell by 1/3 in the town."),
        ["1/3 Fraction 0.333333333333"]
    );
}

#[test]
fn a_third_with_a_participle_is_a_share() {
    assert_eq!(
        view("Members were split, with a third voting to strike."),
        ["a third Fraction 0.333333333333"]
    );
    // a third member stays an ordinal
    assert_eq!(
        view("Two guards were hurt and a third was wounded."),
        ["Two Count 2", "third Ordinal 3"]
    );
}
