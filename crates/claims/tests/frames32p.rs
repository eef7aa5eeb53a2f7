//! Session 32 (place32, issue 14): places of claim frames. A later member of a list of counts
//! shares the place of the list's first member (`place/lists.rs`). Sentences written for these
//! tests.

mod common;

use reckon_entities::Label;

use common::place_with_entities;

#[test]
fn a_later_member_of_a_list_of_counts_takes_the_first_members_place() {
    for (text, q, ent) in [
        (
            "Tasmania officials have shut 40 libraries, 12 museums and three airports.",
            "12",
            "Tasmania",
        ),
        (
            "Tasmania officials have shut 40 libraries, 12 museums and three airports.",
            "three",
            "Tasmania",
        ),
        (
            "Peru lodged 61 claims for copper exports, 25 for zinc, 14 for silver and nine for gold.",
            "nine",
            "Peru",
        ),
        (
            "Norway won 14 gold, seven silver and 11 bronze medals at the games.",
            "seven",
            "Norway",
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
fn a_member_with_a_place_or_a_clause_of_its_own_does_not_take_the_first_members_place() {
    for (text, q, ents) in [
        // (the member names its own place, which the recogniser missed)
        (
            "Traffic grew 8% at Lisbon airport, 6% at Porto Airport and 5% elsewhere.",
            "6%",
            &[("Lisbon", Label::Gpe)][..],
        ),
        // (another conjunct with its own subject before the member)
        (
            "Chile has 300 vineyards and the rest of the continent, 900.",
            "900",
            &[("Chile", Label::Gpe)][..],
        ),
        // (the previous member's phrase runs into a clause of its own)
        (
            "Kenya reported 30 cases that were confirmed by labs, and 12 deaths were recorded.",
            "12",
            &[("Kenya", Label::Gpe)][..],
        ),
    ] {
        assert_eq!(place_with_entities(text, q, ents), None, "{text} / {q}");
    }
}
