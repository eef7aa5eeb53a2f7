//! Session 21's second round of quantity classes (issue 17), after the news-agency batch
//! `indep11` was scored: the error classes of that batch, each with sentences written for it
//! (not copied from the batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 1987-03-12).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(1987, 3, 12)))
}

#[test]
fn spelled_numbers_take_the_wire_scale() {
    assert_eq!(
        view("The field pumps about two mln bpd and the loan is three bilion dlrs."),
        [
            "about two mln bpd Dimension ~2000000 bbl/d",
            "three bilion dlrs Money 3000000000 USD"
        ]
    );
    // a letter is no scale after a spelled number
    assert_eq!(view("He chose plan one m later."), ["one Count 1"]);
}

#[test]
fn a_bare_scaled_figure_takes_its_neighbours_unit() {
    assert_eq!(
        view("The mill earned 2.5 mln dlrs on sales of 41 mln in the year."),
        [
            "2.5 mln dlrs Money 2500000 USD",
            "41 mln Money 41000000 USD"
        ]
    );
    assert_eq!(
        view("Output fell to 1.4 mln bpd in May from 1.7 mln in April."),
        [
            "1.4 mln bpd Dimension 1400000 bbl/d",
            "May Date 1987-05",
            "1.7 mln Dimension 1700000 bbl/d",
            "April Date 1987-04"
        ]
    );
    // a noun after the figure, a conversion in brackets, two units in the sentence: no change
    assert_eq!(
        view("It paid 12 mln dlrs for 3.5 mln shares, or 20 mln marks (9 mln)."),
        [
            "12 mln dlrs Money 12000000 USD",
            "3.5 mln Count 3500000",
            "20 mln marks Money 20000000 DEM",
            "9 mln Count 9000000"
        ]
    );
}

#[test]
fn a_term_that_expires_is_ahead() {
    assert_eq!(
        view("The bid, first disclosed in January, expires April 2."),
        ["January Date 1987-01", "April 2 Date 1987-04-02"]
    );
    // a past verb still moves a date back
    assert_eq!(
        view("The bid was first disclosed April 2."),
        ["April 2 Date 1986-04-02"]
    );
}

#[test]
fn a_pair_of_months_is_one_period() {
    assert_eq!(
        view("Sugar for May/June traded at 190 dlrs and Nov/Jan at 195 dlrs."),
        [
            "May/June Date 1987-05/1987-06",
            "190 dlrs Money 190 USD",
            "Nov/Jan Date 1987-11/1988-01",
            "195 dlrs Money 195 USD"
        ]
    );
    assert_eq!(
        view("Rains in Jan/Feb 1986 cut the crop."),
        ["Jan/Feb 1986 Date 1986-01/1986-02"]
    );
}

#[test]
fn a_table_takes_the_unit_its_header_states() {
    let text = "Board figures show sales to March 4, in thousands of tonnes, totals in brackets:\n\
                Wheat prev 12.5, Mar 3.1, Apr nil, total 15.6 (14.2).\n\
                Maize Mar 2.0, total 2.0 (nil).\n";
    assert_eq!(
        view(text),
        [
            "March 4 Date 1987-03-04",
            "12.5 Dimension 12500 t",
            "Mar Date 1987-03",
            "3.1 Dimension 3100 t",
            "Apr Date 1987-04",
            "nil Dimension 0 t",
            "15.6 Dimension 15600 t",
            "14.2 Dimension 14200 t",
            "Mar Date 1987-03",
            "2.0 Dimension 2000 t",
            "2.0 Dimension 2000 t",
            "nil Dimension 0 t"
        ]
    );
    // no header: the figures stay counts (the months still label their columns)
    assert_eq!(
        view("Board figures:\nWheat prev 12.5, Mar 3.1, Apr 1.0, total 16.6 (14.2).\n"),
        [
            "12.5 Count 12.5",
            "Mar Date 1987-03",
            "3.1 Count 3.1",
            "Apr Date 1987-04",
            "1.0 Count 1",
            "16.6 Count 16.6",
            "14.2 Count 14.2"
        ]
    );
    // a line of prose with figures is no table line
    assert_eq!(
        view("Sales, in thousands of tonnes, were 12.5 in March and 3.1 in April, or 15.6 in all."),
        [
            "thousands of tonnes Dimension ~[2000,10000) t",
            "12.5 Count 12.5",
            "March Date 1987-03",
            "3.1 Count 3.1",
            "April Date 1986-04",
            "15.6 Count 15.6"
        ]
    );
}

#[test]
fn riyals_are_the_storys_country() {
    assert_eq!(
        view("DOHA, March 1 - Qatar will spend 4.1 billion riyals next year."),
        [
            "March 1 Date 1987-03-01",
            "4.1 billion riyals Money 4100000000 QAR",
            "next year Date 1988"
        ]
    );
    assert_eq!(
        view("The bank lent 30 mln riyals to a Riyadh builder."),
        ["30 mln riyals Money 30000000 SAR"]
    );
}

#[test]
fn a_share_price_in_eighths_is_money() {
    assert_eq!(
        view("Acme stock closed at 31-3/4, down 5/8, on the NYSE."),
        ["31-3/4 Money 31.75", "5/8 Money 0.625"]
    );
    assert_eq!(
        view("Acme shares shot up 2-1/8 to 19-7/8 in heavy trading."),
        ["2-1/8 Money 2.125", "19-7/8 Money 19.875"]
    );
    // no stock in the sentence: a plain mixed number
    assert_eq!(
        view("The pipe is 2-1/2 inches and the ramp 3-1/4."),
        ["2-1/2 inches Dimension 2.5 in", "3-1/4 Count 3.25"]
    );
}

#[test]
fn barrels_daily_are_a_rate() {
    assert_eq!(
        view("The field pumps 350,000 barrels of oil daily and stores 2 mln barrels."),
        [
            "350,000 barrels Dimension 350000 bbl/d",
            "2 mln barrels Dimension 2000000 bbl"
        ]
    );
}

#[test]
fn between_a_day_and_another_is_one_interval() {
    assert_eq!(
        view("It bought the shares between Feb 3 and 9 for 2 mln dlrs."),
        [
            "Feb 3 and 9 Date 1987-02-03/1987-02-09",
            "2 mln dlrs Money 2000000 USD"
        ]
    );
    // without `between`: two mentions as before
    assert_eq!(
        view("On Feb 3 and 9 others came."),
        ["Feb 3 Date 1987-02-03", "9 Count 9"]
    );
}

#[test]
fn a_day_written_in_words_after_its_month() {
    assert_eq!(
        view("The merger became effective April two."),
        ["April two Date 1987-04-02"]
    );
    assert_eq!(
        view("In April one analyst left and the April one was late."),
        ["April Date 1986-04", "one Count 1", "April Date 1987-04"]
    );
}

#[test]
fn business_days_are_a_duration() {
    assert_eq!(
        view("The offer lapses 15 business days after filing; staff have 3 working days."),
        [
            "15 business days Duration 15 day",
            "3 working days Duration 3 day"
        ]
    );
}

#[test]
fn the_current_quarter_is_a_date_of_its_year() {
    assert_eq!(
        view("Costs will peak in the current quarter, it said."),
        ["current quarter Date 1987"]
    );
}

#[test]
fn lower_case_gmt_is_a_zone() {
    assert_eq!(
        view("Bids close at 1500 EST/2000 gmt."),
        [
            "1500 EST Time 1987-03-12T15:00-05:00",
            "2000 gmt Time 1987-03-12T20:00Z"
        ]
    );
}
