//! Attribution, session 24 (issue 14, attr24): the date of an act of saying after the addressee
//! of `confirmed to`, `explained to`, `wrote to`, `testified to` ... or of `told` with a
//! possessive in the addressee's name is no part of what is said. Each rule was kept after a
//! before/after diff of every changed frame on the real corpus (crates/claims README, "Session
//! 24: attribution").

mod common;

use common::source;

/// Class: `X confirmed to the AP on Feb. 25 that ...`, `X explained to CNN earlier Friday that`,
/// `X testified to Congress in February that`, `X wrote to Senate leaders earlier in March to
/// say`, `X claimed to the Washington Post in January, ...`: the date after the addressee is
/// when it was said.
#[test]
fn the_date_after_an_addressee_of_to_is_the_sayings() {
    for (s, q) in [
        (
            "Harbour police confirmed to the AP on Feb. 25 that they had searched a warehouse.",
            "Feb. 25",
        ),
        (
            "The official explained to CNN earlier Friday that the driver set off two alarms.",
            "Friday",
        ),
        (
            "The secretary testified to Congress in February that agents had raised concerns.",
            "February",
        ),
        (
            "The minister wrote to Senate leaders earlier in March to say the plan was dead.",
            "March",
        ),
        (
            "A bank spokesman confirmed to the news agency RIA on Monday that the meetings took place.",
            "Monday",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
    // what follows the date is still said
    let s = "Harbour police confirmed to the AP on Feb. 25 that they had searched 14 warehouses.";
    assert_eq!(source(s, "14").as_deref(), Some("Harbour police"));
}

/// Class: `said to be worth $10 billion`, `claims to hold 70 percent`: a `to` that opens an
/// infinitive names no addressee; and `pointed to a law ... passed last July`: a verb whose `to`
/// is what it points at keeps its content.
#[test]
fn a_to_that_names_no_addressee_keeps_the_content() {
    let s = "Rights groups pointed to a law the parliament passed last July.";
    assert_eq!(source(s, "July").as_deref(), Some("Rights groups"));
    let s = "The company confirmed to reporters that 300 jobs would go.";
    assert_eq!(source(s, "300").as_deref(), Some("The company"));
}

/// Class: `X told CNN's Wolf Blitzer on Friday that ...`, `X told the Conservative's spring
/// conference on Friday that ...`: a possessive inside the addressee of `told`; the date after it
/// is the saying's, what follows `that` is said.
#[test]
fn a_possessive_inside_the_addressee_of_told() {
    let s = "The senator told CNN's Dana Bash on Sunday that 40 members would vote against it.";
    assert_eq!(source(s, "Sunday"), None);
    assert_eq!(source(s, "40").as_deref(), Some("The senator"));
    let s = "Mrs May told the party's spring conference on Friday that she wanted unity.";
    assert_eq!(source(s, "Friday"), None);
    // (a date word after the possessive names a programme: the content is as before)
    let s = "The director told BBC Radio Four's Today programme: \"We need 15 new bills.\"";
    assert_eq!(source(s, "15").as_deref(), Some("The director"));
}
