//! Repair rule 23 (`repair/web.rs`) and product lines (rule 19's LINE words): the forms of web
//! pages.

use super::{owned, repaired};
use crate::Label;

#[test]
fn planets_and_moons_are_places() {
    use Label::*;
    // Read as an organisation, a nationality or not at all: a LOC; `Moon` after `the`.
    let got = repaired(
        "The probe will orbit Jupiter, fly past Titan and Ganymede and send images to the Moon.",
        &[("Titan", 1, Norp), ("Ganymede", 1, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Jupiter", Loc),
            ("Titan", Loc),
            ("Ganymede", Loc),
            ("Moon", Loc)
        ])
    );
    // Next to another capitalised word it is another name; `Moon` alone is a surname; a GPE
    // of the tagger's stays (a town named after a planet).
    let got = repaired(
        "Bruno Mars sang on Earth Day, Moon said in Jupiter, Fla., before the Europa League final.",
        &[
            ("Bruno", 2, Person),
            ("Moon", 1, Person),
            ("Jupiter", 1, Gpe),
            ("Fla.", 1, Gpe),
            ("Europa", 2, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Bruno Mars", Person),
            ("Moon", Person),
            ("Jupiter", Gpe),
            ("Fla.", Gpe),
            ("Europa League", Org)
        ])
    );
}

#[test]
fn a_product_line_is_a_product_alone_or_with_its_model() {
    use Label::*;
    let got = repaired(
        "She traded her old MacBook for an iPad Pro and a Chromecast Ultra, unlike the Xbox Game Studios team.",
        &[
            ("MacBook", 1, Org),
            ("iPad", 1, Org),
            ("Ultra", 1, Norp),
            ("Xbox", 3, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("MacBook", Product),
            ("iPad Pro", Product),
            ("Chromecast Ultra", Product),
            ("Xbox Game Studios", Org)
        ])
    );
}
