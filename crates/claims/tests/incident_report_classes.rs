//! The quantity classes that the third independent gold batch (`tests/gold/indep3.*`: US local
//! news on shootings, a development batch since it was scored once) showed misread (issue 17):
//! the day of a clock time far from the day it continues from, numbers a phone or a firearm
//! takes, ages said without `years`, and idioms of `one` and `first`. One test per class, named
//! after what it guards.

mod common;

use jiff::civil::date;

/// `text kind value unit time` of every claim of `text` in an article of 2016-02-13 (a Saturday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, date(2016, 2, 13)))
}

#[test]
fn a_clock_time_takes_the_incident_day_named_sentences_before() {
    // the day of the incident, named in the lede, several sentences before the time
    assert_eq!(
        view(
            "A man shot his wife Thursday evening. He said he did not expect it. He said it \
             was an accident. She was in the bedroom. Officers responded at about 5:48 p.m."
        ),
        [
            "Thursday evening Date 2016-02-11",
            "5:48 p.m. Time 2016-02-11T17:48"
        ]
    );
    // a day that dates what was said (`said Friday`) or the writing (`today`) is not the day the
    // account continues from
    assert_eq!(
        view(
            "On Thursday afternoon a rifle went off. His aunt said Friday she did not know who \
             brought it. He expressed remorse today. The shooting happened around 3:40 p.m."
        ),
        [
            "Thursday afternoon Date 2016-02-11",
            "Friday Date 2016-02-12",
            "today Date 2016-02-13",
            "3:40 p.m. Time 2016-02-11T15:40"
        ]
    );
}

#[test]
fn a_day_named_far_back_carries_over_only_near_the_article_date() {
    // a day of the reporting carries over when no event is dated before the time
    assert_eq!(
        view(
            "Officials on Thursday said three men died. It was a club. Nobody knew it. The \
             first call came at 22:30."
        ),
        [
            "Thursday Date 2016-02-11",
            "three Count 3",
            "first Ordinal 1",
            "22:30 Time 2016-02-11T22:30"
        ]
    );
    // a date of years ago, three sentences back, does not date the time
    assert_eq!(
        view(
            "She was born on March 3, 1990. She grew up in Ohio. She moved away. She got up \
             at 6:20 a.m."
        ),
        [
            "March 3, 1990 Date 1990-03-03",
            "6:20 a.m. Time 2016-02-13T06:20"
        ]
    );
}

#[test]
fn the_small_hours_after_a_named_night_are_the_next_day() {
    assert_eq!(
        view("A boy was shot Friday night. He was shot just after midnight on Elkan."),
        [
            "Friday night Date 2016-02-12",
            "midnight Time 2016-02-13T00:00"
        ]
    );
    // an evening hour stays on the night's day
    assert_eq!(
        view("A boy was shot Friday night. It happened at 11 p.m."),
        [
            "Friday night Date 2016-02-12",
            "11 p.m. Time 2016-02-12T23:00"
        ]
    );
}

#[test]
fn a_clock_time_ending_a_sentence_does_not_take_the_next_ones_day() {
    // `p.m.` ends the sentence as well as the abbreviation: `Saturday` is the next sentence's
    assert_eq!(
        view("He was shot Friday evening. It happened shortly before 6 p.m. He died Saturday."),
        [
            "Friday evening Date 2016-02-12",
            "6 p.m. Time 2016-02-12T18:00",
            "Saturday Date 2016-02-13"
        ]
    );
    // inside one sentence a day after the time still dates it, after a zone too
    assert_eq!(
        view("It happened at 6 p.m. on Friday."),
        ["6 p.m. Time 2016-02-12T18:00", "Friday Date 2016-02-12"]
    );
    assert_eq!(
        view("Join us at 7 p.m. Eastern on Friday, February 19."),
        [
            "7 p.m. Time 2016-02-19T19:00",
            "Friday, February 19 Date 2016-02-19"
        ]
    );
}

#[test]
fn a_bracketed_number_spelling_the_word_before_it_is_a_phone_number() {
    // the digits spell the capitals before the bracket on a phone keypad
    assert!(view("Anyone with information should call 574-LMPD (5673).").is_empty());
    assert!(view("Text your tip to CRIMES (274637) or call.").is_empty());
    // an area code in brackets before a vanity number
    assert!(view("call the Tip Line at (719) 634-STOP (7867) now").is_empty());
    // a short code right after `text`
    assert!(view("Call 1-800-TIPS, or text 274637.").is_empty());
    // a year after the noun `text` stays a year
    assert_eq!(view("some text 2020"), ["2020 Date 2020"]);
    // a bracketed number after capitals that it does not spell stays a number
    assert_eq!(view("the NRA (5000) members"), ["5000 Count 5000"]);
}

#[test]
fn gauges_and_millimetre_calibres_name_a_firearm() {
    assert!(view("a pellet from a .20-gauge shotgun and a 20-gauge shotgun").is_empty());
    assert!(view("he slept with a 9-millimeter gun on the floor").is_empty());
    // a length in millimetres without a firearm stays a dimension
    assert_eq!(view("a 9-millimeter gap"), ["9-millimeter Dimension 9 mm"]);
}

#[test]
fn ages_by_decade_and_ages_said_of_a_person() {
    assert_eq!(
        view("Police are looking for three men in their 20s."),
        ["three Count 3", "20s Age [20,30) year"]
    );
    assert_eq!(
        view("He is described in his late 30s."),
        ["late 30s Age ~[37,40) year"]
    );
    assert_eq!(
        view("Investigators say the victim is 15, and the suspect is 16."),
        ["15 Age 15 year", "16 Age 16 year"]
    );
    assert_eq!(
        view("three children believed to be 4, 7 and 12, were found"),
        [
            "three Count 3",
            "4 Age 4 year",
            "7 Age 7 year",
            "12 Age 12 year"
        ]
    );
    // a number of people, a measure, a decade of the calendar are no ages
    assert_eq!(
        view("The number of victims is 15, police said."),
        ["15 Count 15"]
    );
    assert_eq!(
        view("The suspect was 6 feet tall."),
        ["6 feet Dimension 6 ft"]
    );
    assert!(!view("music of the 80s").iter().any(|v| v.contains("Age")));
}

#[test]
fn idioms_of_first_before_a_clause_rank_nothing() {
    assert!(view("how the gun got into the school in the first place and why").is_empty());
    assert!(view("It hit the car seat first because it was closer.").is_empty());
    // a rank before a noun stays a rank
    assert_eq!(view("the first shot hit the car"), ["first Ordinal 1"]);
}

#[test]
fn a_holiday_after_an_article_is_a_name() {
    assert!(view("while attending a Fourth of July event").is_empty());
    // a fraction stays a fraction
    assert_eq!(view("a fourth of the votes"), ["a fourth Fraction 0.25"]);
}

#[test]
fn ages_said_of_he_or_she_and_pairs_of_decades() {
    assert_eq!(view("He was 76. He had been ill."), ["76 Age 76 year"]);
    assert_eq!(
        view("she was 15 when the doctor abused her"),
        ["15 Age 15 year"]
    );
    assert_eq!(
        view("both adults in their 30s and 40s, were taken to hospital"),
        ["30s Age [30,40) year", "40s Age [40,50) year"]
    );
    assert_eq!(
        view("The mother, who is 28, told police"),
        ["28 Age 28 year"]
    );
    assert_eq!(
        view("The man was in his mid-40s, police said."),
        ["mid-40s Age ~[44,47) year"]
    );
    // a range keeps its two ends
    assert_eq!(
        view("programming since he was 10 or 11."),
        ["10 or 11 Count [10,11]"]
    );
}

#[test]
fn repetitions_and_lengths_before_an_event() {
    assert_eq!(
        view("the other was shot twice in the groin"),
        ["twice Count 2"]
    );
    // a multiplier is no count of repetitions here: a fraction 2 (GUIDELINES.md, decision 253)
    assert_eq!(view("it cost twice as much"), ["twice Fraction 2"]);
    assert_eq!(
        view("Allen was arrested one day after authorities issued a warrant."),
        ["one day Duration 1 day"]
    );
    // `one day` alone is some day
    assert!(view("One day he will be king.").is_empty());
}

#[test]
fn one_of_a_pair_acting_on_the_other_is_no_count() {
    assert!(view("Police believe one twin accidentally shot the other.").is_empty());
    // a count of one in its own clause stays
    assert_eq!(view("one man died and the other was hurt"), ["one Count 1"]);
}

#[test]
fn names_and_addresses_of_local_news() {
    assert!(view("a k-nine police dog was there").is_empty());
    assert!(view("It happened near 3740 West, police said.").is_empty());
    // a year before a compass word that opens a name stays a year
    assert_eq!(
        view("In 2016 North Korea tested a bomb."),
        ["2016 Date 2016"]
    );
    // a possessive's `s` before a spelled number is no letter of a name
    assert_eq!(
        view("Syria's-six-year civil war"),
        ["six-year Duration 6 year"]
    );
}

#[test]
fn clock_times_of_the_evening_and_birthdays_ahead() {
    assert_eq!(
        view("Officers were called around 9:30 last night."),
        ["9:30 Time 2016-02-12T21:30", "last night Date 2016-02-12"]
    );
    // `turns 6 on Sunday`: the next Sunday
    assert_eq!(
        view("The boy who was shot turns 6-years-old on Sunday."),
        ["6-years-old Age 6 year", "Sunday Date 2016-02-14"]
    );
}

#[test]
fn heights_weights_and_composite_sentences() {
    assert_eq!(
        view("He is described as about 5-foot-11 and 170 pounds."),
        [
            "about 5-foot-11 Dimension ~71 in",
            "170 pounds Dimension 170 lb"
        ]
    );
    assert_eq!(
        view("He is 6 feet 2 inches tall."),
        ["6 feet 2 inches Dimension 74 in"]
    );
    // pounds without a body's measure stay money
    assert_eq!(
        view("The firm lost 170 pounds a week."),
        ["170 pounds Money 170 GBP"]
    );
    assert_eq!(
        view("He served part of a one-year, four-month sentence."),
        ["one-year, four-month Duration 16 month"]
    );
}

#[test]
fn a_range_of_clock_times_is_one_interval() {
    assert_eq!(
        view("The gun went off between 9:30 and 9:40 p.m., police said."),
        ["between 9:30 and 9:40 p.m. Time 2016-02-13T21:30/2016-02-13T21:40"]
    );
    assert_eq!(
        view("rush hours, from 7 to 9 am"),
        ["from 7 to 9 am Time 2016-02-13T07:00/2016-02-13T09:00"]
    );
    // a range of counts stays a range of counts
    assert_eq!(
        view("between 9 and 10 people"),
        ["between 9 and 10 Count [9,10]"]
    );
}

#[test]
fn an_age_in_apposition_to_a_person_noun() {
    assert_eq!(
        view("The victim, 23, was taken to a hospital."),
        ["23 Age 23 year"]
    );
    assert_eq!(view("The boy, 4, found the gun."), ["4 Age 4 year"]);
    assert_eq!(
        view("A man, 45, and a woman, 38, were shot."),
        ["45 Age 45 year", "38 Age 38 year"]
    );
    // after a thing it stays a count
    assert_eq!(view("The total, 23, was low."), ["23 Count 23"]);
}

#[test]
fn a_day_without_a_year_after_since_is_past() {
    // in a November article `since Jan. 1` is this year's, not the next (the nearer one)
    assert_eq!(
        common::view_of(&common::run_at(
            "He is the fourth person shot in the area since Jan. 1.",
            date(2016, 11, 21)
        )),
        ["fourth Ordinal 4", "Jan. 1 Date 2016-01-01"]
    );
}

#[test]
fn a_two_digit_year_is_in_the_century_that_does_not_put_it_far_ahead() {
    // a birth date in a police release: 1994, not 2094
    assert_eq!(
        view("The father, Eric Morales (09/01/94), was not on scene."),
        ["09/01/94 Date 1994-09-01"]
    );
    // a recent two-digit year stays in this century
    assert_eq!(
        view("The report dated 02/10/16 said so."),
        ["02/10/16 Date 2016-02-10"]
    );
}
