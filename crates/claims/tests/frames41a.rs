//! Attribution, session 37 (issue 14, attr41): promises, pledges and demands are verbs of saying
//! for the figure promised or demanded (docs/judging/frames.md, "Promises, pledges and
//! demands"): `The government pledged 500 new homes` -> the government. A promise only described,
//! a plan that calls for something, the people urged, and the date or setting of the promise are
//! no one's content. Sentences written for the tests, shaped like the real corpus.

mod common;

use common::check_source;

/// Class: a named or described speaker promises, pledges, vows, proposes, demands or calls for
/// a figure: the speaker is its source.
#[test]
fn a_promised_figure_is_the_promisers() {
    check_source(
        "The government pledged 500 new homes for the region.",
        "500",
        Some("The government"),
    );
    check_source(
        "The senator has specifically called for a 25 percent tax on imported steel.",
        "25 percent",
        Some("The senator"),
    );
    check_source(
        "The mayor has vowed to hire 2,000 police officers by 2020.",
        "2,000",
        Some("The mayor"),
    );
    check_source(
        "The ministry has promised to publish the plan - its new budget - by the end of next month.",
        "next month",
        Some("The ministry"),
    );
}

/// Class: the people urged are its addressees; what is urged opens at its `to`.
#[test]
fn the_people_urged_are_no_content() {
    check_source(
        "Authorities urged some 40,000 residents to leave before the storm arrived.",
        "some 40,000",
        None,
    );
    check_source(
        "The governor urged residents to cut water use by 20 percent.",
        "20 percent",
        Some("The governor"),
    );
}

/// Controls: a promise only described, a plan calling for a figure, a noun `calls`, and the
/// date or setting of the promise or demand.
#[test]
fn described_promises_plans_and_settings_have_no_source() {
    check_source(
        "The 500 homes promised last year were never built.",
        "500",
        None,
    );
    check_source(
        "The plan called for spending $90 million on new roads.",
        "$90 million",
        None,
    );
    check_source(
        "It followed the minister rejecting calls for a second vote.",
        "second",
        None,
    );
    check_source(
        "The bishop demanded urgent action Wednesday to protect civilians.",
        "Wednesday",
        None,
    );
    check_source(
        "The senator called for unity in her first speech to the chamber.",
        "first",
        None,
    );
    check_source(
        "The union called for calm after a night of riots in which dozens of shops were burned.",
        "dozens",
        None,
    );
}
