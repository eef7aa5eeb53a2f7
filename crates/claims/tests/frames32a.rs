//! Attribution, session 32 (attr32): a quotation opening right after a sentence of reported
//! speech is that speaker's unless a tag of its own closes it (docs/judging/frames.md, "A
//! quotation after reported speech"); a closing saying followed only by an adverb of its time or
//! manner (`..., Manturov said earlier.`) still owns the clause before it; a name with a title's
//! abbreviation in commas after a described speaker (`One House GOP leader, Washington Rep. Cathy
//! McMorris Rodgers, said`) is the source. Kept after a before/after diff of every changed frame
//! on the real corpus (crates/claims README, "Session 32 (attr32)").

mod common;

use common::{check_source as check, source};

/// Class: `X says ... . "<quote>"`: a quotation opening the sentence right after a sentence that
/// reports what a named or described speaker says, with no quotation mark in it, is that
/// speaker's, up to its close (and on through the sentences it runs on into).
#[test]
fn a_quotation_after_reported_speech_is_that_speakers() {
    for (s, q, want) in [
        (
            "Jobe says the toll is rising in the north. \"We lost 30 people in one night.\"",
            "30",
            Some("Jobe"),
        ),
        (
            "Moreover, Kuhn added, the suggestions are not practical. \"Russia has between 2,000 \
             and 3,000 tactical nuclear weapons,\" meaning that Europe would face huge costs.",
            "between 2,000 and 3,000",
            Some("Kuhn"),
        ),
        (
            "The mayor of Dunmore said the damage was worse than feared. \"We lost 40 homes. \
             Another 12 families are in shelters.\"",
            "12",
            Some("The mayor of Dunmore"),
        ),
        // (a bare pronoun reporting names no source, so its quote gets none)
        (
            "He says the toll is rising. \"We lost 30 people in one night.\"",
            "30",
            None,
        ),
        // (no reported speech before: a new quotation has no speaker)
        (
            "The toll is rising in the north. \"We lost 30 people in one night.\"",
            "30",
            None,
        ),
    ] {
        check(s, q, want);
    }
}

/// The guard: a quotation closed by a tag of its own, in its sentence or a later one, is the
/// tag's speaker's (`"...," Smith said.`), or, when the tag is a bare pronoun (`"...," he
/// said.`), the speaker it stands for (session 35 ruling), not otherwise the reported speaker.
#[test]
fn a_quotation_closed_by_its_own_tag_is_not_the_reported_speakers() {
    for (s, q, want) in [
        (
            "Jobe said the toll was rising. \"We lost 30 people,\" Smith said.",
            "30",
            Some("Smith"),
        ),
        (
            "Jobe said the toll was rising. \"We lost 30 people. Another 12 are missing,\" \
             Smith said.",
            "12",
            Some("Smith"),
        ),
        (
            "Jobe said the toll was rising. \"We lost 30 people,\" he said.",
            "30",
            // (the pronoun's tag stands for Jobe: session 35 ruling, frames38a.rs)
            Some("Jobe"),
        ),
    ] {
        check(s, q, want);
    }
    // (whoever the tag names, the quote is not the reported speaker's)
    let s = "Jobe said the toll was rising. \"We lost 30 people. Another 12 are missing,\" the \
             farmer's wife added.";
    let got = source(s, "30");
    assert!(
        !got.as_deref().unwrap_or("").contains("Jobe"),
        "{s}: {got:?}"
    );
}

/// Class: `..., X said earlier.` (`recently`, `later`, `previously`, `separately`, `again`,
/// `earlier this month`): the adverb closes the saying's clause and is no content, so the source
/// covers the clause before it; an adverb before content stays in it (`said later talks would
/// resume`).
#[test]
fn an_adverb_after_a_closing_saying_is_no_content() {
    for (s, q, want) in [
        (
            "Construction of the plant is expected to start in 2018, Manturov said earlier.",
            "2018",
            Some("Manturov"),
        ),
        (
            "A former police officer will file a case at the court this month, his lawyer said \
             recently.",
            "this month",
            Some("his lawyer"),
        ),
        (
            "The farewell ceremony will take place in Moscow on February 24, spokeswoman Maria \
             Zakharova said earlier this month.",
            "February 24",
            Some("Maria Zakharova"),
        ),
        // (the date of the saying after the adverb is no one's content)
        (
            "The farewell ceremony will draw 300 guests, spokeswoman Maria Zakharova said \
             earlier this month.",
            "earlier this month",
            None,
        ),
        (
            "The minister said later talks would resume on 3 fronts.",
            "3",
            Some("The minister"),
        ),
    ] {
        check(s, q, want);
    }
}

/// Class: `A described speaker, <Title>. <Name>, said ...`: the name in commas may hold a
/// title's abbreviation (`Rep.`, `Gen.`, `Gov.`), which is not counted among its words.
#[test]
fn a_name_with_a_title_abbreviation_in_commas_is_the_source() {
    for (s, q, want) in [
        (
            "One House GOP leader, Washington Rep. Cathy McMorris Rodgers, said leaders would \
             bring 4 bills to the floor.",
            "4",
            Some("Cathy McMorris Rodgers"),
        ),
        (
            "The group's chairman, Rep. Mark Meadows, said 40 members would vote against it.",
            "40",
            Some("Mark Meadows"),
        ),
        (
            "America's top military officer in Europe, Gen. Curtis Scaparrotti, said Russia had \
             sent 300 advisers.",
            "300",
            Some("Curtis Scaparrotti"),
        ),
    ] {
        check(s, q, want);
    }
}
