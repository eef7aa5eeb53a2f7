//! Session 37 (q42): wire copy's elliptical amounts after a comparison's period or an aside
//! (`2.54 billion a year earlier`, `2.99 billion (revised ...)`, `300 mln initially`, `a 10.15
//! billion surplus`) and slash fractions of a point (`1/16 point`, `7/8 percentage points`).
//! Sentences written for the tests.

mod common;

fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(1987, 3, 12)))
}

#[test]
fn elliptical_amount_before_a_period_or_an_aside_takes_the_unit() {
    let v = view("Exports rose to 4.10 billion dlrs from 3.90 billion a year earlier.");
    assert!(
        v.iter().any(|c| c == "3.90 billion Money 3900000000 USD"),
        "{v:?}"
    );
    let v =
        view("Imports fell to 2.50 billion dlrs from 2.60 billion (revised from 2.65 billion).");
    assert!(
        v.iter().any(|c| c == "2.60 billion Money 2600000000 USD"),
        "{v:?}"
    );
    let v = view("The shortage was put at 150 mln stg, down from 200 mln initially.");
    assert!(
        v.iter().any(|c| c == "200 mln Money 200000000 GBP"),
        "{v:?}"
    );
    // a bracket opening with a money amount is a conversion, not an aside: the figure before
    // it does not take the conversion's currency (Recognizers-Text's CurrencyModel case)
    let v = view("They expect a deficit of 1.6 billion ($2.54 billion), against 2.0 billion dlrs.");
    assert!(
        !v.iter().any(|c| c.starts_with("1.6 billion Money")),
        "{v:?}"
    );
}

#[test]
fn slash_fraction_of_a_point_is_percentage_points() {
    let v =
        view("The bill rose 1/16 point to 6-3/16 pct and the spread was 7/8 percentage points.");
    assert!(
        v.iter().any(|c| c.starts_with("1/16 point Percent 0.0625")),
        "{v:?}"
    );
    assert!(
        v.iter()
            .any(|c| c.starts_with("7/8 percentage points Percent 0.875")),
        "{v:?}"
    );
    // a whole number before `points` stays a count
    let v = view("The team scored 12 points in the quarter.");
    assert!(!v.iter().any(|c| c.contains("Percent")), "{v:?}");
}
