//! Session 39 (q47): counts and money of wire copy (indep28's Reuters-21578 errors): `one` as
//! an unnamed source, `not one` and a ratio's `to one`; Boeing's jet models with no maker
//! written; a bid/offer quote as the interval between its halves, and a bare quote after one
//! with a currency; a result's unscaled amount after its period; a bond priced near par as a
//! percent. Sentences written for the tests.

mod common;

fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(1987, 3, 12)))
}

fn has(v: &[String], want: &str) -> bool {
    v.iter().any(|c| c == want)
}

fn counts_one(v: &[String]) -> bool {
    v.iter().any(|c| c.to_lowercase().starts_with("one count"))
}

#[test]
fn one_as_an_unnamed_source_counts_nothing() {
    for s in [
        "\"Talks are stalled,\" one official told reporters.",
        "One aide later described the plan as dead.",
        "Prices held firm, one trading house source said.",
        "The proposal was not one \"that we could accept,\" he said.",
        "Debt to equity improved to 1.6 to one from 2.3 to one.",
        "Voters backed him by a three-to-one ratio.",
    ] {
        let v = view(s);
        assert!(!counts_one(&v), "{s}: {v:?}");
    }
    // a counted `one` stays: a number before a noun that is no source, or after `only`
    for s in [
        "One official and two aides were fired on Monday.",
        "Only one official said he would resign.",
        "The plant has one furnace left.",
    ] {
        let v = view(s);
        assert!(counts_one(&v), "{s}: {v:?}");
    }
}

#[test]
fn boeing_models_without_the_maker_count_nothing() {
    let text = "Boeing Co said it will deliver more jets. The unit builds wings for 747 and \
                757's and tails for 767's.";
    let v = view(text);
    assert!(
        !v.iter()
            .any(|c| c.starts_with("747") || c.starts_with("757")),
        "{v:?}"
    );
    // a count before another noun stays
    let v = view("Boeing Co said it would cut 737 jobs.");
    assert!(v.iter().any(|c| c.starts_with("737 ")), "{v:?}");
}

#[test]
fn quotes_are_intervals_and_take_the_currency_before_them() {
    let v = view("The dollar closed at 1.830/835 marks, after opening at 1.832/837.");
    assert!(has(&v, "1.830/835 marks Money [1.83,1.835] DEM"), "{v:?}");
    assert!(has(&v, "1.832/837 Money [1.832,1.837] DEM"), "{v:?}");
    let v = view("It opened at 148.35 yen against 148.10/20 in Tokyo and 147.90 at the close.");
    assert!(has(&v, "147.90 Money 147.9 JPY"), "{v:?}");
    // a quote far from the money before it is no repeat of it
    let v = view("The shares rose 2.50 dlrs while the index added 312.45 points.");
    assert!(!has(&v, "312.45 Money 312.45 USD"), "{v:?}");
}

#[test]
fn unscaled_result_after_its_period_takes_the_sentence_currency() {
    let v = view("Acme posted total revenues for 1986 of 3,125,400, or 22 cts per share.");
    assert!(has(&v, "3,125,400 Money 3125400 USD"), "{v:?}");
    let v = view("Net income for the period was 2,013,000, or 41 cts per share.");
    assert!(has(&v, "2,013,000 Money 2013000 USD"), "{v:?}");
}

#[test]
fn a_bond_priced_near_par_is_a_percent() {
    let v = view("The bonds will be priced at 99.625 to yield 8.05 pct.");
    assert!(has(&v, "99.625 Percent 99.625 %"), "{v:?}");
    // a price far from par is not
    let v = view("The bonds will be priced at 12.5 to yield 8.05 pct.");
    assert!(!has(&v, "12.5 Percent 12.5 %"), "{v:?}");
}

#[test]
fn bracketed_comparisons_take_the_unit_of_the_sentence_before() {
    let text = "Wheat imports fell to 412,300 tonnes in 1986 from 455,100 tonnes. Durum imports \
                were 52,000 (61,400) and feed wheat 23,900 (18,200).";
    let v = view(text);
    for f in ["52,000", "61,400", "23,900", "18,200"] {
        assert!(
            v.iter()
                .any(|c| c.starts_with(&format!("{f} Dimension")) && c.ends_with(" t")),
            "{f}: {v:?}"
        );
    }
    // with no measure in the sentence before, they stay counts
    let v = view("The board met twice. Members were 12,000 (11,500) at the end of the year.");
    assert!(has(&v, "12,000 Count 12000"), "{v:?}");
}
