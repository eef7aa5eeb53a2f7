//! Session 27 (issue 17): classes of false and wrong quantities that text of outlets we have not
//! tuned on shows (tech blogs and news pages), each with sentences written for its test (none
//! copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04, a
/// Wednesday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn a_hardware_model_number_standing_for_the_thing() {
    assert!(view("He built the machine around a 3070, and it still runs.").is_empty());
    assert!(view("She sold her old 3080 to buy a new laptop.").is_empty());
    assert!(view("You will want a 5090 anyway.").is_empty());
    // a count keeps its noun, a year its range, a round hundred its number
    assert_eq!(
        view("The company hired a further 2350 workers."),
        ["2350 Count 2350"]
    );
    assert_eq!(
        view("They counted a total 2500, up from last year."),
        ["2500 Count 2500", "last year Date 2025"]
    );
}

#[test]
fn a_version_after_a_capitalised_name() {
    assert!(view("The lab released its Nova 2.5 model to paying users.").is_empty());
    assert!(view("The plan follows Japan's Society 5.0 strategy.").is_empty());
    // a speed or a scale's reading after its name stays a number
    assert_eq!(
        view("The jet reached Mach 1.8 over the sea."),
        ["1.8 Count 1.8"]
    );
    // a scale after it makes an amount of the name before
    assert_eq!(
        view("Output at the field fell to 1.2 million tons while Daqing 31.5 million tons rose."),
        [
            "1.2 million tons Dimension 1200000 ton",
            "31.5 million tons Dimension 31500000 ton"
        ]
    );
}

#[test]
fn digits_glued_after_a_full_stop() {
    // a footnote's mark, a user name's tail
    assert_eq!(
        view("Nobody mentions it any more.4 That is the problem."),
        Vec::<String>::new()
    );
    assert!(view("Message me on Signal (username: maryjones.47).").is_empty());
    // a sentence's stop that lost its space before a count keeps the count
    assert_eq!(
        view("Two people died.3 others were hurt."),
        ["Two Count 2", "3 Count 3"]
    );
}

#[test]
fn zero_trust_security() {
    assert!(view("The bank moved its network to zero-trust principles.").is_empty());
    assert_eq!(
        view("There were zero arrests at the match."),
        ["zero Count 0"]
    );
}

#[test]
fn a_clock_at_zero_hours_with_the_morning_mark() {
    assert_eq!(
        view("The post went up at 0:25 AM Beijing time on March 4th."),
        [
            "0:25 AM Beijing time Time 2026-03-04T00:25+08:00",
            "March 4th Date 2026-03-04"
        ]
    );
}

#[test]
fn milliseconds_are_a_unit_of_time() {
    assert_eq!(
        view("A 250-millisecond lag is enough to lose a sale."),
        ["250-millisecond Duration 250 millisecond"]
    );
}

#[test]
fn a_live_blogs_entry_stamp() {
    // `HH.MM` opening an entry of a live blog: the entry's time on the article's day
    assert_eq!(
        view("Voting is over. 21.40 Exit polls put the ruling party ahead."),
        ["21.40 Time 2026-03-04T21:40"]
    );
    assert_eq!(
        view("- 18.05-The president has left the building."),
        ["18.05 Time 2026-03-04T18:05"]
    );
    // a number before a noun in small letters or a unit is none
    assert_eq!(
        view("12.50 euros was the price."),
        ["12.50 euros Money 12.5 EUR"]
    );
}

#[test]
fn an_age_told_by_when_i_was() {
    assert_eq!(
        view("She has been riding horses since she was nine."),
        ["nine Age 9 year"]
    );
    assert_eq!(
        view("I moved to the city when I was 19, and never left."),
        ["19 Age 19 year"]
    );
    // a noun after it: no age
    assert_eq!(
        view("It was over when we were 12 points behind."),
        ["12 Count 12"]
    );
}

#[test]
fn a_list_items_number_with_a_full_stop() {
    // `N.` opening a sentence before a capitalised word: the item's label
    assert!(view("2. Mobile payments will keep growing in the cities.").is_empty());
    assert_eq!(
        view("The list has changed. 4. Which films are shown in three cinemas?"),
        ["three Count 3"]
    );
    // a count opening a sentence keeps its noun
    assert_eq!(view("5 people were hurt in the crash."), ["5 Count 5"]);
}

#[test]
fn a_short_code_in_a_contact_box() {
    // `SMS/MMS: 61124`: the number to text, no quantity
    assert!(view("Get in touch. SMS/MMS: 80345 or email us.").is_empty());
    assert!(view("Send your pictures by SMS: 80345.").is_empty());
    // a count after a colon keeps its count
    assert_eq!(
        view("Messages sent: 80345 in one week."),
        ["80345 Count 80345", "one week Duration 1 week"]
    );
}
