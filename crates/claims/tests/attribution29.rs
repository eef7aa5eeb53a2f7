//! Attribution, session 29 (issue 14, attr29): a quote ending on `?"` or `!"` whose tag the
//! sentence splitter puts in a sentence of its own (`"... a head-on collision?" / Wang said.`)
//! is the tag's speaker's, as a quote closed by `," Wang said` is (docs/judging/frames.md,
//! continued quotation). Kept after a before/after diff of every changed frame on the real
//! corpus (crates/claims README, "Session 29: attribution").

mod common;

use common::source;

/// Class: `"... ?" X said.` / `"... !" X tweeted.` with the tag opening the next sentence: the
/// quote's sentences (back to its opening mark) are X's.
#[test]
fn a_quote_split_from_its_tag_after_a_question_or_exclamation_is_the_tags() {
    for (s, q, a) in [
        (
            "The minister warned of escalation. \"The question is: are the two sides really \
             ready for a collision?\" Wang said. \"Our priority is to stop both trains.\"",
            "two",
            Some("Wang"),
        ),
        (
            "Nurses are threatening to strike. \"One nurse here takes care of 40 patients in a \
             night!\" Osoro said.",
            "40",
            Some("Osoro"),
        ),
        (
            "He was defiant. \"We were the 3rd party in the Netherlands. We are now the 2nd \
             party. And next time we'll be the first!\" Wilders tweeted.",
            "3rd",
            Some("Wilders"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class (the other way): after `."` the next sentence is the writer's, whoever it names, and a
/// quote already tagged by its own source is not given to the next sentence's.
#[test]
fn a_split_tag_does_not_reach_past_a_full_stop_or_a_tagged_quote() {
    for (s, q, a) in [
        (
            "\"Two ships were lost last year.\" Wang said the navy would rebuild.",
            "Two",
            None,
        ),
        (
            "Lee said: \"Are 40 ships enough?\" Wang said nothing.",
            "40",
            Some("Lee"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}
