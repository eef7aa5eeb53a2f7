//! Attribution, session 25b (issue 14, attr25b): an active forecast verb with a stated agent is a
//! source of the figure it forecasts (`Cadillac expects sales ... to grow 10%`, `with officials
//! expecting growth of 2.1 percent`; docs/judging/frames.md, Attribution), its passive names none
//! (`is expected to`, `is forecast at`).
//! Kept after a before/after diff of every changed frame on the real corpus (crates/claims
//! README, "Session 25b: attribution").

mod common;

use common::source;

/// Class: `Cadillac expects sales in China to grow 10%`, `Tesco expects to take an exceptional
/// charge of 235m`, `with officials expecting growth of 2.1 percent`, `with the local weather
/// agency forecasting snowfall of some 30 centimetres`, `Jakarta ... expects up to $25bn`: the
/// agent of an active forecast verb says the figure.
#[test]
fn active_forecast_verbs_report_their_figure() {
    for (s, q, a) in [
        (
            "Cadillac expects sales in China to grow 10% this year.",
            "10%",
            "Cadillac",
        ),
        (
            "Tesco expects to take an exceptional charge of 235 million pounds to cover the penalty.",
            "235 million pounds",
            "Tesco",
        ),
        (
            "The outlook changed little, with officials expecting growth of 2.1 percent this year.",
            "2.1 percent",
            "officials",
        ),
        (
            "Snow fell in the area, with the local weather agency forecasting snowfall of some 30 centimetres.",
            "some 30 centimetres",
            "the local weather agency",
        ),
        (
            "And with organizers expecting more than 200,000 visitors, many are eager to go.",
            "more than 200,000",
            "organizers",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}

/// Class: `Growth is expected to reach 3 percent`, `is forecast at 3 percent`, `infrastructure
/// projects worth $3.7 billion`: a passive forecast, or `projects` as a noun, names no source.
#[test]
fn passive_forecasts_and_projects_name_no_source() {
    for (s, q) in [
        (
            "Growth is expected to reach 3 percent next year.",
            "3 percent",
        ),
        ("Growth is forecast at 3 percent next year.", "3 percent"),
        (
            "Officials shook hands on joint projects worth $3.7 billion in the capital.",
            "$3.7 billion",
        ),
        (
            "The plan includes eight major UK projects worth a total of 8.2 billion euros.",
            "8.2 billion euros",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
}

/// Class: `The DUP expects to take 31-33 seats and Sinn Fein has an expectation of 25-28, thus
/// leaving another block of approximately 30 seats`: a forecast's object ends at a comma or at a
/// conjunction before a new subject; what follows is the writer's.
#[test]
fn a_forecast_ends_at_the_next_clause() {
    let s = "The party expects to take 31 seats and Labour has an expectation of 25, thus leaving another block of approximately 30 seats.";
    assert_eq!(source(s, "31").as_deref(), Some("The party"));
    assert_eq!(source(s, "approximately 30"), None);
    // (a later reporting verb says it all: `China expects ..., the agency said`)
    let s = "China expects to increase its reserves by 420 billion cubic meters during the period, the National Energy Administration said.";
    assert_eq!(
        source(s, "420 billion cubic meters").as_deref(),
        Some("the National Energy Administration")
    );
}

/// Class: `tabloid "The Sun" reported dozens of the spiders ...`, `Financial newspaper
/// "Handelsblatt" reported that ...`, `..., news outlet "Aviation Herald" reported.`, `..., the
/// "New York Times" reported.`: an outlet's name in quotation marks before its verb is the
/// source, without the marks.
#[test]
fn a_quoted_outlet_name_before_its_verb_is_the_source() {
    let s = "Last year the tabloid \"The Sun\" reported dozens of the spiders invaded a home.";
    assert_eq!(source(s, "dozens").as_deref(), Some("The Sun"));
    let s = "The newspaper \"Handelsblatt\" reported that the rates would apply to accounts of at least three million euros.";
    assert_eq!(
        source(s, "at least three million euros").as_deref(),
        Some("Handelsblatt")
    );
    // (a quote closed by a comma is what is said, not a name: `"...," reported X`)
    let s = "\"We lost 40 people,\" reported the agency.";
    assert_ne!(source(s, "40").as_deref(), Some("We lost"));
}
