//! Behaviours found on the real news corpus (one error class per test): what the corpus's text
//! looks like, what reckon-claims must read in it, and the near misses it must leave alone.

use reckon_claims::Extraction;

mod common;

fn run(text: &str) -> Extraction {
    common::run_at(text, jiff::civil::date(2017, 3, 20))
}

/// `text kind value unit time` of every claim, one per entry.
fn view(text: &str) -> Vec<String> {
    common::view_of(&run(text))
}

#[test]
fn currency_sign_lost_in_the_encoding() {
    // the corpus lost `£`/`€` as U+FFFD or `?`: money of unknown currency, scale kept
    assert_eq!(
        view("the cost could be \u{fffd}16m this year"),
        ["\u{fffd}16m Money 16000000", "this year Date 2017"]
    );
    assert_eq!(
        view("a grant of up to \u{fffd}10,000 for buyers"),
        ["up to \u{fffd}10,000 Money (,10000]"]
    );
    // (the segmenter's sentence break inside `1.3` is not one)
    assert_eq!(
        view("and that \u{fffd}1.3bn a year was spent"),
        ["\u{fffd}1.3bn Money 1300000000"]
    );
    assert_eq!(
        view("worth more than ?3.3m at the time"),
        ["more than ?3.3m Money (3300000,)"]
    );
    assert_eq!(
        view("he paid ?30m-?40m for it"),
        ["?30m-?40m Money [30000000,40000000]"]
    );
    // other lost characters: a quote (`"?0/20"`, `"?016`) or a question mark after a number
    assert_eq!(view("she told \"?0/20\" in"), ["0 Count 0", "20 Count 20"]);
    assert_eq!(view("Is it true? Three ? can."), ["Three Count 3"]);
}

#[test]
fn ranges_of_days_are_one_date_interval() {
    assert_eq!(
        view("On February 4-6 Ukrainian troops shelled the town"),
        ["February 4-6 Date 2017-02-04/2017-02-06"]
    );
    assert_eq!(
        view("the forum runs from Jan 17 to 20 in Davos"),
        ["Jan 17 to 20 Date 2017-01-17/2017-01-20"]
    );
    assert_eq!(
        view("interviewed 1,009 Scots between 23-27 February."),
        [
            "1,009 Count 1009",
            "23-27 February Date 2017-02-23/2017-02-27"
        ]
    );
    assert_eq!(
        view("It will be held on February 9-25, 2018."),
        ["February 9-25, 2018 Date 2018-02-09/2018-02-25"]
    );
    // not a range of days: a clock time, a quantity, a falling pair
    assert_eq!(
        view("on March 3 to 5 p.m."),
        ["March 3 Date 2017-03-03", "5 p.m. Time 2017-03-03T17:00"]
    );
    assert_eq!(
        view("Since March 3-5 days passed"),
        ["March 3 Date 2017-03-03", "5 days Duration 5 day"]
    );
}

#[test]
fn one_as_a_pronoun_or_partitive_is_not_a_count() {
    // every `one of ...` partitive, and the idioms around `one`
    assert!(view("Sessions was one of Trump's biggest campaign supporters").is_empty());
    assert!(view("One of the officers was charged").is_empty());
    assert!(view("Russia doesn't have to be one or the other.").is_empty());
    assert!(view("They came in one by one, one after another.").is_empty());
    // the generic pronoun before a modal, opening a clause
    assert!(view("\"One also expects that the UK-EU will have a trade agreement.").is_empty());
    assert!(view("In the end, one can only wonder how it went.").is_empty());
    // counts stay counts
    assert_eq!(view("only one can be used at a time"), ["one Count 1"]);
    assert_eq!(view("one person was killed"), ["one Count 1"]);
    assert_eq!(view("Two of them were freed"), ["Two Count 2"]);
}

#[test]
fn emergency_numbers_are_not_counts() {
    assert!(view("customers in several states from connecting to 911.").is_empty());
    assert!(view("Her roommate called 911, according to police.").is_empty());
    assert!(view("police responded to a 911 call of shots fired").is_empty());
    assert!(view("Dublin calls 112/999 for an ambulance").is_empty());
    // the same digits as a count
    assert_eq!(view("and 112 people were detained"), ["112 Count 112"]);
    assert_eq!(view("closed up 112 points."), ["112 Count 112"]);
}

#[test]
fn area_units_glued_or_abbreviated() {
    assert_eq!(
        view("to clear a 5,000sq-km \"safe zone\""),
        ["5,000sq-km Dimension 5000 km2"]
    );
    assert_eq!(
        view("A new 34,500sq/m campus"),
        ["34,500sq/m Dimension 34500 m2"]
    );
    assert_eq!(
        view("at least 4 sq m per prisoner"),
        ["at least 4 sq m Dimension [4,) m2"]
    );
    assert_eq!(view("a 300sq ft flat"), ["300sq ft Dimension 300 ft2"]);
}

#[test]
fn first_as_an_adverb_or_in_a_compound_ranks_nothing() {
    assert!(view("a Brexit that puts jobs, living standards and rights first,").is_empty());
    assert!(view("The statement was first reported by the Huffington Post.").is_empty());
    assert!(view("\"First of all, we speak about visas.").is_empty());
    assert!(view("It was weird at first.").is_empty());
    assert!(view("a libel lawsuit the first lady re-filed").is_empty());
    // ranks
    assert_eq!(view("The first reported crime was"), ["first Ordinal 1"]);
    assert_eq!(view("she came first in the race"), ["first Ordinal 1"]);
    // `first` before a numeral is a count of the earliest ones (decisions 109 and 254,
    // session 29): no ordinal
    assert_eq!(
        view("in the first two weeks"),
        ["two weeks Duration 2 week"]
    );
}

#[test]
fn digit_ordinals_inside_names_rank_nothing() {
    assert!(view("the Naples-headquartered US 6th fleet press service").is_empty());
    assert!(view("the 9th U.S. Circuit Court of Appeals").is_empty());
    assert!(view("a checkpoint at 15th Street").is_empty());
    assert!(view("the repeal of the 8th amendment").is_empty());
    assert_eq!(view("the 54th anniversary"), ["54th Ordinal 54"]);
}

#[test]
fn a_weekday_opening_a_sentence_takes_the_tense_of_the_verb_after_it() {
    // 2017-03-20 is a Monday: Wednesday is the 15th or the 22nd
    assert_eq!(
        view("On Wednesday, Dutch voters will decide between two candidates."),
        ["Wednesday Date 2017-03-22", "two Count 2"]
    );
    assert_eq!(
        view("On Wednesday, they bricked up the entrance."),
        ["Wednesday Date 2017-03-15"]
    );
    // not opening the sentence: the verb before it decides, as before
    assert_eq!(
        view("Trump met Abe on Wednesday and will travel on."),
        ["Wednesday Date 2017-03-15"]
    );
}

#[test]
fn names_in_capitals_with_a_number_and_24_7_are_identifiers() {
    assert!(view("the space is open 24/7, has WiFi").is_empty());
    assert!(view("according to local news station KOB 4.").is_empty());
    assert!(view("companies listed in the FTSE 250 Index").is_empty());
    assert!(view("a consequence of SB 4.").is_empty());
    // a count after an acronym, a year after AD
    assert_eq!(view("sued the EPA 13 times"), ["13 Count 13"]);
}

#[test]
fn one_in_lexicalised_compounds_and_stock_codes_are_not_counts() {
    assert!(view("it was not hearing a \"one-sided story\".").is_empty());
    assert!(view("a one-stop shop and a one-off payment").is_empty());
    assert!(view("About Infortrend (TWSE: 2495) has been").is_empty());
    // a number of parts is still a count
    assert_eq!(view("a one-page letter"), ["one Count 1"]);
}

#[test]
fn a_unit_of_time_measured_from_another_time_is_one() {
    // the guidelines' `a year later`: the article stands for the numeral
    assert_eq!(
        view("Sisi was elected in 2014, a year after the coup."),
        ["2014 Date 2014", "a year Duration 1 year"]
    );
    assert_eq!(
        view("An hour later the police came."),
        ["An hour Duration 1 hour"]
    );
    assert_eq!(view("They met a year ago."), ["a year ago Date 2016"]);
    // a rate is not
    assert_eq!(view("It costs $5 a day after tax."), ["$5 Money 5 USD"]);
}

#[test]
fn a_span_of_time_later_or_earlier_counts_from_the_date_before_it() {
    // anchored on the nearest earlier date of the sentence, not on the article's date
    assert_eq!(
        view("The plant opened in 2009 and closed three years later."),
        ["2009 Date 2009", "three years later Date 2012"]
    );
    assert_eq!(
        view("The talks began in June 2015 and collapsed two months later."),
        ["June 2015 Date 2015-06", "two months later Date 2015-08"]
    );
    assert_eq!(
        view("He graduated in 1982 and spent the next year teaching."),
        ["1982 Date 1982", "next year Date 1983"]
    );
    // without a date before it, it stays a duration; `next year` alone counts from the article
    assert_eq!(
        view("The road reopened two years later."),
        ["two years Duration 2 year"]
    );
    assert_eq!(view("The vote is next year."), ["next year Date 2018"]);
}

#[test]
fn last_night_is_the_day_before() {
    assert_eq!(
        view("Police arrested 12 people last night."),
        ["12 Count 12", "last night Date 2017-03-19"]
    );
}

#[test]
fn a_fall_from_one_number_to_another_is_two_numbers() {
    // a change, not a range; the first number takes the second's unit
    assert_eq!(
        view("The sentence was cut from 36 to 18 months."),
        ["36 Duration 36 month", "18 months Duration 18 month"]
    );
    assert_eq!(
        view("Staff numbers fell from 1,200 to 950."),
        ["1,200 Count 1200", "950 Count 950"]
    );
    // a rise stays a range
    assert_eq!(
        view("Prices ranged from 40 to 60 dollars."),
        ["from 40 to 60 dollars Money [40,60] USD"]
    );
}

#[test]
fn n_or_the_next_number_is_a_range() {
    assert_eq!(
        view("Tickets cost 5 or 6 euros each."),
        ["5 or 6 euros Money [5,6] EUR"]
    );
    assert_eq!(
        view("It happened 15 or 20 years ago."),
        ["15 or 20 years Duration [15,20] year"]
    );
    // two unrelated numbers are not
    assert_eq!(
        view("Choose 2 or 40 of them."),
        ["2 Count 2", "40 Count 40"]
    );
}

#[test]
fn rules_calibres_and_third_countries_are_not_quantities() {
    assert_eq!(
        view("He invoked Rule 22 of the chamber."),
        Vec::<String>::new()
    );
    assert_eq!(
        view("She carried a .45-caliber pistol."),
        Vec::<String>::new()
    );
    assert_eq!(
        view("Goods bound for third countries were held."),
        Vec::<String>::new()
    );
    assert_eq!(view("It finished third in the race."), ["third Ordinal 3"]);
}

#[test]
fn a_weekday_opening_a_name_after_the_is_no_date() {
    // (2017-03-20 is a Monday)
    assert_eq!(
        view("He told the Sunday Times that 3 men died."),
        ["3 Count 3"]
    );
    assert_eq!(
        view("Dent, leader of the Tuesday Group, will oppose the bill."),
        Vec::<String>::new()
    );
    // a weekday after `the` before a lower-case word, a month or a part of the day stays a date
    assert_eq!(
        view("On the Sunday before Easter, 3 men died."),
        ["Sunday Date 2017-03-19", "3 Count 3"]
    );
}
