//! Reporting verbs beyond `said` (issue 14, session 17): estimates, predictions, warnings,
//! beliefs and the like name who a claim is from, while the same words used as nouns
//! (`an estimate`, `25 points`) or negated (`couldn't believe`) do not. Each rule was kept after a
//! before/after diff of every frame on the real corpus (crates/claims README, "Session 17").

use reckon_claims::Extraction;

mod common;

use common::source;

fn run(text: &str) -> Extraction {
    common::run_at(text, jiff::civil::date(2017, 3, 20))
}

#[test]
fn plural_estimate_and_predict_report_what_follows() {
    assert_eq!(
        source(
            "The researchers estimate that 4.2 million deaths could be avoided each year.",
            "4.2 million"
        )
        .as_deref(),
        Some("The researchers")
    );
    assert_eq!(
        source(
            "Analysts predict it may take longer, with three or even four parties needed.",
            "three"
        )
        .as_deref(),
        Some("Analysts")
    );
}

#[test]
fn estimate_after_a_determiner_is_a_noun() {
    // the phrase of `according to` runs past the noun
    assert_eq!(
        source(
            "Output fell to 95 billion yuan, according to an estimate by the planning commission.",
            "95 billion yuan"
        )
        .as_deref(),
        Some("an estimate by the planning commission")
    );
    assert_eq!(
        source("The original estimate was $35 million.", "$35 million"),
        None
    );
}

#[test]
fn warnings_beliefs_and_revelations_have_a_source() {
    assert_eq!(
        source(
            "The weather service warned of winds of up to 60 mph across the north on Friday.",
            "up to 60 mph"
        )
        .as_deref(),
        Some("The weather service")
    );
    assert_eq!(
        source(
            "Investigators believe more than one person fired at the crowd of 200 people.",
            "200"
        )
        .as_deref(),
        Some("Investigators")
    );
    assert_eq!(
        source(
            "The airline revealed it would fly direct to London, a flight of 17 hours.",
            "17 hours"
        )
        .as_deref(),
        Some("The airline")
    );
    assert_eq!(
        source(
            "Dalton pointed out that tours were on sale through 26 travel agencies.",
            "26"
        )
        .as_deref(),
        Some("Dalton")
    );
}

#[test]
fn negated_belief_is_no_source() {
    assert_eq!(
        source(
            "The owners couldn't believe that their dog, who lives with three cats, bit anyone.",
            "three"
        ),
        None
    );
}

#[test]
fn points_stays_a_counted_noun() {
    let x = run("The Patriots trailed by 25 points in the third quarter.");
    let c = x.claims.iter().find(|c| c.quantity.text == "25").unwrap();
    assert_eq!(c.frame.counted.as_deref(), Some("point"));
    assert!(c.frame.attribution.is_none());
}

#[test]
fn a_name_suffix_does_not_end_the_speaker() {
    assert_eq!(
        source("Robert Hale Jr. said that 40 homes were destroyed.", "40").as_deref(),
        Some("Robert Hale Jr.")
    );
    assert_eq!(
        source("Acme Inc. said it would cut 300 jobs.", "300").as_deref(),
        Some("Acme Inc.")
    );
}

#[test]
fn present_plural_verbs_report() {
    assert_eq!(
        source(
            "Biologists warn that only 30 of the porpoises are left in the gulf.",
            "30"
        )
        .as_deref(),
        Some("Biologists")
    );
    assert_eq!(
        source(
            "The ministry will name four new ambassadors, sources tell Reuters.",
            "four"
        )
        .as_deref(),
        Some("sources")
    );
    // a plural noun that also reports stays a noun before what is not its content
    assert_eq!(
        source(
            "According to a 2014 report from the institute, 13 percent rose.",
            "13 percent"
        )
        .as_deref(),
        Some("a 2014 report from the institute")
    );
}

#[test]
fn an_inverted_speaker_reads_over_a_title_abbreviation() {
    assert_eq!(
        source(
            "\"Half of the 40 patients improved,\" said Dr. Anna Berg, who led the study.",
            "40"
        )
        .as_deref(),
        Some("Dr. Anna Berg")
    );
    assert_eq!(
        source(
            "An operation killed 13 fighters in the province, said Gen. Omar Nadir.",
            "13"
        )
        .as_deref(),
        Some("Gen. Omar Nadir")
    );
}

#[test]
fn the_subject_of_a_passive_reporting_verb_is_no_source() {
    assert_eq!(
        source(
            "The plan announced by the commissioner on Monday cuts 40 routes.",
            "40"
        ),
        None
    );
    assert_eq!(
        source(
            "The lowest approval ever recorded by the pollster was 22 percent.",
            "22 percent"
        ),
        None
    );
}

#[test]
fn a_participle_after_a_possessive_is_no_reporting_verb() {
    assert_eq!(
        source(
            "The council's stated aim of 4,000 new homes was dropped.",
            "4,000"
        ),
        None
    );
}

#[test]
fn a_quote_closed_by_its_source_covers_its_earlier_sentences() {
    let text = "The fire spread overnight. \"We lost 40 homes in the fire. It will take years to \
                rebuild,\" the mayor said.";
    assert_eq!(source(text, "40").as_deref(), Some("the mayor"));
    // a sentence outside the quote, or a quote with its own closing mark, is not covered
    let text = "Crews saved 12 homes. \"It will take years to rebuild,\" the mayor said.";
    assert_eq!(source(text, "12"), None);
    let text = "\"We saved 12 homes,\" a firefighter said. \"It will take years,\" the mayor said.";
    assert_eq!(source(text, "12").as_deref(), Some("firefighter"));
}

#[test]
fn a_that_verb_reads_over_the_date_of_its_saying_and_writes_inverts() {
    assert_eq!(
        source(
            "The court ruled last year that the 2014 report broke the law.",
            "2014"
        )
        .as_deref(),
        Some("The court")
    );
    assert_eq!(
        source(
            "The schools took the step this year after talks with 300 parents, writes Education \
             Correspondent Ann Kelly.",
            "300"
        )
        .as_deref(),
        Some("Education Correspondent Ann Kelly")
    );
}
