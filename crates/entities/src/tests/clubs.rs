//! Repair rule 84 (`repair/clubs.rs`): clubs named by their town.

use super::{owned, repaired};
use crate::Label;

#[test]
fn a_club_named_by_its_town_is_an_org() {
    use Label::*;
    // A place and a club's word after it, read as one place or the place alone.
    let got = repaired(
        "Sheffield United were beaten at home, and Leeds went top.",
        &[("Sheffield", 2, Gpe), ("Leeds", 1, Gpe)],
    );
    assert_eq!(got, owned(&[("Sheffield United", Org), ("Leeds", Gpe)]));
    let got = repaired(
        "The striker joined Blackburn Rovers from Preston in 2012.",
        &[("Blackburn", 1, Gpe), ("Preston", 1, Gpe)],
    );
    assert_eq!(got, owned(&[("Blackburn Rovers", Org), ("Preston", Gpe)]));
    // `City` only in a club's name; other places ending in it stay places.
    let got = repaired(
        "Stoke City lost in Kansas City and Quezon City last summer.",
        &[("Stoke", 2, Gpe), ("Kansas", 2, Gpe), ("Quezon", 2, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Stoke City", Org),
            ("Kansas City", Gpe),
            ("Quezon City", Gpe)
        ])
    );
    let got = repaired(
        "Fans of Derby County gathered outside the ground.",
        &[("Derby", 1, Person)],
    );
    assert_eq!(got, owned(&[("Derby County", Org)]));
    // Not a word that is no club's after a place (`the United Nations` is its own name), nor a
    // work's title.
    let got = repaired(
        "He watched \"Manchester United\" on television in Sheffield.",
        &[("Manchester", 2, WorkOfArt), ("Sheffield", 1, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[("Manchester United", WorkOfArt), ("Sheffield", Gpe)])
    );
}
