//! Place of claim frames, session 29c (issue 14): a participial clause after a comma shares the
//! place of the clause it hangs on (the guidelines' "clause with no subject of its own").
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::place_with_entities;
use reckon_entities::Label;

/// Class: a clause opened by a participle of harm or of a running total (`killing`,
/// `wounding`, `injuring`, `leaving`, `displacing`, `bringing`) right after a comma takes the
/// place its host clause names after `in`/`at` or before a possessive (`frame/place/host.rs`,
/// `participle_host`), when its own clause names none.
#[test]
fn a_participle_after_a_comma_shares_the_host_place() {
    let ents = [("Lahore", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "A bomb exploded in a crowded market in Lahore, killing at least 15 people.",
            "at least 15",
            &ents
        )
        .as_deref(),
        Some("Lahore")
    );
    let ents = [("Mali", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "Gunmen stormed a hotel in Mali's capital on Friday, leaving 27 people dead.",
            "27",
            &ents
        )
        .as_deref(),
        Some("Mali")
    );
}

/// Class: the participle's own clause keeps its own place, a language is no place
/// (`The bomber shouted in Arabic, killing ...`), and `bringing together` gathers people, it
/// brings no total to the host's place.
#[test]
fn a_participle_keeps_its_own_place_and_no_language() {
    let ents = [("Florida", Label::Gpe), ("Georgia", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "Storms swept across Florida, leaving 40,000 homes in Georgia without power.",
            "40,000",
            &ents
        )
        .as_deref(),
        Some("Georgia")
    );
    let ents = [("Arabic", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "The bomber shouted in Arabic, killing at least 15 people.",
            "at least 15",
            &ents
        ),
        None
    );
    let ents = [("France", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "The campaign in France held a televised debate, bringing together five of the 11 candidates.",
            "five",
            &ents
        ),
        None
    );
}

/// Class: a participle of a running total or a share (`increasing`, `rising`, `accounting`,
/// `representing`, `averaging`) after a comma holds its figure in the host clause's place
/// (`frame/place/host.rs`, `SHARING_PARTICIPLES`).
#[test]
fn a_total_or_share_participle_shares_the_host_place() {
    let ents = [("Tianjin", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "A fleet of 500 electric buses hit the roads on Jan 4 in Tianjin, increasing the number of such buses to 1,346.",
            "1,346",
            &ents
        )
        .as_deref(),
        Some("Tianjin")
    );
    let ents = [("China", Label::Gpe)];
    assert_eq!(
        place_with_entities(
            "In 2014, 212,590 service robots were sold in China, accounting for less than 5 percent of the global market.",
            "less than 5 percent",
            &ents
        )
        .as_deref(),
        Some("China")
    );
}
