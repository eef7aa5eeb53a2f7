//! Attribution, second round of attr23 (issue 14): verbs that report only before a `that`
//! clause (`cautioned`, `stressed`, `conceded`, `asserted`) report the quote they open after a
//! comma or a colon as well. Each rule was kept after a before/after diff of every changed frame
//! on the real corpus (crates/claims README, "attr23: attribution", round 2).

mod common;

use common::source;

/// Class: `X stressed: "...`, `X conceded, "...`, `X cautioned, though, "...`: a that-verb
/// opening a quote; the quote is what X says.
#[test]
fn a_that_verb_opening_a_quote_reports_it() {
    for (s, q, want) in [
        (
            "The agency cautioned, \"a filing is merely an allegation of one or more violations.\"",
            "one or more",
            "The agency",
        ),
        (
            "The agency cautioned, though, \"a filing is merely an allegation of one or more violations.\"",
            "one or more",
            "The agency",
        ),
        (
            "The agency stressed: \"Exports grew 12 percent last year.\"",
            "12 percent",
            "The agency",
        ),
        (
            "On Thursday, the agency conceded, \"We met two officials.\"",
            "two",
            "the agency",
        ),
    ] {
        assert_eq!(source(s, q).as_deref(), Some(want), "{s}");
    }
    // without a quote or a that, the verb names an act: no source
    assert_eq!(
        source("The agency stressed the 12 percent rise in exports.", "12 percent").as_deref(),
        None
    );
}
