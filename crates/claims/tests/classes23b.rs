//! Session 23, round 2 (issue 17): classes of error found on news text no gold batch has drawn
//! (a second sample of the BBC News articles of 2004-2005 and US local news of 2013-2017), each
//! with sentences written for its test (none copied from a gold batch or the text read) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2005-03-09, a
/// Wednesday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2005, 3, 9)))
}

#[test]
fn times_as_a_multiplier_is_a_fraction() {
    assert_eq!(
        view("The new chip runs 10 times faster than the old one."),
        ["10 times Fraction 10"]
    );
    assert_eq!(
        view("The offer was eleven times oversubscribed."),
        ["eleven times Fraction 11"]
    );
    assert_eq!(
        view("The screen has about 500 times the resolution of a phone."),
        ["about 500 times Fraction ~500"]
    );
    assert_eq!(
        view("Exports rose to four times their level in 1990."),
        ["four times Fraction 4", "1990 Date 1990"]
    );
    assert_eq!(
        view("Farmers earn three times as much as teachers."),
        ["three times Fraction 3"]
    );
    assert_eq!(
        view("Smokers are almost seven times more likely to fall ill."),
        ["almost seven times Fraction ~(,7)"]
    );
    assert_eq!(
        view("Rents are two to three times what they were."),
        ["two to three times Fraction [2,3]"]
    );
    // how often: counts, as before
    assert_eq!(
        view("He has won the title four times in the last six years."),
        ["four Count 4", "six years Duration 6 year"]
    );
    assert_eq!(
        view("She was shot three times in the leg."),
        ["three Count 3"]
    );
    assert_eq!(view("He won it four times as a player."), ["four Count 4"]);
}

#[test]
fn one_on_one_counts_nothing() {
    assert_eq!(view("They played a one-on-one game."), Vec::<String>::new());
    assert_eq!(
        view("He offered one-to-one lessons for 20 pupils."),
        ["20 Count 20"]
    );
    // a count beside it stays one
    assert_eq!(
        view("One team won by one goal."),
        ["One Count 1", "one Count 1"]
    );
}

#[test]
fn team_sheet_minutes_are_durations() {
    assert_eq!(
        view("Kerr, Walsh, Moore (Dunne 64), Hart, Lyons (Byrne 88), Quinn."),
        ["64 Duration 64 minute", "88 Duration 88 minute"]
    );
    assert_eq!(
        view("Doyle 12 og, Keane 40, Walsh 77 pen."),
        [
            "12 Duration 12 minute",
            "40 Duration 40 minute",
            "77 Duration 77 minute"
        ]
    );
    // one scorer of two goals
    assert_eq!(
        view("Keane 4, 61."),
        ["4 Duration 4 minute", "61 Duration 61 minute"]
    );
    // not a sheet: words of a sentence, or one name and its number
    assert_eq!(
        view("Keane scored in the 40th minute and Walsh added 2 more."),
        ["40th Ordinal 40", "2 Count 2"]
    );
    assert_eq!(view("Dublin, Ireland 28."), ["28 Count 28"]);
}

#[test]
fn decades_of_age_in_a_list() {
    assert_eq!(
        view("The clinic treats women in their 30s, 40s and 50s."),
        [
            "30s Age [30,40) year",
            "40s Age [40,50) year",
            "50s Age [50,60) year"
        ]
    );
    // a list of decades of the calendar is no list of ages
    assert!(
        !view("Prices fell in the 80s, 90s and 2000s.")
            .iter()
            .any(|c| c.contains(" Age "))
    );
}

#[test]
fn ranges_hyphened_with_to() {
    assert_eq!(
        view("The fund is assessing three-to-five warehouses."),
        ["three-to-five Count [3,5]"]
    );
    assert_eq!(
        view("It took an estimated 20-to-30 seconds."),
        ["an estimated 20-to-30 seconds Duration ~[20,30] second"]
    );
    assert_eq!(
        view("Waiting times fell from three-to-four weeks to seven days."),
        [
            "from three-to-four weeks Duration [3,4] week",
            "seven days Duration 7 day"
        ]
    );
    assert_eq!(
        view("Rents are four-to-six times higher."),
        ["four-to-six times Fraction [4,6]"]
    );
    // not a range: a downward pair, long odds
    assert_eq!(
        view("They ruled six-to-two in favour."),
        ["six Count 6", "two Count 2"]
    );
}

#[test]
fn seasons_of_two_full_years_with_a_slash() {
    assert_eq!(
        view("It was their best run since the 2003/2004 season."),
        ["2003/2004 Date 2003/2004"]
    );
    // not the next year: two numbers (a directive's number, a ratio of years)
    assert_eq!(
        view("The rule follows Directive 2000/2078 of the council."),
        view("The rule follows Directive 2000/2078 of the council.")
            .into_iter()
            .filter(|c| !c.contains('/'))
            .collect::<Vec<_>>()
    );
}

#[test]
fn an_age_after_a_future_copula() {
    assert_eq!(view("By then she will be 34."), ["34 Age 34 year"]);
    assert_eq!(view("The victim would be 19."), ["19 Age 19 year"]);
    // of no person: a count
    assert_eq!(view("The price will be 40."), ["40 Count 40"]);
}

#[test]
fn ordinals_with_grouped_thousands() {
    assert_eq!(
        view("The actor received the 2,271st star on the boulevard."),
        ["2,271st Ordinal 2271"]
    );
    assert_eq!(
        view("It was the 1,000th game of his career."),
        ["1,000th Ordinal 1000"]
    );
    // not a grouping of thousands: no ordinal 34
    assert!(
        !view("See items 3,4th and 5.")
            .iter()
            .any(|c| c.contains("34"))
    );
}
