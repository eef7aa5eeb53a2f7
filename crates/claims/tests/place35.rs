//! Session 34 (place35, issue 14): places of claim frames. A verbless change after a comma (`,
//! up 5 percent`) and an appositive naming members of the host's counted noun (`, one run by
//! X`, `, 12 of them children`) share the place of the figure they follow (`place/shared.rs`);
//! a `which` clause on a name of its own (`the Juncker Plan, which ...`) does not share the host's
//! place (session 33's ruling, `place/host.rs`). Sentences written for these tests.

mod common;

use reckon_entities::Label;

use common::place_with_entities;

fn place_of(text: &str, q: &str, names: &[&str]) -> Option<String> {
    let ents: Vec<_> = names.iter().map(|&e| (e, Label::Gpe)).collect();
    place_with_entities(text, q, &ents)
}

#[test]
fn a_change_after_a_comma_shares_the_place_of_the_figure_it_follows() {
    for (text, q, names, want) in [
        (
            "Chile's copper exports to Japan reached 4.2 billion dollars, up 3.1 percent on the year.",
            "3.1 percent",
            &["Chile", "Japan"][..],
            "Chile",
        ),
        (
            "Unemployment in Peru fell to 310,000 in the year to June, down 12,000 from a year earlier.",
            "12,000",
            &["Peru"][..],
            "Peru",
        ),
        (
            "Sales in Kenya rose to 8,400 cars, up by 600 over the period.",
            "600",
            &["Kenya"][..],
            "Kenya",
        ),
    ] {
        assert_eq!(
            place_of(text, q, names).as_deref(),
            Some(want),
            "{text} / {q}"
        );
    }
}

#[test]
fn a_clause_with_its_own_verb_or_a_host_without_a_place_gives_no_shared_place() {
    for (text, q, names) in [
        // (a finite verb: a clause of its own)
        (
            "Sales in Kenya rose to 8,400 cars, up 600 were sold abroad.",
            "600",
            &["Kenya"][..],
        ),
        // (the host figure has no place: nothing to share)
        (
            "Sales rose to 8,400 cars, up 600 on the year.",
            "600",
            &[][..],
        ),
        // (the place is in another clause than the host figure's)
        (
            "Sales rose in Kenya; exports reached 8,400 cars, up 600 on the year.",
            "600",
            &["Kenya"][..],
        ),
    ] {
        assert_eq!(place_of(text, q, names), None, "{text} / {q}");
    }
}

#[test]
fn an_appositive_naming_members_shares_the_host_figure_place() {
    for (text, q) in [
        (
            "Chile's mining ministry has closed four mines, one run by Codelco and three run by smaller rival Antofagasta.",
            "one",
        ),
        (
            "Chile's mining ministry has closed four mines, one run by Codelco and three run by smaller rival Antofagasta.",
            "three",
        ),
        (
            "The storm killed 40 people in Chile, 12 of them children.",
            "12",
        ),
    ] {
        assert_eq!(
            place_of(text, q, &["Chile"]).as_deref(),
            Some("Chile"),
            "{text} / {q}"
        );
    }
}

#[test]
fn a_count_after_a_comma_that_names_no_members_is_no_appositive() {
    // (a noun after the count: another object, not members of the host's noun)
    let (text, q) = (
        "The storm killed 40 people in Chile, 12 more than last year.",
        "12",
    );
    assert_eq!(place_of(text, q, &["Chile"]), None, "{text} / {q}");
    // (the host is a sum, not a count of things: Chile is not shared; the count's own clause
    // names its site, `in the north`, given as written since session 36)
    let (text, q) = (
        "Chile spent $40 million building roads, 12 of them in the north.",
        "12",
    );
    assert_eq!(
        place_of(text, q, &["Chile"]).as_deref(),
        Some("the north"),
        "{text} / {q}"
    );
}

#[test]
fn a_which_clause_shares_the_host_place_only_when_it_locates_the_noun() {
    // (the place's name runs up to the comma: the noun the clause hangs on is there)
    assert_eq!(
        place_of(
            "Workers went on strike in Lagos, which closed 300 shops.",
            "300",
            &["Lagos"]
        )
        .as_deref(),
        Some("Lagos")
    );
    // (the place owns the noun before the comma)
    assert_eq!(
        place_of(
            "Rebels seized Lagos's main port, which handles 300 ships a month.",
            "300",
            &["Lagos"]
        )
        .as_deref(),
        Some("Lagos")
    );
    // (a lower-case noun the host's subject holds)
    assert_eq!(
        place_of(
            "Chile has 150 state firms at different levels, which employ 30,000 people.",
            "30,000",
            &["Chile"]
        )
        .as_deref(),
        Some("Chile")
    );
    // (the noun is a name of its own, not located by the host's subject: an EU plan)
    assert_eq!(
        place_of(
            "Norway may lose access to the Juncker Plan, which aims to unlock 315 billion euros.",
            "315 billion euros",
            &["Norway"]
        ),
        None
    );
}
