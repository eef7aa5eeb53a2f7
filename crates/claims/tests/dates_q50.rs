//! Session 39 (q50): wire dates. `last week` in a Sunday story is the week just ended (the
//! story's ISO week, indep-NOTES.md decision 121); `at the weekend` and `after the weekend` are
//! the latest weekend, as `over the weekend`; `year-ago` and `year-earlier` alone are the year
//! before the article's (or before a quarter named earlier in the sentence); a year before the
//! singular `year` (`at 1986 year end`, `1987 full year sales`) or after a modifier before a noun
//! of results (`estimated 1987 production`) is a date. Sentences written for the tests.

mod common;

fn view(text: &str, date: jiff::civil::Date) -> Vec<String> {
    common::view_of(&common::run_at(text, date))
}

fn has(v: &[String], want: &str) -> bool {
    v.iter().any(|c| c == want)
}

#[test]
fn last_week_on_a_sunday_is_the_week_just_ended() {
    // Sunday 1987-04-26 lies in 1987-W17
    let v = view(
        "Prices fell to a low last week, traders said.",
        jiff::civil::date(1987, 4, 26),
    );
    assert!(has(&v, "last week Date 1987-W17"), "{v:?}");
    // a Monday keeps the ISO week before
    let v = view(
        "Prices fell to a low last week, traders said.",
        jiff::civil::date(1987, 4, 27),
    );
    assert!(has(&v, "last week Date 1987-W17"), "{v:?}");
}

#[test]
fn at_and_after_the_weekend() {
    // Tuesday 1987-03-31: the weekend before
    let v = view(
        "Banks held 44 billion marks at the weekend.",
        jiff::civil::date(1987, 3, 31),
    );
    assert!(has(&v, "the weekend Date 1987-03-28/1987-03-29"), "{v:?}");
    let v = view(
        "About 300 workers left after the weekend.",
        jiff::civil::date(1987, 4, 3),
    );
    assert!(has(&v, "the weekend Date 1987-03-28/1987-03-29"), "{v:?}");
}

#[test]
fn year_ago_alone() {
    let d = jiff::civil::date(1987, 6, 18);
    let v = view("Sales rose 4 pct from the year-ago period.", d);
    assert!(has(&v, "year-ago period Date 1986"), "{v:?}");
    let v = view("Losses widened from year-earlier losses of 2 mln dlrs.", d);
    assert!(has(&v, "year-earlier Date 1986"), "{v:?}");
    // after a quarter of 1986 in the sentence: the year before it
    let v = view(
        "Net in the fourth quarter of 1986 fell 10 pct from the year-ago quarter.",
        d,
    );
    assert!(has(&v, "year-ago quarter Date 1985"), "{v:?}");
    // before a quarter's rank it is the quarter's (dates_q48)
    let v = view("Net rose from the year-ago first quarter.", d);
    assert!(has(&v, "year-ago first quarter Date 1986"), "{v:?}");
}

#[test]
fn a_year_before_year_or_results() {
    let d = jiff::civil::date(1987, 3, 18);
    for (text, want) in [
        (
            "Credits of 12 mln dlrs at 1986 year end will fall.",
            "1986 Date 1986",
        ),
        (
            "It said 1987 full year sales will top 1.8 billion dlrs.",
            "1987 Date 1987",
        ),
        (
            "The company estimated 1987 production at 80,000 ounces.",
            "1987 Date 1987",
        ),
        ("Profits in 1986 exceeded 1985 profits.", "1985 Date 1985"),
    ] {
        let v = view(text, d);
        assert!(has(&v, want), "{text}: {v:?}");
        assert!(!v.iter().any(|c| c.contains("Duration")), "{text}: {v:?}");
    }
    // a length stays one
    let v = view("The tree is 2000 years old.", d);
    assert!(!v.iter().any(|c| c.contains("Date 2000")), "{v:?}");
}

#[test]
fn month_pairs_with_a_hyphen() {
    let v = view(
        "The surplus in the Jan-Sept period was 7.9 billion dlrs.",
        jiff::civil::date(1987, 10, 20),
    );
    assert!(has(&v, "Jan-Sept Date 1987-01/1987-09"), "{v:?}");
    let v = view(
        "Exports in the 1986/87 (Oct-Sept) season are estimated at 2.5 mln tonnes.",
        jiff::civil::date(1987, 3, 3),
    );
    assert!(has(&v, "Oct-Sept Date 1986-10/1987-09"), "{v:?}");
    // a pair still ahead in the article's year is left alone (last year's quarter or a
    // coming period)
    let v = view(
        "Sales in the October-December period rose 5 pct.",
        jiff::civil::date(2013, 2, 1),
    );
    assert!(!has(&v, "October-December Date 2013-10/2013-12"), "{v:?}");
}
