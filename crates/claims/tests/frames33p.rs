//! Session 32 (place33, issue 14): places of claim frames under the rulings of session 32 on
//! places as subjects and on subjects (`docs/judging/frames.md`). A place adjective or
//! abbreviation on a subject that is a company, a person or a group of people says who they are,
//! not where the counted thing is (`place/subject_kind.rs`); a state that is the subject of a
//! rank is the rank's place. Sentences written for these tests.

mod common;

use reckon_entities::Label;

use common::place_with_entities;

#[test]
fn a_place_on_a_subject_of_companies_or_people_is_no_place() {
    for (text, q, ent) in [
        (
            "U.S. carriers scrapped 2,400 flights on Friday.",
            "2,400",
            "U.S.",
        ),
        (
            "Japan automakers shipped 80,000 cars last month.",
            "80,000",
            "Japan",
        ),
        (
            "The Ohio lawmaker sold 30 bonds before the vote.",
            "30",
            "Ohio",
        ),
        (
            "Most Canada retailers have cut 5,000 jobs.",
            "5,000",
            "Canada",
        ),
        (
            "He said that Brazil farmers planted 400 trees.",
            "400",
            "Brazil",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, &[(ent, Label::Gpe)]),
            None,
            "{text} / {q}"
        );
    }
}

#[test]
fn a_place_on_a_government_or_its_authorities_stays_the_place() {
    for (text, q, ent) in [
        (
            "Ontario authorities shut 120 clinics on Friday.",
            "120",
            "Ontario",
        ),
        ("The Peru government banned four charities.", "four", "Peru"),
        // (the subject's place stays where the clause names no other kind of subject noun)
        (
            "U.S. carriers in Texas scrapped 2,400 flights.",
            "2,400",
            "Texas",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, &[(ent, Label::Gpe)]).as_deref(),
            Some(ent),
            "{text} / {q}"
        );
    }
}

#[test]
fn a_place_on_a_companys_noun_that_is_not_the_subject_stays() {
    // (the place is after a preposition, no subject of the figure's clause)
    let text = "Sales at Mexico firms rose to 3,000 units.";
    assert_eq!(
        place_with_entities(text, "3,000", &[("Mexico", Label::Gpe)]).as_deref(),
        Some("Mexico")
    );
}

#[test]
fn a_state_that_is_ranked_is_the_ranks_place() {
    let text = "Chile is ranked 24 of 180 countries in the index.";
    assert_eq!(
        place_with_entities(text, "24", &[("Chile", Label::Gpe)]).as_deref(),
        Some("Chile")
    );
}

#[test]
fn a_verbless_with_clause_and_a_which_clause_share_the_host_clauses_place() {
    for (text, q, ent) in [
        (
            "Floods hit villages in Kerala, with 40 people dead.",
            "40",
            "Kerala",
        ),
        (
            "A strike in Lagos, which closed 300 shops, ended.",
            "300",
            "Lagos",
        ),
    ] {
        assert_eq!(
            place_with_entities(text, q, &[(ent, Label::Gpe)]).as_deref(),
            Some(ent),
            "{text} / {q}"
        );
    }
    // (a `with` clause with a finite verb of its own is a clause of its own)
    let text = "Floods hit villages in Kerala, with whom 40 people were staying.";
    assert_eq!(
        place_with_entities(text, "40", &[("Kerala", Label::Gpe)]),
        None
    );
}
