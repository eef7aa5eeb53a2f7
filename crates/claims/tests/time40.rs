//! Time of claim frames, session 37 (issue 14, round time40): a year on a noun after a possessive
//! determiner past the figure (`as part of its 2023 goals`, `his 2005 tax returns`) dates that
//! noun, not the figure, as after a possessive `'s` (`Trump's 2005 returns`); a year naming the
//! figure's own period (`in its 2016 fiscal year`) still dates it. The sentences are written for
//! the tests, shaped like the real corpus.

mod common;

use common::assert_times;

const AT: (i16, i8, i8) = (2017, 2, 7);

/// Class: a year on a later noun after `its`, `their`, `his` belongs to that noun; the figure
/// keeps the date of its own clause, or none.
#[test]
fn a_year_after_a_possessive_pronoun_dates_its_noun() {
    let cases = [
        (
            "The government in 2013 announced 200 billion dollars worth of investments as part of its 2023 goals.",
            "200 billion dollars",
            Some("2013"),
        ),
        (
            "The mayor offered his first comment on the leak of his 2005 tax returns.",
            "first",
            None,
        ),
        (
            "The ministry has spent 12 million euros on roads under their 2020 plan.",
            "12 million euros",
            None,
        ),
    ];
    assert_times(AT, &cases);
}

/// Guard: a year naming the figure's own period after a possessive (`its 2016 fiscal year`)
/// dates the figure.
#[test]
fn a_possessed_year_of_the_figures_own_period_dates_it() {
    let cases = [
        (
            "The company posted revenue of 1.6 billion euros in its 2016 fiscal year.",
            "1.6 billion euros",
        ),
        (
            "The club spent 40 million pounds of its 2016 budget on players.",
            "40 million pounds",
        ),
    ];
    let cases = cases.map(|(s, f)| (s, f, Some("2016")));
    assert_times(AT, &cases);
}
