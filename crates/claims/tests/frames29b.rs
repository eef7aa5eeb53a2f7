//! Place and time of claim frames, session 29 second round (issue 14): a sports figure dated by
//! the season its own clause names.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::time_of;

/// Class: a count or a rank of a game's sentence with `this season`/`last season`/`this
/// term`/`last term` in its own clause holds in that season, the window of its two years
/// (`frame/time/season.rs`); not across a comparison or a contrast, not a season's possessive,
/// and not a season of weather.
#[test]
fn a_sports_figure_holds_in_the_season_its_clause_names() {
    let at = (2017, 2, 24);
    assert_eq!(
        time_of(
            "Hertha have won just four away games this season.",
            at,
            "four"
        )
        .as_deref(),
        Some("2016/2017")
    );
    assert_eq!(
        time_of(
            "Schalke finished seventh in the league last term.",
            at,
            "seventh"
        )
        .as_deref(),
        Some("2015/2016")
    );
    // a season in the autumn is the one that began that summer
    assert_eq!(
        time_of(
            "This season they have scored 31 goals in 12 games.",
            (2016, 11, 14),
            "31"
        )
        .as_deref(),
        Some("2016/2017")
    );
    // (the other side of a comparison is another season's)
    let s = "They lost only three games last season compared with 14 in this campaign.";
    assert_eq!(time_of(s, at, "three").as_deref(), Some("2015/2016"));
    assert_eq!(time_of(s, at, "14"), None);
    // (a season's possessive dates the noun after it)
    assert_eq!(
        time_of(
            "Two of last season's relegated clubs have won their league games.",
            at,
            "Two"
        )
        .as_deref(),
        None
    );
    // (no game in the sentence: a weather season is no league's)
    assert_eq!(
        time_of(
            "There have been only 18 hot nights in the city this season.",
            (2017, 3, 1),
            "18"
        ),
        None
    );
}
