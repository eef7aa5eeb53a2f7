//! Time of claim frames, session 27 (issue 14): a fronted time adverbial past a leading `But`
//! or `And`, and a rank of a run (`for the third year in a row`) after a comma at the date of
//! the clause before it.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::time_of;

/// Class: a sentence that a coordinating conjunction links to the one before (`But on
/// Wednesday night, ...`, `And in 2016, ...`) has its fronted time adverbial after the
/// conjunction; the date is the time of the figures of the main clause, as without it
/// (`frame/time.rs`, `fronted_at`).
#[test]
fn a_fronted_date_after_a_leading_conjunction() {
    let at = (2017, 3, 9);
    assert_eq!(
        time_of(
            "But on Wednesday night, in front of a full stadium, the visitors conceded three goals.",
            at,
            "three"
        )
        .as_deref(),
        Some("2017-03-08")
    );
    assert_eq!(
        time_of(
            "And in 2016, the agency recorded 4,200 complaints about the service.",
            at,
            "4,200"
        )
        .as_deref(),
        Some("2016")
    );
    // a `but` inside the sentence opens no fronted clause of the figure
    assert_eq!(
        time_of(
            "The club signed 12 players, but in 2015, it sold most of them.",
            at,
            "12"
        ),
        None
    );
}

/// Class: a rank of a run of years, months or times (`for the third year in a row`, `for the
/// second consecutive month`, `for the first time in a decade`) in a `for` phrase after a comma
/// ranks the event of the clause before it, at that clause's date (`frame/time.rs`, `host`); a
/// rank of a thing after the comma takes no date.
#[test]
fn a_running_rank_takes_the_date_of_the_clause_before() {
    let at = (2017, 3, 14);
    assert_eq!(
        time_of(
            "Record bleaching hit the reef in 2016, for the third year in a row, scientists said.",
            at,
            "third"
        )
        .as_deref(),
        Some("2016")
    );
    assert_eq!(
        time_of(
            "Exports fell in February, for the second consecutive month.",
            at,
            "second"
        )
        .as_deref(),
        Some("2017-02")
    );
    assert_eq!(
        time_of(
            "The company moved its offices in 2015, for the second floor of the tower.",
            at,
            "second"
        ),
        None
    );
}

/// Class: a dateline in capitals glued to the first sentence of an article (`WASHINGTON "?In
/// 2005, ...`, `LONDON - On Monday, ...`) does not hide the fronted time adverbial after it
/// (`frame/time.rs`, `fronted_at`, `time/lists.rs` `dateline_end`); a dateline a comma goes on
/// from gives nothing new.
#[test]
fn a_fronted_date_after_a_dateline() {
    let at = (2017, 3, 15);
    assert_eq!(
        time_of(
            "WASHINGTON - In 2005, the company paid $38 million in taxes, according to the records.",
            at,
            "$38 million"
        )
        .as_deref(),
        Some("2005")
    );
    assert_eq!(
        time_of(
            "LONDON - On Monday, police arrested 14 people near the stadium.",
            at,
            "14"
        )
        .as_deref(),
        Some("2017-03-13")
    );
}

/// Class: an ordinal glued by a hyphen to a noun of a kind (`first-tier cities`, `the
/// second-child policy`, `first-degree murder`, `a first-leg loss`, `a sixth-floor apartment`)
/// names a class, not a dated event: no time (`time/lists.rs` `ranked_kind`); a superlative
/// (`the second-largest exporter`), `-ever` and the parts of an event (`a first-round game`) keep
/// their date.
#[test]
fn an_ordinal_naming_a_kind_takes_no_date() {
    let at = (2017, 3, 14);
    assert_eq!(
        time_of(
            "The universal second-child policy was implemented at the start of 2016.",
            at,
            "second"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Police searched his sixth-floor apartment in the suburb on Saturday.",
            at,
            "sixth"
        ),
        None
    );
    assert_eq!(
        time_of(
            "In 2014, China became the second-largest exporter of car parts into the US.",
            at,
            "second"
        )
        .as_deref(),
        Some("2014")
    );
    assert_eq!(
        time_of(
            "Syracuse hosts Greensboro in a first-round game on Tuesday night.",
            at,
            "first"
        )
        .as_deref(),
        Some("2017-03-14")
    );
}
