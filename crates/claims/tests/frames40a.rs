//! Attribution, session 36 (issue 14, attr40): a tax return is a document, and as the subject of
//! a verb of showing with a clause after it (`The tax return indicates the senator made $2
//! million`) it is the source of what it shows (docs/judging/frames.md, "Documents and data as
//! sources"). A return that is no tax return (`Investment returns show a 7 percent gain`) is a
//! figure, not a document; a quotation keeps its speaker. Sentences written for the tests,
//! shaped like the real corpus.

mod common;

use common::check_source;

/// Class: `(the) tax return(s) indicates/show(s) CLAUSE`: the return is the source.
#[test]
fn a_tax_return_shows_what_it_states() {
    check_source(
        "The tax return indicates the senator made $2 million that year.",
        "$2 million",
        Some("The tax return"),
    );
    check_source(
        "The leaked tax returns show the company paid $4 million in taxes.",
        "$4 million",
        Some("The leaked tax returns"),
    );
}

/// Controls: a financial return is no document; a quoted document's words are its quoter's.
#[test]
fn other_returns_and_quoted_returns_keep_their_reading() {
    check_source(
        "Investment returns show a 7 percent gain.",
        "7 percent",
        None,
    );
    check_source(
        "\"The tax returns show he paid $5 million,\" Mr Smith wrote.",
        "$5 million",
        Some("Mr Smith"),
    );
}
