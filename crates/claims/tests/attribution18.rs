//! Attribution classes of issue 14, session 18: a headline glued to the body's first sentence
//! does not become part of the source's phrase. Each rule was kept after a before/after diff of
//! every frame on the real corpus (crates/claims README, "Session 18: attribution").

use reckon_claims::Extraction;

mod common;

fn run(text: &str) -> Extraction {
    common::run_at(text, jiff::civil::date(2017, 3, 20))
}

fn source(text: &str, q: &str) -> Option<String> {
    let x = run(text);
    common::claim(&x, q)
        .frame
        .attribution
        .as_ref()
        .map(|a| a.source.clone())
}

#[test]
fn a_glued_headline_is_not_part_of_the_source() {
    assert_eq!(
        source(
            "Carmaker bets on new battery plant for electric trucks Volvo Cars said on Monday that it would \
             hire 1,200 workers.",
            "1,200"
        )
        .as_deref(),
        Some("Volvo Cars")
    );
}

#[test]
fn a_title_before_a_name_stays_in_the_source() {
    // a title or an organisation the speaker belongs to is part of the phrase
    assert_eq!(
        source(
            "Regional transport authority spokeswoman Anna Berg said 14 trains were cancelled.",
            "14"
        )
        .as_deref(),
        Some("Regional transport authority spokeswoman Anna Berg")
    );
    assert_eq!(
        source(
            "A former employee of the logistics group Stena said about 30 trucks were left idle.",
            "about 30"
        )
        .as_deref(),
        Some("former employee of the logistics group Stena")
    );
    // (a particle inside the name: not cut at it)
    assert_eq!(
        source(
            "About 80 hikers were stranded overnight, mountain rail operator Ferrovia del Monte said.",
            "About 80"
        )
        .as_deref(),
        Some("mountain rail operator Ferrovia del Monte")
    );
}
