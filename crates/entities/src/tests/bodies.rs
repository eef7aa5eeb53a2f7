//! Repair rules 39-42 (`repair/bodies.rs`) and the same round's additions to rules 6 and 34:
//! newspapers' head words, plural possessives in institutions' names, offices read as
//! buildings, companies' suffixes, channel numbers, teams before a player's position and common
//! words in capitals; rule 14's companies joined by `and`.

use super::{owned, repaired};
use crate::Label;

#[test]
fn a_newspaper_s_head_word_ends_an_organisation_s_name() {
    use Label::*;
    let got = repaired(
        "The mayor spoke to the Halvorsen Tribune and the Brackley Gazette on Monday.",
        &[("Halvorsen", 2, Person), ("Brackley", 1, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[("Halvorsen Tribune", Org), ("Brackley Gazette", Org)])
    );
}

#[test]
fn a_plural_s_possessive_is_part_of_an_institution_s_name() {
    use Label::*;
    // Rule 6 with an OWNER: the possessive and the name before it join, and a place after `of`
    // still belongs to the bare `Children's Hospital`.
    let got = repaired(
        "The boy was flown to the Children's Hospital of Ohio, then to Tamsin Women's Hospital.",
        &[
            ("Hospital", 3, Org),
            ("Tamsin", 1, Person),
            ("Hospital", 1, Product),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Children's Hospital of Ohio", Org),
            ("Tamsin Women's Hospital", Org)
        ])
    );
}

#[test]
fn an_office_or_a_medical_center_read_as_a_building_is_an_organisation() {
    use Label::*;
    let got = repaired(
        "The Brackley County Sheriff's Office took him to Halvorsen Regional Medical Center.",
        &[("Brackley", 5, Fac), ("Halvorsen", 4, Fac)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Brackley County Sheriff's Office", Org),
            ("Halvorsen Regional Medical Center", Org)
        ])
    );
}

#[test]
fn a_company_s_suffix_makes_an_organisation() {
    use Label::*;
    // Read as a person, a building alone before its suffix, untagged; not before a capitalised
    // word (`Co. Donegal`, a county).
    let got = repaired(
        "Shares of Halvorsen Ltd rose after Tamsin Minerals Inc. and Brack Co. reported, and Lyle Grain Corp opened in Co. Donegal.",
        &[
            ("Halvorsen", 2, Person),
            ("Tamsin", 3, Fac),
            ("Brack", 1, Fac),
            ("Donegal", 1, Gpe),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Halvorsen Ltd", Org),
            ("Tamsin Minerals Inc.", Org),
            ("Brack Co.", Org),
            ("Lyle Grain Corp", Org),
            ("Donegal", Gpe)
        ])
    );
}

#[test]
fn a_station_s_channel_number_is_part_of_its_name() {
    use Label::*;
    let got = repaired(
        "KQRT 9 told Channel 5 and 12 News that WBRK 3's crew left, as EU 27 leaders met.",
        &[("KQRT", 1, Org), ("WBRK", 1, Org), ("EU", 1, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("KQRT 9", Org),
            ("Channel 5", Org),
            ("12 News", Org),
            ("WBRK 3", Org),
            ("EU", Org)
        ])
    );
    // A bill's number is no channel (two letters).
    let got = repaired("Lawmakers passed SB 4.", &[("SB", 1, Org)]);
    assert_eq!(got, owned(&[("SB", Org)]));
}

#[test]
fn a_name_before_a_player_s_position_is_the_team() {
    use Label::*;
    // Read as a place or a person, or untagged; a nationality, a country and a sentence's
    // first word that is no place stay.
    let got = repaired(
        "Later, Harbourton quarterback Jim Pell and Storm coach Ada Lind met Bracken Rovers captain Tom Hale.",
        &[
            ("Harbourton", 1, Gpe),
            ("Jim", 2, Person),
            ("Storm", 1, Person),
            ("Ada", 2, Person),
            ("Tom", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Harbourton", Org),
            ("Jim Pell", Person),
            ("Storm", Org),
            ("Ada Lind", Person),
            ("Bracken Rovers", Org),
            ("Tom Hale", Person)
        ])
    );
    let got = repaired(
        "Head coach Ada Lind praised Brazilian striker Jim Pell, Brazil captain Tom Hale and Wales coach Eli Rowe.",
        &[
            ("Head", 1, Person),
            ("Ada", 2, Person),
            ("Brazilian", 1, Norp),
            ("Jim", 2, Person),
            ("Brazil", 1, Gpe),
            ("Tom", 2, Person),
            ("Wales", 1, Gpe),
            ("Eli", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Head", Person),
            ("Ada Lind", Person),
            ("Brazilian", Norp),
            ("Jim Pell", Person),
            // (Session 35: a country or a nation before a position and a player is its side.)
            ("Brazil", Org),
            ("Tom Hale", Person),
            ("Wales", Org),
            ("Eli Rowe", Person)
        ])
    );
}

#[test]
fn a_common_word_in_capitals_is_no_name() {
    use Label::*;
    let got = repaired(
        "UPDATE: Text your tip to CRIMES or call the FBI in Brackley.",
        &[
            ("UPDATE", 1, Org),
            ("CRIMES", 1, Org),
            ("FBI", 1, Org),
            ("Brackley", 1, Gpe),
        ],
    );
    assert_eq!(got, owned(&[("FBI", Org), ("Brackley", Gpe)]));
    // A dateline's station in brackets stays.
    let got = repaired(
        "BRACKLEY (WISH) – Two men were shot.",
        &[("BRACKLEY", 1, Gpe), ("WISH", 1, Org)],
    );
    assert_eq!(got, owned(&[("BRACKLEY", Gpe), ("WISH", Org)]));
    // A run of common words in capitals, a page's link or a headline's words, goes; a run with
    // an organisation's head word or a place in it stays.
    let got = repaired(
        "READ MORE: BREAKING UPDATE on the WHITE HOUSE visit to NEW BRACKLEY",
        &[
            ("READ", 2, Gpe),
            ("BREAKING", 2, Org),
            ("WHITE", 2, Org),
            ("NEW", 2, Gpe),
        ],
    );
    assert_eq!(got, owned(&[("WHITE HOUSE", Org), ("NEW BRACKLEY", Gpe)]));
}

#[test]
fn an_untagged_acronym_of_the_alias_table_takes_its_label() {
    use Label::*;
    // Left untagged by the tagger; not inside a longer capitalised name or a line in capitals.
    let got = repaired(
        "Delegates at a U.N. meeting heard that FBI agents met U.S. District Judge Ann Roe. EU LEADERS MEET",
        &[("Ann", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[("U.N.", Org), ("FBI", Org), ("Ann Roe", Person)])
    );
}

#[test]
fn a_bare_domain_name_is_an_organisation() {
    use Label::*;
    let got = repaired(
        "Kestrel.com explains it, read more on Tallow.net The end, not at www.brack.com, pic.twitter.com/LXIjdAj or tips@lyle.org.",
        &[("Tallow.net", 1, Fac)],
    );
    assert_eq!(got, owned(&[("Kestrel.com", Org), ("Tallow.net", Org)]));
}

#[test]
fn a_newspaper_named_by_one_word_after_the_is_an_organisation() {
    use Label::*;
    let got = repaired(
        "The Chronicle says the report was seen by the Guardian near the Times Square crowd.",
        &[("The", 2, Law), ("Guardian", 1, Norp), ("Times", 2, Fac)],
    );
    assert_eq!(
        got,
        owned(&[
            ("The Chronicle", Org),
            ("Guardian", Org),
            ("Times Square", Fac)
        ])
    );
}

#[test]
fn a_newspaper_named_by_its_city_is_one_organisation() {
    use Label::*;
    let got = repaired(
        "A report in the Los Angeles Times and the Milwaukee Journal Sentinel, read in Denver, \
         said the Chicago Post Office closed.",
        &[
            ("Los", 2, Gpe),
            ("Milwaukee", 1, Gpe),
            ("Denver", 1, Gpe),
            ("Chicago", 3, Fac),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Los Angeles Times", Org),
            ("Milwaukee Journal Sentinel", Org),
            ("Denver", Gpe),
            ("Chicago Post Office", Fac)
        ])
    );
}

#[test]
fn a_coined_name_with_an_inner_capital_is_an_organisation() {
    use Label::*;
    let got = repaired(
        "Analysts at StarHaul and DeAndre Lyle told FitzPatrick that McConnell backed it.",
        &[
            ("StarHaul", 1, Person),
            ("DeAndre", 2, Person),
            ("FitzPatrick", 1, Person),
            ("McConnell", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("StarHaul", Org),
            ("DeAndre Lyle", Person),
            ("FitzPatrick", Person),
            ("McConnell", Person)
        ])
    );
}

#[test]
fn a_police_noun_alone_is_no_name() {
    use Label::*;
    let got = repaired(
        "Detectives said the Brackley Police Department found the car.",
        &[("Detectives", 1, Org), ("Brackley", 3, Org)],
    );
    assert_eq!(got, owned(&[("Brackley Police Department", Org)]));
}

#[test]
fn a_name_to_call_at_a_phone_number_is_an_organisation() {
    use Label::*;
    // Untagged or read as a place; a person (a title, or the tagger's PERSON) stays.
    let got = repaired(
        "Call Tip Line at 555-0142, contact the Brackley Gang Unit at (555) 013-2200 or call Detective Ann Roe at 555-0199.",
        &[("Brackley", 3, Gpe), ("Ann", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Tip Line", Org),
            ("Brackley Gang Unit", Org),
            ("Ann Roe", Person)
        ])
    );
}

#[test]
fn two_companies_joined_by_and_are_two_organisations() {
    use Label::*;
    // Rule 14: a company known by one word (COMPANY) on one side of `and` inside an ORG splits
    // it; one read as a PERSON or left untagged is an ORG.
    let got = repaired(
        "Regulators fined Foxconn and Lenovo Group, while Gazprom said Tumblr would close.",
        &[("Foxconn", 4, Org), ("Gazprom", 1, Person)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Foxconn", Org),
            ("Lenovo Group", Org),
            ("Gazprom", Org),
            ("Tumblr", Org)
        ])
    );
    // A name of two words on both sides stays one (`Marks and Spencer` has no COMPANY word).
    let got = repaired(
        "Shoppers at Marks and Spencer queued.",
        &[("Marks", 3, Org)],
    );
    assert_eq!(got, owned(&[("Marks and Spencer", Org)]));
}

#[test]
fn an_institution_read_as_a_place_is_an_org() {
    use Label::*;
    // The tagger's GPE over a name ending in an institution's head word is the institution; a
    // head word that can end a place's name (`Union`) leaves the GPE.
    let got = repaired(
        "Students at Ohio State University and the Kentucky Democratic Party met in Columbus, far from the Soviet Union.",
        &[
            ("Ohio", 3, Gpe),
            ("Kentucky", 3, Gpe),
            ("Columbus", 1, Gpe),
            ("Soviet", 2, Gpe),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Ohio State University", Org),
            ("Kentucky Democratic Party", Org),
            ("Columbus", Gpe),
            ("Soviet Union", Gpe)
        ])
    );
}

#[test]
fn a_name_spelt_out_before_its_bracketed_acronym_is_one_org() {
    use Label::*;
    // The tagger cut the party's name at `for` and read its pieces as other kinds.
    let got = repaired(
        "Lawmakers from the populist Alternative for Germany (AfD) walked out.",
        &[("Alternative", 1, Loc), ("Germany", 1, Gpe)],
    );
    assert_eq!(got, owned(&[("Alternative for Germany", Org)]));
    let got = repaired(
        "Fighters of the Islamic State of Iraq and the Levant (ISIL) fled as Customs and Border \
         Protection (CBP) agents arrived.",
        &[
            ("Islamic", 4, Org),
            ("Levant", 1, Person),
            ("Customs", 1, Loc),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Islamic State of Iraq and the Levant", Org),
            ("ISIL", Org),
            ("Customs and Border Protection", Org),
            ("CBP", Org)
        ])
    );
    // A country spelt out stays the tagger's place, an acronym of other words (`FARC`, Spanish)
    // reads nothing, and a plan is no body.
    let got = repaired(
        "The Democratic Republic of Congo (DRC) and the Revolutionary Armed Forces of Colombia \
         (FARC) backed the Joint Comprehensive Plan of Action (JCPOA).",
        &[
            ("Democratic", 4, Gpe),
            ("Revolutionary", 3, Org),
            ("Colombia", 1, Gpe),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Democratic Republic of Congo", Gpe),
            ("DRC", Gpe),
            ("Revolutionary Armed Forces", Org),
            ("Colombia", Gpe)
        ])
    );
}

#[test]
fn a_continent_s_part_named_by_a_compass_word_is_a_loc() {
    use Label::*;
    let got = repaired(
        "Peters first went to East Africa in the 1880s, then to North Africa and South Africa.",
        &[("East", 2, Gpe), ("North", 2, Person), ("South", 2, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[
            ("East Africa", Loc),
            ("North Africa", Loc),
            ("South Africa", Gpe)
        ])
    );
}

#[test]
fn the_short_nouns_of_a_people_are_nationalities() {
    use Label::*;
    let got = repaired(
        "Many Brits feel bitter, while 55% of Scots voted to stay, as a Scot told Brit reporters.",
        &[
            ("Brits", 1, Gpe),
            ("Scots", 1, Org),
            ("Scot", 1, Org),
            ("Brit", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Brits", Norp),
            ("Scots", Norp),
            ("Scot", Norp),
            ("Brit", Norp)
        ])
    );
}
