//! Attribution, session 39 (issue 14, attr45): a noun-like reporting verb (`states`, `notes`,
//! `claims`) closing its sentence after a comma is the tag of what comes before it, as `said` is.
//! Sentences written for the tests, shaped like the real corpus.

mod common;

use common::check_source;

/// Class: `..., the report states.` tags the clause before it (fresh30 #97).
#[test]
fn a_closing_noun_like_tag_reports() {
    check_source(
        "However, many others plan to spend 2% by 2024, the report states.",
        "2%",
        Some("report"),
    );
    check_source(
        "The firm lost 40 million dollars last year, the indictment claims.",
        "40 million dollars",
        Some("indictment"),
    );
}

/// Controls: a place name or a norm in that position says nothing.
#[test]
fn a_closing_place_or_norm_is_no_tag() {
    check_source(
        "The company employs 3,000 people in Canada and the United States.",
        "3,000",
        None,
    );
    check_source("Each member may hold 5 seats, the law states.", "5", None);
}
