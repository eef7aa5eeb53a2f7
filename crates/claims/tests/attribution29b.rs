//! Attribution, session 29 second round (issue 14, attr29b): records, documents, results and
//! pictures that show data with no `that` (`Court documents show the company paid $3 million`)
//! are the source of what they show, as `figures show` already was (docs/judging/frames.md:
//! a source "says, reports, estimates, counts or shows"). Kept after a before/after diff of every
//! changed frame on the real corpus (crates/claims README, "Session 29b: attribution").

mod common;

use common::source;

/// Class: `<records | documents | results | images | ...> show/indicate <data>`: the phrase
/// before the verb is the source.
#[test]
fn records_documents_and_pictures_that_show_data_are_the_source() {
    for (s, q, a) in [
        (
            "The hearing resumed. Phone records show 14 calls between the two men on 3 May.",
            "14",
            "Phone records",
        ),
        (
            "The paper could not verify them. The documents show the couple paying $4.1 \
             million in tax.",
            "$4.1 million",
            "The documents",
        ),
        (
            "With most votes counted, the projected results indicated the party won 41 of \
             the 150 seats.",
            "41",
            "the projected results",
        ),
        (
            "Taken over six years, the satellite images show troughs cutting across 800,000 \
             square kilometers of ice.",
            "800,000 square kilometers",
            "the satellite images",
        ),
        (
            "Supporters rallied on Monday. Images from the rallies show most events drew a few \
             hundred people.",
            "a few hundred",
            "Images from the rallies",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}

/// Class (the other way): inside a quotation the document's showing is the speaker's saying,
/// and a document noun before a verb that is no verb of showing reports nothing.
#[test]
fn a_quoted_or_non_showing_document_is_not_the_source() {
    for (s, q, a) in [
        (
            "\"The documents show the couple paying $4.1 million in tax,\" Mr Hale wrote on \
             his blog.",
            "$4.1 million",
            Some("Mr Hale"),
        ),
        (
            "The votes will be counted overnight with the results expected between 02:00 GMT \
             and 04:00 GMT.",
            "02:00 GMT",
            None,
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: a document's inverted `read`/`reads` right after a quote's closing mark (`"...," read
/// the statement.`, `"...," reads the press release`) names the document that says the quote;
/// after a bare comma `read` is an act of reading and names no source.
#[test]
fn a_document_after_an_inverted_read_is_the_source() {
    for (s, q, a) in [
        (
            "\"Searchers found the car about 300 yards from the lake,\" read the statement.",
            "about 300 yards",
            Some("the statement"),
        ),
        (
            "\"At approximately 10:40 pm, a man climbed the outer fence,\" reads the statement.",
            "10:40 pm",
            Some("the statement"),
        ),
        (
            "Every day we turn on the TV, read the newspaper, and see 20 new scandals.",
            "20",
            None,
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: verbs of saying that report only closing a quote (`"...," Konashenkov stressed.`, `"...,"
/// the state contended.`, `"...," the source elaborated.`): the quote is the closing name's; the
/// same verbs naming an act report nothing (`stressed the need for 20 new schools`).
#[test]
fn a_quote_closed_by_a_verb_of_stressing_or_declaring_is_the_speakers() {
    for (s, q, a) in [
        (
            "\"Our aircraft did not strike the city yesterday or this week,\" Petrov stressed.",
            "this week",
            Some("Petrov"),
        ),
        (
            "\"The March 6 order was motivated by animus,\" the state contended.",
            "March 6",
            Some("the state"),
        ),
        (
            "\"The team was the first to arrive at the site,\" the source elaborated.",
            "first",
            Some("the source"),
        ),
        (
            "The mayor stressed the need for 20 new schools in the district.",
            "20",
            None,
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}
