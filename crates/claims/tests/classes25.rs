//! Session 25 (q25, issue 17): false quantities found on text no batch has drawn, each with
//! sentences written for its test (none copied from a gold batch or the text read) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2021-03-10).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2021, 3, 10)))
}

#[test]
fn zero_in_a_lexicalised_compound_counts_nothing() {
    assert_eq!(
        view("The utility has pledged to reach net zero carbon by 2045."),
        ["2045 Date 2045"]
    );
    assert!(view("The council backed a net-zero target for its fleet.").is_empty());
    assert!(view("The school promised zero tolerance for bullying.").is_empty());
    assert!(view("Trade is not a zero-sum game, the minister said.").is_empty());
    assert!(view("The city ordered new zero-emission buses.").is_empty());
    assert!(view("Many couriers work on zero hours contracts.").is_empty());
    assert!(view("The firm denied it uses zero-hours contracts.").is_empty());
    assert!(view("Attackers used a zero-day flaw in the browser.").is_empty());
    assert!(view("The town square became ground zero for the protests.").is_empty());
    // zero as an amount stays a count, and so do zero days and hours
    assert_eq!(
        view("The deal puts zero tariffs on farm goods."),
        ["zero Count 0"]
    );
    assert_eq!(
        view("He slept zero hours that night."),
        ["zero hours Duration 0 hour"]
    );
}
