//! Time of claim frames, session 27b (issue 14): a month that ends a year counted back from it
//! (`in the year to September`) dates the figure over those twelve months; a date that modifies
//! another noun by a possessive before the figure gives way to a date after the figure; a date
//! before a contrast that opens a clause of a new subject is the other side's.
//! Each test is named after the rule it guards; the sentences are written for the tests, shaped
//! like the real corpus.

mod common;

use common::time_of;

/// Class: official statistics in British and Commonwealth reports count a year back from a
/// month (`in the year to September`, `the 12 months to September 2015`, `the year to the end
/// of December`, `the fiscal year ending March`): the figure holds over the twelve months up to
/// the month, not in the month alone (`frame/time/window.rs`, `year_to`).
#[test]
fn a_year_to_a_month_is_the_twelve_months_up_to_it() {
    let at = (2017, 2, 23);
    assert_eq!(
        time_of(
            "Net migration to the UK fell to 273,000 in the year to September, the statistics office said.",
            at,
            "273,000"
        )
        .as_deref(),
        Some("2015-10/2016-09")
    );
    assert_eq!(
        time_of(
            "About 188,000 people arrived in the 12 months to September 2015.",
            at,
            "About 188,000"
        )
        .as_deref(),
        Some("2014-10/2015-09")
    );
    assert_eq!(
        time_of(
            "Prices rose 4.1 percent in the year to the end of December.",
            at,
            "4.1 percent"
        )
        .as_deref(),
        Some("2016-01/2016-12")
    );
    // a month that is no year's end keeps the month
    assert_eq!(
        time_of(
            "Some 12,000 people applied for asylum in September, the ministry said.",
            at,
            "Some 12,000"
        )
        .as_deref(),
        Some("2016-09")
    );
    assert_eq!(
        time_of(
            "Sales rose 6 percent from June to September.",
            at,
            "6 percent"
        )
        .as_deref(),
        Some("2016-06/2016-09")
    );
}

/// Class: a date before the figure that modifies a noun by a possessive (`Saturday's ambush`,
/// `Monday's report`) dates that noun; a date of the figure's clause after the figure is the
/// figure's (`frame/time.rs`, `possessed`). Not a figure inside the possessed phrase
/// (`Tuesday's six silver medals`), nor past another figure, whose date the later one is.
#[test]
fn a_possessive_date_gives_way_to_the_figures_own_date() {
    let at = (2017, 3, 27);
    assert_eq!(
        time_of(
            "Saturday's ambush followed two other attacks on aid workers this month, the UN said.",
            at,
            "two"
        )
        .as_deref(),
        Some("2017-03")
    );
    assert_eq!(
        time_of(
            "Monday's report showed 4,500 jobs were lost in 2016 across the region.",
            at,
            "4,500"
        )
        .as_deref(),
        Some("2016")
    );
    // the figure inside the possessed phrase keeps the possessive's date
    assert_eq!(
        time_of(
            "Tuesday's six gold medals were won by skiers and skaters at the 2017 Universiade.",
            at,
            "six"
        )
        .as_deref(),
        Some("2017-03-21")
    );
    // a later date past another figure is that figure's
    assert_eq!(
        time_of(
            "Wednesday's changes would see the 9% rate go up to 10% in April 2018.",
            at,
            "9%"
        )
        .as_deref(),
        Some("2017-03-22")
    );
}

/// Class: a contrast (`but`, `while`, `whereas`) that opens a clause of a new subject (a
/// determiner's or a name's) sets the figure's clause apart from a date before it: that date is
/// the other side's, and the figure has none when its own side states none (`frame/time.rs`,
/// `contrast`). A verb of the same subject after `but` keeps the date (`held at home on Saturday
/// but extended their lead to four points`).
#[test]
fn a_date_before_a_contrast_of_a_new_subject_is_the_other_sides() {
    let at = (2017, 2, 13);
    assert_eq!(
        time_of(
            "Thousands marched through the capital on Sunday while the government has earmarked $50m for consular protection.",
            at,
            "$50m"
        ),
        None
    );
    assert_eq!(
        time_of(
            "The seat has been held by the party since it was formed in 1983 but Tory Trudy Harrison won it by 2,147 votes.",
            at,
            "2,147"
        ),
        None
    );
    // the same subject's verb after `but` keeps the date
    assert_eq!(
        time_of(
            "The Bavarians were held at home on Saturday but extended their lead to four points.",
            at,
            "four"
        )
        .as_deref(),
        Some("2017-02-11")
    );
}
