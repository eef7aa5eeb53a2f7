//! Attribution, session 28 (issue 14, attr28): a source in a clause subordinate to the writer's
//! governs that clause only. A source after the pronoun of an object relative clause (`The vote,
//! which Senate officials said was unprecedented, came after two Republicans joined ...`) says
//! the relative clause, not the main clause after it; a source of a contrasting clause that opens
//! the sentence (`While the Army Corps says ..., the tribe cites an 1851 treaty`) says that
//! clause, up to the comma before the main clause. Kept after a before/after diff of every changed
//! frame on the real corpus (crates/claims README, "Session 28: attribution").

mod common;

use common::source;

/// Class: `NP, which/who/whom X said ..., MAIN VERB ...`: the figures of the main clause after
/// the relative clause are the writer's; those inside the relative clause stay the source's.
#[test]
fn an_object_relative_source_says_its_relative_clause_only() {
    for (s, q, a) in [
        (
            "The tie-breaking vote, which Senate officials said was unprecedented, came after \
             two Republicans joined with 46 Democrats in opposition to the nominee.",
            "46",
            None,
        ),
        (
            "Boko Haram, which Amnesty International said has a fighting force of around 15,000, \
             took up arms in 2009.",
            "2009",
            None,
        ),
        (
            "A teenager whom police said was motivated by radical ideas bombed a temple, \
             injuring three people.",
            "three",
            None,
        ),
        (
            "Boko Haram, which Amnesty International said has a fighting force of around 15,000, \
             took up arms in 2009.",
            "around 15,000",
            Some("Amnesty International"),
        ),
        (
            "Syrians mark the sixth anniversary of the conflict, which the Syrian Observatory \
             says has killed some 465,000 people, including 96,073 civilians.",
            "96,073",
            Some("the Syrian Observatory"),
        ),
        (
            "Investigators traced the phone minutes before the attack, which police say started \
             at 14:40 GMT.",
            "14:40 GMT",
            Some("police"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: `While/Although/Though/Whereas X says ..., MAIN CLAUSE`: the source's content ends at
/// the comma before the main clause (a determiner or a subject pronoun after it); a comma inside
/// the content (`, with only 18 percent opposed,`) does not end it, and a source of the main
/// clause says what follows it.
#[test]
fn a_fronted_contrasting_source_says_its_clause_only() {
    for (s, q, a) in [
        (
            "While the Army Corps says this area is federally owned land, the tribe holds an \
             1851 treaty that designates the land for Native American tribes.",
            "1851",
            None,
        ),
        (
            "Although the US has stated its opposition to the government, it has hesitated to \
             intervene, even after chemical weapons were used in 2013.",
            "2013",
            None,
        ),
        (
            "While Mr Ryan said he felt very good about the bill, a leading conservative \
             lawmaker, Representative Mark Meadows, told reporters that there were 40 no votes.",
            "40",
            Some("Representative Mark Meadows"),
        ),
        (
            "Though data from Gallup Korea showed 77 percent of South Koreans were in favour, \
             with only 18 percent opposed, the minority was highly vocal.",
            "18 percent",
            Some("data from Gallup Korea"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: `X said ..., but DET NOUN ...`: a contrasting clause with a subject of its own opened
/// by a determiner is the writer's correction, not the content; `but that` goes on with it.
#[test]
fn a_contrast_with_its_own_subject_ends_the_content() {
    for (s, q, a) in [
        (
            "Police originally said he died of a heart attack, but a second autopsy found he \
             died of asphyxiation.",
            "second",
            None,
        ),
        (
            "That year the office projected that 21 million people would have insurance, but the \
             actual number was closer to 12 million.",
            "12 million",
            None,
        ),
        (
            "An analysis by SCOTUSBlog concluded that the circuit has an 80 percent reversal \
             rate, but that was third place.",
            "third",
            Some("SCOTUSBlog"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: a passive's source with a complement of its own (`estimated by X to be worth N`,
/// `estimated by X at N`) says that clause, up to the comma before the main clause; a bare aside
/// (`In a third case, reported by Time magazine, ...`) still reports its sentence.
#[test]
fn a_passive_source_with_its_complement_says_that_clause() {
    for (s, q, a) in [
        (
            "Mr Ross, estimated by Forbes to be worth $2.9bn, built his fortune in the late 1990s \
             by investing in distressed companies.",
            "late 1990s",
            None,
        ),
        (
            "Mr Ross, estimated by Forbes to be worth $2.9bn, built his fortune in the late 1990s \
             by investing in distressed companies.",
            "$2.9bn",
            Some("Forbes"),
        ),
        (
            "The cost of repairs has been estimated by utilities at $1 trillion, and, since \
             federal spending has stagnated since the 1980s, the money is not there.",
            "1980s",
            None,
        ),
        (
            "In a third case, reported by Time magazine, Price invested thousands of dollars in \
             six pharmaceutical companies.",
            "six",
            Some("Time magazine"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}

/// Class: `first` between a source and its verb is an adverb of the saying (`As CNN first
/// reported Tuesday, ...`, `The Washington Post first reports that ...`), not a word of the
/// source; `The first reported crime` names no source.
#[test]
fn first_before_the_verb_is_no_part_of_the_source() {
    for (s, q, a) in [
        (
            "As CNN first reported Tuesday, the military is seeking to increase raids similar to \
             one undertaken in the first week of the presidency.",
            "one",
            Some("CNN"),
        ),
        (
            "The Washington Post first reports that the attorney general met twice with the \
             ambassador in 2016.",
            "twice",
            Some("The Washington Post"),
        ),
        (
            "The first reported crime was on Jan. 31, when two women were found shot at an inn, \
             Morgan said.",
            "Jan. 31",
            Some("Morgan"),
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), a, "{s}");
    }
}
