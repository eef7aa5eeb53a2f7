//! Session 38 (q43): wire copy's money and units (indep27's Reuters-21578 errors): market
//! quotes of share prices (`gained 1-1/4 at 26-3/4`), money ranges with the unit on both ends
//! (`150 mln dlrs to 250 mln dlrs`), ore grades (`0.4 ounces of gold a ton`), `French franc`
//! and a bare `francs` before 2002, and product and rule numbers that count nothing (`Audi
//! 90`, `A310-300`, `System/36`, `rule 390`). Sentences written for the tests.

mod common;

fn view_at(text: &str, y: i16) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(y, 3, 12)))
}

fn view(text: &str) -> Vec<String> {
    view_at(text, 1987)
}

#[test]
fn market_quotes_in_eighths_are_share_prices() {
    let v =
        view("Dome Mines gained 3/8 at 12-1/2, Echo Bay was up 1 at 20 and Noranda fell 2 at 31.");
    for (t, x) in [
        ("3/8", "0.375"),
        ("12-1/2", "12.5"),
        ("1", "1"),
        ("20", "20"),
        ("2", "2"),
        ("31", "31"),
    ] {
        assert!(v.contains(&format!("{t} Money {x}")), "{t}: {v:?}");
    }
    // whole figures alone are no quote in eighths: they stay counts
    let v = view("The team gained 3 at 20 in the second round.");
    assert!(!v.iter().any(|c| c.contains("Money")), "{v:?}");
}

#[test]
fn money_range_with_the_unit_on_both_ends_is_one_mention() {
    let v = view("Analysts said the unit would fetch 120 mln dlrs to 180 mln dlrs.");
    assert!(
        v.iter()
            .any(|c| c == "120 mln dlrs to 180 mln dlrs Money [120000000,180000000] USD"),
        "{v:?}"
    );
    // a move and the level reached stay two
    let v = view("The shares rose 1.50 dlrs to 21.50 dlrs.");
    assert_eq!(v.len(), 2, "{v:?}");
    let v = view("Profit went from 12 mln dlrs to 18 mln dlrs.");
    assert_eq!(v.len(), 2, "{v:?}");
}

#[test]
fn ounces_a_ton_are_an_ore_grade() {
    let v = view("Drilling found ore averaging 0.42 ounces of gold a ton.");
    assert!(
        v.iter().any(|c| c == "0.42 ounces Dimension 0.42 oz/t"),
        "{v:?}"
    );
    let v = view("The mine produced 42,000 ounces of gold last year.");
    assert!(
        v.iter().any(|c| c == "42,000 ounces Dimension 42000 oz"),
        "{v:?}"
    );
}

#[test]
fn french_franc_and_a_bare_franc_before_2002() {
    let v = view("He negotiated a 12.5 mln French franc loan.");
    assert!(
        v.iter()
            .any(|c| c == "12.5 mln French franc Money 12500000 FRF"),
        "{v:?}"
    );
    let v = view_at("The company will pay a dividend of 4.50 francs.", 1987);
    assert!(v.iter().any(|c| c == "4.50 francs Money 4.5 FRF"), "{v:?}");
    let v = view_at("The company will pay a dividend of 4.50 francs.", 2015);
    assert!(v.iter().any(|c| c == "4.50 francs Money 4.5 CHF"), "{v:?}");
}

#[test]
fn product_and_rule_numbers_count_nothing() {
    for t in [
        "Production of the new Audi 80 will start in May.",
        "The airline ordered an A300-600 freighter.",
        "The software runs on the System/38 computers.",
        "The exchange will enforce rule 144 from today.",
    ] {
        let v = view(t);
        assert!(!v.iter().any(|c| c.contains("Count")), "{t}: {v:?}");
    }
    // a make before an amount keeps the amount
    let v = view("Audi 300 workers went on strike.");
    assert!(v.iter().any(|c| c.starts_with("300 Count")), "{v:?}");
}

#[test]
fn a_results_bare_amount_takes_the_sentences_currency() {
    let v = view(
        "For the year it reported a net loss of 21,000 dlrs and net income of 145,000, respectively.",
    );
    assert!(v.iter().any(|c| c == "145,000 Money 145000 USD"), "{v:?}");
    let v = view(
        "Its 1986 revenues were 812.4 mln, net reached 33.1 mln and earnings per share 1.95 dlrs.",
    );
    assert!(
        v.iter().any(|c| c == "812.4 mln Money 812400000 USD"),
        "{v:?}"
    );
    assert!(
        v.iter().any(|c| c == "33.1 mln Money 33100000 USD"),
        "{v:?}"
    );
    // a count of things sold is no result's amount
    let v = view("Sales of 145,000 cars brought in 2.1 billion dlrs.");
    assert!(v.iter().any(|c| c == "145,000 Count 145000"), "{v:?}");
}

#[test]
fn a_months_balance_takes_the_unit_of_its_neighbour() {
    let v = view(
        "January showed a 4.1 billion franc deficit after a revised 6.2 billion December surplus.",
    );
    assert!(
        v.iter().any(|c| c == "6.2 billion Money 6200000000 FRF"),
        "{v:?}"
    );
}
