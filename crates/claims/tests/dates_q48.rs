//! Session 39 (q48): year-relative periods and years before a noun in wire copy. A quarter after
//! `year-ago`, `year-earlier` or `prior year's` is the same quarter a year back; a year before
//! `shr`, `qtr` or before a noun of results (`1988 defense spending`) and after `calendar` is a
//! date, not a count; a quarter `into the first quarter` or before `accounts` is a quarter of the
//! year; `a year earlier` with no date in its sentence is the year before the article's.
//! Sentences written for the tests.

mod common;

fn view(text: &str, date: jiff::civil::Date) -> Vec<String> {
    common::view_of(&common::run_at(text, date))
}

fn has(v: &[String], want: &str) -> bool {
    v.iter().any(|c| c == want)
}

#[test]
fn a_quarter_a_year_back() {
    let d = jiff::civil::date(1987, 4, 21);
    let v = view(
        "The unit had a first quarter operating profit of 9.8 mln dlrs compared with 6.7 mln dlrs in the year-ago first quarter.",
        d,
    );
    assert!(has(&v, "year-ago first quarter Date 1986"), "{v:?}");
    assert!(has(&v, "first quarter Date 1987"), "{v:?}");
    let v = view(
        "Qtr net includes a gain of 1.7 mln dlrs, vs a loss of 512,000 in the prior year's 4th qtr.",
        d,
    );
    assert!(has(&v, "prior year's 4th qtr Date 1985"), "{v:?}");
}

#[test]
fn a_year_before_a_noun_of_results() {
    let d = jiff::civil::date(1987, 3, 20);
    for (text, want) in [
        (
            "1985 shr and net exclude a gain of 183,000 dlrs.",
            "1985 Date 1985",
        ),
        (
            "Sales rose. 1986 qtr includes a gain of 9.4 mln dlrs.",
            "1986 Date 1986",
        ),
        (
            "Imports in calendar 1987 are set at 1.81 mln tonnes.",
            "1987 Date 1987",
        ),
        (
            "The committee voted to cap 1988 defense spending at 282.6 billion dlrs.",
            "1988 Date 1988",
        ),
    ] {
        let v = view(text, d);
        assert!(has(&v, want), "{text}: {v:?}");
    }
}

#[test]
fn quarters_of_the_year_without_a_year() {
    let d = jiff::civil::date(1987, 4, 13);
    let v = view(
        "The grind in the fourth quarter was high and some was carried over into the first quarter.",
        d,
    );
    assert!(has(&v, "first quarter Date 1987"), "{v:?}");
}

#[test]
fn a_year_earlier_without_a_date_is_the_year_before_the_article() {
    let d = jiff::civil::date(1987, 3, 24);
    let v = view(
        "A year earlier, in a similar survey, 53 pct of Americans said it was likely.",
        d,
    );
    assert!(has(&v, "A year earlier Date 1986"), "{v:?}");
    // with a date in the sentence, counted from it
    let v = view(
        "In January, prices rose 0.2 pct, but they were down 4.4 pct from a year earlier.",
        d,
    );
    assert!(has(&v, "a year earlier Date 1986-01"), "{v:?}");
}

#[test]
fn the_current_fiscal_year_and_the_prior_year() {
    let d = jiff::civil::date(1987, 3, 26);
    let v = view(
        "The order is expected to be shipped during the current fiscal year, it said.",
        d,
    );
    assert!(has(&v, "current fiscal year Date 1987"), "{v:?}");
    // in the last quarter of the calendar year, the fiscal year named by its end is the next
    let v = view(
        "The review estimates a 6.9 billion dollar deficit for the current fiscal year.",
        jiff::civil::date(1961, 11, 10),
    );
    assert!(has(&v, "current fiscal year Date 1962"), "{v:?}");
    let v = view(
        "Sales for the prior year exclude the stores sold at the end of 1986.",
        d,
    );
    assert!(has(&v, "prior year Date 1986"), "{v:?}");
}

#[test]
fn ranges_of_months_and_days() {
    let d = jiff::civil::date(1987, 4, 9);
    let v = view(
        "They were charged with trading on inside information between June 1984 and January 1986.",
        d,
    );
    assert!(
        has(&v, "June 1984 and January 1986 Date 1984-06/1986-01"),
        "{v:?}"
    );
    let d = jiff::civil::date(1987, 6, 19);
    let v = view(
        "It would tell about half of its workforce to take holidays June 29-July 13.",
        d,
    );
    assert!(
        has(&v, "June 29-July 13 Date 1987-06-29/1987-07-13"),
        "{v:?}"
    );
}

#[test]
fn a_time_ahead_takes_no_past_day_from_sentences_before() {
    let d = jiff::civil::date(1987, 3, 27);
    let x = common::run_at(
        "Turnover hit a record today, exceeding the peak set on March 18. Afternoon trading will start at 1330 local time instead of 1300.",
        d,
    );
    let v = common::view_of(&x);
    assert!(
        v.iter()
            .any(|c| c.starts_with("1330 local time Time 1987-03-27")),
        "{v:?}"
    );
}

#[test]
fn a_bonds_years_of_issue_and_maturity() {
    let d = jiff::civil::date(1987, 3, 11);
    let v = view(
        "The funds will repay an 80 mln franc 4-3/4 pct 1972/87 bond maturing on April 15.",
        d,
    );
    assert!(has(&v, "1972/87 Date 1972/1987"), "{v:?}");
    let v = view(
        "The previous state loan, a 6.25 pct issue due 1998/2002, raised 300 mln guilders.",
        d,
    );
    assert!(has(&v, "1998/2002 Date 1998/2002"), "{v:?}");
    // a directive's number keeps no span of years
    let v = view("Directive 2000/78 bans it.", d);
    assert!(!v.iter().any(|c| c.contains("2000/2078")), "{v:?}");
}

#[test]
fn a_year_before_and_months_through_months() {
    let d = jiff::civil::date(1987, 4, 9);
    let v = view(
        "Sales for the first nine weeks were up 14 pct to 85.8 mln dlrs from 75.1 mln dlrs a year before, with store sales up four pct.",
        d,
    );
    assert!(has(&v, "a year before Date 1986"), "{v:?}");
    let v = view(
        "Results include a 64.7 pct stake from December 1985 through February 1987 and 100 pct thereafter.",
        d,
    );
    assert!(
        has(
            &v,
            "December 1985 through February 1987 Date 1985-12/1987-02"
        ),
        "{v:?}"
    );
}
