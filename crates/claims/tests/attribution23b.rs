//! Attribution, second round of attr23 (issue 14): verbs that report only before a `that`
//! clause (`cautioned`, `stressed`, `conceded`, `asserted`) report the quote they open after a
//! comma or a colon as well. Each rule was kept after a before/after diff of every changed frame
//! on the real corpus (crates/claims README, "attr23: attribution", round 2).

mod common;

use common::source;

/// Class: `X stressed: "...`, `X conceded, "...`, `X cautioned, though, "...`: a that-verb
/// opening a quote; the quote is what X says.
#[test]
fn a_that_verb_opening_a_quote_reports_it() {
    for (s, q, want) in [
        (
            "The agency cautioned, \"a filing is merely an allegation of one or more violations.\"",
            "one or more",
            "The agency",
        ),
        (
            "The agency cautioned, though, \"a filing is merely an allegation of one or more violations.\"",
            "one or more",
            "The agency",
        ),
        (
            "The agency stressed: \"Exports grew 12 percent last year.\"",
            "12 percent",
            "The agency",
        ),
        (
            "On Thursday, the agency conceded, \"We met two officials.\"",
            "two",
            "the agency",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(want), "{s}");
    }
    // without a quote or a that, the verb names an act: no source
    assert_eq!(
        source(
            "The agency stressed the 12 percent rise in exports.",
            "12 percent"
        )
        .as_deref(),
        None
    );
}

/// Class: a report noun with its topic (`an investigation into X`, `an analysis of A and B`, `a
/// report on an X`): the walk back from the verb stopped inside the topic, at its preposition,
/// an indefinite article or an `and`, and took the topic's tail for the source; the subject is
/// the report.
#[test]
fn a_report_with_its_topic_is_the_source_not_the_topic() {
    assert_eq!(
        source(
            "A council investigation into fraud in local bus contracts found that 31% of invoices were false.",
            "31%"
        )
        .as_deref(),
        Some("council investigation into fraud in local bus contracts")
    );
    assert_eq!(
        source(
            "The agency's analysis of river depth and rainfall data found that 2016 was 12 percent drier.",
            "12 percent"
        )
        .as_deref(),
        Some("The agency's analysis of river depth and rainfall data")
    );
    assert_eq!(
        source(
            "One inspection report on an old unit in Louth said: \"Two of the residents were injured.\"",
            "Two"
        )
        .as_deref(),
        Some("One inspection report on an old unit in Louth")
    );
    // a topic ending before the subject's own determiner is not the subject's
    assert_eq!(
        source(
            "After an investigation into the crash the airline said 40 people died.",
            "40"
        )
        .as_deref(),
        Some("the airline")
    );
}

/// Class: a named subject's own clause, its verb no verb of saying, introducing a quote with a
/// colon (`X responded: "...`, `X agrees, and suggests ...: "...`, `X was blunt: "...`): the
/// name says the quote (and, through the quote's run-on, its later sentences).
#[test]
fn a_named_subject_s_clause_before_a_colon_quote_is_its_source() {
    assert_eq!(
        source(
            "Maria Keane responded: \"We have met the board twice this year.\"",
            "twice"
        )
        .as_deref(),
        Some("Maria Keane")
    );
    assert_eq!(
        source(
            "Maria Keane agrees, and suggests buyers may be grateful: \"Prices fell 8 percent.\"",
            "8 percent"
        )
        .as_deref(),
        Some("Maria Keane")
    );
    // a one-word capitalised opener (`Police`, `Officials`) is no name here
    assert_eq!(
        source("Police found a note: \"I owe 5 dollars.\"", "5 dollars").as_deref(),
        None
    );
}

/// Class: a regular past after `who`/`which` whose antecedent is the object of a preposition
/// (`those of X, who revealed that ...`): the verb is finite, not the participle of `With 94% of
/// the vote counted`, so the antecedent says what follows (irregular `said`, `found` already
/// did).
#[test]
fn a_relative_pronoun_s_regular_past_after_a_preposition_still_reports() {
    for v in ["revealed", "warned", "admitted", "confirmed"] {
        let s = format!(
            "The plan echoes those of Mark Dunne, who {v} that he had sold 300 stolen bikes."
        );
        assert_eq!(source(&s, "300").as_deref(), Some("Mark Dunne"), "{s}");
    }
    // the participle after a preposition still reports nothing
    assert_eq!(
        source(
            "With 94% of the vote counted, the party is projected to win 33 seats.",
            "33"
        )
        .as_deref(),
        None
    );
}
