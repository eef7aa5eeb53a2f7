//! Place of claim frames, session 27 (issue 14): a currency conversion in parentheses takes the
//! place of the figure it restates, and the owner of an outward flow (`China's overseas direct
//! investment`) is its place (ruling of session 38; it was no place before). Each test is named after the rule it guards; the sentences are
//! written for the tests, shaped like the real corpus.

mod common;

use common::place_with_entities;
use reckon_entities::Label;

/// Class: a conversion in parentheses after a money figure (`$63m (51m)`, `2 billion yuan ($300
/// million; 278.1 million euros; 240.2 million)`) is the same amount, so it is where the figure
/// it restates is, whatever follows the parenthesis.
#[test]
fn a_conversion_in_parentheses_takes_the_place_of_its_figure() {
    let text =
        "Last May, a mining firm sold a large stone for $63m (51m euros) at an auction in London.";
    let ents = [("London", Label::Gpe)];
    assert_eq!(
        place_with_entities(text, "$63m", &ents).as_deref(),
        Some("London")
    );
    assert_eq!(
        place_with_entities(text, "51m euros", &ents).as_deref(),
        Some("London")
    );
    // every item of a list of conversions
    let text = "Marketing services in Shanghai grew to 2 billion yuan ($300 million; 278.1 million \
                euros; 240.2 million) in 2015.";
    let ents = [("Shanghai", Label::Gpe)];
    for q in ["$300 million", "278.1 million euros"] {
        assert_eq!(
            place_with_entities(text, q, &ents).as_deref(),
            Some("Shanghai"),
            "{q}"
        );
    }
    // a figure with no place gives its conversion none
    assert_eq!(
        place_with_entities(
            "The firm paid 4,000 euros ($4,270) for the licence, officials in Vienna said.",
            "$4,270",
            &[("Vienna", Label::Gpe)],
        ),
        None
    );
}

/// Class: a place that owns an outward flow (`China's overseas direct investment`, `China's
/// outbound FDI`) is the investing country, as for its exports (docs/judging/frames.md, ruling of
/// session 38 on outward investment): the owner is the place. A plain possessive keeps its place
/// too (`China's foreign exchange reserve`).
#[test]
fn the_owner_of_an_outward_flow_is_its_place() {
    assert_eq!(
        place_with_entities(
            "China's overseas direct investment in the first 11 months stood at $161.7 billion.",
            "$161.7 billion",
            &[("China", Label::Gpe)],
        )
        .as_deref(),
        Some("China")
    );
    assert_eq!(
        place_with_entities(
            "In 2015, Japan's outbound FDI reached $145.7 billion.",
            "$145.7 billion",
            &[("Japan", Label::Gpe)],
        )
        .as_deref(),
        Some("Japan")
    );
    assert_eq!(
        place_with_entities(
            "China's foreign exchange reserve is $3.05 trillion.",
            "$3.05 trillion",
            &[("China", Label::Gpe)],
        )
        .as_deref(),
        Some("China")
    );
}
