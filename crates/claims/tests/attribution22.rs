//! Attribution reached through a few more words (issue 14, session 22): a saying continued
//! (`went on to say`), a claim made with an infinitive (`claims to hold`), a medium quoting a
//! speaker (`"...," NHK quoted the minister`, `X quoted Y as saying that ...`) and a survey that
//! closes its sentence (`..., in a survey by X`). Each rule was kept after a before/after diff of
//! every changed frame on the real corpus (crates/claims README, "Session 22: attribution").

mod common;

use common::source;

#[test]
fn a_saying_continued_has_the_subject_of_went_on() {
    assert_eq!(
        source(
            "The union went on to say, \"We will strike for 48 hours unless the offer improves.",
            "48 hours"
        )
        .as_deref(),
        Some("The union")
    );
    assert_eq!(
        source(
            "The audit goes on to say that the deficit would reach $4 billion by 2019.",
            "$4 billion"
        )
        .as_deref(),
        Some("The audit")
    );
    assert_eq!(
        source(
            "\"We lost 30 boats in the storm,\" the harbour master went on to say.",
            "30"
        )
        .as_deref(),
        Some("the harbour master")
    );
}

#[test]
fn claims_to_with_an_infinitive_is_a_verb() {
    assert_eq!(
        source(
            "Today the retailer claims to hold about 40 percent of the online market.",
            "about 40 percent"
        )
        .as_deref(),
        Some("the retailer")
    );
    // the plural noun before a determiner reports nothing
    assert_eq!(
        source(
            "Insurance claims to the fund rose by 12 percent last year.",
            "12 percent"
        ),
        None
    );
}

#[test]
fn a_medium_quoting_a_speaker_gives_the_speaker() {
    assert_eq!(
        source(
            "\"We expect 200 more arrivals next week,\" Reuters quoted the mayor.",
            "200"
        )
        .as_deref(),
        Some("the mayor")
    );
    assert_eq!(
        source(
            "Rescuers pulled 14 people from the rubble, the state agency quoted the governor as saying on Friday.",
            "14"
        )
        .as_deref(),
        Some("the governor")
    );
    assert_eq!(
        source(
            "The broadcaster quoted the fire chief as saying that 40 homes had burned.",
            "40"
        )
        .as_deref(),
        Some("the fire chief")
    );
    // a pronoun quoted: the medium reports it
    assert_eq!(
        source(
            "\"The shelling lasted for three hours,\" the news agency quoted him.",
            "three hours"
        )
        .as_deref(),
        Some("the news agency")
    );
}

#[test]
fn a_document_quoted_is_no_speaker() {
    assert_eq!(
        source(
            "The minister quoted statistics issued by the bank on wages, and 5 percent growth.",
            "5 percent"
        ),
        None
    );
}

#[test]
fn a_survey_closing_its_sentence_reports_what_comes_before() {
    assert_eq!(
        source(
            "Support among farmers was higher, at 71 percent, in the poll by the National Farmers Union.",
            "71 percent"
        )
        .as_deref(),
        Some("the poll by the National Farmers Union")
    );
    assert_eq!(
        source(
            "Orders have grown for six months in a monthly survey by the Federal Reserve Bank of Dallas.",
            "six months"
        )
        .as_deref(),
        Some("a monthly survey by the Federal Reserve Bank of Dallas")
    );
    // (not `of`: a room, or the people surveyed)
    assert_eq!(
        source(
            "The minister spoke for 20 minutes in the study of the Royal Society.",
            "20 minutes"
        ),
        None
    );
}
