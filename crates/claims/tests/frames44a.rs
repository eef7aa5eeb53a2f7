//! Attribution, session 39 (issue 14, attr44): verbs the frames golds take as saying (`countered
//! that`, `countered by saying`, `asked for`, `offered` a sum), and the date of a saying before
//! `, quoted by X`. Sentences written for the tests, shaped like the real corpus.

mod common;

use common::check_source;

/// Class: `countered that` reports its clause as `recalled that` does (a that-only verb), and a
/// past verb's `by saying` reports for the sentence's subject (fresh29 #29, #111).
#[test]
fn countering_is_saying() {
    check_source(
        "Environmental groups countered that the plan will create 4,000 jobs.",
        "4,000",
        Some("groups"),
    );
    check_source(
        "The minister countered by saying there were 12 arrests last month.",
        "12",
        Some("minister"),
    );
}

/// Controls: `countered` without `that` names an act, and `by` before another participle is a
/// means, not a saying.
#[test]
fn countering_an_attack_and_other_means_stay_the_writers() {
    check_source(
        "The army countered the attack with 300 troops.",
        "300",
        None,
    );
    check_source("Officials responded by arresting 12 people.", "12", None);
}

/// Class: `asked for` demands as `called for` does, and `offered` pledges a sum of money
/// (frames.md, "Promises, pledges and demands"; fresh29 #123, #165).
#[test]
fn asking_for_and_offering_a_sum_are_demands_and_pledges() {
    check_source(
        "Prosecutors had asked for eight years in prison for the former leader.",
        "eight years",
        Some("Prosecutors"),
    );
    check_source(
        "The ministry has offered 100 million euros in funding for the projects.",
        "100 million euros",
        Some("ministry"),
    );
}

/// Controls: an offer of anything but money is no pledge of a figure, and a passive offer has
/// no source.
#[test]
fn offers_of_other_things_stay_the_writers() {
    check_source("The airline offered flights to 30 cities.", "30", None);
    check_source(
        "Residents were offered 500 euros each in compensation.",
        "500 euros",
        None,
    );
}

/// Class: the date of a saying before `, quoted by X` is not what the medium quotes (fresh29
/// #148), as the date before `, citing X` is not.
#[test]
fn the_date_before_quoted_by_is_the_sayings() {
    let s = "\"We have taken 12 towns,\" the defence minister said on Thursday, quoted by the state-run news agency.";
    check_source(s, "Thursday", None);
    check_source(s, "12", Some("minister"));
}

/// Class: `explains` closing a quote is its tag, also before `as` and a pronoun opening the
/// circumstance of the saying (fresh29 #189).
#[test]
fn explains_closing_a_quote() {
    check_source(
        "\"I paid a commission of 2,000 rupees,\" Anisa explains as she stands in front of her shack.",
        "2,000 rupees",
        Some("Anisa"),
    );
}

/// Control: `explains` with no quote before it names no saying of a figure.
#[test]
fn explains_without_a_quote_stays_the_writers() {
    check_source(
        "The weather explains why 30 flights were cancelled.",
        "30",
        None,
    );
}

/// Class: plural estimates or forecasts that `project` or `see` a figure are its source, as data
/// that show it (fresh26 #121), past a parenthesis.
#[test]
fn estimates_that_project_a_figure() {
    check_source(
        "Estimates project the People's Party (VVD) is followed by a three-way tie for second.",
        "three",
        Some("Estimates"),
    );
    check_source(
        "Forecasts see growth of 2 percent in the region.",
        "2 percent",
        Some("Forecasts"),
    );
}

/// Control: `see` after another noun, or `projects` as a noun, is no forecast.
#[test]
fn other_seeing_and_projects_stay_the_writers() {
    check_source("Tourists see 12 temples on the tour.", "12", None);
    check_source(
        "The estimates of the projects reached $3 billion.",
        "$3 billion",
        None,
    );
}
