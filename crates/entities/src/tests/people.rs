//! Repair rule 90 (`repair/people.rs`): a given name and a surname read as an organisation; rule
//! 1b (`repair.rs`): a lower-case qualifier before a title.

use super::{owned, repaired};
use crate::Label;

#[test]
fn a_given_name_and_a_surname_read_as_an_organisation_are_a_person() {
    use Label::*;
    // Two words in title case, a given name and a surname, read as an ORG are a PERSON.
    let got = repaired(
        "A recent conversation with Kevin Marlowe nailed it, said Laura Denholm.",
        &[("Kevin", 2, Org), ("Laura", 2, Org)],
    );
    assert_eq!(
        got,
        owned(&[("Kevin Marlowe", Person), ("Laura Denholm", Person)])
    );
    // Not with a company's or an organisation's word, a common word, a place or after `the`.
    let got = repaired(
        "Shares of Morgan Group rose, Dakota Access halted work and the Jordan Hargreave fund closed.",
        &[("Morgan", 2, Org), ("Dakota", 2, Org), ("Jordan", 2, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Morgan Group", Org),
            ("Dakota Access", Org),
            ("Jordan Hargreave", Org)
        ])
    );
}

#[test]
fn a_company_named_like_a_person_stays_in_company_news() {
    use Label::*;
    // Rule 90 (session 27b): in company news (a business word, no personal pronoun) the pair
    // stays the ORG; a personal pronoun makes the sentence about the person again.
    let got = repaired(
        "Morgan Stanley would raise its stake to 49 percent.",
        &[("Morgan", 2, Org)],
    );
    assert_eq!(got, owned(&[("Morgan Stanley", Org)]));
    let got = repaired(
        "Kevin Marlowe said he sold his shares.",
        &[("Kevin", 2, Org)],
    );
    assert_eq!(got, owned(&[("Kevin Marlowe", Person)]));
    // A trade's agent noun is no company news (`a famous Italian violin maker`).
    let got = repaired(
        "It was a creation of Giuseppe Pedrazzini, a famous Italian violin maker.",
        &[("Giuseppe", 2, Org)],
    );
    assert_eq!(
        got,
        owned(&[("Giuseppe Pedrazzini", Person), ("Italian", Norp)])
    );
}

#[test]
fn a_given_name_an_initial_and_a_surname_are_a_person() {
    use Label::*;
    // Rule 93: read as anything else or cut, the three words are one PERSON.
    let got = repaired(
        "The tweet was signed by Donald J. Trump on Monday.",
        &[("Donald", 3, Norp)],
    );
    assert_eq!(got, owned(&[("Donald J. Trump", Person)]));
    let got = repaired(
        "An arrest of Corey A. Lackard, 47, at his apartment.",
        &[("Corey", 3, Fac)],
    );
    assert_eq!(got, owned(&[("Corey A. Lackard", Person)]));
    let got = repaired(
        "Chad L. Kinsey, of Columbus, was taken into custody.",
        &[("Chad", 1, Law)],
    );
    assert_eq!(got, owned(&[("Chad L. Kinsey", Person)]));
    // Not before another capitalised word, nor with a common word after the initial, nor a
    // mention running on past the surname.
    let got = repaired(
        "They toured the George W. Bush Presidential Library and faced the winners of Pool B. Find out more.",
        &[("George", 5, Org)],
    );
    assert_eq!(got, owned(&[("George W. Bush Presidential Library", Org)]));
}

#[test]
fn a_given_name_and_a_surname_read_as_a_product_are_a_person() {
    use Label::*;
    // Rule 90 (session 28) for a PRODUCT too: `customer Eugene Linsomb` read as a product.
    let got = repaired(
        "The shooting took place as Lorraine Maddox was walking in the area.",
        &[("Lorraine", 2, Product)],
    );
    assert_eq!(got, owned(&[("Lorraine Maddox", Person)]));
    // Not a maker's model (`Lincoln Navigator`: a common word after a maker's name).
    let got = repaired(
        "He drove a Lincoln Navigator to the store.",
        &[("Lincoln", 2, Product)],
    );
    assert_eq!(got, owned(&[("Lincoln Navigator", Product)]));
}

#[test]
fn a_given_name_and_a_surname_read_as_a_nationality_are_a_person() {
    use Label::*;
    // Rule 90 (session 29) for a NORP too: a full name read as a people's adjective.
    let got = repaired(
        "With a lefthander pitching, I may use Brian Tavistoke in center.",
        &[("Brian", 2, Norp)],
    );
    assert_eq!(got, owned(&[("Brian Tavistoke", Person)]));
    // Not a people's name after a given name that is also a word of faith (`Christian Arabs`).
    let got = repaired(
        "Many Christian Arabs left the city.",
        &[("Christian", 2, Norp)],
    );
    assert_eq!(got, owned(&[("Christian Arabs", Norp)]));
}

#[test]
fn a_lower_case_qualifier_before_a_title_is_no_organisation() {
    use Label::*;
    // The tagger read the court's kind, the title and a name with an initial as one ORG.
    let got = repaired(
        "He was fined yesterday by Traffic Judge George T. Smith of the county court.",
        &[("Traffic", 5, Org)],
    );
    assert_eq!(got, owned(&[("George T. Smith", Person)]));
    // A body named by common words before another title stays, and so does a place.
    let got = repaired(
        "Fundamental Capital Chairman Jon Obi met Texas Governor Greg Abbott.",
        &[("Fundamental", 5, Org), ("Texas", 4, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Fundamental Capital", Org),
            ("Jon Obi", Person),
            ("Texas", Gpe),
            ("Greg Abbott", Person)
        ])
    );
}
