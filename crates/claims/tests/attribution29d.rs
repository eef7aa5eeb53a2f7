//! Attribution, session 29 (issue 14, attr29d): a wire dateline opening the sentence
//! (`WASHINGTON (Reuters) - `, `LONDON - `) is not part of the subject, so the subject after it
//! says what a participle of saying after its clause reports (`..., saying ...`). Kept after a
//! before/after diff of every changed frame on the real corpus (crates/claims README, "Session
//! 29d: attribution").

mod common;

use common::source;

/// Class: `CITY (Agency) - SUBJECT VERB ..., saying FIGURE`: the subject past the dateline says
/// the participle's content; without the dateline it did already.
#[test]
fn a_subject_past_a_wire_dateline_says_its_participle() {
    for (s, q, a) in [
        (
            "WASHINGTON (Reuters) - The U.S. Department of Homeland Security has issued requests \
             for proposals for a wall along the Mexican border, saying ideally it should be 30 \
             feet (9 meters) high.",
            "30 feet",
            Some("The U.S. Department of Homeland Security"),
        ),
        (
            "LONDON - The health ministry issued a statement on Monday, saying 12 people had died.",
            "12",
            Some("The health ministry"),
        ),
        (
            "BEIJING (AP) - The ministry issued a statement on Monday, saying 12 people had died.",
            "12",
            Some("The ministry"),
        ),
        (
            "The ministry issued a statement on Monday, saying 12 people had died.",
            "12",
            Some("The ministry"),
        ),
        // (a dateline before the writer's own sentence gives no source)
        (
            "WASHINGTON (Reuters) - The wall would be 30 feet high, running along the border.",
            "30 feet",
            None,
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: `..., with NP saying/claiming/estimating CONTENT`: an absolute phrase whose noun phrase
/// says the participle's content (not a share of a poll: `with 35 percent saying ...`).
#[test]
fn the_noun_phrase_of_a_with_participle_says_its_content() {
    for (s, q, a) in [
        (
            "Jets struck the village on Thursday, with local activists saying up to 300 people \
             were inside at the time of the attack.",
            "up to 300",
            Some("local activists"),
        ),
        (
            "The army has since waged a fierce crackdown with human rights groups claiming as \
             many as 60,000 political prisoners languish in jails.",
            "as many as 60,000",
            Some("human rights groups"),
        ),
        (
            "The parliament voted against the status, with many members saying that it had not \
             met the five criteria.",
            "five",
            Some("many members"),
        ),
        (
            "Just under half think the law will be repealed, with 35 percent saying they will be \
             disappointed.",
            "35 percent",
            None,
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: `X says/estimates at least N ... by DATE`: a figure opening with a bound that reads as
/// a preposition of setting (`at least`) is the content, not the setting of the saying, even
/// when a date of the content ends the clause.
#[test]
fn a_figure_opening_with_at_least_is_content_not_a_setting() {
    for (s, q, a) in [
        (
            "The Centre for Workforce Intelligence estimates at least two million more carers \
             will be needed by 2025 in England alone.",
            "at least two million",
            Some("The Centre for Workforce Intelligence"),
        ),
        (
            "The institute says at least two million more carers will be needed by 2025.",
            "2025",
            Some("The institute"),
        ),
        (
            "The minister said at a press conference on Monday that 200 carers were hired.",
            "200",
            Some("The minister"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}
