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
