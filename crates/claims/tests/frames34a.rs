//! Attribution, session 33 (attr34): verbs of saying inverted after what they report that the
//! lexicon's inverted verbs lack (`..., explains Jost Armbruster`, `..., notes The Associated
//! Press`, `"...," argues Jun.`): the phrase after the verb is the speaker, as after `said`;
//! elsewhere those forms keep their other readings. Kept after a before/after diff of every
//! changed frame on the real corpus (crates/claims README, "Session 33 (attr34)").

mod common;

use common::check_source as check;

/// Class: `CONTENT, VERB SPEAKER` and `"CONTENT," VERB SPEAKER` with `explains`, `notes`,
/// `argues`, `insists`, `recalls`, `observes`, `warns`.
#[test]
fn an_inverted_tag_outside_the_lexicon_names_the_speaker() {
    for (s, q, want) in [
        (
            "The river could flood a strip up to 30 kilometers wide, explains Maria Hoffmann, \
             a hydrologist at the regional council.",
            "up to 30 kilometers",
            "Maria Hoffmann",
        ),
        (
            "Nine of the 20 busiest bridges are in Texas, notes The Dallas Morning News.",
            "Nine",
            "Dallas Morning News",
        ),
        (
            "\"We lose about 12 boats a year to the storms,\" argues Tomas.",
            "about 12",
            "Tomas",
        ),
        (
            "\"My brother left on a Monday with 40 dollars and never came back,\" recalls Amina.",
            "40 dollars",
            "Amina",
        ),
        (
            "Prices could rise by 8 percent next year, warns the central bank.",
            "8 percent",
            "central bank",
        ),
        (
            "Only 15 percent of the funds ever reach the villages, insists Paul Okafor, the \
             charity's director.",
            "15 percent",
            "Paul Okafor",
        ),
    ] {
        check(s, q, Some(want));
    }
}

/// Class: the same forms not closing what they report keep no inverted reading: a list of
/// nouns (`pens, notes and 3 books`), a verb with its subject before it (`Smith argues that`),
/// a tag whose next word is no speaker's (`, explains why 40 ...`).
#[test]
fn the_same_forms_elsewhere_are_no_inverted_tag() {
    check("He packed pens, notes and 3 books.", "3", None);
    check(
        "Smith argues that 40 percent of the households are poor.",
        "40 percent",
        Some("Smith"),
    );
    check(
        "The guide, which explains why 40 species vanished, sold well.",
        "40",
        None,
    );
}

/// Class: a verb that reports a clause without `that` (`alleged`, `indicated`, `ruled`,
/// `implies`) followed at once by a subject pronoun: the pronoun opens the reported clause
/// (`alleged she was paid`, `indicates he made`), so the verb's subject is the source.
#[test]
fn a_subject_pronoun_after_a_clause_verb_opens_its_content() {
    for (s, q, want) in [
        (
            "The newspaper alleged she was paid $90,000 for work she never did.",
            "$90,000",
            "newspaper",
        ),
        (
            "The court filing indicates he earned $2 million that year.",
            "$2 million",
            "court filing",
        ),
        (
            "The judges ruled he should pay her 1,200 euros per month.",
            "1,200 euros",
            "judges",
        ),
        (
            "The budget outline implies they will cut 3,000 jobs.",
            "3,000",
            "budget outline",
        ),
    ] {
        check(s, q, Some(want));
    }
    // (`it` is left out: it is as often an object, `stressed it again`, `found it insulting`)
    check("The coach stressed it again after 12 games.", "12", None);
}

/// Class: after a closing quote an inverted tag may open on an indefinite determiner (`," said
/// a senior official`, `," said one diplomat`, `," said a statement by X`): the described speaker
/// (or the statement, its author after `by`) is the source; after a comma `said a ...` opens a
/// subject and its verb instead (`..., said a dozen women were singing`).
#[test]
fn an_indefinite_speaker_after_a_closing_quote() {
    for (s, q, want) in [
        (
            "\"Nobody here expects more than 3 percent growth,\" said a senior Treasury official.",
            "more than 3 percent",
            "senior Treasury official",
        ),
        (
            "\"If we start with one country, the rest will follow,\" said one French diplomat.",
            "one",
            "French diplomat",
        ),
        (
            "\"We will fly two tourists around the Moon next year,\" said a statement by chief \
             executive Ana Ruiz.",
            "two",
            "statement by chief executive Ana Ruiz",
        ),
    ] {
        check(s, q, Some(want));
    }
    check(
        "Mallory, who was released an hour earlier, said a dozen women were singing.",
        "a dozen",
        Some("Mallory"),
    );
    check(
        "Maria Garcia, a mother of two, said a prayer before her hearing.",
        "two",
        None,
    );
}
