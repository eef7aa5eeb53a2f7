//! Attribution, session 38 (issue 14, attr43): a report or a finding that shows a clause with no
//! `that`. Sentences written for the tests, shaped like the real corpus.

mod common;

use common::check_source;

/// Class: a report, analysis, review, audit, assessment or investigation (singular) right before
/// `shows` is a document that shows what follows (frames.md, "Documents and data as sources"),
/// as `document` and `records` were (attr42), also with `also` between (`The report also shows
/// there have been ...`).
#[test]
fn a_report_that_shows_a_clause() {
    check_source(
        "The report shows Smith paid $38 million in taxes in 2005.",
        "$38 million",
        Some("report"),
    );
    check_source(
        "The report also shows there have been significant improvements in survival during the last 20 years.",
        "20 years",
        Some("report"),
    );
}

/// Controls: `reports` after `also` in an existential clause is a noun, and a plural noun of
/// reports before another noun reports nothing.
#[test]
fn reports_as_a_noun_stay_the_writers() {
    check_source(
        "There are also reports of 12 people missing in the north.",
        "12",
        None,
    );
}
