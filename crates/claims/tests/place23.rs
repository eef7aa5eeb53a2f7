//! The place of a claim frame, session 23 (issue 14): places that a preposition makes a relation
//! of the figure (where a flow goes, what an inquiry is about). Each test is named after the rule
//! it guards; the sentences are written for the tests, shaped like the real corpus.

mod common;

use common::place_with_entities;
use reckon_entities::Label;

/// Class: where a flow of goods, money or flights goes (`exports to`, `debt to`, `flights to`).
#[test]
fn where_a_flow_goes_is_no_place_of_the_figure() {
    assert_eq!(
        place_with_entities(
            "Exports to Brazil increased 8.2 percent year-on-year in March.",
            "8.2 percent",
            &[("Brazil", Label::Gpe)],
        ),
        None
    );
    // the exporter's possessive is where the exports come from, and is kept
    assert_eq!(
        place_with_entities(
            "Vietnam's exports to Japan reached $18 billion last year.",
            "$18 billion",
            &[("Vietnam", Label::Gpe), ("Japan", Label::Gpe)],
        )
        .as_deref(),
        Some("Vietnam")
    );
    assert_eq!(
        place_with_entities(
            "The court will hear the case of Greece's $2 billion debt to Germany next month.",
            "$2 billion",
            &[("Greece", Label::Gpe), ("Germany", Label::Gpe)],
        )
        .as_deref(),
        Some("Greece")
    );
    assert_eq!(
        place_with_entities(
            "The airline will run three weekly flights to Valencia from June.",
            "three",
            &[("Valencia", Label::Gpe)],
        ),
        None
    );
    // a means of travel is no flow: the troops go with the train and are there
    assert_eq!(
        place_with_entities(
            "The army began sending vehicles by train to Estonia along with 300 troops.",
            "300",
            &[("Estonia", Label::Gpe)],
        )
        .as_deref(),
        Some("Estonia")
    );
    // a visit's figures happen where the visit is
    assert_eq!(
        place_with_entities(
            "Official visits to Aspen have cost $2.1 million in police overtime this year.",
            "$2.1 million",
            &[("Aspen", Label::Gpe)],
        )
        .as_deref(),
        Some("Aspen")
    );
}

/// Class: where people or a craft are heading (`headed to`, `heading to`, `on his way to`), and
/// the place of that destination (`heading to Jarablus in the Aleppo countryside`).
#[test]
fn where_people_are_heading_is_no_place_of_the_figure() {
    assert_eq!(
        place_with_entities(
            "The plane carried four passengers and was headed to Denver when it crashed.",
            "four",
            &[("Denver", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Some 3,000 residents have left the town and are heading to Idlib in the Aleppo countryside.",
            "Some 3,000",
            &[("Idlib", Label::Gpe), ("Aleppo", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "He was at the airport on his way to Dubai when two men attacked him.",
            "two",
            &[("Dubai", Label::Gpe)],
        ),
        None
    );
    // people who arrived or went back are where they went
    assert_eq!(
        place_with_entities(
            "About 200 families have managed to return to Mosul since January.",
            "About 200",
            &[("Mosul", Label::Gpe)],
        )
        .as_deref(),
        Some("Mosul")
    );
    assert_eq!(
        place_with_entities(
            "The Pentagon will deploy some 400 Marines to Kandahar this spring.",
            "some 400",
            &[("Kandahar", Label::Gpe)],
        )
        .as_deref(),
        Some("Kandahar")
    );
}

/// Class: what an inquiry looks into (`investigations into Russia's interference`).
#[test]
fn what_an_inquiry_looks_into_is_no_place_of_the_figure() {
    assert_eq!(
        place_with_entities(
            "The senator leads one of four investigations into Iran's missile programme.",
            "four",
            &[("Iran", Label::Gpe)],
        ),
        None
    );
    // a list of places after the flow's `to` shares it
    assert_eq!(
        place_with_entities(
            "Shipments to Chile and Peru fell 12 percent in May.",
            "12 percent",
            &[("Chile", Label::Gpe), ("Peru", Label::Gpe)],
        ),
        None
    );
}

/// Class: where people or things come out of (`streaming out of Mosul`, `smuggled out of
/// Damascus`), an origin as `from` is; not a share (`two out of three`) nor `in and out of`.
#[test]
fn what_people_come_out_of_is_no_place_of_the_figure() {
    assert_eq!(
        place_with_entities(
            "Some 20,000 photographs were smuggled out of Aleppo by a defector.",
            "Some 20,000",
            &[("Aleppo", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "About 40 US advisers rotate in and out of Yemen to train local forces.",
            "About 40",
            &[("Yemen", Label::Gpe)],
        )
        .as_deref(),
        Some("Yemen")
    );
}

/// Class: a typed double dash (`--`) sets an insertion apart: a place inside the pair (or after a
/// lone dash) is not the place of a figure outside it; an insertion between them does not part a
/// figure and a place on either side; a figure inside the pair keeps the host's place.
#[test]
fn a_typed_double_dash_sets_an_insertion_apart() {
    assert_eq!(
        place_with_entities(
            "It is one of four homes he keeps -- the other three are in Aspen and Palm Beach -- and the largest.",
            "four",
            &[("Aspen", Label::Gpe), ("Palm Beach", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "The missiles threaten its two closest allies -- Japan and South Korea.",
            "two",
            &[("Japan", Label::Gpe), ("South Korea", Label::Gpe)],
        ),
        None
    );
    // both outside the insertion: one clause
    assert_eq!(
        place_with_entities(
            "Police counted 300 protesters -- and a few fans -- in Palm Beach.",
            "300",
            &[("Palm Beach", Label::Gpe)],
        )
        .as_deref(),
        Some("Palm Beach")
    );
    // a figure inside the insertion keeps the host's place
    assert_eq!(
        place_with_entities(
            "Turnout in Denmark is high -- almost 80% at the last election -- and rising.",
            "almost 80%",
            &[("Denmark", Label::Gpe)],
        )
        .as_deref(),
        Some("Denmark")
    );
}

/// Class: a place in apposition to a name after `in`/`at` (`in Victory Square, Bucharest,`) is
/// in the figure's clause: the comma ends none, and the later name holds the earlier one, which
/// the recogniser may have missed.
#[test]
fn a_place_in_apposition_after_a_locative_is_in_the_clause() {
    assert_eq!(
        place_with_entities(
            "About 4,000 people marched in Liberty Plaza, Valletta, on Sunday evening.",
            "About 4,000",
            &[("Valletta", Label::Gpe)],
        )
        .as_deref(),
        Some("Valletta")
    );
    // a possessive after the comma opens the next clause's subject
    assert_eq!(
        place_with_entities(
            "Unbeaten in nine games at the Weserstadion, Bremen's home form is strong.",
            "nine",
            &[("Bremen", Label::Gpe)],
        ),
        None
    );
}

/// Class: a count of the states a country deals with (`dozens of WTO members`, `two
/// delegations`, `27 EU members`) has no place among the countries around it, as a count of
/// countries has none; `members` only of a body of states, not people.
#[test]
fn a_count_of_member_states_or_delegations_has_no_place_among_them() {
    assert_eq!(
        place_with_entities(
            "Norway joined dozens of WTO members in backing the proposal in 2015.",
            "dozens",
            &[("Norway", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "Only three delegations supported Georgia at the meeting.",
            "three",
            &[("Georgia", Label::Gpe)],
        ),
        None
    );
    // members who are people keep their place
    assert_eq!(
        place_with_entities(
            "Police in Lyon detained two suspected members of the cell.",
            "two",
            &[("Lyon", Label::Gpe)],
        )
        .as_deref(),
        Some("Lyon")
    );
}

/// Class (round 3): a country named as the subject of a clause that refers back to it by its
/// games (`their four matches`, `their 2-1 win`) is a team there, no place of the figures.
#[test]
fn a_country_that_plays_its_games_is_a_team() {
    assert_eq!(
        place_with_entities(
            "Scotland had arrived in Cardiff having won three of their five matches in the tournament.",
            "three",
            &[("Scotland", Label::Gpe)],
        ),
        None
    );
    assert_eq!(
        place_with_entities(
            "After a poor start, Portugal needed their 4-1 win to stay in contention.",
            "4-1",
            &[("Portugal", Label::Gpe)],
        ),
        None
    );
    // a country's own people or things are still there
    assert_eq!(
        place_with_entities(
            "Portugal has asked its 12 million residents to save water in their homes.",
            "12 million",
            &[("Portugal", Label::Gpe)],
        )
        .as_deref(),
        Some("Portugal")
    );
    // the object of a preposition is no subject: `in Scotland`, the games played there
    assert_eq!(
        place_with_entities(
            "About 40,000 fans watched in Scotland as the visitors lost their last game.",
            "About 40,000",
            &[("Scotland", Label::Gpe)],
        )
        .as_deref(),
        Some("Scotland")
    );
}

/// Class: a link teaser glued into a sentence (`READ MORE: <headline> <body>`, `RELATED:`): a
/// place in the headline is another story's, no place of a figure in the body it is glued to;
/// a figure of the headline itself keeps it.
#[test]
fn a_glued_teaser_s_place_is_no_place_of_the_body() {
    let text =
        "READ MORE: Peru's floods explained The storm destroyed about 300 homes, the mayor said.";
    assert_eq!(
        place_with_entities(text, "about 300", &[("Peru", Label::Gpe)]),
        None
    );
    let text =
        "RELATED: Chile fines miner $1.2 billion Officials said the spill covered 40 hectares.";
    assert_eq!(
        place_with_entities(text, "40 hectares", &[("Chile", Label::Gpe)]),
        None
    );
    // (the headline's own figure, and a body without a teaser, keep the place)
    let text = "READ MORE: Storm destroys 300 homes in Peru The mayor asked for help on Monday.";
    assert_eq!(
        place_with_entities(text, "300", &[("Peru", Label::Gpe)]).as_deref(),
        Some("Peru")
    );
    let text = "In Peru, the storm destroyed about 300 homes, the mayor said.";
    assert_eq!(
        place_with_entities(text, "about 300", &[("Peru", Label::Gpe)]).as_deref(),
        Some("Peru")
    );
}
