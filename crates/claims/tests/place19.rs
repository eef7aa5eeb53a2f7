//! The place of a claim frame, session 19 (issue 14): a description of a place given as the
//! text writes it (`at the scene`, `the region's`, an unresolved `in the country`), the header
//! of a fielded listing entry, a fronted `On`/`At` locative, and `the country` that takes up an
//! indefinite `a country`. Each test is named after the rule it guards; the sentences are
//! written for the tests, shaped like the real corpus.

mod common;

use common::place;

#[test]
fn a_site_s_description_in_the_clause_is_the_place_as_written() {
    assert_eq!(
        place(
            "Firefighters said three engines stayed at the scene overnight.",
            "three"
        )
        .as_deref(),
        Some("the scene")
    );
    // a possessive, its article lower case at the sentence's start
    assert_eq!(
        place(
            "The region's four biggest ports were closed on Monday.",
            "four"
        )
        .as_deref(),
        Some("the region")
    );
    // modifiers, a name among them for an area of land
    assert_eq!(
        place(
            "About 9,000 people live in the Marlow valley area, officials said.",
            "About 9,000"
        )
        .as_deref(),
        Some("the Marlow valley area")
    );
}

#[test]
fn a_site_s_description_is_no_place_after_a_relation_or_motion_or_before_of() {
    // where something goes
    assert_eq!(
        place(
            "Dozens of volunteers came to the island last summer.",
            "Dozens"
        ),
        None
    );
    // facing it
    assert_eq!(
        place(
            "Two men were seen at a cafe across the street from the bank.",
            "Two"
        ),
        None
    );
    // `in the region of`: about, not where
    assert_eq!(
        place(
            "The repairs will cost in the region of $40 million.",
            "$40 million"
        ),
        None
    );
    // a name before a site that is no land: whose it is
    assert_eq!(
        place(
            "About 300 posts were removed from the Facebook site last week.",
            "About 300"
        ),
        None
    );
}

#[test]
fn a_named_place_in_the_description_is_the_place() {
    assert_eq!(
        place(
            "Some 40 families remain in the eastern Aleppo area.",
            "Some 40"
        )
        .as_deref(),
        Some("Aleppo")
    );
}

#[test]
fn an_unresolved_country_is_given_as_written() {
    // two countries named as often: `the country` resolves to neither, and is given as written
    assert_eq!(
        place(
            "Peru and Chile signed a water deal. Peru and Chile share a long border. \
             Officials said 4,000 wells in the country had run dry.",
            "4,000"
        )
        .as_deref(),
        Some("the country")
    );
    // `the country` taking up `a country` names none
    assert_eq!(
        place(
            "Ecuador topped the index. A country's rank depends on how clean the country's \
             courts are seen, with 100 the cleanest.",
            "100"
        ),
        None
    );
}

#[test]
fn a_listing_entry_s_header_is_the_place_of_its_fields() {
    let text = "Attacks by year RAQQA CITY, SYRIA March, 2015 TARGET: 14 killed and 30 wounded \
                in a car bombing ATTACKERS: Three gunmen (Syrians)  MOSUL, IRAQ May, 2015 \
                TARGET: Six killed in a market ATTACKER: Unknown";
    assert_eq!(place(text, "14").as_deref(), Some("Raqqa City"));
    assert_eq!(place(text, "30").as_deref(), Some("Raqqa City"));
    // a later field of the same entry
    assert_eq!(place(text, "Three").as_deref(), Some("Raqqa City"));
    assert_eq!(place(text, "Six").as_deref(), Some("Mosul"));
    // a count after a later field's text is no figure of the entry's place
    let text = "RAQQA CITY, SYRIA March, 2015 TARGET: 14 killed in a car bombing ATTACKER: \
                an unknown lone gunman 85 stories";
    assert_eq!(place(text, "85").as_deref(), None);
}

#[test]
fn a_listing_entry_header_without_a_date_is_none() {
    assert_eq!(
        place(
            "NOTES FROM THE FIELD, WEEK ONE TARGET: 12 interviews were planned.",
            "12"
        ),
        None
    );
}

#[test]
fn a_fronted_on_or_at_phrase_ending_in_a_place_covers_the_sentence() {
    assert_eq!(
        place(
            "On the narrow street below, a group of five -- three boys and two women -- \
             waited.",
            "three"
        )
        .as_deref(),
        Some("the narrow street")
    );
    assert_eq!(
        place(
            "At Kabul, more than 200 flights were cancelled.",
            "more than 200"
        )
        .as_deref(),
        Some("Kabul")
    );
    // a name modifying a noun: the trial's name, not where the figure is
    assert_eq!(
        place(
            "At the Kabul trial, eight of the accused were jailed.",
            "eight"
        ),
        None
    );
    // a longer phrase: its place may be another's
    assert_eq!(
        place(
            "At a news conference called on Tuesday in Geneva, the agency said 90 trucks \
             were waiting.",
            "90"
        ),
        None
    );
}

#[test]
fn rescued_from_a_place_happened_there() {
    assert_eq!(
        place(
            "Coast guard crews rescued about 400 people from Gaza beaches on Sunday.",
            "about 400"
        )
        .as_deref(),
        Some("Gaza")
    );
    // an origin stays none
    assert_eq!(
        place("About 400 people arrived from Gaza on Sunday.", "About 400"),
        None
    );
}

#[test]
fn the_city_of_a_name_is_that_name_s_not_the_description_s() {
    assert_eq!(
        place(
            "Two brigades were sent to fight for the city of al-Qaim last year.",
            "Two"
        ),
        None
    );
    // a size after `of` is the description's
    assert_eq!(
        place(
            "Floods cut power to most homes in the capital of 6.5 million people.",
            "6.5 million"
        )
        .as_deref(),
        Some("the capital")
    );
}

#[test]
fn the_place_a_verb_of_leaving_takes_is_an_origin() {
    assert_eq!(
        place(
            "Last year about 12,000 families fled Somalia, the agency said.",
            "about 12,000"
        ),
        None
    );
    assert_eq!(
        place(
            "Three of the five suspects left Thailand on Sunday.",
            "Three"
        ),
        None
    );
    // still there: barred from leaving
    assert_eq!(
        place(
            "Eleven aid workers barred from leaving Yemen were allowed home.",
            "Eleven"
        )
        .as_deref(),
        Some("Yemen")
    );
    // the causative `left X's ... damaged` keeps X
    assert_eq!(
        place(
            "Three long offensives have left Gaza's clinics badly damaged.",
            "Three"
        )
        .as_deref(),
        Some("Gaza")
    );
}

#[test]
fn a_relation_word_before_a_modified_name_is_still_a_relation() {
    // an origin over a modifier
    assert_eq!(
        place(
            "The museum bought 4,000 vases from ancient Egypt last year.",
            "4,000"
        ),
        None
    );
    // a direction over a modifier
    assert_eq!(
        place(
            "About 20,000 migrants walked from Serbia towards western Europe.",
            "About 20,000"
        ),
        None
    );
    // a verb of motion after `from` is no modifier (`barred from leaving Yemen`: they are still
    // there, asserted in the test of verbs of leaving above)
}
