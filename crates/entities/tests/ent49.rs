//! Session 39 (ent49): a company whose name joins two trades or two partners by `and` or `&`
//! before its legal suffix is one ORG (rule 99), not two firms; `L.P.` is a company's suffix.
//! The sentences are written for these tests, not taken from a gold batch.

mod common;

use common::{assert_each_labelled, mentions};
use reckon_entities::Label;

#[test]
fn a_company_named_with_and_before_its_suffix_is_one() {
    assert_each_labelled(
        &[
            (
                "Corvale Tire and Rubber Co said it would close two plants.",
                "Corvale Tire and Rubber Co",
            ),
            (
                "Brantley Power and Light Co raised its dividend.",
                "Brantley Power and Light Co",
            ),
            (
                "Investors sold shares of Halvex Manufacturing and Electronics Corp on Friday.",
                "Halvex Manufacturing and Electronics Corp",
            ),
            (
                "Analysts at Dornfeld and Quist Inc cut their forecast.",
                "Dornfeld and Quist Inc",
            ),
            (
                "Marrow Capital Partners L.P. said it holds a stake in the company.",
                "Marrow Capital Partners L.P.",
            ),
        ],
        Label::Org,
    );
}

#[test]
fn two_companies_listed_before_a_suffix_stay_two() {
    for (text, first) in [
        (
            "Texaco and Mobil Corp said they would merge their units.",
            "Texaco",
        ),
        (
            "General Motors Corp and Ford Motor Co reported higher sales.",
            "General Motors Corp",
        ),
    ] {
        let m = mentions(text);
        assert!(
            m.iter().any(|(t, l)| t == first && *l == Label::Org),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_romance_company_word_or_a_firm_saying_it_is_a_company() {
    assert_each_labelled(
        &[
            (
                "Cie Marvelle also said it has raised its capital to 1.4 billion francs.",
                "Cie Marvelle",
            ),
            (
                "Avery said it will register with regulators to offer four mln new shares.",
                "Avery",
            ),
        ],
        Label::Org,
    );
}

#[test]
fn a_company_in_reuters_brackets_loses_the_closing_bracket() {
    let text = "A unit of <Dalvex Plastics and Chemicals Co Ltd>, signed a loan of 22 mln dlrs.";
    assert_eq!(
        common::labels_of(text, "Dalvex Plastics and Chemicals Co Ltd"),
        vec![Label::Org],
        "{:?}",
        mentions(text)
    );
}
