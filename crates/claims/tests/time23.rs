//! The time of claims on sentences shaped like the real news corpus (issue 14, session 23): the
//! cause clause of a dated event (`died last week after two women accosted him`). Each test is
//! named after the rule it guards; the sentences are written for the tests.

mod common;

use common::time_of;

/// Class: a figure in a finite `after` clause that gives the cause of an event dated to the day
/// or the week before it, with no date of its own, holds at that day or week.
#[test]
fn a_cause_clause_after_a_dated_event_shares_its_day() {
    let date = (2017, 3, 20); // a Monday
    assert_eq!(
        time_of(
            "The ferry returned to port on Friday after one of its three engines failed at sea.",
            date,
            "three",
        )
        .as_deref(),
        Some("2017-03-17")
    );
    assert_eq!(
        time_of(
            "The minister resigned last week after 40 lawmakers signed a letter against her.",
            date,
            "40",
        )
        .as_deref(),
        Some("2017-W11")
    );
    // a year is too coarse to hold the cause: it may be years before
    assert_eq!(
        time_of(
            "He took power in 2006 after 300 delegates backed him at the party congress.",
            date,
            "300",
        ),
        None
    );
    // a noun phrase after `after` is no cause clause (a career, a stretch)
    assert_eq!(
        time_of(
            "The coach resigned on Friday after a record 87 games in charge.",
            date,
            "87",
        ),
        None
    );
    // a participle neither (the rescue on Friday ended a night spent after the stranding)
    assert_eq!(
        time_of(
            "Hikers were flown out on Friday from huts where they slept after being stranded in two gondolas.",
            date,
            "two",
        ),
        None
    );
    // nor a clause dated itself: its own date wins
    assert_eq!(
        time_of(
            "Parliament backed the plan on Friday after 52 percent voted to leave in a referendum last June.",
            date,
            "52 percent",
        )
        .as_deref(),
        Some("2016-06")
    );
}

/// Class: a figure with no date of its own, reported from a document named with its year or
/// month (`According to the 2016 survey, ...`, `..., according to a 2014 report from X`), holds as
/// of that year or month.
#[test]
fn a_figure_from_a_dated_document_holds_at_its_date() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "According to the 2015 Household Budget Survey, 37 percent of families own a second car.",
            date,
            "37 percent",
        )
        .as_deref(),
        Some("2015")
    );
    assert_eq!(
        time_of(
            "About 8 percent of adults smoke daily, according to a 2014 report from the Health Institute.",
            date,
            "About 8 percent",
        )
        .as_deref(),
        Some("2014")
    );
    assert_eq!(
        time_of(
            "According to October figures from the central bank, the yuan held a share of 2.3 percent.",
            date,
            "2.3 percent",
        )
        .as_deref(),
        Some("2016-10")
    );
    // a figure its own words date now is not the document's: the article date (ruling of
    // session 35 in docs/judging/frames.md)
    assert_eq!(
        time_of(
            "According to the 2001 census, only a quarter of the 40 million inhabitants currently live in towns.",
            date,
            "40 million",
        )
        .as_deref(),
        Some("2017-03-20")
    );
    // a day is a saying's date, left to the saying's rules
    assert_eq!(
        time_of(
            "According to a report released on Tuesday, 300 workers lost their jobs.",
            date,
            "300",
        ),
        None
    );
}

/// Class: a fronted `Starting from`/`Starting on`/`Beginning in` date opens the sentence as a
/// fronted `From`/`On`/`In` does: the figures after it hold from that date.
#[test]
fn a_fronted_starting_date_dates_the_sentence() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "Starting on March 1, cars priced above 900,000 yuan pay an extra 10 percent tax.",
            date,
            "10 percent",
        )
        .as_deref(),
        Some("2017-03-01")
    );
    assert_eq!(
        time_of(
            "Beginning in 2015, the agency hired 300 inspectors a year.",
            date,
            "300",
        )
        .as_deref(),
        Some("2015")
    );
}

/// Class (round 2): a figure with no date of its own, whose source is a document put out on a
/// date named in the source's phrase (a participle, `a report released on Jan 10 by X`, or the
/// document's relative clause, `the survey, which was published on Tuesday`), holds as of that
/// date: the date its source gave it.
#[test]
fn a_figure_from_a_document_released_on_a_date_holds_at_it() {
    let date = (2017, 3, 20); // a Monday
    assert_eq!(
        time_of(
            "Exports employ some 1.2 million workers, according to a report released on March 14 by the trade council.",
            date,
            "some 1.2 million",
        )
        .as_deref(),
        Some("2017-03-14")
    );
    assert_eq!(
        time_of(
            "Nearly 40 percent of nurses plan to leave, according to the survey by the nursing union, which was published on Friday.",
            date,
            "Nearly 40 percent",
        )
        .as_deref(),
        Some("2017-03-17")
    );
    // not a publication: the date of another event in the phrase
    assert_eq!(
        time_of(
            "Nearly 40 percent of nurses plan to leave, according to the union, which was founded in 1990.",
            date,
            "Nearly 40 percent",
        ),
        None
    );
    // not a figure its clause dates now: the article date (ruling of session 35)
    assert_eq!(
        time_of(
            "About 300 families currently live in the camp, according to a report released on Friday by the agency.",
            date,
            "About 300",
        )
        .as_deref(),
        Some("2017-03-20")
    );
}

/// Class (round 2): the last item of a list of equivalents in parentheses after an amount, read
/// as a count because the feed lost its pound sign (`1.2 billion yuan ($175 million; 164 million
/// euros; 143 million)`), restates the amount and has its time, as the other items do.
#[test]
fn a_bare_last_equivalent_in_parentheses_has_the_amounts_time() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "The group invested 2.4 billion yuan ($348 million; 328 million euros; 286 million) in new plants in 2015.",
            date,
            "286 million",
        )
        .as_deref(),
        Some("2015")
    );
    assert_eq!(
        time_of(
            "On March 14, the bank lent 50 billion yuan ($7.2 billion; 6.8 billion euros; 5.9 billion) to the market.",
            date,
            "5.9 billion",
        )
        .as_deref(),
        Some("2017-03-14")
    );
}

/// Class (round 2): a name set off by commas right after the figure's clause (`in Havant,
/// Hampshire,`, `the new president, Donald Trump,`) ends no clause: a date right after its
/// closing comma dates the figure.
#[test]
fn a_date_after_a_name_in_apposition_dates_the_figure() {
    let date = (2017, 3, 20); // a Monday
    assert_eq!(
        time_of(
            "The couple bought a 240,000-dollar house in Leeds, Yorkshire, last year.",
            date,
            "240,000-dollar",
        )
        .as_deref(),
        Some("2016")
    );
    assert_eq!(
        time_of(
            "Police arrested three men at a bar in Dayton, Ohio, on Friday.",
            date,
            "three",
        )
        .as_deref(),
        Some("2017-03-17")
    );
    // not a table's capitals
    assert_eq!(
        time_of(
            "TARGET: Two officers wounded ATTACKER: US person 477 stories RIYADH, SAUDI ARABIA November, 2014 TARGET: One civilian wounded",
            date,
            "477",
        ),
        None
    );
}

/// Class (round 2): a `since` up to 14 words before a date opens a window back to it (`the
/// first U.S. military action since the deadly U.S. raid in late January`): the date is no
/// time of an ordinal before it; a figure inside the `since` phrase keeps the date as its own
/// (`six sets of sanctions since Pyongyang's first nuclear test in 2006`).
#[test]
fn a_long_since_phrase_opens_a_window() {
    let date = (2017, 3, 20);
    assert_eq!(
        time_of(
            "It was the first such clash since the government-backed offensive began in the north last August.",
            date,
            "first",
        ),
        None
    );
    assert_eq!(
        time_of(
            "Ten sets of sanctions have followed since the country's first missile test in 2009.",
            date,
            "first",
        )
        .as_deref(),
        Some("2009")
    );
}
