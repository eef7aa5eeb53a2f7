//! Attribution classes of issue 14, session 18: a headline glued to the body's first sentence
//! does not become part of the source's phrase. Each rule was kept after a before/after diff of
//! every frame on the real corpus (crates/claims README, "Session 18: attribution").

mod common;

use common::source;

#[test]
fn a_glued_headline_is_not_part_of_the_source() {
    assert_eq!(
        source(
            "Carmaker bets on new battery plant for electric trucks Volvo Cars said on Monday that it would \
             hire 1,200 workers.",
            "1,200"
        )
        .as_deref(),
        Some("Volvo Cars")
    );
}

#[test]
fn a_title_before_a_name_stays_in_the_source() {
    // a title or an organisation the speaker belongs to is part of the phrase
    assert_eq!(
        source(
            "Regional transport authority spokeswoman Anna Berg said 14 trains were cancelled.",
            "14"
        )
        .as_deref(),
        Some("Regional transport authority spokeswoman Anna Berg")
    );
    assert_eq!(
        source(
            "A former employee of the logistics group Stena said about 30 trucks were left idle.",
            "about 30"
        )
        .as_deref(),
        Some("former employee of the logistics group Stena")
    );
    // (a particle inside the name: not cut at it)
    assert_eq!(
        source(
            "About 80 hikers were stranded overnight, mountain rail operator Ferrovia del Monte said.",
            "About 80"
        )
        .as_deref(),
        Some("mountain rail operator Ferrovia del Monte")
    );
}

#[test]
fn a_report_before_an_aside_is_the_source() {
    assert_eq!(
        source(
            "A survey by Harbor Analytics, a unit of the Mercer group, found that 62 percent of \
             tenants had moved in the past five years.",
            "62 percent"
        )
        .as_deref(),
        Some("A survey by Harbor Analytics")
    );
    assert_eq!(
        source(
            "The report, which draws on interviews with 300 nurses, found four wards were short \
             of staff.",
            "four"
        )
        .as_deref(),
        Some("The report")
    );
}

#[test]
fn a_report_holding_a_figure_is_the_source() {
    // the source is the review, not what was reviewed
    assert_eq!(
        source(
            "The review of all 212 care homes in the county found 9% were unsafe.",
            "9%"
        )
        .as_deref(),
        Some("The review")
    );
    assert_eq!(
        source(
            "An analysis by the state budget office found 40,000 households would lose support.",
            "40,000"
        )
        .as_deref(),
        Some("the state budget office")
    );
}

#[test]
fn a_report_with_a_verb_of_its_own_is_no_phrase() {
    // (`goes on to say`: the phrase would run past the report into its verb)
    let s = source(
        "The report goes on to say that fares would rise by 12 percent.",
        "12 percent",
    );
    assert!(s.as_deref().is_none_or(|s| !s.contains("goes")), "{s:?}");
    // a figure found by police is no report's
    assert_eq!(source("Police found 3 bodies in the house.", "3"), None);
}

#[test]
fn putting_a_figure_at_a_value_reports_it() {
    // the figure's noun runs on before `at`
    assert_eq!(
        source(
            "Local officials put the number of homes destroyed in the fire at 1,140.",
            "1,140"
        )
        .as_deref(),
        Some("Local officials")
    );
    // the value opens with a bound
    assert_eq!(
        source(
            "Other estimates put the number of missing at over 60.",
            "over 60"
        )
        .as_deref(),
        Some("Other estimates")
    );
    // (no figure at a value: `put the plan at risk`)
    assert_eq!(source("The strike put 300 jobs at risk.", "300"), None);
}

#[test]
fn a_name_before_an_unclosed_appositive_is_the_source() {
    // the appositive ends in a place: not the source
    assert_eq!(
        source(
            "Maria Lopez, the director of the shelter for families in the northern state of \
             Sonora told reporters that 45 children had arrived.",
            "45"
        )
        .as_deref(),
        Some("Maria Lopez")
    );
    // (a relative clause with its own subject keeps it)
    assert_eq!(
        source(
            "Al-Shabab, which the United Nations says has about 7,000 fighters, holds the south.",
            "about 7,000"
        )
        .as_deref(),
        Some("the United Nations")
    );
}

#[test]
fn a_name_ending_like_an_adverb_stays_whole() {
    // `-ly` and `Now` end names, not only adverbs
    assert_eq!(
        source("Councillor Anne Daly said 45 people were hurt.", "45").as_deref(),
        Some("Councillor Anne Daly")
    );
    assert_eq!(
        source(
            "About 300 staff will go, Metro Daily reported.",
            "About 300"
        )
        .as_deref(),
        Some("Metro Daily")
    );
    assert_eq!(
        source(
            "Save Water Now says: \"A shower uses 9 litres a minute.",
            "9 litres"
        )
        .as_deref(),
        Some("Save Water Now")
    );
    // (an adverb before the verb is still no part of the source)
    assert_eq!(
        source("Officials quickly said 12 people were missing.", "12").as_deref(),
        Some("Officials")
    );
}

#[test]
fn a_sum_that_adds_up_is_no_saying() {
    assert_eq!(
        source(
            "\"Saving one litre a day for 365 days is a lot, so the saving soon adds up.\"",
            "365 days"
        ),
        None
    );
}

#[test]
fn a_finding_verb_closing_the_sentence_reports_it() {
    assert_eq!(
        source(
            "The ban on street parking breached the rights of 40 residents, a district court ruled.",
            "40"
        )
        .as_deref(),
        Some("district court")
    );
    assert_eq!(
        source(
            "Only 12 percent of the tested bottles were recycled, an audit by the council found.",
            "12 percent"
        )
        .as_deref(),
        Some("the council")
    );
    // (a year before the source's noun describes it: `a 2015 survey`)
    assert_eq!(
        source("Rents doubled in a decade, a 2015 survey found.", "2015"),
        None
    );
    // (a passive names no finder)
    assert_eq!(
        source(
            "The hikers were missing for 3 days before they were found.",
            "3 days"
        ),
        None
    );
}

#[test]
fn a_progressive_saying_verb_reports() {
    assert_eq!(
        source(
            "The Lagos Relief Network, a volunteer group, is reporting that 1,300 families have \
             been moved.",
            "1,300"
        )
        .as_deref(),
        Some("The Lagos Relief Network")
    );
    assert_eq!(
        source("Local officials are saying 18 bridges were damaged.", "18").as_deref(),
        Some("Local officials")
    );
    // (growth, not saying; and a relative clause's subject is no speaker)
    assert_eq!(
        source(
            "The carmaker is adding 45,000 cars to the recall.",
            "45,000"
        ),
        None
    );
    assert_eq!(
        source(
            "Unlike the leaders who were saying biased things, we backed no one of the 3 candidates.",
            "3"
        ),
        None
    );
}
