//! Attribution, session 28b (issue 14, attr28b): the subject-before-verb path (`X said ...`).
//! A source whose saying is the object of `what` (`Contrary to what Wagner said, ...`) says
//! the `what`, not the words after its verb. Kept after a before/after diff of every changed
//! frame on the real corpus (crates/claims README, "Session 28b: attribution").

mod common;

use common::source;

/// Class: `what X said/wrote` as an object clause: the figures after the verb are the writer's
/// (or another speaker's); a verb of the `what` after the saying (`what X said was/marked ...`)
/// goes on with X's content.
#[test]
fn a_saying_that_is_the_object_of_what_says_only_the_what() {
    for (s, q, a) in [
        (
            "Contrary to what Wagner said, the earth rotates on its axis every 24 hours, not \
             every year.",
            "24 hours",
            None,
        ),
        (
            "Blumenthal stood by his account, telling CNN on Thursday morning he accurately \
             stated what Gorsuch told him about the 12 judges.",
            "12",
            None,
        ),
        (
            "Here is a timeline of the claims, what other officials have said and how the \
             White House has responded: Early on Saturday, the president fired off 4 tweets.",
            "4",
            None,
        ),
        (
            "The figures highlight what UNICEF said was the highest level of violations since \
             the war began, with 652 children killed.",
            "652",
            Some("UNICEF"),
        ),
        (
            "ISIL fighters vowed to return home in what security experts said marked the first \
             threat in 12 years against Chinese targets.",
            "12 years",
            Some("security experts"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}
