//! Attribution, session 27 (issue 14, attr27): the setting of a closing saying that runs on past
//! its venue (`..., X said at a gala concert devoted to the third anniversary of ...`, `..., X
//! said at a national commerce work conference that concluded on Dec 27.`): the content is what
//! comes before the source, not the venue's description; a name opening on a lower-case particle
//! after an inverted verb (`," said de Blasio`); a coordinated clause of the speaker's own acts
//! after what was said (`..., and he renewed his call Thursday`); `Will` as a first name, not the
//! modal (`Will Lee, a 31-year-old attorney, said`). Kept after a before/after diff of every
//! changed frame on the real corpus (crates/claims README, "Session 27: attribution").

mod common;

use common::source;

/// Class: a closing source whose verb is followed by a venue and its description (a participle,
/// a preposition or a relative clause) up to the end of the sentence: the figures before the
/// source are its content, those of the venue's description are not.
#[test]
fn a_venue_described_after_a_closing_saying_is_setting() {
    for (s, q, a) in [
        (
            "Lawmakers from all factions are planning to visit Syria next week, Deputy Speaker \
             Ivan Petrov said on Saturday at a gala concert devoted to the third anniversary of \
             the vote.",
            "next week",
            Some("Deputy Speaker Ivan Petrov"),
        ),
        (
            "Lawmakers from all factions are planning to visit Syria next week, Deputy Speaker \
             Ivan Petrov said on Saturday at a gala concert devoted to the third anniversary of \
             the vote.",
            "third",
            None,
        ),
        (
            "In 2017 a larger share of inflows will go to high-end manufacturing, Commerce \
             Minister Gao Hucheng said at a national work conference that concluded on Dec 27.",
            "Dec 27",
            None,
        ),
        (
            "Exports rose 12 percent in January, the trade minister said at a forum held in \
             Geneva.",
            "12 percent",
            Some("the trade minister"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Not a setting: a `that` clause of the saying after the venue (`Earlier Tuesday, Trump
/// suggested in a meeting with anchors that he was open to a deal that would legalise millions`)
/// is what was said; nor a source that opens its clause (no comma before it).
#[test]
fn a_that_clause_after_the_venue_stays_content() {
    for (s, q, a) in [
        (
            "Earlier Tuesday, Trump suggested in a meeting with television anchors that he was \
             open to a deal that would legalise millions of immigrants.",
            "millions",
            "Trump",
        ),
        (
            "The minister said at a conference held in Paris that 40 schools would close.",
            "40",
            "The minister",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}

/// Class: an inverted verb before a name that opens on a lower-case particle (`," said de
/// Blasio.`, `," said de Mistura.`, `said van der Bellen`): the name is the speaker, as a
/// capitalised one is.
#[test]
fn a_name_opening_on_a_particle_after_an_inverted_verb_is_the_speaker() {
    for (s, q, a) in [
        (
            "\"High end could be as much as 24 inches of snow,\" said de Blasio.",
            "as much as 24 inches",
            "de Blasio",
        ),
        (
            "\"The talks will resume in 10 days,\" said van der Bellen.",
            "10 days",
            "van der Bellen",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
    // (a lower-case word that is no particle names no one: `said in Geneva`)
    assert_eq!(
        source("\"Prices rose 5 percent,\" said in Geneva.", "5 percent"),
        None
    );
}

/// Class: `X said/contended that ..., and he renewed his call Thursday for ...`, `Xi said ...,
/// and he praised Ban's contribution ... during his 10 years as head`: a coordinated clause with
/// a personal pronoun and a past verb tells the speaker's own acts, not what was said; a second
/// saying (`, and he said ...`) is left as it was.
#[test]
fn the_speakers_own_act_after_and_he_is_not_said() {
    let s = "Brennan has contended that the report shows bias, and he renewed his call Thursday \
             for a special prosecutor.";
    assert_eq!(source(s, "Thursday"), None, "{s}");
    let s = "Brennan said the inquiry took 3 months, and he renewed his call for a prosecutor.";
    assert_eq!(source(s, "3 months").as_deref(), Some("Brennan"), "{s}");
    let s = "Farrell said there was no reason to wait, and he said Kenny should speak at next \
             Wednesday's meeting.";
    assert_eq!(
        source(s, "next Wednesday").as_deref(),
        Some("Farrell"),
        "{s}"
    );
}

/// Class: `Will` before a capitalised word is a first name (`Will Lee, a 31-year-old attorney,
/// said`, `A second MP, Will Quince, who represents Colchester, said`, `Rep. Will Hurd, R-Texas,
/// told`): the appositive describing the speaker is no content, and the name is whole.
#[test]
fn will_before_a_capitalised_word_is_a_first_name() {
    let s = "Will Lee, a 31-year-old attorney, said he is running for a seat in 2018.";
    assert_eq!(source(s, "31-year-old"), None, "{s}");
    assert_eq!(source(s, "2018").as_deref(), Some("Will Lee"), "{s}");
    let s = "A second MP, Will Quince, who represents Colchester, said he was cleared in 2016.";
    assert_eq!(source(s, "2016").as_deref(), Some("Will Quince"), "{s}");
}
