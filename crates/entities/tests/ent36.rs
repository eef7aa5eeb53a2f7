//! Session 33 (ent36): more words of company news for repair 73 (`data/business_cues.tsv`): a
//! company named by one unknown word, which the tagger reads as a person, in a sentence about
//! lending, output, an industry or its companies, is an ORG; a person in the same kind of
//! sentence, named with a personal pronoun, stays a person. The sentences are written for these
//! tests, not taken from a gold batch.

mod common;

use common::{labels_of, mentions};
use reckon_entities::Label;

#[test]
fn a_one_word_company_in_lending_or_industry_news_is_an_org() {
    for (text, name) in [
        (
            "Quarvex said it would repay the loan to its lender from the proceeds of the offering.",
            "Quarvex",
        ),
        (
            "Steel output fell last year, and Tramello and two other manufacturers cut production.",
            "Tramello",
        ),
    ] {
        let ls = labels_of(text, name);
        assert_eq!(ls, vec![Label::Org], "{text}: {:?}", mentions(text));
    }
}

#[test]
fn a_person_with_a_pronoun_in_company_news_stays_a_person() {
    let text =
        "Halvorsen said he expected the lender to call in the loans before production resumed.";
    let ls = labels_of(text, "Halvorsen");
    assert_eq!(ls, vec![Label::Person], "{text}: {:?}", mentions(text));
}

#[test]
fn a_short_surname_in_company_news_stays_a_person() {
    // Rule 73 leaves words of three letters or fewer: a surname far more often than a company.
    let text = "Fan says the firm will expand its output and repay the loans by 2020.";
    let ls = labels_of(text, "Fan");
    assert_eq!(ls, vec![Label::Person], "{text}: {:?}", mentions(text));
}
