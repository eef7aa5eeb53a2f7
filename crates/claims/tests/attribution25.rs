//! Attribution, session 25 (issue 14, attr25): `recorded` names what happened to its subject or
//! what it made far more often than a count it gives (`Germany recorded a budget surplus`, `the
//! highest temperature ever recorded`): it reports only before `that` or after a noun of data.
//! Each rule was kept after a before/after diff of every changed frame on the real corpus
//! (crates/claims README, "Session 25: attribution").

mod common;

use common::source;

/// Class: `Germany recorded a budget surplus again in 2016`, `the Social Democrats recorded a
/// strong victory in the December elections`, `Stoke recorded the strongest support for Brexit`,
/// `the songs Berry recorded for Chess in the 1950s`: a result or a work of the subject, no one's
/// report.
#[test]
fn recorded_as_a_happening_names_no_source() {
    for (s, q) in [
        ("While Germany recorded a budget surplus again in 2016, its debt was high.", "2016"),
        (
            "The Social Democrats recorded a strong victory in the December elections.",
            "December",
        ),
        (
            "Stoke recorded the strongest support for Brexit in last June's referendum.",
            "June",
        ),
        ("Those songs Berry recorded for Chess in the 1950s were hits.", "1950s"),
        (
            "Milwaukee's 71 degrees was the highest temperature ever recorded in the state in the winter.",
            "71 degrees",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
}

/// Class: `police recorded that 300 cars were stolen`, `official figures recorded 5,000 cases`:
/// `recorded` before its `that`, or after a noun of data, still reports.
#[test]
fn recorded_before_that_or_after_data_reports() {
    let s = "Police recorded that 300 cars were stolen last year.";
    assert_eq!(source(s, "300").as_deref(), Some("Police"));
    let s = "Official figures recorded 5,000 cases of the disease.";
    assert!(source(s, "5,000").is_some(), "{s}");
    // the other counting verbs are unchanged
    let s = "Police counted 3,000 protesters in the square.";
    assert_eq!(source(s, "3,000").as_deref(), Some("Police"));
}
