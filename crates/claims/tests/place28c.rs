//! Place of claim frames, session 28c (issue 14): a country that acts on others is no place of
//! the figure: the possessive owner of a deed (`Pyongyang's launch of four ballistic missiles`)
//! and the subject of a verb of giving away, refusing or imposing (`Ireland has pledged more
//! than 17m`). Each test is named after the rule it guards; the sentences are written for the
//! tests, shaped like the real corpus.

mod common;

use common::place_with_entities;
use reckon_entities::Label;

/// Class: a possessive place before a noun of a deed done to others (`launch`, `attacks`, `bid`,
/// `invasion`), right after the `'s` or over one lower-case modifier, is the actor of the deed,
/// not where the counted thing is. A possessive before what the place has keeps its place
/// (`China's gas demand`, `Idlib's population`).
#[test]
fn the_possessive_owner_of_a_deed_is_no_place() {
    assert_eq!(
        place_with_entities(
            "The Security Council met after Pyongyang's launch of four ballistic missiles on \
             Monday.",
            "four",
            &[("Pyongyang", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "The group speaks for the thousands of victims of Israel's brutal attacks.",
            "thousands",
            &[("Israel", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Progress on Montenegro's accession bid had been held up by two senators.",
            "two",
            &[("Montenegro", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Imports may account for more than 1.6 percent of China's gas demand.",
            "more than 1.6 percent",
            &[("China", Label::Gpe)],
        )
        .as_deref(),
        Some("China")
    );
}

/// Class: a place that is the subject of a verb of giving away, refusing or imposing
/// (`pledged`, `refused`, `donated`, `lent`, `imposed`), right before it or over one auxiliary,
/// is the giver or the payer: the money or the measure goes elsewhere. A place that spends its
/// own money keeps its place (`Germany spent 1.19 percent of its GDP on defense`).
#[test]
fn the_subject_of_a_verb_of_giving_away_is_no_place() {
    assert_eq!(
        place_with_entities(
            "Ireland has pledged more than 17m euros in funding for the peace process.",
            "more than 17m euros",
            &[("Ireland", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "After paying the first three coupons, Ukraine refused to repay $3.075 billion in \
             December 2015.",
            "$3.075 billion",
            &[("Ukraine", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "In response, the United States imposed sanctions on 18 Syrian military officials.",
            "18",
            &[("the United States", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Last year, Germany spent 1.19 percent of its GDP on defense.",
            "1.19 percent",
            &[("Germany", Label::Gpe)],
        )
        .as_deref(),
        Some("Germany")
    );
}

/// Class: the name of a sports competition, a cricket match's type or a funding round that the
/// recogniser labels a place (`Bundesliga`, `Test`, `Series B`) names no place.
#[test]
fn a_competition_labelled_a_place_is_no_place() {
    assert_eq!(
        place_with_entities(
            "Fans at the stadium have seen six Bundesliga wins this term.",
            "six",
            &[("Bundesliga", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "He is the top run scorer in Test cricket with 11,057 runs.",
            "11,057",
            &[("Test", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "It recently closed $15 million in Series B financing.",
            "$15 million",
            &[("Series B", Label::Gpe)],
        ),
        None
    );
}
