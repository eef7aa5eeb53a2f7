//! Attribution, session 34 (attr36): continued quotations through a bare pronoun's tag. A quote
//! closed by `he said` / `she said` is the pronoun's and has no source (docs/judging/frames.md:
//! a source is `not a bare pronoun`), but when the pronoun stands for the speaker of the sentence
//! before (a quote that speaker closed, reported speech, or a quote carried on from it: no other
//! speaker named between, the session 30 ruling on a quotation after reported speech), a quote
//! opening the next sentence with no tag of its own continues that speaker (the session 29
//! ruling on continued quotations). Kept after a before/after diff of every changed frame on the
//! real corpus (crates/claims README, "Session 34 (attr36)").

mod common;

use common::check_source as check;

/// Class: `NAME said X. "...," PRONOUN said. "..."` and `"...," NAME said. "...," PRONOUN said.
/// "..."`: the quote after the pronoun's tag is the named speaker's.
#[test]
fn a_quote_after_a_pronoun_tag_continues_the_named_speaker() {
    for (s, q, want) in [
        (
            "Relief worker Paul Okoro said supplies were short. \"We have food for a week,\" he \
             said. \"After that, 5,000 families will go hungry.\"",
            "5,000",
            "Paul Okoro",
        ),
        (
            "\"The flood came fast,\" said Tom Berg, a farmer near the river. \"I was not \
             ready,\" he said. \"I lost 40 sheep in an hour.\"",
            "40",
            "Tom Berg",
        ),
        (
            "The fleet is getting old, council head Vyacheslav Petrov told reporters. \"Three \
             ships must be retired soon,\" he said. \"Most of the others are to be out of \
             work by 2019.\"",
            "2019",
            "Vyacheslav Petrov",
        ),
        (
            "The mayor's aide Ana Ruiz said the shelters were full. \"We opened more rooms last \
             night,\" she said. \"Another 12 families arrived this morning.\"",
            "12",
            "Ana Ruiz",
        ),
    ] {
        check(s, q, Some(want));
    }
}

/// Class: the pronoun's own quote is the named speaker's it stands for (session 35 ruling, "A
/// quote tagged by a bare pronoun"; until session 34 it had no source: see frames38a.rs).
#[test]
fn the_pronoun_tagged_quote_itself_is_the_named_speakers() {
    check(
        "Ana Ruiz said the shelters were full. \"We opened 12 more rooms last night,\" she \
         said.",
        "12",
        Some("Ana Ruiz"),
    );
}

/// Class: the pronoun stands for no named speaker of the sentence before: a narrative sentence
/// in between, an organisation or plural common noun (`the ministry`, `officials`: `he` is
/// someone else, its spokesman), `they`, or a sentence that names nobody.
#[test]
fn a_pronoun_tag_with_no_named_antecedent_passes_nothing_on() {
    for s in [
        "Ana Ruiz said the shelters were full. The rain kept falling. \"We opened more \
         rooms,\" she said. \"Another 12 families arrived.\"",
        "The ministry said the shelters were full. \"We opened more rooms,\" he said. \
         \"Another 12 families arrived.\"",
        "Officials said the shelters were full. \"We opened more rooms,\" they said. \
         \"Another 12 families arrived.\"",
        "The shelters were full on Monday. \"We opened more rooms,\" she said. \"Another 12 \
         families arrived.\"",
    ] {
        check(s, "12", None);
    }
}

/// Class: a quote after the pronoun's tag closed by a tag of its own naming someone else is
/// that speaker's.
#[test]
fn a_named_tag_after_a_pronoun_tag_keeps_its_own_speaker() {
    check(
        "Ana Ruiz said the shelters were full. \"We opened more rooms,\" she said. \"We need \
         30 beds,\" said Tom Berg, a volunteer.",
        "30",
        Some("Tom Berg"),
    );
}
