//! Attribution of claim frames, session 25c (issue 14, round fr25c). Each test is named after
//! the rule it guards; the sentences are written for the tests, shaped like the real corpus.

mod common;

use common::source;

/// Class: the noun phrase just before a reporting verb is the object of a preposition of place
/// or motion (`over`, `off`, `near`, `across` ...) inside the subject's relative clause; it is
/// no speaker. The speaker is the head before the relative pronoun (`who`, `that`, `which`),
/// and a number inside the relative clause describes the speaker: no source
/// (`frame/sources/relative.rs`, `governed`).
#[test]
fn a_place_after_over_is_no_speaker() {
    let text = "Architect Ivan Petrov who lost his wife and two children in the 2002 mid-air collision over south Germany said the makers of the film never contacted him.";
    assert_eq!(source(text, "two"), None);
    assert_eq!(source(text, "2002"), None);
    let text = "Gunmen seized a small tanker and its eight crew members, the naval force that patrols the waters off Somalia said on Wednesday.";
    let got = source(text, "eight").expect("the naval force is the source");
    assert!(got.starts_with("the naval force"), "{got}");
    let text = "A local official who has worked for 30 years near the border said 12 houses were shelled overnight.";
    assert_eq!(source(text, "30 years"), None);
    let got = source(text, "12").expect("the official is the source");
    assert!(got.starts_with("local official"), "{got}");
    // with no relative clause to reach, the preposition's object still is no speaker
    let text = "Rescuers pulled 14 survivors from the wreck of the boat that sank in heavy rain off Lampedusa said nothing else.";
    assert_ne!(source(text, "14").as_deref(), Some("Lampedusa"));
}

/// The rule leaves a source whose own phrase holds the preposition alone (`officials in
/// Madagascar`), and a speaker just before the verb.
#[test]
fn a_source_with_its_own_preposition_stays() {
    let text = "Officials in Madagascar said 50 people died in the cyclone.";
    assert_eq!(
        source(text, "50").as_deref(),
        Some("Officials in Madagascar")
    );
    let text = "The coast guard said 23 migrants drowned off Libya.";
    assert_eq!(source(text, "23").as_deref(), Some("The coast guard"));
}

/// Class: a `that` clause opening with an aside in commas (`acknowledged that, short of a
/// massive overhaul, they ...`, `found that, when asked, 58 percent ...`) is still content after
/// the verb: the source does not close the sentence before it (the date of another speaker's
/// saying, a fronted date of its own), and what follows the aside is its content
/// (`frame/sources/marks.rs`, `aside_after_that`).
#[test]
fn a_that_clause_opening_with_an_aside_follows_the_verb() {
    let text = "House Speaker Paul Ryan acknowledged Wednesday there will have to be changes to the bill, just as conservatives acknowledged that, short of a massive overhaul, they probably won't support it.";
    assert_eq!(source(text, "Wednesday"), None);
    let text = "In December, the Pew Research Center found that, when asked, 58 percent of Americans backed the plan.";
    assert_eq!(source(text, "December"), None);
    assert_eq!(
        source(text, "58 percent").as_deref(),
        Some("the Pew Research Center")
    );
    // a demonstrative `that` before a coordinated clause stays a closing source
    let text = "Prices rose 4 percent last year, the ministry confirmed that, and it expects more.";
    assert_eq!(source(text, "4 percent").as_deref(), Some("the ministry"));
}
