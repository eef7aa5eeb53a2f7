//! Session 26c (issues 14 and 17): quantity classes that fresh17 and indep16 showed, each with
//! sentences written for its test (none copied from a gold batch) and the neighbours the rule
//! must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04, a
/// Wednesday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn a_year_after_in_dates_the_figure_before_it() {
    // `from N in YEAR to M in YEAR`: the year dates the first figure, no range `YEAR to M`
    assert_eq!(
        view("The herd shrank from 4,310 in 2008 to 2,950 in 2019."),
        [
            "4,310 Count 4310",
            "2008 Date 2008",
            "2,950 Count 2950",
            "2019 Date 2019"
        ]
    );
    assert_eq!(
        view("Fees rose from 40 in 1998 to 1,750, the audit said."),
        ["40 Count 40", "1998 Date 1998", "1,750 Count 1750"]
    );
    // `by YEAR to M`: the year the level was reached, and the level
    assert_eq!(
        view("Membership rose by 2019 to 7,000 members."),
        ["2019 Date 2019", "7,000 Count 7000"]
    );
    // kept: a number after `in` that is no year, a range opened by `from`, two years
    assert_eq!(
        view("Results are due in 2 to 3 weeks."),
        ["2 to 3 weeks Duration [2,3] week"]
    );
    assert_eq!(
        view("Prices ranged from 2,000 to 5,000 pounds."),
        ["from 2,000 to 5,000 pounds Money [2000,5000] GBP"]
    );
    assert_eq!(
        view("The plant was expanded in 2004 to 2010 and again later."),
        ["2004 Date 2004", "2010 Date 2010"]
    );
}

#[test]
fn that_year_takes_the_year_written_before_it() {
    // a weekday between the written year and `that year` dates nothing of that year
    assert_eq!(
        view("His 2009 accounts were released on Monday, showing he paid $2 million that year."),
        [
            "2009 Date 2009",
            "Monday Date 2026-03-02",
            "$2 million Money 2000000 USD",
            "that year Date 2009"
        ]
    );
    // kept: with no year written, the year of the nearest date
    assert_eq!(
        view("The plant closed in March and reopened later that year."),
        ["March Date 2026-03", "that year Date 2026"]
    );
}
