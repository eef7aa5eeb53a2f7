//! Attribution classes of session 21 (issue 14, "Frames on real news"): sources set off from
//! their verb by an appositive that opens with a determiner. Each rule was kept after a
//! before/after diff of every frame on the real corpus (crates/claims README, "Session 21").

mod common;

use common::source;

#[test]
fn a_described_source_before_a_determiner_appositive_says_what_follows() {
    assert_eq!(
        source(
            "The National Bureau of Statistics (NBS), a government agency in Abuja that tracks \
             prices, estimated that inflation reached 18.7 percent in January.",
            "18.7 percent"
        )
        .as_deref(),
        Some("The National Bureau of Statistics")
    );
    assert_eq!(
        source(
            "The utility, the largest power supplier in the state, said 40,000 homes were still \
             without electricity.",
            "40,000"
        )
        .as_deref(),
        Some("The utility")
    );
    // closing the sentence after its content
    assert_eq!(
        source(
            "Shelling killed 14 civilians near the airport, the monitoring group, a network of \
             activists on the ground, said.",
            "14"
        )
        .as_deref(),
        Some("the monitoring group")
    );
}

#[test]
fn a_determiner_appositive_does_not_take_the_source_from_a_name() {
    // the second appositive of a chain after a name is no source of its own
    assert_eq!(
        source(
            "\"We counted 300 families in the camp,\" Maria Lopez, director of field work for the \
             charity, the largest in the region, said.",
            "300"
        )
        .as_deref(),
        Some("Maria Lopez")
    );
    // a number in the appositive describes the source
    assert_eq!(
        source(
            "The charity, a group of 40 volunteers, said it served meals to 2,000 people.",
            "40"
        ),
        None
    );
}

#[test]
fn what_a_source_described_as_is_its_content() {
    assert_eq!(
        source(
            "Firefighters battled what officials described as a 12-hour blaze at the depot.",
            "12-hour"
        )
        .as_deref(),
        Some("officials")
    );
    // a bare pronoun is no source
    assert_eq!(
        source(
            "He condemned what he described as a 40 percent cut in aid.",
            "40 percent"
        ),
        None
    );
}

#[test]
fn a_passive_set_off_by_as_names_its_source_after_by() {
    let text = "The plan brings a 6 percent rise in spending as first reported by the Financial \
                Times, but only 2 percent more staff.";
    assert_eq!(
        source(text, "6 percent").as_deref(),
        Some("the Financial Times")
    );
    // the clause after its comma is the writer's
    assert_eq!(source(text, "2 percent"), None);
    // responsibility claimed is no report
    assert_eq!(
        source(
            "Two people died in the blast, in an attack later claimed by the group.",
            "Two"
        ),
        None
    );
}

#[test]
fn an_inverted_source_keeps_function_words_and_initials_inside_its_name() {
    assert_eq!(
        source(
            "\"We sold 4,000 tickets in an hour,\" said Action Now.",
            "4,000"
        )
        .as_deref(),
        Some("Action Now")
    );
    assert_eq!(
        source(
            "\"Fees rose 30 percent in a decade,\" said Mary K. Jones, a lecturer in economics.",
            "30 percent"
        )
        .as_deref(),
        Some("Mary K. Jones")
    );
}

#[test]
fn a_that_clause_opening_with_a_subordinator_is_content() {
    // `that when ...`, `that after ...`: the subordinate clause is inside what is said, not a
    // circumstance of the saying
    assert_eq!(
        source(
            "The mayor said that after the flood receded, 120 homes had to be demolished.",
            "120"
        )
        .as_deref(),
        Some("The mayor")
    );
    assert_eq!(
        source(
            "Engineers told the inquiry that while the dam held, 30 percent of its gates failed.",
            "30 percent"
        )
        .as_deref(),
        Some("Engineers")
    );
    // without `that`, a clause after the verb is about the saying
    assert_eq!(
        source(
            "\"It was chaos,\" the mayor said after touring the 12 streets that flooded.",
            "12"
        ),
        None
    );
}

#[test]
fn a_sentence_adverb_in_commas_after_a_that_verb_opens_its_content() {
    assert_eq!(
        source(
            "The regulator cautioned, however, that 40 banks still lacked enough capital.",
            "40"
        )
        .as_deref(),
        Some("The regulator")
    );
}

#[test]
fn a_reporting_verb_coordinated_with_an_earlier_predicate_shares_its_subject() {
    assert_eq!(
        source(
            "The central bank raised its main rate for the third time and predicted two more \
             increases this year.",
            "two"
        )
        .as_deref(),
        Some("The central bank")
    );
    assert_eq!(
        source(
            "Senator Lisa Grant welcomed the ruling and said that 300 families would be compensated.",
            "300"
        )
        .as_deref(),
        Some("Senator Lisa Grant")
    );
    // a figure of the first predicate is the subject's act, not what it says
    assert_eq!(
        source(
            "The carmaker recalled 8,000 vehicles and said no injuries had been reported.",
            "8,000"
        ),
        None
    );
}

#[test]
fn a_participle_of_saying_after_and_reports_like_one_after_a_comma() {
    assert_eq!(
        source(
            "Union leaders walked out of the talks, blaming the management and saying 600 jobs \
             were at risk.",
            "600"
        )
        .as_deref(),
        Some("Union leaders")
    );
    // not growth after `and`: `adding` a figure is no saying
    assert_eq!(
        source(
            "The firm expanded fast, opening stores and adding 600 jobs.",
            "600"
        ),
        None
    );
}
