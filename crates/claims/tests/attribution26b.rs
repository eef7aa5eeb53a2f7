//! Attribution, session 26b (issue 14, attr26b, after fresh17's blind score): a speaker whose
//! party and state stand between commas before the verb (`A spokesperson for Sen. Deb Fischer,
//! R-Nebraska, said`), lost before when the phrase before the tag was no bare name; and a
//! programme's quoted title read as a date in the setting of `told` (`told ... on "This Week" on
//! Sunday`), which is no content; a capitalised function word after a determiner (`the Times
//! said`); a quote closed by a tag (`"...," The Times reported`) against a source before it; a
//! relative clause describing an `according to` source (`, which was released on Tuesday`); a
//! passive accusation's accuser (`was accused by Democrats of lying ...`).
//! Kept after a before/after diff of every changed frame on the real corpus (crates/claims
//! README, "Session 26b: attribution").

mod common;

use common::source;

/// Class: `A spokesperson for Sen. Deb Fischer, R-Nebraska, said`, `Sen. Mark Warner, D-Va.,
/// told ABC News`, `Senate Intelligence Committee Chairman Richard Burr, R-North Carolina, said`:
/// the US papers' party-and-state tag after a member of Congress stands between the speaker and
/// the verb like a parenthesis (`Jim Jordan (R-Ohio) said`).
#[test]
fn a_party_and_state_between_commas_is_passed_over() {
    for (s, q, a) in [
        (
            "A spokesperson for Sen. Deb Fischer, R-Nebraska, said the senator attended the \
             Wednesday evening meeting in the Roosevelt Room.",
            "Wednesday evening",
            "spokesperson for Sen. Deb Fischer",
        ),
        (
            "Sen. Mark Warner, D-Va., told ABC News that 40 accounts had been hacked.",
            "40",
            "Sen. Mark Warner",
        ),
        (
            "Senate Intelligence Committee Chairman Richard Burr, R-North Carolina, said 12 \
             witnesses would be called.",
            "12",
            "Senate Intelligence Committee Chairman Richard Burr",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}

/// The tag is passed over only before a reporting verb (`Chuck Grassley, R-Iowa, made the
/// announcement`), and a hyphened word that is no party letter is no tag (`The firm, X-Ray Ltd,
/// said`: the appositive's name is no source either).
#[test]
fn a_party_tag_makes_no_speaker_of_its_own() {
    for (s, q) in [
        (
            "Committee Chairman Chuck Grassley, R-Iowa, made the announcement on Thursday after \
             consulting 20 members.",
            "20",
        ),
        ("The firm, X-Ray Ltd, said 30 staff would go.", "30"),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
}

/// Class: `Rep. Will Hurd, R-Texas, told ABC News chief anchor George Stephanopoulos on "This
/// Week" on Sunday`, `said on "This Week" Sunday`: a programme's quoted title that reads as a date,
/// then the date of the saying, is the saying's setting; neither is what is said.
#[test]
fn a_quoted_programme_title_before_the_saying_date_is_setting() {
    for (s, q) in [
        (
            "\"It never hurts to say you're sorry,\" Rep. Will Hurd, R-Texas, told ABC News chief \
             anchor George Stephanopoulos on \"This Week\" on Sunday.",
            "Sunday",
        ),
        (
            "\"It never hurts to say you're sorry,\" Rep. Will Hurd, R-Texas, told ABC News chief \
             anchor George Stephanopoulos on \"This Week\" on Sunday.",
            "This Week",
        ),
        (
            "\"We will not back down,\" the senator said on \"This Week\" Sunday.",
            "Sunday",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
    // (a date that is content still is: `told ABC News on Sunday that 40 people died this week`)
    assert_eq!(
        source(
            "The senator told ABC News on Sunday that 40 people had died this week.",
            "this week"
        )
        .as_deref(),
        Some("The senator")
    );
}

/// Class: `"...," The Times reported`, `..., the Times said`, `according to the Times`: a
/// capitalised word after a determiner is a name even when the lexicon reads it as a function
/// word (`times`), so the outlet is a source.
#[test]
fn the_times_is_a_source() {
    for (s, q, a) in [
        (
            "Also in attendance was a delegation of 600 individuals the Canadian consulate \
             general in New York had invited, the Times said.",
            "600",
            "the Times",
        ),
        (
            "\"The city hired 600 workers,\" The Times reported.",
            "600",
            "The Times",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
    // (a multiplier is still none: `rose three times, officials said`)
    assert_eq!(
        source("Prices rose three times in 2016, officials said.", "2016").as_deref(),
        Some("officials")
    );
}

/// Class: `The documents showed that he claimed about $916 million in losses "that would have
/// been large enough to wipe out more than $50 million a year ...," The Times reported`, `READ
/// MORE: Seoul says North Korea carried out missile tests "The two sides are like two
/// accelerating trains ...," Wang said`: a quantity inside a quote that a tag closes is the
/// tag's, not that of a source whose verb stands before the quote opens; a source named inside
/// the quote keeps it (`"CBO recently found ... more than 2 million ...," Hall wrote`).
#[test]
fn a_quote_closed_by_a_tag_is_the_tags() {
    for (s, q, a) in [
        (
            "The documents showed that he did not pay federal income taxes that year and claimed \
             about $916 million in losses \"that would have been large enough to wipe out more \
             than $50 million a year in taxable income over 18 years,\" The Times reported.",
            "more than $50 million",
            "The Times",
        ),
        (
            "READ MORE: Seoul says North Korea carried out missile tests \"The two sides are like \
             two accelerating trains coming towards each other with neither side willing to give \
             way,\" Wang said at a news conference on the sidelines of China's annual parliament \
             session.",
            "two",
            "Wang",
        ),
        (
            "\"CBO recently found that the ACA will cause an exodus from the labor force the \
             equivalent of more than 2 million full-time workers,\" Hall wrote.",
            "more than 2 million",
            "CBO",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
}

/// Class: `according to the report by the International Federation for Human Rights, which was
/// released on Tuesday`, `according to Frumin, who served 18 years as chief Senate
/// parliamentarian`, `according to the Miami Herald, which interviewed him this past weekend`: a
/// relative clause describing an `according to` source is not what the source says; a relative
/// clause that reports (`, who said at least 20 women ...`) still is.
#[test]
fn a_relative_clause_describing_an_according_source_is_not_its_content() {
    for (s, q) in [
        (
            "Thailand also has the highest incarceration rate in Southeast Asia, jailing 425 out \
             of every 100,000 people, according to the report by the International Federation \
             for Human Rights, which was released on Tuesday.",
            "Tuesday",
        ),
        (
            "Senators are reminded of the rule before they move to censor him or her, according \
             to Frumin, who served 18 years as chief Senate parliamentarian.",
            "18 years",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
    assert_eq!(
        source(
            "The bomber detonated his payload amid dozens of worshippers, according to three \
             security officials, who said at least 20 women and nine children were among the dead.",
            "at least 20"
        )
        .as_deref(),
        Some("three security officials")
    );
    // (what the source says before the cue stays its own)
    assert_eq!(
        source(
            "Thailand jails 425 out of every 100,000 people, according to the report by the \
             International Federation for Human Rights, which was released on Tuesday.",
            "425"
        )
        .as_deref(),
        Some("the report by the International Federation for Human Rights")
    );
}

/// Class: `He has also been accused by former members of Gaddafi's regime of accepting millions in
/// cash towards his first presidential campaign in 2007`, `Mr Sessions was accused by Democrats
/// of lying under oath during his confirmation hearing in January`: a passive accusation names
/// its accuser after `by`, the source of what follows `of`; not of the accused before it, nor
/// with no `of` (`not explicitly accused by the federal government`).
#[test]
fn a_passive_accusation_names_its_accuser() {
    for (s, q, a) in [
        (
            "He has also been accused by former members of Gaddafi's regime of accepting \
             millions in cash towards his first presidential campaign in 2007.",
            "2007",
            "former members of Gaddafi's regime",
        ),
        (
            "Meanwhile, Mr Sessions was accused by Democrats of lying under oath during his \
             confirmation hearing in January.",
            "January",
            "Democrats",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(a), "{s}");
    }
    for (s, q) in [
        (
            "Their friendship broke down after 28-year-old Pte Dicks was accused by Watson of \
             starting a relationship with his former wife.",
            "28-year-old",
        ),
        (
            "The hackers used the same apparatus in 2015, a link not explicitly accused by the \
             federal government.",
            "2015",
        ),
    ] {
        assert_eq!(source(s, q), None, "{s}");
    }
}
