//! Session 38 (place40, issue 14): places of claim frames. A change after a comma (`, up 5.3
//! percent`) whose host figure is followed by a parenthesis of conversions takes the place of
//! the figure the parenthesis restates, not of the parenthesis (`place/shared.rs`). Sentences
//! written for these tests.

mod common;

use common::place;

#[test]
fn a_change_after_a_parenthesised_conversion_shares_the_host_figure_place() {
    for (text, q, want) in [
        (
            "Germany's exports stood at $161.7 billion (154.86 billion euros), up 5.3 percent.",
            "5.3 percent",
            "Germany",
        ),
        (
            "Retail sales in Japan reached 9.85 billion yuan ($1.4 billion; 1.3 billion euros; \
             1.1 billion), up 5.6 percent year-on-year.",
            "5.6 percent",
            "Japan",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
}

#[test]
fn no_shared_place_when_the_parenthesis_host_has_none() {
    for (text, q) in [
        // (the host figure has no place: the change has none either)
        (
            "The company's revenue stood at $161.7 billion (154.86 billion euros), up 5.3 \
             percent.",
            "5.3 percent",
        ),
        // (a parenthesis that restates no figure: the host clause is not read past it)
        (
            "Spending in Germany rose (see chart), up 5.3 percent.",
            "5.3 percent",
        ),
    ] {
        assert_eq!(place(text, q), None, "{text} / {q}");
    }
}
