//! Session 39 (q49): a bare scaled amount of wire copy, alone in its sentence, takes the
//! currency of the nearest of the two sentences before whose scaled measures are all money of
//! one currency (indep29's Reuters-21578 errors; q47's "Left"). Sentences written for the tests.

mod common;

fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(1987, 3, 12)))
}

fn has(v: &[String], want: &str) -> bool {
    v.iter().any(|c| c == want)
}

#[test]
fn a_bare_scaled_amount_takes_the_currency_of_the_sentence_before() {
    let text = "Member banks held an average 48 billion marks in reserves last month. Though \
                this was above the requirement of 46.3 billion, holdings on Friday were 41.6 \
                billion.";
    let v = view(text);
    assert!(has(&v, "46.3 billion Money 46300000000 DEM"), "{v:?}");
}

#[test]
fn a_sentence_of_another_measure_stops_the_search() {
    // the sentence before counts tonnes: the bare figure is no money
    let text = "The company earned 12 mln dlrs last year. It shipped 3.4 mln tonnes of ore. \
                Exports rose to 2.1 mln from 1.8 mln.";
    let v = view(text);
    assert!(!v.iter().any(|c| c.starts_with("2.1 mln Money")), "{v:?}");
    // a noun after the figure makes it a count of its own
    let text = "Sales rose to 40 mln dlrs. The bank has 3.2 mln customers.";
    let v = view(text);
    assert!(!v.iter().any(|c| c.starts_with("3.2 mln Money")), "{v:?}");
}
