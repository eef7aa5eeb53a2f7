//! Session 38 (q46): dates of wire copy ahead of the article. A sentence-opening participle is
//! no past verb (`Organised by Nigeria, the June 15-19 conference would ...`), a reporting
//! `said` after a date opening the sentence leaves it to the clause's own verb (`Effective April
//! One, it said he will become ...`), and a firm `will` keeps a day of this year ahead that the
//! past preference put a year back (`said it will close its plant by October 1` in March).
//! Sentences written for the tests.

mod common;

fn view(text: &str, date: jiff::civil::Date) -> Vec<String> {
    common::view_of(&common::run_at(text, date))
}

fn has(v: &[String], want: &str) -> bool {
    v.iter().any(|c| c == want)
}

#[test]
fn opening_participle_is_no_past_verb() {
    let d = jiff::civil::date(1987, 6, 1);
    let v = view(
        "Organised by the ministry with the bank, the June 15 meeting would be attended by ten ministers, they said.",
        d,
    );
    assert!(has(&v, "June 15 Date 1987-06-15"), "{v:?}");
    // a finite past verb still moves it back
    let v = view(
        "The ministry organised the meeting on June 15, they said.",
        d,
    );
    assert!(has(&v, "June 15 Date 1986-06-15"), "{v:?}");
}

#[test]
fn said_after_an_opening_date_leaves_it_to_the_clause() {
    let d = jiff::civil::date(1987, 3, 23);
    let v = view(
        "Effective April 1, it said John Smith will become chairman of the unit.",
        d,
    );
    assert!(has(&v, "April 1 Date 1987-04-01"), "{v:?}");
    let v = view("On April 1, it said, gunmen killed two guards.", d);
    assert!(has(&v, "April 1 Date 1986-04-01"), "{v:?}");
}

#[test]
fn will_keeps_a_day_of_this_year_ahead() {
    let d = jiff::civil::date(1987, 3, 3);
    let v = view(
        "The company said it will close its plant by October 1, idling 350 employees.",
        d,
    );
    assert!(has(&v, "October 1 Date 1987-10-01"), "{v:?}");
    let v = view("The company closed its plant on October 1.", d);
    assert!(has(&v, "October 1 Date 1986-10-01"), "{v:?}");
}
