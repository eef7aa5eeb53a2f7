//! Session 24, round fr24b (issue 14): time classes left by the fresh15 frames sample, each
//! with sentences written for its test (none copied from a gold batch or the corpus) and the
//! neighbours the rule must keep.

mod common;

/// The frame's time of claim `q` in `text`, an article of 2017-02-10 (a Friday).
fn time(text: &str, q: &str) -> Option<String> {
    common::time_of(text, (2017, 2, 10), q)
}

#[test]
fn an_age_telling_the_time_of_a_when_clause_takes_no_date_of_another_stretch() {
    // the father's death is told by the child's age, not dated by the birth year
    assert_eq!(
        time(
            "She was born in Leeds in 1961, the daughter of a miner, who died when she was only 8 years old.",
            "8 years old"
        ),
        None
    );
    // the move is told by the age; the day is the speech's
    assert_eq!(
        time(
            "Ortiz, who moved to Texas from Mexico when he was 6 years old, spoke to reporters on Tuesday.",
            "6 years old"
        ),
        None
    );
    assert_eq!(
        time(
            "By the time she was 11, her weight had doubled, her mother said on Monday.",
            "11"
        ),
        None
    );
    // a date of the same stretch as the `when` clause dates the age too (the hyphen of a
    // compound is no break)
    assert_eq!(
        time(
            "Because he had been convicted in 2009 of a drug-related theft when he was 20, he was barred.",
            "20"
        )
        .as_deref(),
        Some("2009")
    );
    // an age that is no `when` clause keeps the nearest date
    assert_eq!(
        time(
            "A 22-year-old woman died on Sunday, police said.",
            "22-year-old"
        )
        .as_deref(),
        Some("2017-02-05")
    );
}

#[test]
fn a_figure_describing_a_noun_takes_no_fronted_date() {
    // the make-up of the planned plant is not dated by the signing
    assert_eq!(
        time(
            "On March 3, 2015 the two governments signed a deal on building a wind farm off Gdansk, consisting of forty turbines with 8 MW capacity each.",
            "forty"
        ),
        None
    );
    // the island's population is not dated by the trip
    assert_eq!(
        time(
            "In October, the two painters sailed to Hirado, a fishing island off the coast, inhabited by about 300 people.",
            "about 300"
        ),
        None
    );
    assert_eq!(
        time(
            "Since 2011, she has led the council of Tarrant, a market town with a population of 40,000.",
            "40,000"
        ),
        None
    );
    // a participle of action keeps the fronted date; so does a figure of the main clause
    assert_eq!(
        time(
            "Last month, a gunman opened fire at a bar in the town, killing two men.",
            "two"
        )
        .as_deref(),
        Some("2017-01")
    );
    assert_eq!(
        time(
            "In October, the two painters sailed to Hirado with 12 students, home to their school.",
            "12"
        )
        .as_deref(),
        Some("2016-10")
    );
}
