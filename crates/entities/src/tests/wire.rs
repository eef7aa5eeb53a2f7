//! Repair rules 27-31 (`repair/wire.rs`): names with a lower-case particle, portfolios,
//! capitalised descriptions, appositions and amounts, the forms of international newswire; and
//! the same round's additions to rules 4 and 7b (a nationality with `the`, water and landform
//! words ending a place's name, `suburb of`).

use super::{owned, repaired};
use crate::Label;

#[test]
fn a_lower_case_article_opens_an_organisation_s_name() {
    use Label::*;
    // Untagged, or the name without its article read as a thing: an ORG, in both spellings.
    let got = repaired(
        "He trained al-Qa'ida fighters and al Qaeda cells, not al-Tanf.",
        &[("Qaeda", 1, Product)],
    );
    assert_eq!(got, owned(&[("al-Qa'ida", Org), ("al Qaeda", Org)]));
    // A longer name of the tagger's around it stays.
    let got = repaired(
        "It hit al-Qaeda in the Arabian Peninsula.",
        &[("al-Qaeda", 5, Org)],
    );
    assert_eq!(got, owned(&[("al-Qaeda in the Arabian Peninsula", Org)]));
}

#[test]
fn a_particle_joins_a_name() {
    use Label::*;
    // The tagger's pieces (`Osama` NORP, `Saud Abdulaziz Saud` ORG) or nothing: one PERSON; a
    // title or a nationality before the name stays out of it.
    let got = repaired(
        "Osama bin Laden, Saud Abdulaziz Saud al-Rasheed and Saudi Crown Prince Mohammed bin Salman al-Saud met Abu Bakr al-Baghdadi.",
        &[("Osama", 1, Norp), ("Saud", 3, Org), ("Saudi", 1, Norp)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Osama bin Laden", Person),
            ("Saud Abdulaziz Saud al-Rasheed", Person),
            ("Saudi", Norp),
            ("Mohammed bin Salman al-Saud", Person),
            ("Abu Bakr al-Baghdadi", Person)
        ])
    );
    // `bin` and a name alone is a person; an article and a name alone may be anything.
    let got = repaired(
        "According to al-Qedra, leaders of al-Qa'ida, including bin Laden, met.",
        &[("Laden", 1, WorkOfArt)],
    );
    assert_eq!(got, owned(&[("al-Qa'ida", Org), ("bin Laden", Person)]));
}

#[test]
fn a_body_s_or_a_place_s_noun_opening_a_particle_name_says_what_it_is() {
    use Label::*;
    let got = repaired(
        "Fighters of Jabhat Fateh al-Sham and Ansar al-Islam crossed Bab al-Mandeb to Khan al-Ahmar and Wadi al-Hujair.",
        &[
            ("Jabhat", 2, Person),
            ("Ansar", 1, Person),
            ("Khan", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Jabhat Fateh al-Sham", Org),
            ("Ansar al-Islam", Org),
            ("Bab al-Mandeb", Gpe),
            ("Khan al-Ahmar", Gpe),
            ("Wadi al-Hujair", Loc)
        ])
    );
}

#[test]
fn a_portfolio_before_its_minister_is_part_of_the_title() {
    use Label::*;
    let got = repaired(
        "Small Business Minister Joe Hockey met Defense Secretary Donald Rumsfeld.",
        &[
            ("Small", 2, Org),
            ("Joe", 2, Person),
            ("Defense", 1, Org),
            ("Donald", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Joe Hockey", Person), ("Donald Rumsfeld", Person)])
    );
    // An acronym or a place before the title stays; so does an ORG before another title.
    let got = repaired(
        "NSW Minister John Smith met Boston Secretary Tom Jones and Apple Chairman Al Gore.",
        &[
            ("NSW", 1, Org),
            ("John", 2, Person),
            ("Boston", 1, Org),
            ("Tom", 2, Person),
            ("Apple", 1, Org),
            ("Al", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("NSW", Org),
            ("John Smith", Person),
            ("Boston", Org),
            ("Tom Jones", Person),
            ("Apple", Org),
            ("Al Gore", Person)
        ])
    );
}

#[test]
fn a_capitalised_description_of_a_government_is_no_name() {
    use Label::*;
    let got = repaired(
        "The Government of Fiji, the Opposition and the Police Ombudsman blamed the Federal Government.",
        &[
            ("Government", 3, Org),
            ("the", 2, Org),
            ("Police", 2, Org),
            ("Federal", 2, Org),
        ],
    );
    assert_eq!(got, owned(&[("Government of Fiji", Org)]));
}

#[test]
fn an_apposition_calling_a_name_a_party_or_a_group_makes_it_an_org() {
    use Label::*;
    let got = repaired(
        "Batasuna, a political party that campaigns for independence, backs Eta, the outlawed Basque separatist group.",
        &[
            ("Batasuna", 1, Person),
            ("Eta", 1, Person),
            ("Basque", 1, Norp),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Batasuna", Org), ("Eta", Org), ("Basque", Norp)])
    );
    // A person's role in a party, or a group's leader, is no apposition of the name.
    let got = repaired(
        "Smith, a party member, met Jones, the group's leader, and Brown, a member of the group.",
        &[
            ("Smith", 1, Person),
            ("Jones", 1, Person),
            ("Brown", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Smith", Person), ("Jones", Person), ("Brown", Person)])
    );
}

#[test]
fn a_place_inside_an_amount_is_no_mention() {
    use Label::*;
    // After a number, before a currency noun; elsewhere the nationality stays (rule 4 tags it).
    let got = repaired(
        "It earned 2.66 billion Australian dollars, up from 176 Hong Kong dollars, on Australian markets.",
        &[("Hong", 2, Gpe)],
    );
    assert_eq!(got, owned(&[("Australian", Norp)]));
}

#[test]
fn a_water_s_or_a_landform_s_word_ends_a_place_s_name() {
    use Label::*;
    // Rule 7b's LOC ends: read as a person or a nationality, or untagged.
    let got = repaired(
        "The water peaked at Dongting Lake as the Caspian Sea and the Rocky Mountains froze.",
        &[
            ("Dongting", 2, Norp),
            ("Caspian", 1, Org),
            ("Rocky", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Dongting Lake", Loc),
            ("Caspian Sea", Loc),
            ("Rocky Mountains", Loc)
        ])
    );
    // A given name before a singular one is a person's.
    let got = repaired(
        "Frank Ocean told Eli Lake about it.",
        &[("Frank", 2, Person), ("Eli", 2, Person)],
    );
    assert_eq!(got, owned(&[("Frank Ocean", Person), ("Eli Lake", Person)]));
}

#[test]
fn a_nationality_read_as_an_org_with_its_article_is_a_norp() {
    use Label::*;
    // Rule 4 also takes the tagger's mention with a leading `the`; a suburb is a place (cue).
    let got = repaired(
        "He backs the Zimbabwean opposition in the suburb of Sandton.",
        &[("the", 2, Org), ("Sandton", 1, Person)],
    );
    assert_eq!(got, owned(&[("Zimbabwean", Norp), ("Sandton", Gpe)]));
}

#[test]
fn a_name_before_an_age_is_a_person_s() {
    use Label::*;
    // Untagged or read as an organisation: a PERSON; a place or a title stays out.
    let got = repaired(
        "Lawal, 30, was sentenced; Senator Kim Lee, 45, and Acme, 12, were not, nor Texas, 25, or Florida, 29.",
        &[("Acme", 1, Org), ("Texas", 1, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Lawal", Person),
            ("Kim Lee", Person),
            ("Acme", Person),
            ("Texas", Gpe)
        ])
    );
}

#[test]
fn a_first_name_after_a_title_joins_the_surname() {
    use Label::*;
    // After a lower-case title any uncommon word; after a capitalised one a given name only (a
    // second title may follow); never before a full name.
    let got = repaired(
        "Norwegian ambassador Ove Thorsheim met Deputy Leader James Reilly, Sheriff Sally Hernandez and minister Comptroller Joseph Shapira.",
        &[
            ("Norwegian", 1, Norp),
            ("Thorsheim", 1, Person),
            ("James", 2, Person),
            ("Hernandez", 1, Person),
            ("Joseph", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Norwegian", Norp),
            ("Ove Thorsheim", Person),
            ("James Reilly", Person),
            ("Sally Hernandez", Person),
            ("Joseph Shapira", Person)
        ])
    );
}

#[test]
fn a_school_or_a_hospital_read_as_a_building_is_an_org() {
    use Label::*;
    let got = repaired(
        "A staff member at Hillcrest Christian College took him to Stroger Hospital past the Moscone Center.",
        &[
            ("Hillcrest", 3, Fac),
            ("Stroger", 2, Fac),
            ("Moscone", 2, Fac),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Hillcrest Christian College", Org),
            ("Stroger Hospital", Org),
            ("Moscone Center", Fac)
        ])
    );
}

#[test]
fn a_compass_word_and_a_nationality_are_one_norp() {
    use Label::*;
    // Rule 4 reads them together, whatever the tagger said; a state's name is no adjective.
    let got = repaired(
        "West Australian senator Brian Greig met Eastern European workers in Western Australia.",
        &[("West", 2, Gpe), ("Brian", 2, Person), ("Western", 2, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[
            ("West Australian", Norp),
            ("Brian Greig", Person),
            ("Eastern European", Norp),
            ("Western Australia", Gpe)
        ])
    );
}

#[test]
fn a_name_next_to_a_lower_case_river_is_a_loc() {
    use Label::*;
    let got = repaired(
        "The river Elbe rose while the Vlava river receded.",
        &[("Vlava", 1, Org)],
    );
    assert_eq!(got, owned(&[("Elbe", Loc), ("Vlava", Loc)]));
}

#[test]
fn a_known_place_read_as_a_nationality_is_the_place() {
    use Label::*;
    let got = repaired(
        "The situation in Aleppo is bad, Syrian officials said.",
        &[("Aleppo", 1, Norp), ("Syrian", 1, Norp)],
    );
    assert_eq!(got, owned(&[("Aleppo", Gpe), ("Syrian", Norp)]));
    // Read as a work, a law or a language: the place too; a work's title in quotes stays.
    let got = repaired(
        "Flights from Athens to Baltimore resumed, and Rotterdam hosted a screening of \"Munich\".",
        &[
            ("Athens", 1, Language),
            ("Baltimore", 1, Law),
            ("Rotterdam", 1, WorkOfArt),
            ("Munich", 1, WorkOfArt),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Athens", Gpe),
            ("Baltimore", Gpe),
            ("Rotterdam", Gpe),
            ("Munich", WorkOfArt)
        ])
    );
    // Read as a FAC: the place, unless street words stand next to it (an intersection, a
    // block's number).
    let got = repaired(
        "After leaving Oslo for Rome, he was shot near 14th and Cleveland.",
        &[
            ("Oslo", 1, Fac),
            ("Rome", 1, Gpe),
            ("14th", 1, Fac),
            ("Cleveland", 1, Fac),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Oslo", Gpe),
            ("Rome", Gpe),
            ("14th", Fac),
            ("Cleveland", Fac)
        ])
    );
}

#[test]
fn a_month_or_a_weekday_alone_is_no_name() {
    use Label::*;
    // Read as a person, a place or a nationality: no mention; `May` is left.
    let got = repaired(
        "His re-election in March was won on Thursday, May said in July.",
        &[
            ("March", 1, Gpe),
            ("Thursday", 1, Person),
            ("May", 1, Person),
            ("July", 1, Norp),
        ],
    );
    assert_eq!(got, owned(&[("May", Person)]));
}

#[test]
fn a_portfolio_after_minister_for_is_part_of_the_title() {
    use Label::*;
    // Alone it is no mention; run on into a name it leaves the name; a place stays.
    let got = repaired(
        "Minister for Health Simon Harris, the Secretary of State and Minister for Rehabilitation Jayalath Jayawardena met the Foreign Minister of Russia.",
        &[
            ("Health", 3, Norp),
            ("State", 1, Org),
            ("Rehabilitation", 3, Person),
            ("Russia", 1, Gpe),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Simon Harris", Person),
            ("Jayalath Jayawardena", Person),
            ("Russia", Gpe)
        ])
    );
}

#[test]
fn a_name_after_a_then_title_is_a_person() {
    use Label::*;
    // Rule 51: the title written after `then-` in one token (`then-Secretary of State`,
    // `Then-Sen.`): the name after it is a PERSON, the tagger's pieces over the title go.
    let got = repaired(
        "The cable reached then-Secretary of State Hillary Clinton before Then-Sen. Mark Dayton replied.",
        &[
            ("State", 1, Event),
            ("Clinton", 1, Person),
            ("Then-Sen.", 2, Fac),
            ("Dayton", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Hillary Clinton", Person), ("Mark Dayton", Person)])
    );
}

#[test]
fn a_street_inside_a_newspapers_name_is_the_names() {
    use Label::*;
    // Rule 8b: `Street` (a STOP word after titles) no longer cuts the name before its
    // organisation's head word; the tagger's PERSON over the cut name becomes the ORG.
    let got = repaired(
        "Then The Wall Street Journal ran an Op-Ed piece by Kenneth Adelman.",
        &[("The", 3, Person), ("Kenneth", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Wall Street Journal", Org), ("Kenneth Adelman", Person)])
    );
    // A street's name alone stays a place.
    let got = repaired("He walked down Wall Street on Monday.", &[("Wall", 2, Fac)]);
    assert_eq!(got, owned(&[("Wall Street", Fac)]));
}
