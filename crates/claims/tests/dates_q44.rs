//! Session 38 (q44): dates of wire copy. A month without a determiner dating the noun after it
//! where it opens the sentence (`January payments showed`) or before a possessive
//! (`December's deficit`), a month after `with` or `than` (`compared with December`), an
//! `-ed` adjective after a determiner that is no past verb (`the proposed quota ... from April
//! one`), and a passive infinitive before a day that puts it ahead (`to be issued on June 12`).
//! Sentences written for the tests.

mod common;

fn view(text: &str, date: jiff::civil::Date) -> Vec<String> {
    common::view_of(&common::run_at(text, date))
}

fn has(v: &[String], want: &str) -> bool {
    v.iter().any(|c| c == want)
}

#[test]
fn month_without_determiner_in_wire_copy() {
    let d = jiff::civil::date(1987, 3, 17);
    let v = view("January imports showed a small deficit after a surplus.", d);
    assert!(has(&v, "January Date 1987-01"), "{v:?}");
    let v = view("November FOB exports rose to 2.82 billion dlrs.", d);
    assert!(has(&v, "November Date 1986-11"), "{v:?}");
    let v = view("The surplus turned round December's large deficit.", d);
    assert!(has(&v, "December Date 1986-12"), "{v:?}");
    let v = view("The index was unchanged compared with February.", d);
    assert!(has(&v, "February Date 1987-02"), "{v:?}");
    // a month that is also a word or a name stays out (`May`, `March`)
    let v = view("May officials said nothing.", d);
    assert!(!v.iter().any(|c| c.starts_with("May Date")), "{v:?}");
    let v = view("The talks ended with May saying nothing.", d);
    assert!(!v.iter().any(|c| c.starts_with("May Date")), "{v:?}");
    // a title-case headline is no wire sentence
    let v = view("January Sales Fall Sharply In Cold Weather", d);
    assert!(!v.iter().any(|c| c.starts_with("January Date")), "{v:?}");
}

#[test]
fn adjective_after_a_determiner_is_no_past_verb() {
    let d = jiff::civil::date(1987, 2, 26);
    let v = view(
        "The producers will affect the proposed quota distribution for 12 months from April one.",
        d,
    );
    assert!(has(&v, "April one Date 1987-04-01"), "{v:?}");
    // a past verb still moves the day back
    let v = view("The company proposed a quota distribution on April 20.", d);
    assert!(has(&v, "April 20 Date 1986-04-20"), "{v:?}");
}

#[test]
fn passive_infinitive_before_a_day_is_ahead() {
    let d = jiff::civil::date(1987, 3, 26);
    let v = view(
        "The additional shares from the split are to be issued on June 12.",
        d,
    );
    assert!(has(&v, "June 12 Date 1987-06-12"), "{v:?}");
    let v = view("The split, previously announced, is to be paid June 15.", d);
    assert!(has(&v, "June 15 Date 1987-06-15"), "{v:?}");
}
