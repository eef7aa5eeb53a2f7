//! Time of claim frames, session 32 (time33, issue 14): a number that counts, ranks or describes the
//! speakers takes no date of what they said; a count of speakers whose saying is dated keeps the
//! saying's date.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::time_of;

/// Class: a count or rank inside a source's own phrase (`A third official said`, `two officers
/// told AP that ...`) is no figure of the reported content: a date of that content is not its
/// date (`frame/time/age.rs`, `speaker_number` and `content_date`).
#[test]
fn a_count_of_speakers_takes_no_date_of_their_content() {
    let at = (2017, 2, 14);
    assert_eq!(
        time_of(
            "A second official said the dispute forced the chief of staff to review the plan with his deputies over the weekend in Maryland.",
            at,
            "second"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Three police officers told Reuters that their units had reached the northern gate of the airport on Monday morning.",
            at,
            "Three"
        ),
        None
    );
    assert_eq!(
        time_of(
            "The board declined to comment, and one director said the wording was still being changed as of Friday afternoon.",
            at,
            "one"
        ),
        None
    );
}

/// Class: the count of speakers whose saying is dated is dated by it: a fronted date, or a date
/// right after the saying verb, is the saying's, and the count keeps it.
#[test]
fn a_count_of_speakers_keeps_the_date_of_their_saying() {
    let at = (2017, 3, 19);
    assert_eq!(
        time_of(
            "Earlier this month, five rebel groups announced their union under a single command.",
            at,
            "five"
        )
        .as_deref(),
        Some("2017-03")
    );
    assert_eq!(
        time_of(
            "Since 2012, seven of the largest banks have announced more than $10 billion in cuts.",
            at,
            "seven"
        )
        .as_deref(),
        Some("2012/2017")
    );
}

/// Class: a number outside any source's phrase keeps the date of its clause (the rule is bound
/// to the speaker's phrase).
#[test]
fn a_count_of_the_content_keeps_its_date() {
    let at = (2017, 2, 14);
    assert_eq!(
        time_of(
            "Officials said three people were killed in the blast on Monday.",
            at,
            "three"
        )
        .as_deref(),
        Some("2017-02-13")
    );
}
