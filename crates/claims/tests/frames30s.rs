//! Attribution, session 30 (attr30): a headline glued to the body's first sentence with no stop
//! (`... deadly raid The battle killed 14, the Pentagon said`) parts what the headline says from what the body's
//! source says; `over the weekend` after a verb of saying is the date of the saying. Kept after a
//! before/after diff of every changed frame on the real corpus (crates/claims README, "Session
//! 30: attribution").

mod common;

use common::source;

/// Class: `HEADLINE WITH NO STOP The/A/An BODY ..., SOURCE said` (or the source in the headline
/// and the figure in the body): a source on one side of the seam covers no figure on the other.
#[test]
fn a_glued_headline_is_not_covered_by_the_body_source() {
    for (s, q, a) in [
        (
            "How the first military action went wrong in a deadly raid The battle killed 14 \
             fighters, the Pentagon said.",
            "first",
            None,
        ),
        (
            "How the first military action went wrong in a deadly raid The battle killed 14 \
             fighters, the Pentagon said.",
            "14",
            Some("the Pentagon"),
        ),
        (
            "Rutte said there was a real chance that Wilders might emerge victorious The VVD is \
             currently polling at roughly 16 percent.",
            "roughly 16 percent",
            None,
        ),
        (
            "New jet gets a test flight four years after its prototype was born An improved \
             version is undergoing flight tests, according to industry sources.",
            "four years",
            None,
        ),
        // (no seam: a verb of saying, or a function word, before the capitalised article)
        (
            "Janet Bednarek told The Huffington Post that the style shifts started in the 1970s.",
            "1970s",
            Some("Janet Bednarek"),
        ),
        (
            "The deal was worth $7 billion, according to The New York Times.",
            "$7 billion",
            Some("The New York Times"),
        ),
        // (no seam after a comma in the stretch before: `Bezos, who owns The Washington Post`)
        (
            "Bezos, who owns The Washington Post, said the paper added 300 staff.",
            "300",
            Some("Bezos"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: `X said over the weekend that ...`: `over the weekend` is the date of the saying, not
/// its content; the content after `that` stays X's.
#[test]
fn over_the_weekend_after_a_saying_verb_is_the_date_of_the_saying() {
    for (s, q, a) in [
        (
            "The foreign ministry said over the weekend that 14 delegations had been invited.",
            "the weekend",
            None,
        ),
        (
            "The foreign ministry said over the weekend that 14 delegations had been invited.",
            "14",
            Some("The foreign ministry"),
        ),
        (
            "The company announced over the weekend that prices will rise 7 percent.",
            "the weekend",
            None,
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}
