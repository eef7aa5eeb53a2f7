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

/// Class: `X tells the story of ...`: a book, a film or a figure narrating a story is no source
/// of the figures in it.
#[test]
fn telling_a_story_is_no_report() {
    for (s, q) in [
        (
            "In the novel Auster tells the story of Archibald Ferguson in seven major chapters.",
            "seven",
        ),
        (
            "The documentary tells the story of a military intelligence chief who turned 1950s \
             Syria into a police state.",
            "1950s",
        ),
        (
            "The film told the tale of 12 miners trapped underground for 69 days.",
            "69 days",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
    // (telling a person still reports: `told reporters`)
    assert_eq!(
        source(
            "The mayor told reporters that 12 miners were trapped.",
            "12"
        )
        .as_deref(),
        Some("The mayor")
    );
}
