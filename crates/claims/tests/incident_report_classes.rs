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
    // inside one sentence a day after the time still dates it
    assert_eq!(
        view("It happened at 6 p.m. on Friday."),
        ["6 p.m. Time 2016-02-12T18:00", "Friday Date 2016-02-12"]
    );
}
