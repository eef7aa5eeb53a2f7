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
