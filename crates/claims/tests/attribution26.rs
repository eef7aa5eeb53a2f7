//! Attribution, session 26 (issue 14, attr26): a source described by a compound with a number
//! (`the 35-year-old said`, `The 38-year-old father-of-six says`) and a source whose phrase holds a
//! frequency word (`the quarterly review said`, `Israeli daily Haaretz reported`), both cut short
//! or lost before (`old witness`, no source).
//! Kept after a before/after diff of every changed frame on the real corpus (crates/claims
//! README, "Session 26: attribution").

mod common;

use common::source;

/// Class: `"...," the 35-year-old said`, `The 34-year-old father of two says he ... the $150`,
/// `the 67-year-old shoe shiner says`, `The 38-year-old father-of-six says`, `The PA Consulting
/// Report ... in 2008-said`: the walk back from the verb goes over a number opening a hyphenated
/// compound and over the words between its hyphens.
#[test]
fn a_source_described_by_a_number_compound_is_whole() {
    for (s, q, a) in [
        (
            "\"We want to come back again next year,\" the 35-year-old said during the tournament.",
            "next year",
            "the 35-year-old",
        ),
        (
            "The 34-year-old father of two says he earns $150 a month from cement work.",
            "$150",
            "The 34-year-old father of two",
        ),
        (
            "The 38-year-old father-of-six says he will not try a third time.",
            "third",
            "The 38-year-old father-of-six",
        ),
        (
            "\"I played my 150th match,\" the 31-year-old Wolfsburg striker said.",
            "150th",
            "the 31-year-old Wolfsburg striker",
        ),
        (
            "The 28-nation bloc said 40 people were hurt.",
            "40",
            "The 28-nation bloc",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}

/// Class: `One 36-year-old woman told Reuters`, `The 22-year-old says he was`: the number that
/// describes the speaker is no content of what the speaker says.
#[test]
fn the_number_describing_the_speaker_is_not_attributed() {
    for (s, q) in [
        (
            "One 36-year-old woman told Reuters by phone she did not want to be too hopeful.",
            "One",
        ),
        (
            "The 22-year-old says he was pushed to the ground.",
            "22-year-old",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
}

/// Class: `the quarterly review said`, `Israeli daily Haaretz reported`, `the Daily Mail
/// reported`, `Vedomosti business daily says`: a frequency word in `-ly` inside the source's
/// phrase is an adjective or a noun, no adverb; before a common noun that names no source it
/// still ends the phrase (`The daily grind of governing will likely reveal tonight's ...`).
#[test]
fn a_frequency_word_stays_in_the_source_phrase() {
    for (s, q, a) in [
        (
            "\"It is an annual decrease of 60.6 percent,\" the quarterly review said.",
            "60.6 percent",
            "the quarterly review",
        ),
        (
            "The army fired 12 missiles towards the jets, Israeli daily Haaretz reported.",
            "12",
            "Israeli daily Haaretz",
        ),
        (
            "There was anger when the Daily Mail reported that he received 149,000 pounds.",
            "149,000 pounds",
            "the Daily Mail",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
    assert_eq!(
        source(
            "The daily grind of governing will likely reveal tonight's speech to be rare, with 3 aides.",
            "3"
        ),
        None
    );
}

/// Class: `Lavrov recalled that in February the two countries marked the 45th anniversary`, `Fan
/// reckons that these days there are about 60 ...`, `Johnston speculated that Trump, who is the
/// first president ...`: verbs that report only with `that` right after them.
#[test]
fn verbs_that_report_only_before_that() {
    for (s, q, a) in [
        (
            "Lavrov recalled that in February the two countries marked the 45th anniversary of relations.",
            "45th",
            "Lavrov",
        ),
        (
            "Fan reckons that these days there are about 60 Chinese diving coaches in the Maldives.",
            "about 60",
            "Fan",
        ),
        (
            "Johnston speculated that Trump, who is the first president in decades not to release his taxes, was the source.",
            "first",
            "Johnston",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
    // (without `that` they name an act, or are a noun: `Toyota recalled 3 million cars`, `remarks
    // that cost 3 million dollars`)
    for (s, q) in [
        ("Toyota recalled 3 million cars last year.", "3 million"),
        (
            "Spicer made remarks that cost the taxpayer 3 million dollars.",
            "3 million dollars",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
}

/// Class: `Since September 2016, Sini said, 125 MS-13 members have been arrested`: a period
/// opening the sentence (`since`, `by`, `until`) is no date of the saying, which no period spans;
/// a point still is (`Yesterday evening, officials told RT.`).
#[test]
fn a_fronted_period_before_an_inserted_source_is_content() {
    assert_eq!(
        source(
            "Since September 2016, Sini said, 125 MS-13 members have been arrested.",
            "September 2016"
        )
        .as_deref(),
        Some("Sini")
    );
    assert_eq!(
        source("Yesterday evening, officials told RT.", "Yesterday"),
        None
    );
}

/// Class: `..., commission projections show.`, `official figures show`: projections are data
/// whose closing `show` reports the figures before it, like `figures` and `estimates`.
#[test]
fn projections_are_data_that_show_figures() {
    assert_eq!(
        source(
            "The policy will reduce the nation's aging rate by 2 percent, commission projections show.",
            "2 percent"
        )
        .as_deref(),
        Some("commission projections")
    );
}

/// Class: `William famously showed his solidarity ... after the November 2015 terror attack`,
/// `Gladbach showed some early ambition`, `Filinov showed up Thursday`: `show` without `that`
/// after a bare name reports nothing; after data, documents and pictures it still does.
#[test]
fn a_bare_name_that_shows_something_reports_nothing() {
    for (s, q) in [
        (
            "William famously showed his solidarity with the French people days after the November 2015 attack.",
            "November 2015",
        ),
        ("Filinov showed up Thursday at a Moscow court.", "Thursday"),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
    for (s, q, a) in [
        (
            "Polls show four other parties are expected to gain more than 10 seats.",
            "more than 10",
            "Polls",
        ),
        (
            "Government figures show there are more than 6,500 people stuck in hospital beds.",
            "more than 6,500",
            "Government figures",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}
