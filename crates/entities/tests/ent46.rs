//! Session 37 (ent46): a name ending with a singular industry head (`Chemical`, `Electric`,
//! `Electronics`, `Semiconductor`; `data/org_heads.tsv`) is a company, not a person. The
//! sentences are written for these tests, not taken from a gold batch.

mod common;

use common::assert_each_labelled;
use reckon_entities::Label;

#[test]
fn a_name_ending_with_an_industry_head_is_a_company() {
    assert_each_labelled(
        &[
            (
                "Proceeds will repay bank debt and fund working capital, Marlow Chemical said.",
                "Marlow Chemical",
            ),
            (
                "Harwick Electric said the plant will stay shut until the inspection ends.",
                "Harwick Electric",
            ),
            (
                "Torvane Electronics said quarterly sales rose eight pct.",
                "Torvane Electronics",
            ),
        ],
        Label::Org,
    );
}

#[test]
fn a_country_inside_an_amount_is_no_place() {
    for text in [
        "The company bought the unit for three mln U.S. dlrs in cash.",
        "Shares rose to 40 U.S. cents on the news.",
    ] {
        assert!(
            !common::labels_of(text, "U.S.").contains(&Label::Gpe),
            "{text:?}: {:?}",
            common::labels_of(text, "U.S.")
        );
    }
    assert!(common::labels_of("U.S. sales rose 12 pct.", "U.S.").contains(&Label::Gpe));
}
