//! The place of a claim frame on sentences shaped like the real news corpus (issue 14, session
//! 17): descriptions of a place (`in the country`, `nationwide`) resolved to the place the
//! article means, and the clause a place shares with its figure. Each test is named after the
//! rule it guards.

mod common;

use common::place;

#[test]
fn the_country_is_the_country_the_article_is_about() {
    assert_eq!(
        place(
            "Kenya declared the drought a national disaster last month. The government says \
             2.7 million people across the country need food aid.",
            "2.7 million"
        )
        .as_deref(),
        Some("Kenya")
    );
    // `the nation's`, and a country named only by its adjective
    assert_eq!(
        place(
            "Afghan officials met donors in Kabul on Monday. Afghan security forces now \
             control less than 60 percent of the nation's districts.",
            "less than 60 percent"
        )
        .as_deref(),
        Some("Afghanistan")
    );
    assert_eq!(
        place(
            "German police said on Wednesday they had raided 12 locations nationwide.",
            "12"
        )
        .as_deref(),
        Some("Germany")
    );
}

#[test]
fn the_country_may_have_modifiers_but_not_another_country_s() {
    assert_eq!(
        place(
            "Nigeria is raising its defence budget. The West African nation will spend an extra \
             $55m on its army this year.",
            "$55m"
        )
        .as_deref(),
        Some("Nigeria")
    );
    // `the neighbouring country` is another one
    assert_eq!(
        place(
            "Kenya hosts a large camp. About 300,000 people fled to the camp from the \
             neighbouring country last year, Kenya says.",
            "About 300,000"
        ),
        None
    );
}

#[test]
fn this_country_and_our_country_are_the_speaker_s() {
    assert_eq!(
        place(
            "Kenya's health minister spoke on Monday. \"Malaria kills 10,000 people in this \
             country every year,\" she said.",
            "10,000"
        )
        .as_deref(),
        Some("Kenya")
    );
    // a relation word before it
    assert_eq!(
        place(
            "Kenya's army chief spoke on Monday. \"Six exercises will be held outside our \
             country,\" he said.",
            "Six"
        ),
        None
    );
}

#[test]
fn the_country_stays_unresolved_when_the_nearest_country_is_not_the_article_s() {
    // the nearest country (Honduras, by its adjective) is not the one the article names most:
    // no name, the description as written (session 19)
    assert_eq!(
        place(
            "Kenya and Uganda signed a trade deal, Kenya said. Kenya will build a new road. \
             The two suspects are Honduran. Ten of the 13 defendants are in the country \
             illegally.",
            "Ten"
        )
        .as_deref(),
        Some("the country")
    );
    // no country named at all
    assert_eq!(
        place(
            "The charity says there are five empty homes for every homeless person in the \
             country.",
            "five"
        )
        .as_deref(),
        Some("the country")
    );
}

#[test]
fn the_country_skips_the_origin_of_migrants() {
    // `Afghan refugees` are not in Afghanistan: their adjective is no mention of the country
    assert_eq!(
        place(
            "Pakistan hosts 1.4 million registered refugees, Pakistani officials say. There \
             are also about a million unregistered Afghan refugees present in the country.",
            "about a million"
        )
        .as_deref(),
        Some("Pakistan")
    );
}

#[test]
fn the_country_left_or_entered_is_no_place() {
    assert_eq!(
        place(
            "Syria's war is in its seventh year. Some 4.8 million people have fled the country.",
            "Some 4.8 million"
        ),
        None
    );
    assert_eq!(
        place(
            "Syria's war is in its seventh year. Some 7,000 fighters from across the country \
             joined the offensive.",
            "Some 7,000"
        ),
        None
    );
}

#[test]
fn place_after_scare_quotes_is_in_the_clause() {
    assert_eq!(
        place(
            "Aid agencies say some 40,000 civilians remain \"stranded\" in Mosul without food.",
            "some 40,000"
        )
        .as_deref(),
        Some("Mosul")
    );
    // a quoted figure is not in the clause of what follows the quotes
    assert_eq!(
        place(
            "Analysts doubt the \"big three\" agencies did well in Nigeria.",
            "three"
        ),
        None
    );
}

#[test]
fn the_city_and_the_capital_are_the_city_named_just_before() {
    assert_eq!(
        place(
            "Iraqi forces pushed into western Mosul on Sunday. The UN says about 400,000 \
             people remain trapped in the city.",
            "about 400,000"
        )
        .as_deref(),
        Some("Mosul")
    );
    assert_eq!(
        place(
            "Al-Shabab has carried out many attacks in Mogadishu. On Sunday, a car bomb in the \
             capital killed at least 34 people.",
            "at least 34"
        )
        .as_deref(),
        Some("Mogadishu")
    );
    // `the capital` as money is no place
    assert_eq!(
        place(
            "Investors in Beirut put money into the projects. Returns reached 40 percent of the \
             capital invested.",
            "40 percent"
        ),
        None
    );
    // fleeing a city is leaving it
    assert_eq!(
        place(
            "Fighting went on in Aleppo on Monday. More than 180,000 civilians have fled the \
             west of the city.",
            "More than 180,000"
        ),
        None
    );
}

#[test]
fn a_company_s_branch_is_no_place() {
    use reckon_entities::Label;
    assert_eq!(
        common::place_with_entities(
            "Toyota China will recall 2,000 vehicles over airbag defects.",
            "2,000",
            &[("Toyota", Label::Org), ("China", Label::Gpe)]
        ),
        None
    );
    assert_eq!(
        common::place_with_entities(
            "Toyota will recall 2,000 vehicles in China over airbag defects.",
            "2,000",
            &[("Toyota", Label::Org), ("China", Label::Gpe)]
        )
        .as_deref(),
        Some("China")
    );
}

#[test]
fn a_gazetteer_place_the_recogniser_mislabelled_is_a_place() {
    use reckon_entities::Label;
    assert_eq!(
        common::place_with_entities(
            "Over 80% of voters took part, and 91.2% in Crimea backed the proposal.",
            "91.2%",
            &[("Crimea", Label::Org)]
        )
        .as_deref(),
        Some("Crimea")
    );
    // not a mention of a longer name (`Jordan` of `Michael Jordan`, as the linker gives it)
    let text = "Jordan scored 32 points. The team flew back to Boston.";
    let doc = reckon_text::Document::new("t", text).with_date(jiff::civil::date(2017, 3, 20));
    let mention =
        |start: usize, name: &str, label: Label, canonical: &str| reckon_entities::Entity {
            span: reckon_text::Span::new(start, start + name.len()),
            text: name.to_owned(),
            label,
            canonical: canonical.to_owned(),
            id: reckon_entities::EntityId(0),
            kind: reckon_entities::MentionKind::Name,
        };
    let entities = vec![
        mention(0, "Jordan", Label::Person, "Michael Jordan"),
        mention(text.find("Boston").unwrap(), "Boston", Label::Gpe, "Boston"),
    ];
    let x = reckon_claims::Extractor::new().extract(&doc, &reckon_text::segment(text), &entities);
    assert_eq!(common::claim(&x, "32").frame.place, None);
}

#[test]
fn a_name_after_a_geographic_head_and_of_is_a_place() {
    use reckon_entities::Label;
    // the recogniser read `Sehwan` as a nationality
    assert_eq!(
        common::place_with_entities(
            "At least 80 people were killed at a shrine in the southern town of Sehwan.",
            "At least 80",
            &[("Sehwan", Label::Norp)]
        )
        .as_deref(),
        Some("Sehwan")
    );
    // hyphenated names, and a name the recogniser missed altogether
    assert_eq!(
        common::place_with_entities(
            "Police said 40 cars were burned in the town of Garges-les-Gonesse overnight.",
            "40",
            &[("Police", Label::Org)]
        )
        .as_deref(),
        Some("Garges-les-Gonesse")
    );
    // `near the town of X` is a relation
    assert_eq!(
        common::place_with_entities(
            "Police said 10 tourists were injured near the town of Harstad.",
            "10",
            &[("Harstad", Label::Person)]
        ),
        None
    );
}

#[test]
fn a_quoted_title_glued_to_the_next_sentence_keeps_its_figure_from_that_sentence_s_place() {
    assert_eq!(
        place(
            "Read more: 'We counted 3,000 boats in one night' The rescue effort in Libya goes on.",
            "3,000"
        ),
        None
    );
    // a quoted phrase inside its sentence keeps the sentence's place
    assert_eq!(
        place(
            "The next 'two plus two' meeting will bring 40 ministers to Kenya.",
            "40"
        )
        .as_deref(),
        Some("Kenya")
    );
}

#[test]
fn the_capital_of_a_named_nationality_is_that_country_s_capital() {
    assert_eq!(
        place(
            "A landslide at a rubbish dump in the Ethiopian capital killed at least 65 people.",
            "at least 65"
        )
        .as_deref(),
        Some("Addis Ababa")
    );
    assert_eq!(
        place(
            "The French capital has been on high alert since attacks in 2015 left 130 people \
             dead.",
            "130"
        )
        .as_deref(),
        Some("Paris")
    );
    // money, not a city
    assert_eq!(
        place(
            "Foreign funds hold 3 percent of the Chinese capital market.",
            "3 percent"
        ),
        None
    );
}

#[test]
fn a_relation_before_a_headed_place_phrase_is_no_place() {
    use reckon_entities::Label;
    for (city, near, inside) in [
        (
            "Sanaa",
            "At least 8 people were killed in an air raid near the Yemeni capital Sanaa.",
            "At least 8 people were killed in an air raid in the Yemeni capital Sanaa.",
        ),
        (
            "Tikrit",
            "At least 8 people were killed at a wedding near the Iraqi city of Tikrit.",
            "At least 8 people were killed at a wedding in the Iraqi city of Tikrit.",
        ),
    ] {
        let gpe = [(city, Label::Gpe)];
        assert_eq!(common::place_with_entities(near, "At least 8", &gpe), None);
        assert_eq!(
            common::place_with_entities(inside, "At least 8", &gpe).as_deref(),
            Some(city)
        );
    }
}

/// The place of the claim `q` in `text` when the document's mentions are `ms` (`(text, label,
/// canonical)`, each at its first occurrence), as the linker gives them (an acronym under its
/// full name).
fn place_with_mentions(
    text: &str,
    q: &str,
    ms: &[(&str, reckon_entities::Label, &str)],
) -> Option<String> {
    let doc = reckon_text::Document::new("t", text).with_date(jiff::civil::date(2017, 3, 20));
    let entities: Vec<reckon_entities::Entity> = ms
        .iter()
        .map(|&(t, label, canonical)| {
            let start = text.find(t).expect("mention text in the article");
            reckon_entities::Entity {
                span: reckon_text::Span::new(start, start + t.len()),
                text: t.to_owned(),
                label,
                canonical: canonical.to_owned(),
                id: reckon_entities::EntityId(0),
                kind: reckon_entities::MentionKind::Name,
            }
        })
        .collect();
    let x = reckon_claims::Extractor::new().extract(&doc, &reckon_text::segment(text), &entities);
    common::claim(&x, q).frame.place.clone()
}

#[test]
fn a_law_or_a_plan_the_recogniser_labelled_a_place_is_none() {
    use reckon_entities::Label;
    // a document's name
    assert_eq!(
        place_with_mentions(
            "Emissions must fall 40 percent under the Paris Agreement, officials in Ohio said.",
            "40 percent",
            &[("Paris Agreement", Label::Loc, "Paris Agreement")]
        ),
        None
    );
    // an organisation's or an event's name
    assert_eq!(
        place_with_mentions(
            "The Baltic-Nordic Council held four meetings last year.",
            "four",
            &[("Baltic-Nordic Council", Label::Gpe, "Baltic-Nordic Council")]
        ),
        None
    );
    // `Bank` ends places too
    assert_eq!(
        place_with_mentions(
            "Settlers built 300 homes in the West Bank last year.",
            "300",
            &[("West Bank", Label::Gpe, "West Bank")]
        )
        .as_deref(),
        Some("West Bank")
    );
    // a word in capitals that names no known place; a capital's name in capitals does
    assert_eq!(
        place_with_mentions(
            "Exports added 2.1 percent to GDP last year.",
            "2.1 percent",
            &[("GDP", Label::Gpe, "GDP")]
        ),
        None
    );
    assert_eq!(
        place_with_mentions(
            "Police arrested 14 people in CAIRO on Monday.",
            "14",
            &[("CAIRO", Label::Gpe, "CAIRO")]
        )
        .as_deref(),
        Some("CAIRO")
    );
    // an acronym of a law's name, labelled a place where the full name is labelled a law;
    // a place the article names is still a place
    let text = "Voters backed the Affordable Care Act. Support for the ACA reached 55 percent in \
                Ohio, and 48 percent said the ACA had helped.";
    let ms = [
        ("Affordable Care Act", Label::Law, "Affordable Care Act"),
        ("ACA", Label::Gpe, "Affordable Care Act"),
        ("Ohio", Label::Gpe, "Ohio"),
    ];
    assert_eq!(
        place_with_mentions(text, "55 percent", &ms).as_deref(),
        Some("Ohio")
    );
    assert_eq!(place_with_mentions(text, "48 percent", &ms), None);
    // the acronym of a country stays the country
    assert_eq!(
        place_with_mentions(
            "The US economy added 98,000 jobs in March.",
            "98,000",
            &[("US", Label::Gpe, "United States")]
        )
        .as_deref(),
        Some("United States")
    );
}

#[test]
fn a_headed_place_name_keeps_its_lower_case_particles() {
    use reckon_entities::Label;
    // the recogniser read `Chiapa` as a product; the name was cut at `de`
    assert_eq!(
        common::place_with_entities(
            "Police arrested 14 smugglers in the town of Chiapa de Corzo on Monday.",
            "14",
            &[("Chiapa", Label::Product)]
        )
        .as_deref(),
        Some("Chiapa de Corzo")
    );
}

#[test]
fn a_place_naming_whose_forces_citizens_currency_or_team_is_no_place() {
    use reckon_entities::Label;
    // armed forces act abroad: where they are is the place
    assert_eq!(
        common::place_with_entities(
            "Officials said thousands of US troops are stationed in Kuwait.",
            "thousands",
            &[("US", Label::Gpe), ("Kuwait", Label::Gpe)]
        )
        .as_deref(),
        Some("Kuwait")
    );
    for (text, q) in [
        (
            "The US military said 12 militants were killed in the raid.",
            "12",
        ),
        (
            "Police said three of the victims were US citizens.",
            "three",
        ),
        ("The US dollar fell 0.6% against the yen.", "0.6%"),
        (
            "The programme sent $4bn of US aid to farmers last year.",
            "$4bn",
        ),
        (
            "The former Ohio senator met more than 20 donors last year.",
            "more than 20",
        ),
    ] {
        let gpe = if text.contains("Ohio") { "Ohio" } else { "US" };
        assert_eq!(
            common::place_with_entities(text, q, &[(gpe, Label::Gpe)]),
            None,
            "{text}"
        );
    }
    // the organs that act where they rule, and the figure's own noun, still give it
    assert_eq!(
        common::place_with_entities(
            "Nevada lawmakers approved a package worth about $215 million.",
            "about $215 million",
            &[("Nevada", Label::Gpe)]
        )
        .as_deref(),
        Some("Nevada")
    );
    assert_eq!(
        common::place_with_entities(
            "The White House hosted all 100 US senators on Tuesday.",
            "100",
            &[("US", Label::Gpe)]
        )
        .as_deref(),
        Some("US")
    );
}

#[test]
fn a_later_subordinate_clause_s_subject_and_a_place_of_a_relation_are_no_place() {
    use reckon_entities::Label;
    assert_eq!(
        common::place_with_entities(
            "The motion passed with 9 votes after Russia abstained in the vote.",
            "9",
            &[("Russia", Label::Gpe)]
        ),
        None
    );
    // the place of the figure's own clause is still found
    assert_eq!(
        common::place_with_entities(
            "Prices rose 4 percent in Mexico since the United States raised its tariffs.",
            "4 percent",
            &[("Mexico", Label::Gpe), ("United States", Label::Gpe)]
        )
        .as_deref(),
        Some("Mexico")
    );
    // what a place stays part of is a relation; the subject is the place
    assert_eq!(
        common::place_with_entities(
            "Quebec voted to remain part of Canada by 50.6% to 49.4% in 1995.",
            "50.6%",
            &[("Quebec", Label::Gpe), ("Canada", Label::Gpe)]
        )
        .as_deref(),
        Some("Quebec")
    );
    // where an envoy is sent, what something has links to
    assert_eq!(
        common::place_with_entities(
            "The senator met three times with the Chinese ambassador to Canada.",
            "three",
            &[("Canada", Label::Gpe)]
        ),
        None
    );
    assert_eq!(
        common::place_with_entities(
            "He was paid $40,000 by firms with ties to Iran.",
            "$40,000",
            &[("Iran", Label::Gpe)]
        ),
        None
    );
    // where a ban holds, said of a group
    assert_eq!(
        common::place_with_entities(
            "Two drones hit a depot of the Nusra Front group banned in Russia.",
            "Two",
            &[("Russia", Label::Gpe)]
        ),
        None
    );
    // the owner of a person's title in an `of` phrase; a possessive subject keeps its place
    assert_eq!(
        common::place_with_entities(
            "Two men were charged with attacking the nephew of Iran's president.",
            "Two",
            &[("Iran", Label::Gpe)]
        ),
        None
    );
    assert_eq!(
        common::place_with_entities(
            "Chad's president won 61 percent of the vote.",
            "61 percent",
            &[("Chad", Label::Gpe)]
        )
        .as_deref(),
        Some("Chad")
    );
    // a relation holds for the whole list of places after it
    assert_eq!(
        common::place_with_entities(
            "The camp shelters 9,000 refugees from Eritrea and Somalia.",
            "9,000",
            &[("Eritrea", Label::Gpe), ("Somalia", Label::Gpe)]
        ),
        None
    );
    // a list that opens the sentence is no relation's
    assert_eq!(
        common::place_with_entities(
            "Storms hit the coast. Chile and Peru each reported 12 deaths.",
            "12",
            &[("Chile", Label::Gpe), ("Peru", Label::Gpe)]
        )
        .as_deref(),
        Some("Peru")
    );
    // not a part of a city (`the western part of Mosul`)
    assert_eq!(
        common::place_with_entities(
            "About 400,000 people are trapped in the western part of Mosul.",
            "About 400,000",
            &[("Mosul", Label::Gpe)]
        )
        .as_deref(),
        Some("Mosul")
    );
}

#[test]
fn a_place_in_a_relative_clause_on_a_noun_of_the_predicate_is_no_place() {
    use reckon_entities::Label;
    assert_eq!(
        common::place_with_entities(
            "It held three missile tests in May and later launched rockets which it called a \
             rehearsal for strikes in Guam.",
            "three",
            &[("Guam", Label::Gpe)]
        ),
        None
    );
    // a relative clause on the counted noun keeps its place
    assert_eq!(
        common::place_with_entities(
            "The blast killed 20 people who were attending a wedding in Kabul.",
            "20",
            &[("Kabul", Label::Gpe)]
        )
        .as_deref(),
        Some("Kabul")
    );
}

#[test]
fn a_fronted_setting_of_a_saying_gives_no_place_to_what_is_said() {
    use reckon_entities::Label;
    assert_eq!(
        common::place_with_entities(
            "In a speech at a hotel in Davos, she argued that global trade grew 3 percent.",
            "3 percent",
            &[("Davos", Label::Gpe)]
        ),
        None
    );
    // a fronted locative still gives its place
    assert_eq!(
        common::place_with_entities(
            "In the province of Herat, police said 12 people were killed.",
            "12",
            &[("Herat", Label::Gpe)]
        )
        .as_deref(),
        Some("Herat")
    );
}

#[test]
fn a_team_beaten_or_conceding_is_no_place() {
    use reckon_entities::Label;
    assert_eq!(
        common::place_with_entities(
            "Senegal beat Ghana 3-1 in the group stage.",
            "3-1",
            &[("Senegal", Label::Gpe), ("Ghana", Label::Gpe)]
        ),
        None
    );
    assert_eq!(
        common::place_with_entities(
            "Leeds have conceded 14 goals in their last six games.",
            "14",
            &[("Leeds", Label::Gpe)]
        ),
        None
    );
    // where the game was played is its place
    assert_eq!(
        common::place_with_entities(
            "Scotland recorded a 29-13 win over Italy in Rome.",
            "29-13",
            &[
                ("Scotland", Label::Gpe),
                ("Italy", Label::Gpe),
                ("Rome", Label::Gpe)
            ]
        )
        .as_deref(),
        Some("Rome")
    );
}

#[test]
fn a_member_named_of_a_count_of_places_is_not_their_place() {
    use reckon_entities::Label;
    assert_eq!(
        common::place_with_entities(
            "Forecasters issued flood warnings for nine states including Ohio and Kentucky.",
            "nine",
            &[("Ohio", Label::Gpe), ("Kentucky", Label::Gpe)]
        ),
        None
    );
    // a place that holds the counted places still gives it; and a count of other things
    assert_eq!(
        common::place_with_entities(
            "Forecasters issued flood warnings for nine counties in Ohio.",
            "nine",
            &[("Ohio", Label::Gpe)]
        )
        .as_deref(),
        Some("Ohio")
    );
    assert_eq!(
        common::place_with_entities(
            "The tour visits 12 top schools in cities such as Lyon.",
            "12",
            &[("Lyon", Label::Gpe)]
        )
        .as_deref(),
        Some("Lyon")
    );
    // a place naming an expert's field
    assert_eq!(
        common::place_with_entities(
            "Leading Iran experts said 40 percent of voters stayed home.",
            "40 percent",
            &[("Iran", Label::Gpe)]
        ),
        None
    );
}
