//! Repair rules 20-22 (`repair/local.rs`) and rule 7b's date words: the forms of US local news.

use super::{owned, repaired};
use crate::Label;

#[test]
fn a_residence_after_an_age_or_a_person_is_a_place() {
    use Label::*;
    // After an age between commas, whatever the tagger read; after a PERSON, an untagged or
    // PERSON reading only.
    let got = repaired(
        "Deputies found Marcus Delane, 31, of Brookhollow unresponsive, and Tia Renner of Oakdale Springs was taken to a hospital.",
        &[
            ("Marcus", 2, Person),
            ("Brookhollow", 1, Person),
            ("Tia", 2, Person),
            ("Oakdale", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Marcus Delane", Person),
            ("Brookhollow", Gpe),
            ("Tia Renner", Person),
            ("Oakdale Springs", Gpe)
        ])
    );
    // After one word read as a PERSON (`Hall of Fame`), nothing; an unknown untagged name after
    // a full name is no residence for rule 20, but rule 88 reads one ending its clause as the
    // person's town (on the news corpus 9 of 11 are).
    let got = repaired(
        "Saint Anne of Verimark Services met Hall of Fame member Elise Ward of Amnestia.",
        &[
            ("Anne", 1, Person),
            ("Hall", 1, Person),
            ("Elise", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Anne", Person),
            ("Verimark Services", Org),
            ("Hall", Person),
            ("Elise Ward", Person),
            ("Amnestia", Gpe)
        ])
    );
    // A common word read as a PERSON at a sentence's start is no person to live somewhere.
    let got = repaired(
        "Cases of Marrow Fever first appeared in West Harlow.",
        &[("Cases", 1, Person), ("West", 2, Gpe)],
    );
    assert_eq!(got, owned(&[("West Harlow", Gpe)]));
    // An organisation after a person stays one; `of the` and a title are no residence.
    let got = repaired(
        "Dana Pruitt of Verimark said Joe Adair of the Harlow Relief Committee and Sam Ode of President Kline agreed.",
        &[
            ("Dana", 2, Person),
            ("Verimark", 1, Org),
            ("Joe", 2, Person),
            ("Harlow", 3, Org),
            ("Sam", 2, Person),
            ("Kline", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Dana Pruitt", Person),
            ("Verimark", Org),
            ("Joe Adair", Person),
            ("Harlow Relief Committee", Org),
            ("Sam Ode", Person),
            ("Kline", Person)
        ])
    );
}

#[test]
fn a_name_before_police_is_a_place() {
    use Label::*;
    let got = repaired(
        "Brookhollow police officers said Prince Edward police and Dana Pruitt officers arrived.",
        &[
            ("Brookhollow", 1, Person),
            ("Edward", 1, Person),
            ("Dana", 2, Person),
        ],
    );
    // `Dana Pruitt officers` is as much a place's police by form: the rule reads the form only
    // (a person's name before `officers` does not occur in news).
    assert_eq!(
        got,
        owned(&[
            ("Brookhollow", Gpe),
            ("Prince Edward", Gpe),
            ("Dana Pruitt", Gpe)
        ])
    );
    // Not before an upper-case `Police` (part of a name) nor another noun.
    let got = repaired(
        "Brookhollow Police said Dana Pruitt drivers arrived.",
        &[("Brookhollow", 2, Org), ("Dana", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Brookhollow Police", Org), ("Dana Pruitt", Person)])
    );
}

#[test]
fn a_person_of_common_words_is_caption_debris() {
    use Label::*;
    let got = repaired(
        "Negotiation Team members say Highlights Suspect was seen with Jordan Short and Victoria Young.",
        &[
            ("Negotiation", 2, Person),
            ("Highlights", 2, Person),
            ("Jordan", 2, Person),
            ("Victoria", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Jordan Short", Person), ("Victoria Young", Person)])
    );
}

#[test]
fn a_county_before_a_weekday_is_a_place() {
    use Label::*;
    let got = repaired(
        "A boy died in Wayne County Thursday, and the Wayne County Court heard it.",
        &[("Wayne", 2, WorkOfArt)],
    );
    assert_eq!(
        got,
        owned(&[("Wayne County", Gpe), ("Wayne County Court", Org)])
    );
}

#[test]
fn two_words_joined_by_and_before_a_head_word_are_one_organisation() {
    use Label::*;
    let got = repaired(
        "Rules of the Seeds and Grain Commission and the Harlow Airlines fleet were cited.",
        &[("Seeds", 1, Gpe), ("Grain", 2, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Seeds and Grain Commission", Org),
            ("Harlow Airlines", Org)
        ])
    );
    // An acronym or a name of its own before `and`, a second name that stands alone (a place
    // or a head word opening it) or a name inside an `of` name are not joined by this reading
    // (`Politics and Public Service`); since session 21 the `of` name takes `and` and a common
    // noun's words itself (`Institute of Politics and Public Service`, one institute's name).
    let got = repaired(
        "The FBI and Justice Department, Gardai and Dublin Fire Brigade and the Institute of Politics and Public Service met.",
        &[("FBI", 1, Org), ("Gardai", 1, Org), ("Dublin", 3, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("FBI", Org),
            ("Justice Department", Org),
            ("Gardai", Org),
            ("Dublin Fire Brigade", Org),
            ("Institute of Politics and Public Service", Org)
        ])
    );
}

#[test]
fn a_county_read_as_an_organisation_or_a_nationality_is_a_place() {
    use Label::*;
    // Before a title and a person, and before a common noun (`a Jasper County farmer`): read as
    // an ORG or a PERSON, a GPE (rule 49); `Township` read alone as a NORP takes in the name
    // before it.
    let got = repaired(
        "Jasper County Coroner Dale Fenn said a Kane County farmer was found in Hollis Township on Friday.",
        &[
            ("Jasper", 2, Org),
            ("Dale", 2, Person),
            ("Kane", 2, Person),
            ("Township", 1, Norp),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Jasper County", Gpe),
            ("Dale Fenn", Person),
            ("Kane County", Gpe),
            ("Hollis Township", Gpe)
        ])
    );
    // A county's office (a head word after it) stays an ORG; so does a name whose END word is
    // not the last (`Orange County Choppers`, a company).
    let got = repaired(
        "The Kane County Sheriff's Office bought a bike from Orange County Choppers.",
        &[("Kane", 4, Org), ("Orange", 3, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Kane County Sheriff's Office", Org),
            ("Orange County Choppers", Org)
        ])
    );
}

#[test]
fn a_city_s_part_or_a_province_written_capitalised_is_a_place() {
    use Label::*;
    // END words of session 20 (`Side`, `Heights`, `Hills`, `Province`, `Governorate`): read as
    // a NORP, an ORG or a LOC, or left untagged, a GPE.
    let got = repaired(
        "Two men were shot on the West Side and in Sunset Heights, police in Kandahar Province said.",
        &[("West", 2, Norp), ("Sunset", 2, Org), ("Kandahar", 2, Loc)],
    );
    assert_eq!(
        got,
        owned(&[
            ("West Side", Gpe),
            ("Sunset Heights", Gpe),
            ("Kandahar Province", Gpe)
        ])
    );
    let got = repaired(
        "Aid reached the Idlib Governorate and Auburn Hills this week.",
        &[],
    );
    assert_eq!(
        got,
        owned(&[("Idlib Governorate", Gpe), ("Auburn Hills", Gpe)])
    );
}

#[test]
fn a_place_after_a_compass_word_is_a_gpe() {
    use Label::*;
    let got = repaired(
        "Five people were shot at a west Charlotte bar, and two in southern Davao.",
        &[("Charlotte", 1, Org), ("Davao", 1, Person)],
    );
    assert_eq!(got, owned(&[("Charlotte", Gpe), ("Davao", Gpe)]));
    // Not a name the gazetteer does not know as a place, nor a place name without a compass word.
    let got = repaired(
        "Rescuers reached the western Brackleton camp, said Charlotte Smith of the agency.",
        &[("Brackleton", 1, Org), ("Charlotte", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Brackleton", Org), ("Charlotte Smith", Person)])
    );
}

#[test]
fn the_town_a_named_person_is_from_is_a_gpe() {
    use Label::*;
    // Untagged or read as a PERSON or LOC after a full name and `of` (or `, of`, or an age
    // between commas), ending at punctuation or a lower-case word.
    let got = repaired(
        "Lena Marsh of Brackwood was treated, and Odell Haines, of McCarley, and Ruth Penn, 56, of Mount Carmel, were charged.",
        &[
            ("Lena", 2, Person),
            ("Odell", 2, Person),
            ("McCarley", 1, Person),
            ("Ruth", 2, Person),
            ("Mount", 2, Loc),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Lena Marsh", Person),
            ("Brackwood", Gpe),
            ("Odell Haines", Person),
            ("McCarley", Gpe),
            ("Ruth Penn", Person),
            ("Mount Carmel", Gpe)
        ])
    );
    // Not an organisation's name (a head word, an ORG of the tagger's), a longer capitalised
    // run, or after one word read as a PERSON (`Hall of Fame`).
    let got = repaired(
        "Tom Reyes of Brackwood Council said Ann Cole of Verimark agreed, as did Hall of Famers.",
        &[
            ("Tom", 2, Person),
            ("Ann", 2, Person),
            ("Verimark", 1, Org),
            ("Hall", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Tom Reyes", Person),
            ("Brackwood Council", Org),
            ("Ann Cole", Person),
            ("Verimark", Org),
            ("Hall", Person)
        ])
    );
    // A headline in title case (no closing stop) is read truecased, as here: its lowered words
    // are no clause's end (`Merritt Island Found With` → `Merritt island found with`).
    let got = repaired(
        "John Lee Marsh of Merritt found with gunshot wound",
        &[("John", 3, Person)],
    );
    assert_eq!(got, owned(&[("John Lee Marsh", Person)]));
}

#[test]
fn a_county_before_a_title_is_a_gpe() {
    use Label::*;
    // Untagged, or read as one mention ending inside the title; the title stays outside and
    // rule 2 reads the name after it.
    let got = repaired(
        "Harlan County Sheriff Dale Moss said Ridge County Deputy Coroner Ann Fry and the Tarrow County Coroner agreed.",
        &[("Ridge", 3, Org), ("the", 4, Event)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Harlan County", Gpe),
            ("Dale Moss", Person),
            ("Ridge County", Gpe),
            ("Ann Fry", Person),
            ("Tarrow County", Gpe)
        ])
    );
    // Not before the office the title names, one ORG.
    let got = repaired(
        "The Harlan County Sheriff's Office said the road was closed.",
        &[],
    );
    assert_eq!(got, owned(&[("Harlan County Sheriff's Office", Org)]));
}

#[test]
fn a_known_place_after_a_persons_of_is_a_residence_not_an_organisation() {
    use Label::*;
    // Rule 88 (session 29): the tagger reads `of` + a name after a person as an affiliation; a
    // place the gazetteer knows whole as a GPE is the residence, a NORP or PRODUCT of no
    // nationality a town; an ORG the gazetteer does not know stays.
    let got = repaired(
        "The bill was opposed by Tom Halvert of Nevada, and Jim Roane of Allentown was held.",
        &[
            ("Tom", 2, Person),
            ("Nevada", 1, Org),
            ("Jim", 2, Person),
            ("Allentown", 1, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Tom Halvert", Person),
            ("Nevada", Gpe),
            ("Jim Roane", Person),
            ("Allentown", Gpe)
        ])
    );
    let got = repaired(
        "Deputies arrested Lena Voss of Marlowe. Ana Pell of Verimark, the firm, declined to comment.",
        &[
            ("Lena", 2, Person),
            ("Marlowe", 1, Norp),
            ("Ana", 2, Person),
            ("Verimark", 1, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Lena Voss", Person),
            ("Marlowe", Gpe),
            ("Ana Pell", Person),
            ("Verimark", Org)
        ])
    );
}

#[test]
fn names_listed_after_a_plural_place_noun_and_a_dash_are_places() {
    use Label::*;
    // Rule 77 (session 29): after `provinces --`, `states:` as after `cities of`, whatever the
    // tagger read (a PRODUCT, PERSONs), two names or more.
    let got = repaired(
        "The colony was split into four provinces -- Marandu, Ketsi, Oroba and Lumeka -- in 1958.",
        &[
            ("Marandu", 1, Product),
            ("Ketsi", 1, Person),
            ("Oroba", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Marandu", Gpe),
            ("Ketsi", Gpe),
            ("Oroba", Gpe),
            ("Lumeka", Gpe)
        ])
    );
    // Not after another plural noun (`players -- ...` are people).
    let got = repaired(
        "He named three players -- Okafor, Ketsi and Brandt -- for the final.",
        &[
            ("Okafor", 1, Person),
            ("Ketsi", 1, Person),
            ("Brandt", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Okafor", Person), ("Ketsi", Person), ("Brandt", Person)])
    );
}

#[test]
fn a_places_residents_are_a_nationality() {
    use Label::*;
    // Rule 92 (session 29c): a place of several words turned into its residents' plural (`New
    // York` + `ers`, `West Virginia` + `ns`) is a NORP, whatever the tagger read; a name whose
    // words less the ending are no place (`Staten Island Yankees`) keeps its label.
    let got = repaired(
        "To buy tokens, New Yorkers must queue, West Virginians said, and the Staten Island Yankees won.",
        &[("New", 2, Org), ("West", 2, Person), ("Staten", 3, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("New Yorkers", Norp),
            ("West Virginians", Norp),
            ("Staten Island Yankees", Org),
        ])
    );
    // `New Mexic(o)` + `ans`; a place whose own name so ends stays (`Fort Myers`).
    let got = repaired(
        "New Mexicans drove to Fort Myers.",
        &[("New", 2, Gpe), ("Fort", 2, Gpe)],
    );
    assert_eq!(got, owned(&[("New Mexicans", Norp), ("Fort Myers", Gpe)]));
}
