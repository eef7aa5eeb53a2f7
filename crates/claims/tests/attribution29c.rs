//! Attribution, session 29 third round (issue 14, attr29c): the verbs that report only closing a
//! quote (attr29b: `responded`, `stressed`, `declared` ...) and `tweeted`, `warned` take their
//! source after them right after the quote's closing mark (`"...," responded Mr Chan.`), as
//! `said` does (`"...," said Mr Chan.`). Kept after a before/after diff of every changed frame on
//! the real corpus (crates/claims README, "Session 29c: attribution").

mod common;

use common::source;

/// Class: `"...," <closing verb | tweeted | warned> <source>.`: the phrase after the verb is the
/// source of the quote.
#[test]
fn a_closing_verb_inverted_after_a_quote_names_its_source() {
    for (s, q, a) in [
        (
            "\"We have lost 40 homes in the fire,\" responded Mayor Ann Hill.",
            "40",
            "Mayor Ann Hill",
        ),
        (
            "\"Sales rose 12 percent last year,\" tweeted Trump.",
            "12 percent",
            "Trump",
        ),
        (
            "\"As many as 3,000 jobs could go,\" warned the union.",
            "As many as 3,000",
            "the union",
        ),
        (
            "\"I used my one free pass tonight,\" replied Corden Senior.",
            "one",
            "Corden Senior",
        ),
        (
            "\"We will build 500 new homes!\" declared the mayor.",
            "500",
            "the mayor",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}

/// Class (the other way): `responded to` after a quote names what was answered, not a source;
/// and the verb after a bare comma is no inverted verb of saying (`..., warned by the storm,
/// officials closed 12 schools`).
#[test]
fn responded_to_and_a_closing_verb_after_a_comma_name_no_inverted_source() {
    for (s, q) in [
        (
            "\"The state lost 12 percent of its jobs,\" responded to the governor's claim.",
            "12 percent",
        ),
        (
            "Warned by the forecast, officials closed 12 schools, declared the emergency over \
             later.",
            "12",
        ),
    ] {
        assert_ne!(source(s, q).as_deref(), Some("the governor's claim"), "{s}");
        assert_ne!(source(s, q).as_deref(), Some("the emergency"), "{s}");
    }
}

/// Class: an active forecast verb whose forecast holds only a date (`X expects 2017 to bring
/// ...`, `X expects to be authorized on Wednesday`): the date is inside what is forecast, and the
/// forecaster is its source (docs/judging/frames.md: an active forecast verb reports); a bare
/// date before `to` is no date of the forecasting.
#[test]
fn a_forecasts_date_is_the_forecasters() {
    for (s, q, a) in [
        (
            "The consultancy Wood Mackenzie expects 2017 to bring a different mix of buyers.",
            "2017",
            "The consultancy Wood Mackenzie",
        ),
        (
            "Sturgeon expects to be authorized on Wednesday by the Scottish parliament.",
            "Wednesday",
            "Sturgeon",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}
