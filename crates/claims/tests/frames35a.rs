//! Attribution, session 34 (attr35): a participle of saying right after a message its subject
//! sent or issued (`The ministry issued a statement saying 30 people died`: the ministry), and
//! `forecast` after a perfect's auxiliary (`The producers had forecast production to fall 20
//! percent`: the producers). Kept after a before/after diff of every changed frame on the real
//! corpus (crates/claims README, "Session 34 (attr35)").

mod common;

use common::check_source as check;

/// Class: `SUBJECT sent/issued/wrote/released a MESSAGE (to X) (DATE) saying CONTENT`: the
/// subject, the message's sender, says the content.
#[test]
fn a_participle_after_a_sent_message_is_the_senders() {
    for (s, q, want) in [
        (
            "The fire service issued a statement saying 14 homes had been destroyed.",
            "14",
            "fire service",
        ),
        (
            "The union sent a letter to the board on Monday saying 300 jobs were at risk.",
            "300",
            "union",
        ),
        (
            "Four senators on the panel wrote a joint letter saying the program had cost \
             $2 billion.",
            "$2 billion",
            "senators",
        ),
        (
            "The ministry put out a statement stating that 12 people had been arrested.",
            "12",
            "ministry",
        ),
        (
            "Maria Lopez has posted a message saying the shelter needs 40 more beds.",
            "40",
            "Maria Lopez",
        ),
    ] {
        check(s, q, Some(want));
    }
}

/// Class: the same words where no named sender sends the message, or where the participle
/// does not follow the message, give no source: a passive (`a statement was issued saying`), a
/// message after a preposition (`in a letter saying`), a message noun that is not sent (`read a
/// letter saying`), a pronoun sender (`He sent a letter saying`).
#[test]
fn a_message_with_no_named_sender_gives_no_source() {
    check(
        "A statement was issued saying 14 homes had been destroyed.",
        "14",
        None,
    );
    check(
        "Residents were angry about a letter saying 300 jobs were at risk.",
        "300",
        None,
    );
    check(
        "The teacher read a letter saying 40 pupils had won prizes.",
        "40",
        None,
    );
    check(
        "He sent a letter saying 300 jobs were at risk.",
        "300",
        None,
    );
}

/// The subject walk past a preposition's object reaches a head that is a noun of an office
/// (`judges`, session 35 attr37's `subject::office_noun`): the whole phrase is the sender, as
/// fresh23 #159's gold gives it (attr35 asserted no sender here while `judges` named no one).
#[test]
fn an_office_noun_sender_past_a_preposition_is_the_whole_phrase() {
    check(
        "However, five judges at that court issued a statement saying 30 cases were wrong.",
        "30",
        Some("five judges at that court"),
    );
}

/// Class: `forecast` after `has`/`have`/`had` is the active verb of its subject (a forecast
/// with its agent, docs/judging/frames.md), not the noun (`the forecast`) nor the passive
/// (`is forecast at`).
#[test]
fn a_perfect_forecast_names_its_agent() {
    check(
        "The country's gas producers had forecast annual production to decline by roughly 20 \
         percent.",
        "roughly 20 percent",
        Some("gas producers"),
    );
    check(
        "The central bank has forecast growth of 2.5 percent for next year.",
        "2.5 percent",
        Some("central bank"),
    );
    check(
        "Growth is forecast at 2.5 percent next year.",
        "2.5 percent",
        None,
    );
    check(
        "The forecast of 2.5 percent growth was too optimistic.",
        "2.5 percent",
        None,
    );
}

/// Class: an interview printed as a transcript, its interviewer labelled by an outlet's name
/// (`DW: ...?`, `Al Jazeera: ...?`): a name and a colon opening a sentence say what follows in it.
#[test]
fn an_interview_label_names_the_speaker() {
    let text = "The engineer has rebuilt bridges for decades. DW: How long will the repairs \
                take? Anna Weber: The repairs will take at least three years, and the cost \
                is still unclear.";
    check(text, "at least three years", Some("Anna Weber"));
    let text = "Al Jazeera: Why did you leave after 12 years? Tom Reyes: Nobody asked me to stay.";
    check(text, "12 years", Some("Al Jazeera"));
}

/// Class: a name and a colon outside an interview (no interviewer's label in the document) is
/// a heading's, and a credit or a heading word before a colon is no speaker.
#[test]
fn a_colon_heading_is_no_interview_label() {
    check(
        "Morbis Artis: Diseases of the Arts runs for 3 months at the museum.",
        "3 months",
        None,
    );
    check(
        "DW: What changed? Contributors: Anna Weber and 40 volunteers.",
        "40",
        None,
    );
}
