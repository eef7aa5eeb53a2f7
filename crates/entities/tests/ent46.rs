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
