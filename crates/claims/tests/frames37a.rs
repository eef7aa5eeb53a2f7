//! Attribution, session 35 (attr37): a lower-case speaker phrase whose head is a noun of an office
//! or a trade (`a senior executive`, `defense attorneys`, `a company representative`, `a
//! military commander`, `forecasters`) names a speaker before `said`/`says` as `a senior
//! official` does, in front of the content and closing it. Kept after a before/after diff of
//! every changed frame on the real corpus (crates/claims README, "Session 35 (attr37)").

mod common;

use common::check_source as check;

/// Class: `..., a senior executive said.` and `A defense attorney said ...`: the phrase is the
/// speaker.
#[test]
fn an_office_noun_heads_a_speaker_phrase() {
    for (s, q, want) in [
        (
            "The bank will open 40 branches next year, a senior executive said.",
            "40",
            "senior executive",
        ),
        (
            "A defense attorney said the trial could cost 2 million dollars.",
            "2 million dollars",
            "defense attorney",
        ),
        (
            "The talks will resume in 10 days, union representatives said on Monday.",
            "10 days",
            "union representatives",
        ),
        (
            "Up to 30 centimetres of snow could fall overnight, forecasters said.",
            "Up to 30 centimetres",
            "forecasters",
        ),
        (
            "A military commander told reporters that 45 fighters had surrendered.",
            "45",
            "military commander",
        ),
        (
            "The mill will shed 200 jobs, a company representative says.",
            "200",
            "company representative",
        ),
    ] {
        check(s, q, Some(want));
    }
}

/// Class: the noun's other uses are no speaker: an adjective before another head (`an executive
/// order`), an object of a preposition before the verb, a phrase that is not the subject.
#[test]
fn an_office_noun_that_is_not_the_subject_names_no_one() {
    check(
        "An executive order signed in March froze 12 programmes.",
        "12",
        None,
    );
    check(
        "The hearing before the judge lasted 3 hours.",
        "3 hours",
        None,
    );
}

/// Class: a quote after a pronoun's tag continues the named speaker (session 34, attr36) also
/// when a later sentence, past the quote's own closing mark, has a source after a quote mark: a
/// later quote's tag, or a garbled apostrophe read as a closing mark (`the Academy of
/// Sciences"?Council`). Only the quote's own run decides whether a tag of its own closes it.
#[test]
fn a_later_quote_past_the_close_does_not_tag_the_continued_quote() {
    for s in [
        "The fleet is getting old, council head Ivan Petrov told reporters. \"Three ships must \
         be retired soon,\" he said. \"Most of the others are to be out of work by 2019.\" \
         Many experts agree. A member of the Academy of Sciences\"?Council Mikhail Grigoryev \
         told reporters about the fleet.",
        "The fleet is getting old, council head Ivan Petrov told reporters. \"Three ships must \
         be retired soon,\" he said. \"Most of the others are to be out of work by 2019.\" \
         Many experts agree. \"We need new ships,\" Anna Berg said.",
    ] {
        check(s, "2019", Some("Ivan Petrov"));
    }
}

/// Class: a quote with a quote nested in it (a project's or a ship's name) is closed by its own
/// closing mark, not the nested one: closed by a bare pronoun's tag it stays sourceless (the
/// gold's convention for the pronoun's own quote).
#[test]
fn a_nested_quote_does_not_hide_the_pronoun_tag() {
    check(
        "Port director Andrei Tarasenko told reporters the company owns 36 icebreakers. \"For \
         2018, we plan to launch an icebreaker of project \"The Viktor Chernomyrdin\", with a \
         power of 25MW,\" he said.",
        "2018",
        None,
    );
}
