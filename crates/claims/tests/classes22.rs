//! Session 22's quantity classes (issue 17): general classes of error pooled over every
//! development batch and over sentences written for genres no batch holds yet (sports results,
//! weather, health and crime reports), each with sentences written for its test (none copied
//! from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2022-06-15, a
/// Wednesday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2022, 6, 15)))
}

#[test]
fn race_times_are_durations() {
    assert_eq!(
        view("Kosgei won the women's race in 2:14:04, and the mile record stands at 3:43.13."),
        [
            "2:14:04 Duration 8044 second",
            "3:43.13 Duration 223.13 second"
        ]
    );
    assert_eq!(
        view("Hamilton's fastest lap was 1:27.097 on the medium tyres."),
        ["1:27.097 Duration 87.097 second"]
    );
    // a clock time that writes its seconds stays a time, the seconds inside it
    assert_eq!(
        view("The call came in at 21:03:17 and officers arrived at 9:11:40 p.m."),
        [
            "21:03:17 Time 2022-06-15T21:03",
            "9:11:40 p.m. Time 2022-06-15T21:11"
        ]
    );
    assert_eq!(
        view("The timer stopped at 1:02:19 when the rocket cleared the tower."),
        ["1:02:19 Time 2022-06-15T01:02"]
    );
}

#[test]
fn grams_and_degrees_glued_to_their_number() {
    assert_eq!(
        view("Officers found 250g of cannabis and 1.5g of crack in the flat."),
        ["250g Dimension 250 g", "1.5g Dimension 1.5 g"]
    );
    assert_eq!(
        view("Madrid hit 41C, while Oslo stayed below 18C and Helsinki fell to -3C."),
        [
            "41C Dimension 41 °C",
            "below 18C Dimension (,18) °C",
            "-3C Dimension -3 °C"
        ]
    );
    assert_eq!(
        view("Phoenix baked at 112F, about 6C warmer than usual (44.4C)."),
        [
            "112F Dimension 112 °F",
            "about 6C Dimension ~6 °C",
            "44.4C Dimension 44.4 °C"
        ]
    );
    // a network's generation, a flat or a seat, a code: no weight, no degree
    assert_eq!(
        view("Both 5G phones were found in Flat 3C, by seat 22F of the Tu-154F."),
        Vec::<String>::new()
    );
}

#[test]
fn one_as_a_pronoun_after_a_causative_or_an_adjective() {
    assert_eq!(
        view("The timing of the leak leads one to suspect a rival, and makes one wonder why."),
        Vec::<String>::new()
    );
    assert_eq!(
        view("The council swapped its paper register for an online one in 2019."),
        ["2019 Date 2019"]
    );
    assert_eq!(
        view("She sold the old van and bought a bigger one several months later."),
        Vec::<String>::new()
    );
    // a count after a verb of leading, a ratio after `in`
    assert_eq!(
        view("Rescuers led one to safety, and about one in four homes flooded."),
        ["one Count 1", "about one in four Fraction ~0.25"]
    );
}

#[test]
fn today_meaning_nowadays_is_no_date() {
    assert_eq!(
        view(
            "Decades of migration made the port what it is today, and even today its market thrives."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        view(
            "Trust in unions has never been as low as it is today, and the town as we know it today is new."
        ),
        Vec::<String>::new()
    );
    // the article's day
    assert_eq!(
        view("The minister is in Madrid today, and where the talks go today is unclear."),
        ["today Date 2022-06-15", "today Date 2022-06-15"]
    );
}

#[test]
fn a_clock_time_takes_the_event_day_over_a_day_of_saying() {
    // the article is of Wednesday 2022-06-15; the shooting was on Monday night
    assert_eq!(
        view(
            "A gunman wounded two guests at a wedding party on Monday night.\n\n\
             He fired from the car park at about 10:40 p.m., a police spokeswoman said Tuesday."
        ),
        [
            "two Count 2",
            "Monday night Date 2022-06-13",
            "10:40 p.m. Time 2022-06-13T22:40",
            "Tuesday Date 2022-06-14"
        ]
    );
    // a day of the event itself stays the time's (a passive, a possessive)
    assert_eq!(
        view(
            "A man was hurt in a crash on Sunday.\n\n\
             The fire was reported Tuesday at 4:10 p.m., and police said Tuesday's blaze began \
             at 3:55 p.m."
        ),
        [
            "Sunday Date 2022-06-12",
            "Tuesday Date 2022-06-14",
            "4:10 p.m. Time 2022-06-14T16:10",
            "Tuesday Date 2022-06-14",
            "3:55 p.m. Time 2022-06-14T15:55"
        ]
    );
}

#[test]
fn a_plan_or_an_obligation_puts_a_date_ahead() {
    assert_eq!(
        view("Tenants must wait until November for the repairs."),
        ["November Date 2022-11"]
    );
    assert_eq!(
        view(
            "The ferry is set to resume sailing on Monday, and the pier should reopen in October."
        ),
        ["Monday Date 2022-06-20", "October Date 2022-10"]
    );
    // past a past verb, a quotation or a comma, or on a possessive day: no plan of this date
    assert_eq!(
        view("\"We must act,\" the mayor said on Monday, and a vote must follow Monday's hearing."),
        ["Monday Date 2022-06-13", "Monday Date 2022-06-13"]
    );
}

#[test]
fn first_after_an_object_pronoun_is_an_adverb() {
    assert_eq!(
        view("Subscribers hear it first on the podcast, and the club told them first."),
        Vec::<String>::new()
    );
    assert_eq!(
        view("The tenants hold a right of first refusal on the building."),
        Vec::<String>::new()
    );
    // a possessive, an indirect object and a rank keep the ordinal
    assert_eq!(
        view("She met her first coach there, and they gave him first pick of the players."),
        ["first Ordinal 1", "first Ordinal 1"]
    );
}

#[test]
fn a_unit_of_time_of_something_is_a_length() {
    assert_eq!(
        view("The strike ended a month of disruption, after a decade of falling pay."),
        ["a month Duration 1 month", "a decade Duration 10 year"]
    );
    // what a year was like, a rate, a night, an idiom: no length
    assert_eq!(
        view("It was a year of records, and the fund buys 5 billion euros a year of debt."),
        ["5 billion euros Money 5000000000 EUR"]
    );
    assert_eq!(
        view("It was a night of drama that fans will not see in a month of Sundays."),
        Vec::<String>::new()
    );
}

#[test]
fn percent_and_basis_points_glued_on() {
    assert_eq!(
        view("Rents rose 4.5pc in May, against 3pc a year earlier."),
        [
            "4.5pc Percent 4.5 %",
            "May Date 2022-05",
            "3pc Percent 3 %",
            "a year earlier Date 2021-05"
        ]
    );
    assert_eq!(
        view("Gilt yields fell 12bp, after a 25bps rise."),
        [
            "12bp Percent 0.12 percentage point",
            "25bps Percent 0.25 percentage point"
        ]
    );
}

#[test]
fn this_decade_is_the_articles_decade() {
    assert_eq!(
        view("Coal plants must close by the end of this decade."),
        ["this decade Date 202"]
    );
}

#[test]
fn a_half_dozen_is_six() {
    assert_eq!(
        view("At least a half-dozen rounds hit the house, and a half dozen cars were towed."),
        ["At least a half-dozen Count [6,)", "a half dozen Count 6"]
    );
}

#[test]
fn a_quarter_named_as_a_stretch_of_time_is_a_date() {
    assert_eq!(
        view("The merger should close during the third quarter, the bank said."),
        ["third quarter Date 2022"]
    );
    assert_eq!(
        view("Demand for steel slowed in the first quarter."),
        ["first quarter Date 2022"]
    );
    // a quarter of a match keeps its rank
    assert_eq!(
        view("The Bulls trailed by nine in the fourth quarter of the match."),
        ["nine Count 9", "fourth Ordinal 4"]
    );
}

#[test]
fn a_schedule_in_the_present_is_ahead() {
    assert_eq!(
        view("The book fair opens on Friday and the exhibition closes Sunday."),
        ["Friday Date 2022-06-17", "Sunday Date 2022-06-19"]
    );
    assert_eq!(
        view("The hearing continues Thursday, and the tour picks up December 1st in Lyon."),
        ["Thursday Date 2022-06-16", "December 1st Date 2022-12-01"]
    );
    // in the past tense, the last one
    assert_eq!(
        view("The book fair opened on Friday."),
        ["Friday Date 2022-06-10"]
    );
}

#[test]
fn metres_before_an_adjective_of_size() {
    assert_eq!(
        view("Crews built a 4m-high barrier and found the wreck 80m deep, 300m away."),
        [
            "4m Dimension 4 m",
            "80m Dimension 80 m",
            "300m Dimension 300 m"
        ]
    );
    // millions elsewhere
    assert_eq!(view("The club raised 4m from fans."), ["4m Count 4000000"]);
}

#[test]
fn currency_prefixes_of_the_gulf_kenyan_and_indonesian_press() {
    assert_eq!(
        view(
            "The villa sold for Dh4.5 million, the loan was SR2bn, fees were KSh 3,500 and Rp 75,000."
        ),
        [
            "Dh4.5 million Money 4500000 AED",
            "SR2bn Money 2000000000 SAR",
            "KSh 3,500 Money 3500 KES",
            "Rp 75,000 Money 75000 IDR"
        ]
    );
}

#[test]
fn a_record_in_brackets_after_a_team_is_a_tally() {
    assert_eq!(
        view("The Pistons (17-65) lost again, and Denver (48-34) won."),
        ["17-65 Count 17 score", "48-34 Count 48 score"]
    );
    // an age range in brackets after a noun stays a range
    assert_eq!(
        view("The pupils (11-14) sat the test."),
        ["11-14 Count [11,14]"]
    );
}

#[test]
fn a_range_of_percents_with_the_sign_on_both_ends() {
    assert_eq!(
        view("The bank set a 4.25%-4.5% target, and growth of between 2 percent and 3 percent."),
        [
            "4.25%-4.5% Percent [4.25,4.5] %",
            "between 2 percent and 3 percent Percent [2,3] %"
        ]
    );
    // a move and a level
    assert_eq!(
        view("The rate rose 0.5% to 3.5%."),
        ["0.5% Percent 0.5 %", "3.5% Percent 3.5 %"]
    );
}

#[test]
fn a_unit_in_capitals_after_a_doubled_decimal_is_no_festival() {
    // `11.11` before a capitalised name is the shopping festival; before a unit it is a number
    assert_eq!(
        view(
            "The router uses a 5.5 GHz band, and the 3.3 GW plant opened before the 11.11 Singles Day sale."
        ),
        ["5.5 GHz Dimension 5.5 GHz", "3.3 GW Dimension 3.3 GW"]
    );
}

#[test]
fn and_a_half_joined_by_hyphens() {
    assert_eq!(
        view("He served two-and-a-half years of a sentence after a four-and-a-half-hour trial."),
        [
            "two-and-a-half years Duration 2.5 year",
            "four-and-a-half-hour Duration 4.5 hour"
        ]
    );
    assert_eq!(
        view("One-and-a-half million tickets were sold."),
        ["One-and-a-half million Count 1500000"]
    );
}
