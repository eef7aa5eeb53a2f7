//! Attribution, session 25 (issue 14, attr25): `recorded` names what happened to its subject or
//! what it made far more often than a count it gives (`Germany recorded a budget surplus`, `the
//! highest temperature ever recorded`): it reports only before `that`, after a noun of data or after a body
//! that keeps counts (`BAMF recorded`, `police recorded`).
//! Each rule was kept after a before/after diff of every changed frame on the real corpus
//! (crates/claims README, "Session 25: attribution").

mod common;

use common::source;

/// Class: `Germany recorded a budget surplus again in 2016`, `the Social Democrats recorded a
/// strong victory in the December elections`, `Stoke recorded the strongest support for Brexit`,
/// `the songs Berry recorded for Chess in the 1950s`: a result or a work of the subject, no one's
/// report.
#[test]
fn recorded_as_a_happening_names_no_source() {
    for (s, q) in [
        (
            "While Germany recorded a budget surplus again in 2016, its debt was high.",
            "2016",
        ),
        (
            "The Social Democrats recorded a strong victory in the December elections.",
            "December",
        ),
        (
            "Stoke recorded the strongest support for Brexit in last June's referendum.",
            "June",
        ),
        (
            "Those songs Berry recorded for Chess in the 1950s were hits.",
            "1950s",
        ),
        (
            "Milwaukee's 71 degrees was the highest temperature ever recorded in the state in the winter.",
            "71 degrees",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
}

/// Class: `police recorded that 300 cars were stolen`, `official figures recorded 5,000 cases`:
/// `recorded` before its `that`, or after a noun of data, still reports.
#[test]
fn recorded_before_that_or_after_data_reports() {
    let s = "Police recorded that 300 cars were stolen last year.";
    assert_eq!(source(s, "300").as_deref(), Some("Police"));
    let s = "Official figures recorded 5,000 cases of the disease.";
    assert!(source(s, "5,000").is_some(), "{s}");
    // after a body that keeps counts: an acronym that is no place, or a counting body's noun
    let s = "So, BAMF recorded a 56.4 percent net increase in asylum requests.";
    assert_eq!(source(s, "56.4 percent").as_deref(), Some("BAMF"));
    let s = "Police recorded 318 homicides in the city.";
    assert_eq!(source(s, "318").as_deref(), Some("Police"));
    let s = "Health officials have recorded 214 suspected cholera cases in the province.";
    assert_eq!(source(s, "214").as_deref(), Some("Health officials"));
    let s = "The health directorate has recorded 602 suspected cholera cases.";
    assert_eq!(source(s, "602").as_deref(), Some("The health directorate"));
    let s = "Germany has recorded a budget surplus again in 2016.";
    assert_eq!(source(s, "2016"), None, "{s}");
    let s = "The USA recorded 318 medals in the games.";
    assert_eq!(source(s, "318"), None, "{s}");
    // the other counting verbs are unchanged
    let s = "Police counted 3,000 protesters in the square.";
    assert_eq!(source(s, "3,000").as_deref(), Some("Police"));
}

/// Class: `..., Tillerson said, in an apparent reference to plans for the two leaders to meet in
/// Florida next month`, `..., the minister said in reference to ...`, `..., she said, in a
/// veiled swipe at ...`: the writer's gloss on what a closing saying alluded to is no part of
/// what was said.
#[test]
fn the_writers_reference_gloss_after_a_saying_is_not_said() {
    for (s, q) in [
        (
            "Trump looks forward to a visit, Tillerson said, in an apparent reference to plans for the two leaders to meet in Florida next month.",
            "next month",
        ),
        (
            "We will not be bullied, the minister said, in reference to the 2015 sanctions.",
            "2015",
        ),
        (
            "Some people want to build walls, the pope said, in a veiled swipe at the 45th president.",
            "45th",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
    // the content before the gloss is still the speaker's
    let s = "Three ministers will visit next week, Tillerson said, in an apparent reference to the talks.";
    assert_eq!(source(s, "Three").as_deref(), Some("Tillerson"));
}

/// Class: `..., said its spokesman Sun Jiwen`, `"...," said his daughter Jenny`, `..., said his
/// sister, Yajaira Saavedra, 28`, `"...," says their mother`: a possessive determiner opens a
/// described speaker after an inverted verb as `the` does; not a subject before its own verb
/// (`The brothers, aged 11 to 18, say their home in Mosul was hit`).
#[test]
fn a_possessive_opens_an_inverted_source() {
    let s = "The ministry is setting up 12 new zones, said its spokesman Sun Jiwen.";
    assert_eq!(source(s, "12").as_deref(), Some("its spokesman Sun Jiwen"));
    let s = "\"He says he has 21 children,\" said his daughter Jenny.";
    assert_eq!(source(s, "21").as_deref(), Some("his daughter Jenny"));
    let s = "Business has slowed since January, said his sister, Yajaira Saavedra, 28.";
    assert_eq!(source(s, "January").as_deref(), Some("his sister"));
    let s = "The remaining four brothers, aged between 11 and 18, say their home in Mosul was hit.";
    assert_eq!(source(s, "four"), None, "{s}");
}

/// Class: `... the Yamal project. zhengxin@chinadaily.com.cn (China Daily European Weekly
/// 01/27/2017 page29)`, `... diesel. yangziman@chinadaily.com.cn - A worker refuels a car in
/// Nanjing on Dec 14`: the reporter's e-mail address closes the story, and the edition line or
/// photo caption glued after it is no part of the last speaker's saying.
#[test]
fn a_reporters_address_ends_the_last_saying() {
    let s = "CNPC Russia said it is confident the project will ship 16 cargoes. zhengxin@chinadaily.com.cn (China Daily European Weekly 01/27/2017 page29)";
    assert_eq!(source(s, "01/27/2017"), None, "{s}");
    assert_eq!(source(s, "16").as_deref(), Some("CNPC Russia"));
    let s = "Zou Yanan says that retailers have been limiting sales. yangziman@chinadaily.com.cn - A worker helps refuel a car in Nanjing on Dec 14.";
    assert_eq!(source(s, "Dec 14"), None, "{s}");
}

/// Class: `a source familiar with the project who said the 5-ton missile ...`, `a prominent
/// opposition figure who has announced ... the 2018 elections`: the relative pronoun is no part
/// of the source's span; `the WHO` (a name in capitals) stays whole.
#[test]
fn a_relative_pronoun_is_no_part_of_the_source() {
    let s = "Interfax last month cited a source familiar with the Zircon project who said the \
             5-ton missile is likely to be tested this spring.";
    assert_eq!(
        source(s, "5-ton").as_deref(),
        Some("source familiar with the Zircon project")
    );
    let s = "Frustration is mounting among congressional Republicans who believe their leaders \
             waited for two months.";
    assert_eq!(
        source(s, "two months").as_deref(),
        Some("congressional Republicans")
    );
    let s = "Nearly 40 countries have reported new outbreaks since November, according to the WHO.";
    assert_eq!(source(s, "November").as_deref(), Some("the WHO"));
}

/// Class: `Four more Democratic senators added their support to a growing effort ... that
/// requires 60 votes`, `a vote just months before Brexit adds a tumultuous twist to the two-year
/// process`, `the confusion added another layer to Tillerson's first appearance`: `added` with an
/// object adds a thing, says nothing.
#[test]
fn added_with_an_object_is_no_saying() {
    for (s, q) in [
        (
            "Four more Democratic senators added their support to a growing effort to block the vote.",
            "Four",
        ),
        (
            "A vote months before Brexit adds a tumultuous twist to the two-year process of leaving the EU.",
            "two-year",
        ),
        (
            "The confusion added another layer to the minister's first major appearance.",
            "first",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
    // `added` before a clause said without `that` still reports
    let s = "Mistura added the new talks would build off the fourth round.";
    assert_eq!(source(s, "fourth").as_deref(), Some("Mistura"));
}
