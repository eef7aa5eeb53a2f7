//! Session 20's quantity classes, found by grouping the errors left on every development batch
//! (`dev` ... `indep9`, issue 17) into classes likely to recur in other outlets' news: `half` as a
//! share and as half a unit of time, `over` a length as `more than`, `a second` as a rank, `one`
//! before a person's possessive, a month name inside a hyphened name. One test per class, each with
//! sentences written for it (not a batch's own) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2025-07-07).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2025, 7, 7)))
}

#[test]
fn half_as_a_share_cut_in_or_named_by_its_part() {
    assert_eq!(
        view("The new rules would cut waiting times in half, the minister said."),
        ["half Fraction 0.5"]
    );
    assert_eq!(
        view("Most of the damage was in the northern half of the city."),
        ["half Fraction 0.5"]
    );
    assert_eq!(
        view("The speech improved in the second half of it."),
        ["second Ordinal 2", "half Fraction 0.5"]
    );
    // a part of a period stays a part of time, whose date the figures after it take: a half of
    // a year with its year is one date mention of the year, the half a modifier and no ordinal
    // (indep-NOTES.md decision 128, as decision 104's quarters; this test first read an ordinal
    // and a year, before the decision); a century is a date of its own (decision 145)
    assert_eq!(
        view("Sales rose 4% in the second half of 2024."),
        ["4% Percent 4 %", "second half of 2024 Date 2024"]
    );
    assert_eq!(
        view("He painted it in the second half of the 19th century."),
        ["second Ordinal 2", "19th century Date 18"]
    );
    assert_eq!(
        view("Only the bottom half of the wall was painted."),
        ["half Fraction 0.5"]
    );
    // `in half an hour` is a length, `half-brother` a kinship; `the first half` alone, a part
    // of a game, is an ordinal and a fraction (indep-NOTES.md decision 130, as the golds of
    // indep12, indep18, indep23 and indep24 read it; this test first read the ordinal alone)
    assert_eq!(
        view("The bus leaves in half an hour."),
        ["half an hour Duration 0.5 hour"]
    );
    assert_eq!(
        view("He scored in the first half."),
        ["first Ordinal 1", "half Fraction 0.5"]
    );
    assert!(view("His half-brother lives nearby.").is_empty());
}

#[test]
fn half_a_unit_of_time_is_a_duration() {
    assert_eq!(
        view("The storm lasted half an hour."),
        ["half an hour Duration 0.5 hour"]
    );
    assert_eq!(
        view("The lake has been drying for almost half a century."),
        ["almost half a century Duration ~(,50) year"]
    );
    // the hour is still one in `an hour and a half`
    assert_eq!(
        view("The meeting ran an hour and a half."),
        ["an hour and a half Duration 1.5 hour"]
    );
}

#[test]
fn over_a_length_after_for_or_in_is_more_than() {
    assert_eq!(
        view("She has taught at the school for over 20 years."),
        ["over 20 years Duration (20,) year"]
    );
    assert_eq!(
        view("It was the worst flood in over a decade."),
        ["over a decade Duration (10,) year"]
    );
    // `over` a stretch of time is still `during` it
    assert_eq!(
        view("The talks were spread over three days."),
        ["over three days Duration 3 day"]
    );
}

#[test]
fn a_second_before_a_number_or_after_having_is_a_rank() {
    assert_eq!(
        view("A second 16-year-old girl was taken to hospital."),
        ["second Ordinal 2", "16-year-old Age 16 year"]
    );
    assert_eq!(
        view("The patient had one operation and will need a second."),
        ["one Count 1", "second Ordinal 2"]
    );
    // the unit of time stays out
    assert!(view("Wait a second.").is_empty());
    assert!(view("For a second, nobody moved.").is_empty());
}

#[test]
fn one_before_a_persons_possessive_is_a_certain_one() {
    assert!(view("It was one man's idea of a joke.").is_empty());
    assert!(view("The gun belonged to one woman's husband.").is_empty());
    // a length of time keeps its numeral
    assert_eq!(
        view("He was fined one year's salary."),
        ["one year Duration 1 year"]
    );
    assert_eq!(view("One man was arrested."), ["One Count 1"]);
}

#[test]
fn a_month_inside_a_hyphened_name_is_no_date() {
    assert!(view("The president spent the weekend at Mar-a-Lago.").is_empty());
    // a dash written as a hyphen after a month keeps the month
    assert_eq!(
        view("The vote was held in March-and it failed."),
        ["March Date 2025-03"]
    );
}

#[test]
fn from_one_year_to_another_is_one_interval() {
    assert_eq!(
        view("From 2009 to 2013, she ran the agency's Boston office."),
        ["2009 to 2013 Date 2009/2013"]
    );
    assert_eq!(
        view("He coached the team from 1998 until 2004."),
        ["1998 until 2004 Date 1998/2004"]
    );
    // two years in the wrong order, or a day after `to`, stay apart
    assert_eq!(
        view("from 2015 to 2012"),
        ["2015 Date 2015", "2012 Date 2012"]
    );
    assert_eq!(
        view("from 2012 to March 3, 2015"),
        ["2012 Date 2012", "March 3, 2015 Date 2015-03-03"]
    );
}

#[test]
fn a_verb_of_exceeding_is_an_open_lower_bound() {
    // (GUIDELINES.md, settled in session 20 as Recognizers-Text reads it)
    assert_eq!(
        view("Forecasters said gusts could exceed 60 mph."),
        ["exceed 60 mph Dimension (60,) mph"]
    );
    // a verb of reaching a level names the level
    assert_eq!(
        view("Gusts could reach 60 mph."),
        ["60 mph Dimension 60 mph"]
    );
}

#[test]
fn plus_or_minus_is_a_margin_not_a_negative() {
    assert_eq!(
        view("The survey has a margin of error of plus or minus 3.5 percentage points."),
        ["minus 3.5 percentage points Percent 3.5 percentage point"]
    );
    assert_eq!(
        view("Temperatures fell to minus 12 degrees."),
        ["minus 12 degrees Dimension -12 °"]
    );
}

#[test]
fn a_capitalised_game_number_is_a_name() {
    // (the guidelines' `Game 7`)
    assert!(view("The Heat forced a Game 7 with a late basket.").is_empty());
    assert_eq!(view("They won 11 games in a row."), ["11 Count 11"]);
}

#[test]
fn a_rank_within_the_year_is_the_articles_year() {
    assert_eq!(
        view("It was the city's ninth homicide of the year."),
        ["ninth Ordinal 9", "the year Date 2025"]
    );
    assert_eq!(
        view("Forecasters expect the strongest storm of the year."),
        ["the year Date 2025"]
    );
    // a year named before it, a habitual part of a year, a title stay out
    assert_eq!(
        view("In 2019 it was the best film of the year."),
        ["2019 Date 2019"]
    );
    assert!(view("Spring is the busiest time of the year for roofers.").is_empty());
    assert!(view("She was named Player of the Year.").is_empty());
    assert_eq!(
        view("Last year it had the third-highest toll of the year."),
        ["Last year Date 2024", "third Ordinal 3"]
    );
}

#[test]
fn alternatives_with_their_unit_on_each_are_one_range() {
    assert_eq!(
        view("The repairs could take three days or four days."),
        ["three days or four days Duration [3,4] day"]
    );
    assert_eq!(
        view("The fence will be 6 feet or 8 feet high."),
        ["6 feet or 8 feet Dimension [6,8] ft"]
    );
    // not a smaller second one, nor another kind
    assert_eq!(
        view("Was it 10 minutes or 5 minutes?"),
        [
            "10 minutes Duration 10 minute",
            "5 minutes Duration 5 minute"
        ]
    );
}

#[test]
fn a_bare_number_after_at_and_a_life_event_is_an_age() {
    assert_eq!(
        view("The singer, who died at 81, recorded 40 albums."),
        ["81 Age 81 year", "40 Count 40"]
    );
    assert_eq!(
        view("She was elected to the city council at 24."),
        ["24 Age 24 year"]
    );
    assert_eq!(view("At 16, she joined the band."), ["16 Age 16 year"]);
    // a price, a level or a clock time stays what it is
    assert_eq!(view("The stock closed at 27."), ["27 Count 27"]);
    assert_eq!(view("He died at 5 p.m."), ["5 p.m. Time 2025-07-07T17:00"]);
}

#[test]
fn units_written_short_or_singular_in_a_compound() {
    assert_eq!(view("The ball carried 60 yds."), ["60 yds Dimension 60 yd"]);
    assert_eq!(view("a 5 gal bucket"), ["5 gal Dimension 5 gal"]);
    assert_eq!(
        view("The utility plans a 750-megawatt plant."),
        ["750-megawatt Dimension 750 MW"]
    );
    assert_eq!(
        view("The farm produced 40 gigawatt hours last year."),
        ["40 gigawatt hours Dimension 40 GWh", "last year Date 2024"]
    );
}

#[test]
fn a_bound_on_a_ratio_is_one_fraction() {
    assert_eq!(
        view("About one in five adults has high blood pressure."),
        ["About one in five Fraction ~0.2"]
    );
    assert_eq!(
        view("Nearly 1 in 4 children live in poverty."),
        ["Nearly 1 in 4 Fraction ~(,0.25)"]
    );
    // a bound on a count before `in` stays a count
    assert_eq!(
        view("About 10 in the group left early."),
        ["About 10 Count ~10"]
    );
}

#[test]
fn a_bound_after_a_ratio_is_part_of_it() {
    assert_eq!(
        view("Experts say 1 in 5 or more adults will need care."),
        ["1 in 5 or more Fraction [0.2,)"]
    );
}

#[test]
fn a_couple_of_is_about_two() {
    assert_eq!(
        view("A couple of weeks later, the plant closed."),
        ["A couple of weeks Duration 2 week"]
    );
    assert_eq!(
        view("Police arrested a couple of teenagers."),
        ["a couple of Count 2"]
    );
    assert_eq!(
        view("The rally drew a couple of hundred people."),
        ["a couple of hundred Count 200"]
    );
    // the noun is no numeral
    assert!(view("A young couple bought the house.").is_empty());
}

#[test]
fn an_hour_with_o_clock_is_a_clock_time() {
    assert_eq!(
        view("The vigil began at 7 o'clock."),
        ["7 o'clock Time 2025-07-07T07:00"]
    );
    assert_eq!(
        view("They met at 3 o’clock this afternoon."),
        [
            "3 o’clock Time 2025-07-07T15:00",
            "this afternoon Date 2025-07-07"
        ]
    );
}

#[test]
fn one_at_a_time_is_an_idiom() {
    assert!(view("The coach said they take it one game at a time.").is_empty());
    assert!(view("She rebuilt it one hand-cut stone at a time.").is_empty());
    // `at a time when` is at the time: the count stays
    assert_eq!(
        view("One guard was on duty at a time when the prison was full."),
        ["One Count 1"]
    );
}

#[test]
fn any_such_weekday_is_no_date() {
    assert!(view("The market opens every Saturday.").is_empty());
    assert!(view("Why start the trial on a Monday?").is_empty());
    // the coming one stays a date
    assert_eq!(
        view("Congress will face a Friday deadline."),
        ["Friday Date 2025-07-11"]
    );
}

#[test]
fn basis_points_are_hundredths_of_a_percentage_point() {
    assert_eq!(
        view("The central bank cut its rate by 25 basis points."),
        ["25 basis points Percent 0.25 percentage point"]
    );
    assert_eq!(
        view("It was a 75-basis-point increase."),
        ["75-basis-point Percent 0.75 percentage point"]
    );
}
