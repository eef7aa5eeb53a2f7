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

#[test]
fn no_n_is_a_rank_after_a_determiner_or_a_name_s_number_otherwise() {
    // a place in a ranking: after a determiner or a possessive and before the noun ranked,
    // after a verb of being, alone in brackets after a name
    assert_eq!(
        view("Inflation is the No 1 worry of voters, the poll found."),
        ["1 Ordinal 1"]
    );
    assert_eq!(
        view("She was tipped for the agency's No 2 post."),
        ["2 Ordinal 2"]
    );
    assert_eq!(
        view("They are now the No 1 and No 3 suppliers of soy."),
        ["1 Ordinal 1", "3 Ordinal 3"]
    );
    assert_eq!(view("Our brand is No 1 in the region."), ["1 Ordinal 1"]);
    assert_eq!(view("Only Acme (No 41) made the list."), ["41 Ordinal 41"]);
    // a name's number or an address: no quantity
    assert!(view("Number 10 declined to comment on the report.").is_empty());
    assert!(view("A No 10 source said talks would go on.").is_empty());
    assert!(view("He works for Harbin No 4 Machinery Works.").is_empty());
    assert!(view("Nobody at Number 10 or 11 Downing Street saw it.").is_empty());
    assert!(view("Take the number 9 bus to the station.").is_empty());
    // the rank after a word of reaching stays, and the verb is no name
    assert_eq!(
        view("The single entered the chart at number six."),
        ["six Ordinal 6"]
    );
    assert_eq!(
        view("The rebels were thought to number 2,000."),
        ["2,000 Count 2000"]
    );
}

#[test]
fn a_model_and_its_variant_are_a_designation() {
    assert!(view("The airline flies the Boeing 777-200LR on the route.").is_empty());
    assert_eq!(
        view("Its fleet has 14 Boeing 737-800 aircraft."),
        ["14 Count 14"]
    );
    assert!(view("The 777-8X will carry more passengers.").is_empty());
    // scores and ranges stay
    assert_eq!(
        view("The Lakers beat Boston 112-100 on Sunday."),
        ["112-100 Count 112 score", "Sunday Date 2021-03-07"]
    );
    assert_eq!(
        view("Plans cost 100-200 yuan."),
        ["100-200 yuan Money [100,200] CNY"]
    );
}

#[test]
fn a_bare_number_said_of_a_person_before_and_or_at_the_time_is_an_age() {
    assert_eq!(
        view("The driver, who was 31 and from Leeds, was not hurt."),
        ["31 Age 31 year"]
    );
    assert_eq!(
        view("Police said he was 52 and had no record."),
        ["52 Age 52 year"]
    );
    assert_eq!(
        view("The student, who was 20 at the time, later sued."),
        ["20 Age 20 year"]
    );
    // a number said of a thing, or a second number, stays a count
    assert_eq!(view("The fee was 40 and rising."), ["40 Count 40"]);
}

#[test]
fn over_a_year_and_a_singular_noun_is_a_topic_not_a_bound() {
    assert_eq!(view("Man charged over 2014 shooting"), ["2014 Date 2014"]);
    // a count after over takes a plural or a unit
    assert_eq!(
        view("Over 1750 people attended."),
        ["Over 1750 Count (1750,)"]
    );
    assert_eq!(
        view("They sold over 1250 homes."),
        ["over 1250 Count (1250,)"]
    );
}

#[test]
fn the_london_bombings_named_by_their_day_and_an_idiom_of_always() {
    assert_eq!(
        view("Dozens of plots have been foiled since the 7/7 attacks."),
        ["Dozens Count ~[24,100)", "7/7 Date 2005-07-07"]
    );
    assert!(view("Campaigning is now a 24/7/365 business.").is_empty());
    // a date with its year stays that date
    assert_eq!(
        view("The office reopened on 7/7/2020."),
        ["7/7/2020 Date 2020-07-07"]
    );
}

#[test]
fn a_docket_number_is_no_quantity() {
    assert_eq!(
        view("The suit, case 19-cv-2231, was filed on Monday."),
        ["Monday Date 2021-03-08"]
    );
    assert!(view("He is charged in No. 1:20-cr-00457 in Brooklyn.").is_empty());
}

#[test]
fn a_minute_marked_with_a_prime_in_a_scorer_bracket_is_a_duration() {
    assert_eq!(
        view("Leeds 2-1 Hull (Bamford 12', Harrison pen 77' - Lewis 40') Leeds held on at home."),
        [
            "2-1 Count 2 score",
            "12 Duration 12 minute",
            "77 Duration 77 minute",
            "40 Duration 40 minute"
        ]
    );
    // a height keeps its feet
    assert_eq!(
        view("The forward stands at 6'2\" in boots."),
        ["6'2\" Dimension 74 in"]
    );
}
