//! Attribution through asides and acts the earlier rounds did not read (issue 14, attr23): a
//! participle aside between the source and its verb (`X, reporting from Y, said`). Each rule was
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
