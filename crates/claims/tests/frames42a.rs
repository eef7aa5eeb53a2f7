//! Attribution, session 38 (issue 14, attr42): what the pooled fresh9..fresh28 misses still
//! missed. Sentences written for the tests, shaped like the real corpus.

mod common;

use common::check_source;

/// Class: a subject opening the sentence with an indefinite article (`An interior ministry
/// official`, `A police spokesman`) before a first predicate coordinated with a verb of saying
/// (`gave a death toll of 52 and said that ...`) reports what follows the verb of saying, as the
/// same subject with `the` does. The phrase keeps the article out, as a closing `, an official
/// said` does.
#[test]
fn an_indefinite_subject_coordinated_with_a_verb_of_saying() {
    check_source(
        "An interior ministry official gave a death toll of 52 and said that more than 50 other people were also wounded.",
        "more than 50",
        Some("interior ministry official"),
    );
    check_source(
        "A police spokesman confirmed the arrest and said that 14 people were questioned.",
        "14",
        Some("police spokesman"),
    );
}

/// Controls: the first predicate's own figure is the writer's (the coordinated verb of saying
/// reports only what follows it), and an indefinite subject that names no speaker reports
/// nothing.
#[test]
fn the_first_predicate_and_a_subject_naming_no_speaker_stay_the_writers() {
    check_source(
        "An interior ministry official gave a death toll of 52 and said that more than 50 other people were also wounded.",
        "52",
        None,
    );
    check_source(
        "A small boat carried 30 people and sank near the coast.",
        "30",
        None,
    );
}

/// Class: a document noun right before `shows` is its subject, and what follows is what it
/// shows, a clause opening with a name too (`That document shows Trump declared ...`); a
/// demonstrative before the noun is part of the source (frames.md, "Documents and data as
/// sources").
#[test]
fn a_document_that_shows_a_clause_opening_with_a_name() {
    check_source(
        "That document shows Smith declared $103 million in losses in 2005.",
        "$103 million",
        Some("document"),
    );
    check_source(
        "The document shows Smith paid $38 million in taxes in 2005.",
        "$38 million",
        Some("The document"),
    );
    check_source(
        "Census data shows Germany added 40,000 jobs in March.",
        "40,000",
        Some("data"),
    );
}

/// Controls: `shows` after a word that is no document stays a noun or another verb (`TV shows`,
/// `Trump shows`), and a quote's document is its speaker's.
#[test]
fn shows_after_other_nouns_reports_nothing() {
    check_source(
        "The two TV shows Smith hosted drew 3 million viewers.",
        "3 million",
        None,
    );
}

/// Control: a document noun ending a clause of its own before `shows` (`as shown in forex
/// reserves data shows`) heads no subject.
#[test]
fn a_data_noun_closing_a_clause_is_no_subject() {
    check_source(
        "A close look at the flows as shown in forex reserves data shows a slew of measures have taken effect, according to a report released on Jan 8 by the bank.",
        "Jan 8",
        None,
    );
}
