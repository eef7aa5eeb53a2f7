//! Session 21's quantity classes: news-agency copy as the wire services wrote it in the 1980s
//! and 1990s (issue 17): `dlrs`, `cts`, `mln stg`, `marks`, `lire`, `Canadian dlrs`, `pct`,
//! result tables (`Shr 12 cts vs 10 cts`, `Net 1,234,000 vs 987,000`), mixed numbers written
//! `7-1/2`, dealers' quotes `1.8250/60`, a year's results (`1987 earnings`), the level compared
//! after another (`against 11.2 mln`). One test per class, each with sentences written for it
//! (no agency's text was read) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 1987-03-12).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(1987, 3, 12)))
}

#[test]
fn wire_dollars_and_cents_are_money() {
    assert_eq!(
        view("Acme said first quarter profit rose to 15 mln dlrs, or 1.50 dlrs a share."),
        [
            "first quarter Date 1987",
            "15 mln dlrs Money 15000000 USD",
            "1.50 dlrs Money 1.5 USD"
        ]
    );
    assert_eq!(
        view(
            "The board raised the dividend to 12 cts a share and bought 3.4 billion dlrs of debt."
        ),
        [
            "12 cts Money 0.12 USD",
            "3.4 billion dlrs Money 3400000000 USD"
        ]
    );
    assert_eq!(
        view("The warrants were sold at 25 U.S. Dlrs each."),
        ["25 U.S. Dlrs Money 25 USD"]
    );
}

#[test]
fn wire_currencies_of_other_countries() {
    assert_eq!(
        view("The Bank of England gave 345 mln stg of help and the plant cost 450 mln marks."),
        [
            "345 mln stg Money 345000000 GBP",
            "450 mln marks Money 450000000 DEM"
        ]
    );
    assert_eq!(
        view("The utility sold 25 mln Canadian dlrs of bonds and 300 billion lire of notes."),
        [
            "25 mln Canadian dlrs Money 25000000 CAD",
            "300 billion lire Money 300000000000 ITL"
        ]
    );
    assert_eq!(
        view("It raised 40 mln Hong Kong dlrs and 2.1 billion Swedish crowns."),
        [
            "40 mln Hong Kong dlrs Money 40000000 HKD",
            "2.1 billion Swedish crowns Money 2100000000 SEK"
        ]
    );
    // an exam's marks are no German marks
    assert_eq!(
        view("She scored 95 marks out of 100 in the entrance test."),
        ["95 Count 95", "100 Count 100"]
    );
}

#[test]
fn a_result_table_money_row_is_money() {
    let table = "ACME CORP <ACM> 4TH QTR NET\nShr 12 cts vs 10 cts\nNet 1,234,000 vs 987,000\n\
                 Revs 12.3 mln vs 11.1 mln\nAvg shrs 9,800,000 vs 10.4 mln\n";
    assert_eq!(
        view(table),
        [
            "4TH QTR Date 1986",
            "12 cts Money 0.12 USD",
            "10 cts Money 0.1 USD",
            "1,234,000 Money 1234000 USD",
            "987,000 Money 987000 USD",
            "12.3 mln Money 12300000 USD",
            "11.1 mln Money 11100000 USD",
            // shares stay a count
            "9,800,000 Count 9800000",
            "10.4 mln Count 10400000"
        ]
    );
    assert_eq!(
        view("Nine mths\nOper net loss 2,345,000 vs profit 1,100,000\n"),
        [
            "Nine mths Duration 9 month",
            "2,345,000 Money 2345000 USD",
            "1,100,000 Money 1100000 USD"
        ]
    );
    // running text with a verb is no table row
    assert_eq!(
        view("Net income was 3 mln vs a year ago, the company said."),
        ["3 mln Count 3000000", "a year ago Date 1986"]
    );
}

#[test]
fn wire_mixed_numbers_and_quotes() {
    assert_eq!(
        view("The bank cut its prime rate to 7-1/2 pct from 7-3/4 pct."),
        ["7-1/2 pct Percent 7.5 %", "7-3/4 pct Percent 7.75 %"]
    );
    assert_eq!(
        view("The quarterly dividend is 12-1/2 cts a share."),
        ["12-1/2 cts Money 0.125 USD"]
    );
    // a grain quote: the fraction is of the last decimal place (half a cent)
    assert_eq!(
        view("May soybeans closed at 5.01-1/2 dlrs per bushel."),
        ["5.01-1/2 dlrs Money 5.015 USD"]
    );
    // a price's move and the level reached, not a range
    assert_eq!(
        view("Beta fell 1-1/4 to 23-1/8, while the index rose 12.5 to 1,234.5."),
        [
            "1-1/4 Count 1.25",
            "23-1/8 Count 23.125",
            "12.5 Count 12.5",
            "1,234.5 Count 1234.5"
        ]
    );
    // a range of rises stays a range
    assert_eq!(
        view("Prices rose 10 to 15 pct last year."),
        ["10 to 15 pct Percent [10,15] %", "last year Date 1986"]
    );
    assert_eq!(
        view("The dollar ended at 1.8250/60 marks and 151.20/30 yen."),
        [
            "1.8250/60 marks Money [1.825,1.826] DEM",
            "151.20/30 yen Money [151.2,151.3] JPY"
        ]
    );
}

#[test]
fn wire_units_of_commodities() {
    assert_eq!(
        view("The USDA put the crop at 2.05 billion bushels and sugar at 1.2 mln short tons."),
        [
            "2.05 billion bushels Dimension 2050000000 bu",
            "1.2 mln short tons Dimension 1200000 ton"
        ]
    );
    assert_eq!(
        view("The mine produced 40,000 troy ounces of gold."),
        ["40,000 troy ounces Dimension 40000 oz"]
    );
}

#[test]
fn a_level_compared_takes_the_unit_before_it() {
    assert_eq!(
        view("Oil output rose to 15.5 mln bpd from 15.2 mln."),
        [
            "15.5 mln bpd Dimension 15500000 bbl/d",
            "15.2 mln Dimension 15200000 bbl/d"
        ]
    );
    assert_eq!(
        view("The crop was put at 12.5 mln tonnes, against 11.2 mln a year earlier."),
        [
            "12.5 mln tonnes Dimension 12500000 t",
            "11.2 mln Dimension 11200000 t",
            // (with no date in its sentence, `a year earlier` is counted from the article since
            // q48, as indep28's gold reads it)
            "a year earlier Date 1986"
        ]
    );
    assert_eq!(
        view("The surplus narrowed to 5.2 billion dlrs from 7.8 billion."),
        [
            "5.2 billion dlrs Money 5200000000 USD",
            "7.8 billion Money 7800000000 USD"
        ]
    );
    // counts of people keep their noun
    assert_eq!(
        view("The army sent 2,000 troops against 500 rebels."),
        ["2,000 Count 2000", "500 Count 500"]
    );
}

#[test]
fn a_year_before_a_noun_of_results_is_a_date() {
    assert_eq!(
        view("The company expects 1987 earnings to rise, and said 1986 net included a gain."),
        ["1987 Date 1987", "1986 Date 1986"]
    );
}

#[test]
fn listed_numbers_take_the_measure_after_them() {
    assert_eq!(
        view("It bought 1.5, 2.3 and 4.5 mln dlrs of notes, and prices rose 5 and 6 pct."),
        [
            "1.5 Money 1500000 USD",
            "2.3 Money 2300000 USD",
            "4.5 mln dlrs Money 4500000 USD",
            "5 Percent 5 %",
            "6 pct Percent 6 %"
        ]
    );
    // a figure restated after `or`, and a count before a comma, keep their own kind
    assert_eq!(
        view("Last year 12,300 or 36 pct of them left, and the index sank 45.74, or 0.2 pct."),
        [
            "Last year Date 1986",
            "12,300 Count 12300",
            "36 pct Percent 36 %",
            "45.74 Count 45.74",
            "0.2 pct Percent 0.2 %"
        ]
    );
    assert_eq!(
        view("Of the 12, 5 pct were sold."),
        ["12 Count 12", "5 pct Percent 5 %"]
    );
}

#[test]
fn a_quarter_of_a_year_is_a_date_not_a_rank() {
    // (indep-NOTES.md decision 104: one date of the year, the rank no ordinal of its own)
    assert_eq!(
        view(
            "GDP grew 0.5 pct in the third quarter of 1986 and in the first quarter of this year."
        ),
        [
            "0.5 pct Percent 0.5 %",
            "third quarter of 1986 Date 1986",
            "first quarter of this year Date 1987"
        ]
    );
    assert_eq!(
        view("ACME CORP <ACM> 1ST QTR NET\nIts 1986 fourth quarter loss was 3 mln dlrs.\n"),
        [
            "1ST QTR Date 1987",
            "1986 fourth quarter Date 1986",
            "3 mln dlrs Money 3000000 USD"
        ]
    );
    // without a year, a quarter of results is the one nearest the article date (March 1987)
    assert_eq!(
        view("Acme said first quarter net rose, after fourth-quarter earnings fell."),
        ["first quarter Date 1987", "fourth-quarter Date 1986"]
    );
    // a quarter of a game keeps its rank
    assert_eq!(
        view("The Lakers scored 12 points in the fourth quarter to win the game."),
        ["12 Count 12", "fourth Ordinal 4"]
    );
}

#[test]
fn a_change_from_one_level_to_another_is_two_levels() {
    // (GUIDELINES.md: two numbers of a change are two mentions; indep-NOTES decision 111)
    assert_eq!(
        view("Inflation rose from 5.5 to 6.0 pct, and the Fed may lift rates from zero to 1 pct."),
        [
            "5.5 Percent 5.5 %",
            "6.0 pct Percent 6 %",
            "zero Percent 0 %",
            "1 pct Percent 1 %"
        ]
    );
    assert_eq!(
        view("Profit rose from 12 to 15 mln dlrs, and the dividend was raised from 10 to 12 cts."),
        [
            "12 Money 12000000 USD",
            "15 mln dlrs Money 15000000 USD",
            "10 Money 0.1 USD",
            "12 cts Money 0.12 USD"
        ]
    );
    assert_eq!(
        view("The staff grew from 600 to 2,000."),
        ["600 Count 600", "2,000 Count 2000"]
    );
    // with no verb of change it is a range, the upper end's scale shared
    assert_eq!(
        view("Estimates range from 5 to 10 pct, or between 12 and 15 mln dlrs."),
        [
            "from 5 to 10 pct Percent [5,10] %",
            "between 12 and 15 mln dlrs Money [12000000,15000000] USD"
        ]
    );
    assert_eq!(
        view("The pool holds between 500,000 and 1.2 million people."),
        ["between 500,000 and 1.2 million Count [500000,1200000]"]
    );
}

#[test]
fn a_stock_split_ratio_is_one_fraction() {
    assert_eq!(
        view("The board approved a three-for-two stock split and a 2-for-1 split of the B shares."),
        ["three-for-two Fraction 1.5", "2-for-1 Fraction 2"]
    );
    // a bank's further money rows
    assert_eq!(
        view("Assets 1.2 billion vs 1.1 billion\nDeposits 900.1 mln vs 850.3 mln\n"),
        [
            "1.2 billion Money 1200000000 USD",
            "1.1 billion Money 1100000000 USD",
            "900.1 mln Money 900100000 USD",
            "850.3 mln Money 850300000 USD"
        ]
    );
}

#[test]
fn agency_clock_times_weights_and_markup() {
    assert_eq!(
        view("The market opened at 0900 hrs and closed at 1630 hours GMT."),
        [
            "0900 hrs Time 1987-03-12T09:00",
            "1630 hours GMT Time 1987-03-12T16:30Z"
        ]
    );
    // a length of work stays a duration
    assert_eq!(
        view("He worked 1500 hours in the mine."),
        ["1500 hours Duration 1500 hour"]
    );
    assert_eq!(
        view("The agency sold 12 mln pounds of butter to the Soviet Union."),
        ["12 mln pounds Dimension 12000000 lb"]
    );
    // a numeric character reference closing the story is no count
    assert_eq!(
        view("It earned 12 cts.\n Reuter\n&#3;\n"),
        ["12 cts Money 0.12 USD"]
    );
}

#[test]
fn francs_and_crowns_alone_are_the_story_country_s() {
    assert_eq!(
        view(
            "PARIS, March 3 - Elf said it earned 1.2 billion francs, against 900 mln Swiss francs."
        ),
        [
            "March 3 Date 1987-03-03",
            "1.2 billion francs Money 1200000000 FRF",
            "900 mln Swiss francs Money 900000000 CHF"
        ]
    );
    assert_eq!(
        view("STOCKHOLM - Volvo paid 3.5 billion crowns for the stake."),
        ["3.5 billion crowns Money 3500000000 SEK"]
    );
    // no country: francs of a story before 2002 are French (q43), crowns are no money
    assert_eq!(
        view("The team won 3 crowns and paid 50 francs."),
        ["3 Count 3", "50 francs Money 50 FRF"]
    );
}

#[test]
fn bare_dlrs_in_a_story_of_another_dollar_are_that_dollar() {
    // (indep-NOTES.md decision 72: a bare dollar whose context is Australian is AUD)
    assert_eq!(
        view(
            "Acme earned 12.5 mln Australian dlrs, against 10.1 mln dlrs, and paid 5 mln U.S. dlrs."
        ),
        [
            "12.5 mln Australian dlrs Money 12500000 AUD",
            "10.1 mln dlrs Money 10100000 AUD",
            "5 mln U.S. dlrs Money 5000000 USD"
        ]
    );
    assert_eq!(
        view("TORONTO, March 3 - Alcan said it earned 120 mln dlrs, or 45 cts a share."),
        [
            "March 3 Date 1987-03-03",
            "120 mln dlrs Money 120000000 CAD",
            "45 cts Money 0.45 CAD"
        ]
    );
    assert_eq!(
        view("NEW YORK, March 3 - Acme earned 12.5 mln dlrs."),
        [
            "March 3 Date 1987-03-03",
            "12.5 mln dlrs Money 12500000 USD"
        ]
    );
}

#[test]
fn european_currency_units_and_quotes_compared() {
    assert_eq!(
        view("The EC set a rebate of 46.864 European currency units per 100 kilos."),
        [
            "46.864 European currency units Money 46.864 XEU",
            "100 kilos Dimension 100 kg"
        ]
    );
    assert_eq!(
        view("The dollar closed at 1.8150/60 marks, down from 1.8230/40 at the opening."),
        [
            "1.8150/60 marks Money [1.815,1.816] DEM",
            "1.8230/40 Money [1.823,1.824] DEM"
        ]
    );
}

#[test]
fn a_part_hyphened_to_a_year_or_a_month_is_a_date() {
    assert_eq!(
        view("The loans fall due at end-1986 and end-March, and talks resume in mid-April."),
        [
            "end-1986 Date 1986",
            "end-March Date 1987-03",
            "mid-April Date 1987-04"
        ]
    );
    // inside a longer hyphened word it is no date
    assert!(view("It was a high-end-2000 model.").is_empty());
}

#[test]
fn names_of_groups_and_filings_are_no_counts() {
    assert_eq!(
        view("Ministers of the Group of Five met, and a Form 8-K filing said 12 people left."),
        ["12 Count 12"]
    );
    assert_eq!(
        view("The bank bought 87 mln stg of band one bills at 9-7/8 pct."),
        ["87 mln stg Money 87000000 GBP", "9-7/8 pct Percent 9.875 %"]
    );
    // a group of people is counted, and so are a group's members
    assert_eq!(view("A group of five people met."), ["five Count 5"]);
    assert_eq!(
        view("The Davis Cup has a World Group of 16 nations."),
        ["16 Count 16"]
    );
    // a capitalised word after `Group of` that is no number is another name's (this tripped the
    // scan's gate assertion in debug builds), and a spelled ten names the group too
    assert_eq!(
        view("A letter from Chubb Group of Insurance Companies said 40 claims were paid."),
        ["40 Count 40"]
    );
    assert!(view("The Group of Twenty met in Hamburg.").is_empty());
}

#[test]
fn a_slash_fraction_of_a_percent_is_a_percent() {
    assert_eq!(
        view("The loan carries interest at 1/2 pct over LIBOR, rising to 3/8 percent more."),
        ["1/2 pct Percent 0.5 %", "3/8 percent Percent 0.375 %"]
    );
}

#[test]
fn a_month_before_a_country_s_statistic_is_its_latest() {
    // (an article of 1987-03-12: January is this year's, December last year's)
    assert_eq!(
        view(
            "West German January industrial output fell 3.0 pct, and the U.S. December trade deficit widened."
        ),
        [
            "January Date 1987-01",
            "3.0 pct Percent 3 %",
            "December Date 1986-12"
        ]
    );
    assert_eq!(
        view("Japan's February trade surplus rose."),
        ["February Date 1987-02"]
    );
}
