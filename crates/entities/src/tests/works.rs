//! Repair rules 17-19 (`repair/works.rs`): events, titles of works, products.

use super::{owned, repaired};
use crate::Label;

#[test]
fn events_titles_in_quotes_and_products() {
    use Label::*;
    // Rule 17: an event's word ends the name (a year before it joins), a storm's word opens it.
    let got = repaired(
        "Fans of the 2019 Harbourlight Music Awards fled Hurricane Odessa after the Korean War memorial.",
        &[
            ("Harbourlight", 2, Org),
            ("Awards", 1, Org),
            ("Hurricane", 2, Person),
            ("Korean", 1, Norp),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("2019 Harbourlight Music Awards", Event),
            ("Hurricane Odessa", Event),
            ("Korean War", Event)
        ])
    );
    // Rule 18: a title in quotes; two words only after a noun of a work; a name the tagger read
    // over exactly the quoted words stays.
    let got = repaired(
        "The zombie classic \"Night of the Living Dead\" and the film \"Hacksaw Ridge\" beat \"Islamic State\" and \"New York Times\" stories.",
        &[
            ("Living", 2, Person),
            ("Hacksaw", 2, Person),
            ("Islamic", 1, Norp),
            ("New", 3, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Night of the Living Dead", WorkOfArt),
            ("Hacksaw Ridge", WorkOfArt),
            ("Islamic", Norp),
            ("New York Times", Org)
        ])
    );
    // Rule 19: a maker and its model; not the maker's company; and an initial, `St.`, `PM` and
    // `OK` alone are no names.
    let got = repaired(
        "He fled in a silver Volkswagen Jetta, not a Boeing 737, said Toyota Motor at 2 PM on W. Main, OK.",
        &[
            ("Volkswagen", 1, Org),
            ("Boeing", 1, Org),
            ("Toyota", 2, Org),
            ("PM", 1, Product),
            ("W.", 1, Product),
            ("OK", 1, Law),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Volkswagen Jetta", Product),
            ("Boeing 737", Product),
            ("Toyota Motor", Org)
        ])
    );
    // Not a maker in lower case (`dodge`, the verb), nor over a place or facility an earlier rule
    // read (`Dodge County`), nor a storm word in an organisation's name (`the Hurricane Center`).
    let got = repaired(
        "He tried to dodge Trump in Dodge County, the Hurricane Center said.",
        &[
            ("Trump", 1, Person),
            ("Dodge", 2, Gpe),
            ("Hurricane", 2, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Trump", Person),
            ("Dodge County", Gpe),
            ("Hurricane Center", Org)
        ])
    );
}

#[test]
fn a_language_read_as_a_nationality() {
    use Label::*;
    // Rule 89: the object of `in`/`into`/`speaks` before a phrase's end, or before `language` or
    // `alphabet`, is the language; before a noun it qualifies, the people's adjective stays (rule
    // 4 tags each lone adjective NORP first).
    let got = repaired(
        "The statement is in Turkish, and she speaks Russian; the Danish alphabet has 29 letters, but Greek politics and Polish officials in Spanish media differ.",
        &[("Turkish", 1, Norp)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Turkish", Language),
            ("Russian", Language),
            ("Danish", Language),
            ("Greek", Norp),
            ("Polish", Norp),
            ("Spanish", Norp),
        ])
    );
}

#[test]
fn a_language_spoken_in_a_manner() {
    use Label::*;
    // Rule 89 (session 27): after a verb of speaking, an adverb of manner, a preposition or a
    // conjunction ends the object (`speak English perfectly`, `spoke Arabic at home`); after
    // `in`, a word in `-ly` may be the noun (`French family courts`); a noun keeps the NORP.
    let got = repaired(
        "She can speak English perfectly and spoke Arabic at home, but the case is in French family courts and she speaks German politics.",
        &[
            ("English", 1, Norp),
            ("Arabic", 1, Norp),
            ("French", 1, Norp),
            ("German", 1, Norp),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("English", Language),
            ("Arabic", Language),
            ("French", Norp),
            ("German", Norp)
        ])
    );
}

#[test]
fn an_operating_system_alone_is_a_product() {
    use Label::*;
    // Rule 19's LINE list: a platform named bare (`on Linux`) is a PRODUCT, even where the tagger
    // read it as a person; before an organisation's head word it is part of that ORG.
    let got = repaired(
        "The shooter now streams on Linux, said the Linux Foundation.",
        &[("Linux", 1, Person)],
    );
    assert_eq!(got, owned(&[("Linux", Product), ("Linux Foundation", Org)]));
}

#[test]
fn a_voice_assistant_alone_is_a_product() {
    use Label::*;
    // Rule 19's LINE list (session 27): an assistant or a chatbot named bare is a PRODUCT, even
    // where the tagger read it as a person.
    let got = repaired(
        "Siri has no context, and the app offers features absent from ChatGPT.",
        &[("Siri", 1, Person), ("ChatGPT", 1, Person)],
    );
    assert_eq!(got, owned(&[("Siri", Product), ("ChatGPT", Product)]));
}

#[test]
fn a_language_no_people_shares_is_a_language() {
    use Label::*;
    // Rule 89 (session 27b): a language no people's adjective names is a LANGUAGE whatever the
    // tagger read (`including Hindi` PERSON, `Yiddish, the language of` NORP); a nationality's
    // adjective keeps the NORP outside rule 89's places.
    let got = repaired(
        "Several languages, including Hindi, borrow words, and Yiddish, the language of exile, is heard in Polish towns.",
        &[
            ("Hindi", 1, Person),
            ("Yiddish", 1, Norp),
            ("Polish", 1, Norp),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Hindi", Language), ("Yiddish", Language), ("Polish", Norp)])
    );
}

#[test]
fn a_bill_named_after_its_subject_is_a_law() {
    use Label::*;
    // Rule 91: `Bill` after a capitalised common noun, no surname after it, is a bill's name;
    // after a nickname's opener it stays the person.
    let got = repaired(
        "The cuts escaped the 1996 Farm Bill.",
        &[("Bill", 1, Person)],
    );
    assert_eq!(got, owned(&[("Farm Bill", Law)]));
    let got = repaired("Uncle Bill said so.", &[("Bill", 1, Person)]);
    assert_eq!(got, owned(&[("Bill", Person)]));
}

#[test]
fn languages_listed_or_taught_are_languages() {
    use Label::*;
    // Rule 89b (session 29c): a list of languages as the object of `in` or of a verb of speaking,
    // ending the phrase, is all LANGUAGE; so is a language taught `as a second language`; before
    // a noun the adjectives stay NORP.
    let got = repaired(
        "The pamphlet, in English and Spanish, helps students of French as a second language, but in Italian and German media she speaks Arabic, Greek or Turkish.",
        &[
            ("English", 1, Language),
            ("Spanish", 1, Norp),
            ("French", 1, Norp),
            ("Italian", 1, Norp),
            ("German", 1, Norp),
            ("Arabic", 1, Norp),
            ("Greek", 1, Norp),
            ("Turkish", 1, Norp),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("English", Language),
            ("Spanish", Language),
            ("French", Language),
            ("Italian", Norp),
            ("German", Norp),
            ("Arabic", Language),
            ("Greek", Language),
            ("Turkish", Language),
        ])
    );
}

#[test]
fn a_chambers_party_members_are_a_nationality() {
    use Label::*;
    // Rule 93 (session 29c): `Senate`/`House` and a party's members: the chamber ORG, the party
    // word NORP, whether the tagger joined them, read the party word as a person or dropped it;
    // a party adjective before a title stays in its mention.
    let got = repaired(
        "Senate Democrats enjoyed an advantage over Senate Republican challengers, House Republicans said.",
        &[
            ("Senate", 2, Person),
            ("House", 1, Org),
            ("Republicans", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Senate", Org),
            ("Democrats", Norp),
            ("Republican", Norp),
            ("House", Org),
            ("Republicans", Norp),
        ])
    );
    let got = repaired(
        "Senate Democratic Leader Chuck Schumer spoke.",
        &[("Senate", 5, Org)],
    );
    assert_eq!(
        got,
        owned(&[("Senate Democratic Leader Chuck Schumer", Org)])
    );
}
