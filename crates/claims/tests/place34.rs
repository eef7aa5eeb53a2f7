//! Session 33 (place34, issue 14): places of claim frames. A country adjective on a government,
//! its authorities or its forces that are the clause's subject states that country (the ruling
//! of session 32, `docs/judging/frames.md`; `place/subject_kind.rs`), unless the subject only
//! says the figure; figures matched one by one to a list of places in a `with`/`which` clause
//! (`with 609 and 552 respective billionaires`) take no one member for an earlier figure
//! (`place/host.rs`). Sentences written for these tests.

mod common;

use reckon_entities::Label;

use common::{place, place_with_entities};

#[test]
fn a_country_adjective_on_a_government_subject_is_the_place() {
    for (text, q, want) in [
        (
            "Canadian authorities have closed 40 border crossings.",
            "40",
            "Canada",
        ),
        (
            "The Peruvian government banned three charities on Friday.",
            "three",
            "Peru",
        ),
        (
            "Iraqi government forces control about two-thirds of the province.",
            "about two-thirds",
            "Iraq",
        ),
        (
            "He said that the Kenyan police arrested 120 people.",
            "120",
            "Kenya",
        ),
        (
            "The South Korean navy has only two submarines of that class.",
            "two",
            "South Korea",
        ),
        (
            "Turkish security forces detained 300 suspects in raids.",
            "300",
            "Turkey",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
}

#[test]
fn a_government_subject_that_only_says_the_figure_or_stands_apart_gives_no_place() {
    for (text, q) in [
        // (a verb of saying: the source's place, as `U.S. officials said`)
        (
            "The Kenyan government said 30 people died in the floods.",
            "30",
        ),
        ("Iraqi authorities reported 12 attacks overnight.", "12"),
        // (a person or a company is no government: the session 32 rule on members stays)
        ("Kenyan farmers planted 400 trees.", "400"),
        // (the phrase does not open its clause)
        ("Aid from the Kenyan government reached 30 villages.", "30"),
        // (a capitalised word between the subject and the figure: no plain predicate)
        ("The Kenyan government and Oxfam built 30 wells.", "30"),
    ] {
        assert_eq!(place(text, q), None, "{text} / {q}");
    }
}

#[test]
fn a_named_place_in_the_clause_wins_over_the_government_adjective() {
    assert_eq!(
        place_with_entities(
            "Turkish troops destroyed 40 targets in Aleppo.",
            "40",
            &[("Aleppo", Label::Gpe)],
        )
        .as_deref(),
        Some("Aleppo")
    );
}

#[test]
fn figures_matched_to_a_list_of_places_take_no_member_for_an_earlier_figure() {
    for (text, q, want) in [
        (
            "Prices rose in Peru and Chile, which posted rates of 4.1 percent and 2.5 percent.",
            "4.1 percent",
            None,
        ),
        // (the last figure is the last place's)
        (
            "Prices rose in Peru and Chile, which posted rates of 4.1 percent and 2.5 percent.",
            "2.5 percent",
            Some("Chile"),
        ),
        (
            "Peru and Chile, with 310 and 270 respective mines, lead the region.",
            "310",
            None,
        ),
        (
            "Peru and Chile, with 310 and 270 respective mines, lead the region.",
            "270",
            Some("Chile"),
        ),
        // (one figure of one place: the host's place as before)
        (
            "Prices rose in Peru, which posted a rate of 4.1 percent.",
            "4.1 percent",
            Some("Peru"),
        ),
    ] {
        let ents: Vec<_> = ["Peru", "Chile"]
            .into_iter()
            .filter(|e| text.contains(e))
            .map(|e| (e, Label::Gpe))
            .collect();
        assert_eq!(
            place_with_entities(text, q, &ents).as_deref(),
            want,
            "{text} / {q}"
        );
    }
}
