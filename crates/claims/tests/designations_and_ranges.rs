//! The classes the second independent batch (`indep2`, US local news and varied web pages; a
//! development batch once scored) showed misread (issue 17): numbers a phone keypad takes,
//! station and format names, calibres, nicknames, idioms of `first` and `one`, days named by a
//! weekday, years beside names, approximate ranges and their scales, durations written with an
//! article, and weekends. One test per class, named after what it guards; the examples are
//! written for the tests, not copied from the batch.

mod common;

/// `text kind value unit time` of every claim of `text` in an article of `date` (y, m, d).
fn view_on(text: &str, (y, m, d): (i16, i8, i8)) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(y, m, d)))
}

/// The same on a Tuesday, 2019-11-19.
fn view(text: &str) -> Vec<String> {
    view_on(text, (2019, 11, 19))
}

#[test]
fn numbers_dialled_or_texted_are_not_counts() {
    // an area code in brackets, vanity numbers, a text-message short code
    assert!(view("Call the tip line at (555) 123-4567 with information.").is_empty());
    assert!(view("Tipsters can call 555-TIPS or 1-800-5CRIMES anytime.").is_empty());
    assert!(view("Text ALERTS to 84321 to sign up.").is_empty());
    // a plain number after `to` stays a count
    assert_eq!(
        view("The toll rose to 84321 people."),
        ["84321 Count 84321"]
    );
}

#[test]
fn station_and_format_names_are_not_counts() {
    assert!(view("Download the 12 News app for updates.").is_empty());
    assert!(view("It streams in 4K resolution with 7.1 surround sound.").is_empty());
    assert!(view("the 1080p video looked sharp").is_empty());
    // the attacks of 2001 are their day, no count (indep-NOTES.md decision 146; this test first
    // read nothing, before the decision); a date with its year stays that date
    assert_eq!(view("since the 9/11 attacks"), ["9/11 Date 2001-09-11"]);
    assert_eq!(view("on 9/11/2016"), ["9/11/2016 Date 2016-09-11"]);
    // a count of thousands glued to K stays a count
    assert_eq!(view("About 4K people attended."), ["About 4K Count ~4000"]);
}

#[test]
fn calibres_in_millimetres_and_camel_case_names_are_not_quantities() {
    assert!(
        view("Officers found a 9mm pistol and two 40mm casings.")
            .iter()
            .all(|v| v.starts_with("two"))
    );
    // a bare `9mm` is still a dimension
    assert_eq!(view("a barrel of 9mm"), ["9mm Dimension 9 mm"]);
    // a name with a capital inside, even opening a sentence (`PlayStation 5`); a surname is not
    assert!(view("PlayStation 5 sold out within hours.").is_empty());
    assert_eq!(
        view("McCain 5 votes short, the bill failed."),
        ["5 Count 5"]
    );
}

#[test]
fn nicknames_and_pronoun_one_are_not_counts() {
    assert!(view("Police said Two's brother was later questioned.").is_empty());
    assert!(
        view("Three suspects fled, including one who was armed.")
            .iter()
            .all(|v| v.starts_with("Three"))
    );
    assert_eq!(view("Only one person was armed."), ["one Count 1"]);
}

#[test]
fn idioms_of_first_rank_nothing() {
    assert!(view("They should never have left in the first place.").is_empty());
    assert!(view("Shots were fired in the first block of North Avenue.").is_empty());
    // an enumeration opening a sentence, a compound verb
    assert!(
        view("There are two reasons. First, costs rose.")
            .iter()
            .all(|v| v.starts_with("two"))
    );
    assert!(view("Judges should not second-guess the board.").is_empty());
    assert_eq!(view("First prize went to Ann."), ["First Ordinal 1"]);
    // still ranks
    assert_eq!(
        view("She won first place in the race."),
        ["first Ordinal 1"]
    );
}

#[test]
fn days_named_by_a_weekday_are_no_dates_and_years_beside_names_are_dates() {
    assert_eq!(
        view("Shoppers lined up for Black Friday 2019 deals."),
        ["2019 Date 2019"]
    );
    assert!(view("the Good Friday Agreement holds").is_empty());
    assert_eq!(view("ahead of 2020 elections"), ["2020 Date 2020"]);
    // not a round thousand after a name (`Masters 1000` is a tournament's class: no date, and
    // since Session 28b no count either, marks.rs numbered_tier)
    assert!(view("the Masters 1000 title").is_empty());
    // a round thousand after another name stays no date
    assert_eq!(view("the Lakers 1000 title"), ["1000 Count 1000"]);
}

#[test]
fn approximate_ranges_keep_both_ends() {
    assert_eq!(
        view("about 300 to 400 people gathered"),
        ["about 300 to 400 Count ~[300,400]"]
    );
    assert_eq!(
        view("it lasted around 20-25 minutes"),
        ["around 20-25 minutes Duration ~[20,25] minute"]
    );
    // the scale of a spelled upper end is the lower end's too
    assert_eq!(
        view("two to three million refugees"),
        ["two to three million Count [2000000,3000000]"]
    );
    // `ago` keeps a date; an age keeps its upper end (as Recognizers-Text reads it)
    assert_eq!(
        view("about 8-10 years ago"),
        ["about 8 Count ~8", "10 years ago Date 2009"]
    );
}

#[test]
fn money_after_up_to_a_is_bounded() {
    assert_eq!(
        view("a reward of up to a $5,000 for tips"),
        ["up to a $5,000 Money (,5000] USD"]
    );
    // other verbs before `a` are no bounds (`estimated a $2 billion loss`)
    assert_eq!(
        view("The firm estimated a $2 billion loss."),
        ["$2 billion Money 2000000000 USD"]
    );
}

#[test]
fn durations_with_an_article() {
    assert_eq!(
        view("A half century later, the band still tours."),
        ["A half century Duration 50 year"]
    );
    assert_eq!(
        view("It may take a week or two to repair."),
        ["a week or two Duration [1,2] week"]
    );
    assert_eq!(view("the 12-year girl was found"), ["12-year Age 12 year"]);
    assert_eq!(
        view("They stayed for two more weeks."),
        ["two more weeks Duration 2 week"]
    );
    // a year before a name stays a year (`the 2013 New Year Honours`)
    assert_eq!(view("in the 2013 New Year Honours"), ["2013 Date 2013"]);
    // a veteran's years of service stay a duration
    assert_eq!(
        view("a 20-year veteran of the force"),
        ["20-year Duration 20 year"]
    );
    assert_eq!(
        view("It gets 20 kilometres per litre."),
        ["20 kilometres per litre Dimension 20 km/l"]
    );
}

#[test]
fn weekends_and_weekdays_with_dates() {
    // an article of Tuesday 2016-10-04: the weekend just past
    assert_eq!(
        view_on("Two men were shot over the weekend.", (2016, 10, 4)),
        ["Two Count 2", "the weekend Date 2016-10-01/2016-10-02"]
    );
    // a weekday before an abbreviated month is that date, and a time before it is on that day
    assert_eq!(
        view("Tickets go on sale at 9 a.m. Friday, Dec. 6."),
        [
            "9 a.m. Time 2019-12-06T09:00",
            "Friday, Dec. 6 Date 2019-12-06"
        ]
    );
    // a date opening a stretch (`since 2016`) does not anchor a weekday of its clause
    assert_eq!(
        view("Two men held since 2016 were freed Tuesday."),
        ["Two Count 2", "2016 Date 2016", "Tuesday Date 2019-11-19"]
    );
}

#[test]
fn win_loss_records_with_the_smaller_side_first_are_tallies() {
    assert_eq!(
        view("At 3-8, including 1-4 in the NFC, the team is out."),
        ["3-8 Count 3 score", "1-4 Count 1 score"]
    );
    assert_eq!(view("after a 0-3 start"), ["0-3 Count 0 score"]);
    // a range stays a range, also before a country in capitals
    assert_eq!(view("10-20 people were hurt"), ["10-20 Count [10,20]"]);
    assert_eq!(
        view("some 300-400 in the USA signed"),
        ["some 300-400 Count ~[300,400]"]
    );
}

#[test]
fn camera_resolution_and_data_rates_have_units() {
    assert_eq!(
        view("a 12-megapixel camera on a 100 Mbps line"),
        [
            "12-megapixel Dimension 12 MP",
            "100 Mbps Dimension 100 Mbit/s"
        ]
    );
}

#[test]
fn consecutive_ranks_joined_by_or_are_one_range() {
    assert_eq!(
        view("the fifth or sixth largest economy"),
        ["fifth or sixth Ordinal [5,6]"]
    );
    // not consecutive: two ranks
    assert_eq!(
        view("the first or third option"),
        ["first Ordinal 1", "third Ordinal 3"]
    );
}

#[test]
fn a_dialling_code_with_a_leading_zero_is_a_phone_number() {
    assert!(view("Contact the station on 021-455 8510 or 043-335-0570.").is_empty());
    // a score from nil stays a score
    assert_eq!(view("They won 3-0."), ["3-0 Count 3 score"]);
}

#[test]
fn a_past_verb_between_keeps_a_weekday_off_another_date() {
    // an article of Wednesday 2017-03-15: the Tuesday is the day before, not January 2017
    assert_eq!(
        view_on(
            "Police on Tuesday revealed the haul they seized in January 2017.",
            (2017, 3, 15)
        ),
        ["Tuesday Date 2017-03-14", "January 2017 Date 2017-01"]
    );
    // beside it, the weekday lies in that period (`the 2012 Ryder Cup on Sunday`)
    assert_eq!(
        view_on("the 2012 Ryder Cup on Sunday", (2017, 3, 15)),
        ["2012 Date 2012", "Sunday Date 2012"]
    );
}

#[test]
fn computing_hardware_has_units() {
    // decision 143: storage, computing power, frame rates and pixel sizes are dimensions
    assert_eq!(
        view("a 2 terabyte drive holds 500 megs of logs and runs at 120 FPS on 6 teraflops"),
        [
            "2 terabyte Dimension 2 TB",
            "500 megs Dimension 500 MB",
            "120 FPS Dimension 120 fps",
            "6 teraflops Dimension 6 TFLOPS"
        ]
    );
    assert_eq!(
        view("a panel of 3,840 by 2,160 pixels"),
        ["3,840 Dimension 3840 px", "2,160 pixels Dimension 2160 px"]
    );
}

#[test]
fn both_sides_of_a_size_have_its_unit() {
    assert_eq!(
        view("a 12 by 20 foot room"),
        ["12 Dimension 12 ft", "20 foot Dimension 20 ft"]
    );
    // a count before `by` and a change (`rose by 5 metres`) keep their readings
    assert_eq!(
        view("The 40 by 5 metres swim"),
        ["40 Dimension 40 m", "5 metres Dimension 5 m"]
    );
}

#[test]
fn display_formats_are_not_counts() {
    // decision 143: `4K`, `1440p` are formats, however they are written
    assert!(
        view("The console plays games in native 4K at 60 frames per second.")
            .iter()
            .all(|v| !v.starts_with("4K"))
    );
    assert!(view("Each lens looks through a roughly 4K display.").is_empty());
    assert!(view("It runs more titles in 4K than its rival.").is_empty());
    assert!(view("I usually play at 1,440p with every setting maxed.").is_empty());
    assert!(view("Streams drop to 720p when the line is busy.").is_empty());
    // money and counts with a glued K stay
    assert_eq!(view("It costs $4K."), ["$4K Money 4000 USD"]);
}

#[test]
fn one_after_a_quoted_or_hyphened_adjective_is_a_pronoun() {
    assert!(view("The firm is a bank, albeit a loosely-run one, and little else.").is_empty());
    assert!(view("It was a protest, not a “peaceful” one.").is_empty());
    assert!(view("They tell a tale, one that few had heard.").is_empty());
    assert!(view("She built a theory, one which her peers doubted.").is_empty());
    // a number stays: `a twenty-one` is no pronoun, nor `one that` without a comma before it
    assert_eq!(
        view("He won a thirty-one to nil game."),
        ["thirty-one Count 31"]
    );
    assert_eq!(view("Only one that day survived."), ["one Count 1"]);
}

#[test]
fn one_in_apposition_to_a_counted_group_counts() {
    assert_eq!(
        view("They seized his three laptops, one which held the files."),
        ["three Count 3", "one Count 1"]
    );
}

#[test]
fn at_first_before_a_clause_ranks_nothing() {
    assert!(view("At first it looked easy, but the plan failed.").is_empty());
    assert!(view("The sample looked at first like the old one.").is_empty());
    assert!(view("Though at first they agreed, talks broke down.").is_empty());
    // a rank stays: `at first base`
    assert_eq!(view("He played at first base."), ["first Ordinal 1"]);
}

#[test]
fn a_half_century_with_a_hyphen_is_a_duration() {
    assert_eq!(
        view("The rule has stood for a half-century."),
        ["a half-century Duration 50 year"]
    );
    assert_eq!(
        view("A half century on, it stands."),
        ["A half century Duration 50 year"]
    );
}
