//! Attribution, session 32 (attr33): a noun of saying, finding or estimating with a `that`
//! clause (docs/judging/frames.md, "Nouns of saying with a `that` clause"): the noun's owner (a
//! named possessor, `by X`, a publisher named on the noun) is the source of the figures in the
//! clause; no owner, no source; a relative `that` opens no such clause; a form that is also a
//! verb (`The UN estimates that`) stays the verb. Kept after a before/after diff of every
//! changed frame on the real corpus (crates/claims README, "Session 32 (attr33)").

mod common;

use common::{check_source as check, source};

/// Class: `X's NOUN that ...`, `a PUBLISHER NOUN that ...`, `a NOUN by X that ...`: the owner
/// is the source of the figure in the clause.
#[test]
fn the_owner_of_a_noun_of_saying_is_the_source() {
    for (s, q, want) in [
        (
            "Senators were alarmed by the budget office's findings that 14 million people would \
             lose their insurance.",
            "14 million",
            "findings",
        ),
        (
            "The minister rejected Greenpeace's claim that 40 percent of the forest had burned.",
            "40 percent",
            "Greenpeace",
        ),
        (
            "The governor did not comment on a Boston Globe report that 12 inmates had escaped.",
            "12",
            "Boston Globe",
        ),
        (
            "Officials disputed a report by Amnesty International that 300 prisoners were \
             executed.",
            "300",
            "Amnesty International",
        ),
        (
            "Analysts welcomed the Treasury's latest estimate that growth will reach 2.5 percent.",
            "2.5 percent",
            "Treasury",
        ),
    ] {
        check(s, q, Some(want));
    }
}

/// Class: no owner named (`amid reports that`, `allegations that`), or only a pronoun (`his
/// claim that`): no source; a relative `that` (`the report that came out`, `the claim that he
/// made in 2016`) is no clause of content.
#[test]
fn no_owner_or_a_relative_that_gives_no_source() {
    for (s, q) in [
        (
            "Prices rose amid reports that 30 ships were stuck in the canal.",
            "30",
        ),
        (
            "The firm faced allegations that it paid $5,000 to an inspector.",
            "$5,000",
        ),
        (
            "The senator repeated his claim that 3 million votes were cast illegally.",
            "3 million",
        ),
        (
            "The court cited the council's report that came out in 2014 on the housing plan.",
            "2014",
        ),
        (
            "Critics mocked the mayor's claim that he made in 2016 about the stadium.",
            "2016",
        ),
    ] {
        check(s, q, None);
    }
}

/// Class: a plural that is also a present verb after a name (`The UN estimates that`, `The
/// sheriff's department estimates that`) is the verb: its subject is the source, not a noun
/// phrase ending on it.
#[test]
fn a_verb_form_after_its_subject_stays_a_verb() {
    for (s, q, want) in [
        (
            "The UN estimates that 400,000 civilians are trapped in the old city.",
            "400,000",
            "The UN",
        ),
        (
            "The sheriff's department estimates that it costs $60,000 a day.",
            "$60,000",
            "The sheriff's department",
        ),
    ] {
        let got = source(s, q).unwrap_or_else(|| panic!("no source for {q:?} in {s}"));
        assert!(
            got.contains(want) && !got.contains("estimates"),
            "{s}: {q:?} -> {got:?}, want {want:?}"
        );
    }
}

/// A quotation after a sentence whose only source is a noun's owner is not that owner's (`he
/// said, commenting the journalist's statement that ... . "We will note it for 2023."`): the
/// nested clause is no speech of its sentence.
#[test]
fn a_quote_after_a_nouns_owner_is_not_the_owners() {
    let s = "Critics pointed to the journalist's statement that he may apologize in 2023. \"We \
             will make a note in the calendar for 2024.\"";
    check(s, "2023", Some("the journalist's statement"));
    let got = source(s, "2024");
    assert!(
        got.as_deref().is_none_or(|g| !g.contains("statement")),
        "{s}: 2024 -> {got:?}"
    );
}

/// Class: `X boasted that ...`: boasting reports a clause with `that` (not without it: `the city
/// boasts 40 parks` is no saying).
#[test]
fn boasting_that_reports() {
    check(
        "The mayor boasted that 40 new parks had opened since his election.",
        "40",
        Some("The mayor"),
    );
    check("The city boasts 40 parks and two lakes.", "40", None);
}
