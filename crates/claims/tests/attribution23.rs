//! Attribution through asides and acts the earlier rounds did not read (issue 14, attr23): a
//! participle aside between the source and its verb (`X, reporting from Y, said`), an accusation
//! (`X accused Y of killing 1,161 civilians`), a verb of saying coordinated after a longer first
//! predicate (`X criticized A, B and C for ... and has stated ...`), a quote introduced by a name
//! and a colon (`Ireland head coach Joe Schmidt: "...`), a link teaser's headline glued into a
//! sentence (`READ MORE: Syria's civil war explained The fighting killed ...`), a fronted phrase's
//! figures before a source whose content follows its verb (`But in Kentucky, where Trump won 63
//! percent, supporters say ...`). Each rule was
//! kept after a before/after diff of every changed frame on the real corpus (crates/claims
//! README, "attr23: attribution").

mod common;

use common::source;

/// Class: a correspondent's or speaker's aside about where or how they spoke (`, reporting from
/// Kabul,`, `, speaking on BBC Radio 4,`) between the subject and
/// `said`: the subject says what follows (or the quote it closes), not the aside's place.
#[test]
fn a_participle_aside_before_the_verb_leaves_the_subject_the_source() {
    assert_eq!(
        source(
            "Al Jazeera's Maria Lopez, reporting from Mexico City, said about 3,000 people joined the march.",
            "about 3,000"
        )
        .as_deref(),
        Some("Al Jazeera's Maria Lopez")
    );
    // a place with its state or country inside the aside is no source
    assert_eq!(
        source(
            "The network's correspondent, reporting from Washington, DC, said 14 senators had signed the letter.",
            "14"
        )
        .as_deref(),
        Some("The network's correspondent")
    );
    // closing a quote
    assert_eq!(
        source(
            "\"It is the third attack on the court this year,\" Peter Hall, speaking to reporters in Kabul, said.",
            "third"
        )
        .as_deref(),
        Some("Peter Hall")
    );
    // an aside that states an event of its own is no aside of the saying
    assert_eq!(
        source(
            "The firm lost 40 clients, forcing a sale, said nothing about it.",
            "40"
        ),
        None
    );
}

/// Class: an accusation (`X accused/accuses/has accused Y of ...`) reports what the accused is
/// said to have done: the accuser is the source of what follows `of`, not of the accused, nor of
/// a fronted setting, a passive (`was accused of`), the document it was made in or the writer's
/// contrast after it.
#[test]
fn an_accuser_is_the_source_of_what_follows_of() {
    assert_eq!(
        source(
            "The opposition leader accused the army of killing 1,200 civilians since the truce began.",
            "1,200"
        )
        .as_deref(),
        Some("The opposition leader")
    );
    // the accused and the date of the accusing lie before `of`
    assert_eq!(
        source(
            "Norway accused Russia last month of violating its airspace when three fighter jets flew over the coast.",
            "three"
        )
        .as_deref(),
        Some("Norway")
    );
    assert_eq!(
        source(
            "The watchdog accused five banks of rigging prices between May 2014 and June 2016.",
            "five"
        ),
        None
    );
    assert_eq!(
        source(
            "The watchdog accused five banks of rigging prices between May 2014 and June 2016.",
            // (one interval of months since q48, as the claims gold reads such a range)
            "May 2014 and June 2016"
        )
        .as_deref(),
        Some("The watchdog")
    );
    // a fronted setting is the writer's
    assert_eq!(
        source(
            "At the second debate, the senator accused his rival of hiding 40 million dollars in offshore accounts.",
            "second"
        ),
        None
    );
    // a passive names no accuser
    assert_eq!(
        source(
            "Three officers were accused of assaulting 12 protesters.",
            "12"
        ),
        None
    );
    // the document it was made in, and the writer's contrast
    assert_eq!(
        source(
            "The company accused its rival of stealing its designs in a lawsuit filed on Thursday.",
            "Thursday"
        ),
        None
    );
    assert_eq!(
        source(
            "The government had accused the rebels of breaking the ceasefire, but the first inquiry found no proof.",
            "first"
        ),
        None
    );
}

/// Class: a verb that only says (`said`, `stated`, `announced`, ...) coordinated with an earlier
/// predicate of the sentence's subject, past a list, a quote or a `that` of the object (`Trump
/// has criticized Ford, General Motors and Toyota ... and has stated ...`, `Graham expressed
/// frustration that ... and said ...`), or after an irregular past (`X made a statement,
/// saying ...`); not a verb that also names an act, not inside a quote whose speaker closes it,
/// not a participle of a pronoun's saying.
#[test]
fn a_saying_coordinated_after_a_longer_predicate_has_the_opening_subject() {
    assert_eq!(
        source(
            "The governor has criticized Ford, General Motors and Toyota for moving plants and has stated they will pay a 35 percent tax.",
            "35 percent"
        )
        .as_deref(),
        Some("The governor")
    );
    assert_eq!(
        source(
            "Graham expressed frustration that the agency has not provided any evidence and said he plans to question 12 officials.",
            "12"
        )
        .as_deref(),
        Some("Graham")
    );
    assert_eq!(
        source(
            "Tillerson made a rare public statement, saying the two sides had productive meetings.",
            "two"
        )
        .as_deref(),
        Some("Tillerson")
    );
    // a verb that also names an act
    assert_eq!(
        source(
            "Villagers took a chance and reported to the inspectors as many as 46 times.",
            "as many as 46"
        ),
        None
    );
    // inside a quote its speaker closes
    assert_eq!(
        source(
            "\"The nurses came to me and told us he had 90% burns,\" said Mrs Hoe.",
            "90%"
        )
        .as_deref(),
        Some("Mrs Hoe")
    );
    // the participle of a pronoun's saying
    assert_eq!(
        source(
            "Opel would have made a profit, he said, noting that the carmaker improved its earnings by $600 million.",
            "$600 million"
        ),
        None
    );
}

/// Class: a quote introduced by its speaker's name and a colon, with no verb (`Ireland head coach
/// Joe Schmidt: "...`, `SESSIONS: "...`, a heading's last words run into it): the name says the
/// quote, up to its closing mark; not a label (`RELATED: "...`), not a name ending a phrase of
/// the writer's (`... in the US: "...`), not a legend glued to its quote.
#[test]
fn a_name_and_a_colon_introduce_a_quote() {
    assert_eq!(
        source(
            "League chairman Peter Walsh: \"We have lost 12 clubs in three seasons.\"",
            "12"
        )
        .as_deref(),
        Some("Peter Walsh")
    );
    assert_eq!(
        source(
            "SESSIONS: \"I have been called a surrogate at a time or two in that campaign.\"",
            "a time or two"
        )
        .as_deref(),
        Some("SESSIONS")
    );
    // the quote's end closes what the name says
    assert_eq!(
        source(
            "- Anna Berg: \"It can migrate large distances\" Kenya says three of the country's nine provinces have been hit.",
            "three"
        )
        .as_deref(),
        Some("Kenya")
    );
    assert_eq!(
        source(
            "RELATED: \"Wire tapping\" and 11 other words Trump has put in quotes",
            "11"
        ),
        None
    );
    assert_eq!(
        source(
            "He has widened the charge to the whole of the US: \"When two-thirds of the CEOs are from Asia, I think it is too many.\"",
            "two-thirds"
        ),
        None
    );
}

/// Class: `according to` before no source: a bare plan or schedule (`going according to plan`), a
/// criterion of the people sorted after a possessive (`according to their race`); and a
/// dateline opening the sentence is not what the source says (`(30.01.2017) According to
/// Eurostat data, ...`).
#[test]
fn according_to_a_plan_or_a_criterion_names_no_source() {
    assert_eq!(
        source(
            "The minister's visit on 22 February was going according to plan until the plane broke down.",
            "22 February"
        ),
        None
    );
    assert_eq!(
        source(
            "In the 21st century, you cannot sort people according to their race.",
            // (a century is a date of its own, decision 145: the claim is `21st century`)
            "21st century"
        ),
        None
    );
    assert_eq!(
        source(
            "(30.01.2017) According to Eurostat data, energy prices climbed 9.2 percent in January.",
            "30.01.2017"
        ),
        None
    );
    assert_eq!(
        source(
            "(30.01.2017) According to Eurostat data, energy prices climbed 9.2 percent in January.",
            "9.2 percent"
        )
        .as_deref(),
        Some("Eurostat data")
    );
}

/// Class: a link teaser glued into a sentence (`READ MORE: <headline> <body>`, `RELATED:`): the
/// headline is another story's, so its words name no source (`Seoul says ...`, `... explained`)
/// and the body's source does not say its figures; the body's source is kept, trimmed to the
/// body when the headline runs into its phrase.
#[test]
fn a_teaser_headline_names_no_source_and_is_no_content() {
    // the headline's own reporting verb is no source of the body
    assert_eq!(
        source(
            "READ MORE: Lisbon says strikes will spread The 14 unions began the walkout at dawn.",
            "14"
        ),
        None
    );
    // a headline's figure is not what the body's source says
    assert_eq!(
        source(
            "READ MORE: Nine killed in Kabul blast Gunmen stormed the hospital last Wednesday, killing more than 100 people, security sources told AFP.",
            "Nine"
        ),
        None
    );
    assert_eq!(
        source(
            "READ MORE: Nine killed in Kabul blast Gunmen stormed the hospital last Wednesday, killing more than 100 people, security sources told AFP.",
            "more than 100"
        )
        .as_deref(),
        Some("security sources")
    );
    // a headline ending in `explained` before the body's closing source
    assert_eq!(
        source(
            "READ MORE: Yemen's war explained The fighting killed at least 26 soldiers and 21 rebels, Ali Saleh said.",
            "at least 26"
        )
        .as_deref(),
        Some("Ali Saleh")
    );
}

/// Class: a fronted phrase before a source whose content follows its verb (`But in Kentucky, a
/// state where Trump won 63 percent of the vote, many supporters say they ...`, `During an
/// interview last November, Trump said he ...`, `Representing a county that has seen hundreds of
/// deaths, Gainey said he ...`): its figures are the writer's. Not a source closing the sentence
/// with only a setting, a medium, an addressee or a participle after its verb, which says what
/// comes before it.
#[test]
fn a_fronted_phrase_before_a_source_with_content_after_is_the_writers() {
    assert_eq!(
        source(
            "But in Ohio, a state where the governor won 58 percent of the vote, many farmers say they are not worried.",
            "58 percent"
        ),
        None
    );
    assert_eq!(
        source(
            "Representing a district that has seen hundreds of overdose deaths, the senator said he backs the plan.",
            "hundreds"
        ),
        None
    );
    // the content after the verb stays the source's
    assert_eq!(
        source(
            "But in Ohio, a state where the governor won 58 percent of the vote, many officials say prices fell 12 percent.",
            "12 percent"
        )
        .as_deref(),
        Some("many officials")
    );
    // a closing source with a setting, a participle or an addressee after its verb
    // a comma before the quote the verb opens
    assert_eq!(
        source(
            "Speaking on public radio on Sunday morning, the minister said, \"We will destroy all 12 of them.\"",
            "Sunday morning"
        ),
        None
    );
    assert_eq!(
        source(
            "Speaking on public radio on Sunday morning, the minister said, \"We will destroy all 12 of them.\"",
            "12"
        )
        .as_deref(),
        Some("the minister")
    );
    // (a quote the source closes goes on after it)
    assert_eq!(
        source(
            "\"We lost 40 homes,\" the mayor said, \"and 12 families have nowhere to go.\"",
            "40"
        )
        .as_deref(),
        Some("the mayor")
    );
    assert_eq!(
        source(
            "\"We lost 40 homes,\" the mayor said, \"and 12 families have nowhere to go.\"",
            "12"
        )
        .as_deref(),
        Some("the mayor")
    );
    assert_eq!(
        source(
            "Since July, more than 7,000 people have been killed, Robredo said in the video.",
            "more than 7,000"
        )
        .as_deref(),
        Some("Robredo")
    );
    assert_eq!(
        source(
            "Since Monday, the student had bought two handguns, the channel said quoting police sources.",
            "two"
        )
        .as_deref(),
        Some("the channel")
    );
}
