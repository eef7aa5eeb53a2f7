//! Place and time of claim frames, session 29 (issue 14): a figure dated `the following year`
//! after another figure's year, and a name owning a game's score.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::{place_with_entities, time_of};
use reckon_entities::Label;

/// Class: the second figure of a series dated `the following year` right after it holds in the
/// year after the first figure's (`frame/time/following.rs`); the first figure keeps its own
/// year, and `a year later`, which the scan reads as a date of its own, is left to it.
#[test]
fn the_following_year_is_the_year_after_the_first_figure() {
    let at = (2017, 3, 20);
    let s = "Road deaths fell from 1,204 in 2014 to 1,098 the following year, the agency said.";
    assert_eq!(time_of(s, at, "1,204").as_deref(), Some("2014"));
    assert_eq!(time_of(s, at, "1,098").as_deref(), Some("2015"));
    assert_eq!(
        time_of(
            "The country took in 890,000 asylum seekers in 2015 and 280,000 more the following year.",
            at,
            "280,000"
        )
        .as_deref(),
        Some("2016")
    );
    assert_eq!(
        time_of(
            "The firm sold 3,000 cars in 2012 and 4,500 a year later.",
            at,
            "4,500"
        )
        .as_deref(),
        Some("2013")
    );
}

/// Class: a name right after `in`/`at` that owns the game (`in Cologne's 1-0 win over
/// Wolfsburg`) is the team whose win it is, not the venue (`frame/place/scores.rs`, `venue`);
/// a venue after `in` with no possessive stays the place.
#[test]
fn a_team_owning_the_score_is_no_venue() {
    let ents = [("Cologne", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "His goal, the only goal in Cologne's 1-0 win over Wolfsburg, came from the penalty spot.",
            "1-0",
            &ents
        ),
        None
    );
    let ents = [("Leipzig", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "Their 3-0 defeat in Leipzig aside, Eintracht have lost only one other game.",
            "3-0",
            &ents
        )
        .as_deref(),
        Some("Leipzig")
    );
}

/// Class: a clause opened by `where`, `home to` or `which is home to` right after a comma that
/// follows a place name is about that place (`civilians in Mosul, where at least 307 people
/// have been killed`, `the state of Uttar Pradesh, home to 220 million people`): its figure
/// takes the place when its own clause names none (`frame/place/host.rs`); a place of the own
/// clause still wins.
#[test]
fn a_where_clause_is_in_the_place_before_it() {
    let ents = [("Mosul", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "The pope called for civilians to be protected in Mosul, where at least 307 people have been killed in a month.",
            "at least 307",
            &ents
        )
        .as_deref(),
        Some("Mosul")
    );
    let ents = [("Uttar Pradesh", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "The party won a majority in the northern state of Uttar Pradesh, home to 220 million people, in a massive vote.",
            "220 million",
            &ents
        )
        .as_deref(),
        Some("Uttar Pradesh")
    );
    // (a comma after a common noun opens no clause of a place)
    let ents = [("Mosul", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "Troops retook the airport near Mosul last week, where 40 soldiers had been killed.",
            "40",
            &ents
        ),
        None
    );
}

/// Class: a recognised place name that swallowed the figure's own number (`The two Maastricht
/// criteria` recognised as `two Maastricht`, a glued headline's `Tianjin Hundreds of flights`)
/// is no place of that figure; another place of the clause is still taken.
#[test]
fn a_name_holding_the_figure_is_no_place() {
    let ents = [("two Maastricht", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "The two Maastricht criteria are meant to be respected after entering the eurozone.",
            "two",
            &ents
        ),
        None
    );
    let ents = [("Tianjin Hundreds", Label::Gpe), ("Shanghai", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "Smog in Tianjin Hundreds of flights have been canceled in Shanghai because of the smog.",
            "Hundreds",
            &ents
        )
        .as_deref(),
        Some("Shanghai")
    );
}

/// Class: a bare `M/D` date is an attack's name (`9/11`, `7/7`) and dates no figure around it
/// (`the four 9/11 pilots`, `benefits for 9/11 first responders`; `frame/time/named.rs`); a
/// window it opens keeps it (`since the 7/7 attacks`).
#[test]
fn an_attack_named_by_its_date_dates_no_figure() {
    let at = (2017, 3, 20);
    assert_eq!(
        time_of(
            "Three of the four 9/11 pilots belonged to a Hamburg terror cell.",
            at,
            "Three"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Congress had to pay for $7.4 billion in long-term benefits for 9/11 first responders.",
            at,
            "$7.4 billion"
        ),
        None
    );
    assert!(
        time_of(
            "Police said about 50 plots had been thwarted since 9/11.",
            at,
            "about 50"
        )
        .is_some_and(|t| t.starts_with("2001-09-11/"))
    );
}

/// Class: a clause of its own that is only a relative period (`, in the past three months,`)
/// dates the figures of the sentence whose own clauses name no date (`frame/time/period_clause.rs`);
/// not past a colon, whose list describes something else, nor a value at one end of the period.
#[test]
fn a_period_clause_dates_the_figures_around_it() {
    let at = (2017, 1, 9);
    let s = "The country saw five major work safety incidents, including four involving coal mines, in the past three months, with at least 179 people losing their lives.";
    assert_eq!(time_of(s, at, "five").as_deref(), Some("2016-10/2017-01"));
    assert_eq!(
        time_of(s, at, "at least 179").as_deref(),
        Some("2016-10/2017-01")
    );
    // (a value at one end of the period is not over it)
    assert_eq!(
        time_of(
            "Agents grew five-fold, over the past 25 years, with budgets rising from $1.5 billion to $19.5 billion.",
            at,
            "$1.5 billion"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Developing, over the last 50 years, is a dual system of government: one for the settlers and one for the others.",
            at,
            "one"
        ),
        None
    );
}
