//! Attribution, session 29 (issue 14, attr29): a quote ending on `?"` or `!"` whose tag the
//! sentence splitter puts in a sentence of its own (`"... a head-on collision?" / Wang said.`)
//! is the tag's speaker's, as a quote closed by `," Wang said` is (docs/judging/frames.md,
//! continued quotation). Kept after a before/after diff of every changed frame on the real
//! corpus (crates/claims README, "Session 29: attribution").

mod common;

use common::source;

/// Class: `"... ?" X said.` / `"... !" X tweeted.` with the tag opening the next sentence: the
/// quote's sentences (back to its opening mark) are X's.
#[test]
fn a_quote_split_from_its_tag_after_a_question_or_exclamation_is_the_tags() {
    for (s, q, a) in [
        (
            "The minister warned of escalation. \"The question is: are the two sides really \
             ready for a collision?\" Wang said. \"Our priority is to stop both trains.\"",
            "two",
            Some("Wang"),
        ),
        (
            "Nurses are threatening to strike. \"One nurse here takes care of 40 patients in a \
             night!\" Osoro said.",
            "40",
            Some("Osoro"),
        ),
        (
            "He was defiant. \"We were the 3rd party in the Netherlands. We are now the 2nd \
             party. And next time we'll be the first!\" Wilders tweeted.",
            "3rd",
            Some("Wilders"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class (the other way): after `."` the next sentence is the writer's, whoever it names, and a
/// quote already tagged by its own source is not given to the next sentence's.
#[test]
fn a_split_tag_does_not_reach_past_a_full_stop_or_a_tagged_quote() {
    for (s, q, a) in [
        (
            "\"Two ships were lost last year.\" Wang said the navy would rebuild.",
            "Two",
            None,
        ),
        (
            "Lee said: \"Are 40 ships enough?\" Wang said nothing.",
            "40",
            Some("Lee"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: an organisation's name with `for` after an inverted verb (`says the International
/// Committee for the Recovery of the Vaquita (CIRVA)`, `said Bettina Rulofs of the Institute for
/// Sociology and Gender Research`): the name runs on past `for` between capitalised words.
#[test]
fn an_inverted_source_named_with_for_is_whole() {
    for (s, q, a) in [
        (
            "\"The vaquita will likely decline to extinction by 2022, unless the ban is \
             enforced,\" says the International Committee for the Recovery of the Vaquita \
             (CIRVA).",
            "2022",
            Some("the International Committee for the Recovery of the Vaquita"),
        ),
        (
            "\"Growth will slow to 1.2 percent next year,\" said the Institute for Fiscal \
             Studies.",
            "1.2 percent",
            Some("the Institute for Fiscal Studies"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: the people told or warned, with a number in them, are the addressee, not what is said
/// (`warn an audience of thousands of women about ...`, `told 112 television channel that`,
/// `told Western media in the spring of 2016 that`); what follows `that` or `about` stays the
/// speaker's.
#[test]
fn a_number_in_the_addressee_of_told_or_warned_is_not_said() {
    for (s, q, a) in [
        (
            "I recently listened to a panel of female CFOs warn an audience of thousands of \
             women about these daily hits a woman can face.",
            "thousands",
            None,
        ),
        (
            "The minister told an audience of 3,000 students that fees would rise.",
            "3,000",
            None,
        ),
        (
            "The minister warned the 28 member states that fees would rise by 4 percent.",
            "4 percent",
            Some("The minister"),
        ),
        (
            "Yuri Tandit, an adviser to the chairman, told 112 television channel that his \
             agency was looking into the reports.",
            "112",
            None,
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: a surname that is also a function word or a month, alone next to the verb after a
/// comma or a quote (`..., More said.`, `," says To.`, `," May said.`), is the speaker; a
/// weekday there is the saying's date and a pronoun no source.
#[test]
fn a_lone_surname_that_is_a_function_word_or_a_month_is_a_speaker() {
    for (s, q, a) in [
        (
            "The National Transportation Safety Board will continue its search later on \
             Tuesday, More said.",
            "Tuesday",
            Some("More"),
        ),
        (
            "\"Now this concept will be exported to 60 countries,\" says To.",
            "60",
            Some("To"),
        ),
        (
            "\"We will leave the EU as one United Kingdom by 2019,\" May said.",
            "2019",
            Some("May"),
        ),
        (
            "\"We will hire 40 people,\" the company said Tuesday.",
            "40",
            Some("the company"),
        ),
        ("\"We will hire 40 people,\" It said.", "40", None),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: a document's quoted text closed by `read`/`reads` (`"...," the bulletin reads.`,
/// `"...," the post read.`) is the document's; `read` elsewhere names no saying (`She read 40
/// books last year.`).
#[test]
fn a_quote_closed_by_a_document_that_reads_is_the_documents() {
    for (s, q, a) in [
        (
            "\"The Center carried out five humanitarian missions in the Aleppo Governorate,\" \
             the bulletin reads.",
            "five",
            Some("the bulletin"),
        ),
        (
            "\"Nobody can delete the history you wrote in 12 years,\" the post read.",
            "12 years",
            Some("the post"),
        ),
        ("The minister read 40 books last year.", "40", None),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}
