//! Session 28 (q28, issue 17): false quantities of text no batch was tuned on, each class with
//! sentences written for its test (none copied from a gold batch or the text read) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn a_headline_amount_is_no_live_stamp() {
    // `HH.MM` opening a headline before a capitalised scale word is an amount, not a time
    let v = view("10.50 Million Shares Change Hands In Block Trade.");
    assert!(v.iter().all(|x| !x.contains("Time")), "{v:?}");
    assert!(v.iter().any(|x| x.starts_with("10.50 Million")), "{v:?}");
    // the stamp before a capitalised word stays a time
    assert_eq!(
        view("Voting is over. 21.40 Exit polls put the ruling party ahead."),
        ["21.40 Time 2026-03-04T21:40"]
    );
}

#[test]
fn one_before_a_typed_dash_ends_its_phrase() {
    // `--` typed for a dash ends the phrase as a spaced dash does: `had one--` is the pronoun
    assert!(view("His early life--if he ever had one--gets little space.").is_empty());
    assert!(view("She always wanted a dog but never got one--her landlord said no.").is_empty());
    // a count before the dash stays a count
    assert_eq!(
        view("They found one--just one--survivor."),
        ["one Count 1", "one Count 1"]
    );
}

#[test]
fn a_broadcasters_number_is_its_name() {
    // a station named by a brand and a number: no quantity
    assert!(view("He told BBC Radio 4: \"We will not back down.\"").is_empty());
    assert!(view("Europe 1 did not give the driver's name.").is_empty());
    assert!(
        view("She spoke to the French radio station Europe 1 on Sunday.")
            .iter()
            .all(|x| x.starts_with("Sunday"))
    );
    assert!(view("The film airs on BBC Two Scotland and on France 24.").is_empty());
    // a measure, a score or a count after the brand stays a quantity
    assert_eq!(
        view("France 2-1 was the final score."),
        ["2-1 Count 2 score"]
    );
    let v = view("Europe 1 million migrants arrived, the report said.");
    assert!(v.iter().any(|x| x.starts_with("1 million")), "{v:?}");
    let v = view("She listened to Radio 4 hours a day.");
    assert!(v.iter().any(|x| x.starts_with("4 hours")), "{v:?}");
}

#[test]
fn from_a_short_span_of_years_is_that_span() {
    // `from 2007-10`: the span of years 2007 to 2010, as `in 2007-10`, not counts 2007 to 10
    assert_eq!(
        view("A drought plagued the region from 2007-10, the report found."),
        ["2007-10 Date 2007/2010"]
    );
    assert_eq!(
        view("He worked in the county jail from 2003-07."),
        ["2003-07 Date 2003/2007"]
    );
    // a range of counts after `from` stays one
    assert_eq!(
        view("Class sizes range from 20-30 pupils."),
        ["from 20-30 Count [20,30]"]
    );
}

#[test]
fn five_live_is_a_station() {
    // BBC Radio 5 Live by its short name
    assert!(view("The comedian told 5 live he had meant no harm.").is_empty());
    assert!(view("Since 5 live's report, the firm has changed its labels.").is_empty());
    assert!(view("5 live Investigates asked every fire brigade for figures.").is_empty());
    // live things counted stay counts
    assert_eq!(
        view("Rescuers pulled 5 live cats from the rubble."),
        ["5 Count 5"]
    );
}

#[test]
fn an_international_phone_number_is_none() {
    let v = view("Send us your pictures on WhatsApp: +44 (0)7700 900123 or by e-mail.");
    assert!(v.is_empty(), "{v:?}");
    assert!(view("Readers can call +1 212 555 0100 with tips.").is_empty());
    // a sign before a number that is a quantity stays one
    assert_eq!(view("The index closed +2 points higher."), ["2 Count 2"]);
}

#[test]
fn a_labelled_items_number_is_no_count() {
    // `Point 1:` numbers an item of an argument or a charge sheet
    assert!(view("Point 2: The market has room for both firms.").is_empty());
    assert!(view("Charge 1: insulting the head of state.").is_empty());
    // a count after a label word inside the sentence, or before a time, stays
    assert_eq!(
        view("He made 3 points: one on tax."),
        ["3 Count 3", "one Count 1"]
    );
    let v = view("Step 2:30 is when the doors open.");
    assert!(!v.is_empty(), "{v:?}");
}
