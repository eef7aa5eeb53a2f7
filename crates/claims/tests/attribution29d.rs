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
