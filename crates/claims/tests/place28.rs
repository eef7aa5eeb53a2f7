//! Place of claim frames, session 28 (issue 14): the base of a multiple or a fraction after
//! `that of`/`those of` is the other side of a comparison, not where the counted thing is.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::place_with_entities;
use reckon_entities::Label;

/// Class: a place after `that of` or `those of` that follows a multiple, a fraction or `than`
/// (`eight times those of China`, `about half that of the United States`, `10 times that of
/// Earth`) is the base the figure is compared with (`frame/place/relations.rs`,
/// `compared_base`); a place of the figure's own phrase is still taken.
#[test]
fn the_base_of_a_multiple_is_no_place() {
    let ents = [("China", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "The labor costs, however, are almost eight times those of China.",
            "almost eight",
            &ents
        ),
        None
    );
    let ents = [("United States", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "Its price will be around $70 million, about half that of the United States' newest jet.",
            "about half",
            &ents
        ),
        None
    );
    // not a place of the figure's own phrase
    let ents = [("Vietnam", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "Wages in Vietnam are about half those paid a decade ago.",
            "about half",
            &ents
        )
        .as_deref(),
        Some("Vietnam")
    );
}
