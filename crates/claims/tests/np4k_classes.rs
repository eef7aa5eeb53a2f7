//! The quantity classes that newspaper4k's English test pages (the development batch `indep9`,
//! issue 17) showed us misreading: `one` in idioms, members of a series of games, a change and
//! the level it reaches, and `up to` after a verb of going. One test per class, each with
//! sentences written for it (not the batch's own) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2025-07-07).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2025, 7, 7)))
}

#[test]
fn one_in_idioms_of_time_and_example_is_no_count() {
    // `at one point` is at some time, as `one day`
    assert!(view("The mayor at one point threatened to resign.").is_empty());
    assert!(view("At one point, the crowd began to chant.").is_empty());
    // `One such` opening a sentence introduces an example of a set just named
    assert!(view("One such program trains nurses in rural clinics.").is_empty());
    // `In one study, ...` opening a sentence: in a certain study
    assert!(view("In one study, nurses reported less stress.").is_empty());
    assert_eq!(
        view("In one year, prices doubled."),
        ["one year Duration 1 year"]
    );
    // but a numeral with its noun still says how many
    assert_eq!(view("One witness said the car sped away."), ["One Count 1"]);
    assert_eq!(view("one person was killed in the crash"), ["one Count 1"]);
    assert_eq!(
        view("Astronomers detected one such comet this year."),
        ["one Count 1", "this year Date 2025"]
    );
    // a point as a unit of a score is counted (`won by one point`)
    assert_eq!(view("they won by one point"), ["one Count 1"]);
}

#[test]
fn a_game_of_a_series_is_no_count() {
    assert!(view("Her goal in game three of the final was late.").is_empty());
    assert!(view("In game two, the visitors changed their lineup.").is_empty());
    // a length after the game is still a duration
    assert_eq!(
        view("the game two weeks ago"),
        ["two weeks ago Date 2025-W26"]
    );
}

#[test]
fn a_change_by_an_amount_to_a_level_is_two_amounts() {
    assert_eq!(
        view("The council voted to lift the fare by $2 to $9.50 a ride."),
        ["$2 Money 2 USD", "$9.50 Money 9.5 USD"]
    );
    // ends of one order of magnitude are still a range
    assert_eq!(
        view("Costs grew by $3 billion to $5 billion."),
        ["$3 billion to $5 billion Money [3000000000,5000000000] USD"]
    );
}

#[test]
fn up_to_after_a_verb_of_going_is_the_level_reached() {
    assert_eq!(
        view("The toll will go up to $7 next year."),
        ["$7 Money 7 USD", "next year Date 2026"]
    );
    // elsewhere `up to` is a ceiling
    assert_eq!(view("fines of up to $500"), ["up to $500 Money (,500] USD"]);
    assert_eq!(
        view("prices could rise up to 4 percent"),
        ["up to 4 percent Percent (,4] %"]
    );
}

#[test]
fn a_range_up_to_one_of_the_next_unit_is_one_duration() {
    assert_eq!(
        view("The repairs take 45 minutes to an hour."),
        ["45 minutes to an hour Duration [45,60] minute"]
    );
    assert_eq!(
        view("Symptoms last 10 months to a year."),
        ["10 months to a year Duration [10,12] month"]
    );
    // a length no shorter than the next unit is no such range (`an hour's drive` is one hour
    // of its own, decision 437)
    assert_eq!(
        view("It took 90 minutes to an hour's drive away."),
        ["90 minutes Duration 90 minute", "an hour Duration 1 hour"]
    );
}

#[test]
fn years_later_after_a_named_year_is_a_date() {
    assert_eq!(
        view("The mill closed in 1994. Three years later, it reopened as a museum."),
        ["1994 Date 1994", "Three years later Date 1997"]
    );
    // with no year before it, a length of time
    assert_eq!(
        view("The mill closed. Three years later, it reopened as a museum."),
        ["Three years Duration 3 year"]
    );
    // the same as the year counted from in its own sentence
    assert_eq!(
        view("The mill closed in 1994 and reopened three years later."),
        ["1994 Date 1994", "three years later Date 1997"]
    );
}

#[test]
fn consecutive_ranks_joined_by_a_dash_are_one_ordinal_range() {
    assert_eq!(
        view("The team finished in 5th-6th place."),
        ["5th-6th Ordinal [5,6]"]
    );
    // ranks that are not consecutive are no such range (the second is not read yet: a gap)
    assert_eq!(view("from 5th-9th place"), ["5th Ordinal 5"]);
}
