//! Session 39 (place42, issue 14): places of claim frames. A fronted adverbial of a span of time
//! (`Over`, `During`) with `in` and a place before the figure's clause (`place/fronted.rs`); an
//! `as` clause with its own subject and verb after a comma, and a participle after a relation
//! between commas, share the host clause's place; `, in which` opens a relative clause of place
//! (`place/host.rs`). Sentences written for these tests.

mod common;

use common::place;

#[test]
fn a_fronted_span_of_time_with_in_gives_its_place() {
    for (text, q, want) in [
        (
            "Over the three weeks of their mission in Mali, the soldiers made 210 patrols.",
            "210",
            "Mali",
        ),
        (
            "During two weeks of heavy fighting in Mosul, the troops cleared 14 districts.",
            "14",
            "Mosul",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
}

#[test]
fn a_fronted_span_of_time_without_in_gives_none() {
    for (text, q) in [
        // (a visit's destination is no place of the clause)
        (
            "During the minister's visit to Japan, the two sides signed 14 agreements.",
            "14",
        ),
        // (a meeting's building neither)
        (
            "Over lunch on Thursday at the White House, the leaders discussed 12 proposals.",
            "12",
        ),
    ] {
        assert_eq!(place(text, q), None, "{text} / {q}");
    }
}

#[test]
fn an_as_clause_and_a_participle_past_a_relation_share_the_host_place() {
    for (text, q, want) in [
        (
            "The toll from a fire in Berlin has risen to nine people injured, as four more people \
             have come forward.",
            "four",
            "Berlin",
        ),
        (
            "The small plane crashed in Mosul, north of Baghdad, killing three people.",
            "three",
            "Mosul",
        ),
        (
            "He spoke of the attack on a church in Nigeria, in which nine worshipers were \
             shot dead.",
            "nine",
            "Nigeria",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
}

#[test]
fn no_shared_place_for_as_phrases_without_a_clause() {
    for (text, q) in [
        (
            "Prices rose sharply in Berlin, as well as 12 other items in the survey.",
            "12",
        ),
        (
            "The firm opened a plant in Ohio, as part of a plan that will create 400 jobs.",
            "400",
        ),
    ] {
        assert_eq!(place(text, q), None, "{text} / {q}");
    }
}
