//! Time of claim frames, session 35 (issue 14): a comma's adjunct clause (a participle, `with`,
//! a change) shares the date of the clause it goes on from even past other adjunct chunks
//! between them (`in 2015 reached 243.7 billion yuan, up over 8 percent, earning a profit of
//! 16.3 billion yuan`), and an earlier value's date is not that clause's date. Each test is
//! named after the rule it guards; the sentences are written for the tests, shaped like the
//! real corpus.

mod common;

use common::time_of;

/// Class: a participle or `with` clause after a comma is the event of the clause before it going
/// on; a change (`, up 8 percent`), a running rank (`, for the third year in a row`) or a
/// superlative appositive (`, the lowest level since 2011`) between them does not cut it off
/// (`frame/time/host_chain.rs`; the rulings on participial clauses sharing their host).
#[test]
fn an_adjunct_clause_shares_its_host_date_past_other_adjuncts() {
    let at = (2017, 2, 10);
    assert_eq!(
        time_of(
            "The brewer's revenue in 2015 rose to 12.4 billion euros, up 6 percent on the year, earning a net profit of 1.9 billion euros.",
            at,
            "1.9 billion euros"
        )
        .as_deref(),
        Some("2015")
    );
    assert_eq!(
        time_of(
            "A heatwave struck the northern coast in 2016, for the second year running, killing more than 40 percent of the seagrass.",
            at,
            "more than 40 percent"
        )
        .as_deref(),
        Some("2016")
    );
    assert_eq!(
        time_of(
            "Gold holdings fell by 20 tonnes in December to 1,820 tonnes, the lowest level since May 2012, almost reaching the 1,800 tonnes floor set by the bank.",
            at,
            "1,800 tonnes"
        )
        .as_deref(),
        Some("2016-12")
    );
    assert_eq!(
        time_of(
            "The carmaker sold 410,000 trucks in 2016, keeping its lead in the regional market for the ninth straight year, with a share of 12.5 percent.",
            at,
            "12.5 percent"
        )
        .as_deref(),
        Some("2016")
    );
}

/// Class: a chunk with a verb of its own between them is no adjunct (`, the company said,`), nor
/// is an appositive that is not a record (`, a severe drought hit the farms,`): the walk back
/// stops there, and the participle clause gets no date from further back.
#[test]
fn a_clause_of_its_own_stops_the_walk_back() {
    let at = (2017, 2, 10);
    assert_eq!(
        time_of(
            "In the long years prior to the popular uprising against the old president of the republic in March 2011, a severe drought hit the farms, drying up the wells, forcing hundreds of thousands of families to leave.",
            at,
            "hundreds of thousands"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Sales climbed to 3 million units in 2016, the company said, hoping to reach 4 million units.",
            at,
            "4 million"
        ),
        None
    );
}

/// Class: the date of an earlier value (`from 36 in 2012`, `from the previous month`) is not the
/// date the participle or `with` clause after it shares: the clause's own date is.
#[test]
fn an_earlier_values_date_is_not_the_hosts() {
    let at = (2017, 1, 27);
    assert_eq!(
        time_of(
            "The country's ranking rose to 25 in 2016 from 36 in 2012, with a score of 72.8 out of 100.",
            at,
            "72.8"
        )
        .as_deref(),
        Some("2016")
    );
    assert_eq!(
        time_of(
            "Reserves fell by $12 billion in December from the previous month to $810 billion, the weakest level since 2011, nearly touching the $800 billion line.",
            at,
            "$800 billion"
        )
        .as_deref(),
        Some("2016-12")
    );
}

/// Class: a year on the noun that `to` or `with` leads to, after the figure, dates that other
/// noun (a recall, a film, an attack, a convention), not the figure; a year after `of` still
/// dates the figure's event (`the first four games of the 2016 season`).
#[test]
fn a_year_on_the_noun_to_or_with_leads_to_is_that_nouns() {
    let at = (2017, 3, 28);
    assert_eq!(
        time_of(
            "The carmaker is adding 95,000 pickups to a 2014 recall over faulty airbags.",
            at,
            "95,000"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Prosecutors charged three former guards in connection with a 2009 riot at the prison.",
            at,
            "three"
        ),
        None
    );
    assert_eq!(
        time_of(
            "The club was banned for the first six games of the 2016 season.",
            at,
            "six"
        )
        .as_deref(),
        Some("2016")
    );
}

/// Class: a date between two dashes after the figure belongs to the aside (it says something of
/// the noun going on), not to the figure before it; a `since` window inside the aside still
/// reaches the clause around it.
#[test]
fn a_date_in_a_dashed_aside_after_the_figure_is_the_asides() {
    let at = (2017, 3, 28);
    assert_eq!(
        time_of(
            "The new 10-euro note - which enters circulation on Tuesday - has a raised strip that is hard to copy.",
            at,
            "10-euro"
        ),
        None
    );
    assert_eq!(
        time_of(
            "Her second novel -- due to be published later this month -- follows a family across three wars.",
            at,
            "second"
        ),
        None
    );
    assert_eq!(
        time_of(
            "As it lifted 300,000 farmers out of debt - contrasting with a mere 20,000 in the rest of the country since 2010 - the province became a model for others.",
            at,
            "300,000"
        )
        .as_deref(),
        Some("2010/2017")
    );
}
