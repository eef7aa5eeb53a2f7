//! Time of claim frames, session 28 (issue 14): the age of a speaker, and a date in a relative
//! clause on another noun, are no date stated for an age.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::time_of;

/// Class: an age inside a source's own phrase (`Name, N, said`, `Name, a N-year-old X, told Y on
/// Wednesday that`) describes the speaker: a date told of the speaker in passing is no date the
/// sentence names for the age (`frame/time/age.rs`, `speaker_number`); the day of the saying is
/// (the ruling of session 33 on numbers of the speakers, which replaced session 28's reading that
/// it was not; `speaker_time`); an age at an event told inside the phrase keeps its date.
#[test]
fn the_age_of_a_speaker_takes_no_date() {
    let at = (2017, 2, 24);
    assert_eq!(
        time_of(
            "Kate Miller, 25, a student at the University of Arkansas, told Sen. Tom Cotton on Wednesday night that she would lose her coverage.",
            at,
            "25"
        )
        .as_deref(),
        Some("2017-02-22")
    );
    assert_eq!(
        time_of(
            "Tuesday's action aims to give companies a more active role, Taylor, 37, said.",
            at,
            "37"
        ),
        None
    );
    // an age at an event of the speaker's phrase keeps the event's date
    assert_eq!(
        time_of(
            "Anita Roddick, who founded the firm in 1976 at the age of 34, said her motivation was simple.",
            at,
            "age of 34"
        )
        .as_deref(),
        Some("1976")
    );
    // an age outside any source keeps the date of its clause's event
    assert_eq!(
        time_of(
            "Mazen Faqha, 38, was shot dead by unknown gunmen on Friday outside his home.",
            at,
            "38"
        )
        .as_deref(),
        Some("2017-02-24")
    );
}

/// Class: a date after the age inside a relative clause that a comma opens on another noun
/// (`..., to replace Gen. Michael Flynn, who was fired Monday`) or on the aged person's own
/// noun phrase further on (`A 54-year-old catering assistant, who claimed ... two years ago,`)
/// tells that clause's event, not one the age is given at (`frame/time/age.rs`,
/// `across_relative`); so does one before the age, closed by a comma (`The Conservatives, who
/// were forced into third in 2015, are putting forward 25-year-old Jack Brereton`); a clause
/// right after the age's comma, one closed before the date, or one on a noun the age is said of
/// by a copula (`The baby, who died on 3 March, was 3 days old`) keeps its date.
#[test]
fn a_date_in_a_relative_clause_on_another_noun_is_not_the_age_s() {
    let at = (2017, 2, 17);
    assert_eq!(
        time_of(
            "Harward, 60, had been the leading candidate to replace Gen. Michael Flynn, who was fired Monday.",
            at,
            "60"
        ),
        None
    );
    assert_eq!(
        time_of(
            "A 54-year-old catering assistant, who claimed she has had back pain since she slipped on a spillage two years ago, has been awarded damages.",
            at,
            "54-year-old"
        ),
        None
    );
    assert_eq!(
        time_of(
            "The Conservatives, who were narrowly forced into third in 2015 by UKIP, are putting forward 25-year-old Jack Brereton.",
            at,
            "25-year-old"
        ),
        None
    );
    // a relative clause on the noun the age is said of keeps its date
    assert_eq!(
        time_of(
            "The baby, who died on 3 March, was 3 days old.",
            (2017, 3, 10),
            "3 days old"
        )
        .as_deref(),
        Some("2017-03-03")
    );
    assert_eq!(
        time_of(
            "Mazen Faqha, 38, who was shot dead by unknown gunmen on Friday, was buried in Gaza.",
            at,
            "38"
        )
        .as_deref(),
        Some("2017-02-17")
    );
    // a relative clause closed before the date leaves the main predicate's date to the age
    assert_eq!(
        time_of(
            "The 48-year-old exporter, who has never held political office, took the oath of office on Tuesday.",
            at,
            "48-year-old"
        )
        .as_deref(),
        Some("2017-02-14")
    );
}
