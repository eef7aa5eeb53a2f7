//! Session 26 (q26, issue 17): classes of indep15's errors and of unannotated corpus text, each
//! with sentences written for its test (none copied from a gold batch) and the neighbours the
//! rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2021-03-10).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2021, 3, 10)))
}

#[test]
fn a_length_adjective_keeps_the_unit_of_time() {
    assert_eq!(
        view("The strike lasted two full weeks."),
        ["two full weeks Duration 2 week"]
    );
    assert_eq!(
        view("Exports fell for three consecutive years."),
        ["three consecutive years Duration 3 year"]
    );
    assert_eq!(
        view("It has been six long months since the flood."),
        ["six long months Duration 6 month"]
    );
    // an adjective before another noun leaves a count
    assert_eq!(view("She won two full scholarships."), ["two Count 2"]);
}

#[test]
fn lexicalised_compounds_count_nothing() {
    assert!(view("Officials hope to double two-way trade with Chile.").is_empty());
    assert!(view("The colonel is second-in-command of the regiment.").is_empty());
    assert!(view("She was a leading voice of the second-wave feminist movement.").is_empty());
    assert!(view("Such one-offs will not fix the budget.").is_empty());
    // a three-way race counts its sides; a second wave of cases ranks
    assert_eq!(view("It is now a three-way race."), ["three Count 3"]);
    assert_eq!(
        view("Doctors fear a second wave of infections."),
        ["second Ordinal 2"]
    );
}

#[test]
fn one_after_an_adverb_and_adjective_is_the_pronoun() {
    assert!(view("The choice was a pretty difficult one.").is_empty());
    assert!(view("It is an extremely important one, she said.").is_empty());
    assert!(view("The most famous one was built in Rome.").is_empty());
    // a noun after it keeps the count
    assert_eq!(
        view("The team has a very good one-year record."),
        ["one-year Duration 1 year"]
    );
}

#[test]
fn the_only_one_before_a_participle_is_the_pronoun() {
    assert!(view("He is not the only one asking questions.").is_empty());
    assert!(view("She was the only one saying it aloud.").is_empty());
    // only one with a noun counts
    assert_eq!(view("Only one bridge was left standing."), ["one Count 1"]);
}

#[test]
fn reference_marks_and_list_numbers_are_no_counts() {
    assert_eq!(
        view("Turnout rose sharply [2], as the census showed [3]."),
        Vec::<String>::new()
    );
    assert_eq!(
        view("Our picks are below. 4) Harbour Cruise The boat leaves at noon daily."),
        ["noon Time 2021-03-10T12:00"]
    );
    // a number opening a sentence without the bracket still counts
    assert_eq!(view("The port is busy. 40 ships arrived."), ["40 Count 40"]);
}

#[test]
fn a_software_version_is_no_count() {
    assert!(view("The app needs iOS 9.3 or later.").is_empty());
    assert!(view("Phones running Android 7.1 get the update first.").is_empty());
    // a share after a name is still a percent
    assert_eq!(view("Android 7.1% of the market"), ["7.1% Percent 7.1 %"]);
}

#[test]
fn one_after_an_adjective_before_in_is_the_pronoun() {
    assert!(view("The new rule replaces the temporary one in the old law.").is_empty());
    assert!(view("They lost a loved one in the fire.").is_empty());
    // a ratio stays
    assert_eq!(
        view("A rare one in five patients recovers."),
        ["one in five Fraction 0.2"]
    );
}

#[test]
fn an_age_after_now_in_apposition() {
    assert_eq!(
        view("Carter, now 34, was freed last year."),
        ["34 Age 34 year", "last year Date 2020"]
    );
    // `now` before a count of things stays a count
    assert_eq!(
        view("The fleet, now 34 ships, sails in May."),
        ["34 Count 34", "May Date 2021-05"]
    );
}

#[test]
fn a_photo_gallery_counter_is_no_count() {
    assert!(view("Hide Caption 4 of 9 Photos The scene on Main Street.").is_empty());
    // a share of photos in running text stays
    assert_eq!(
        view("Only 4 of 9 photos were kept."),
        ["4 Count 4", "9 Count 9"]
    );
}

#[test]
fn list_numbers_inside_a_sentence_are_no_counts() {
    assert!(
        view("The audit found: 1) a late filing; 2) a missing receipt; and 3) a typo.").is_empty()
    );
    // a closing bracket after a count inside brackets' text stays a count
    assert_eq!(view("The vote (passed by 52) was close."), ["52 Count 52"]);
}

#[test]
fn a_hyphened_area_unit_is_a_dimension() {
    assert_eq!(
        view("The 400,000-square-foot plant opened."),
        ["400,000-square-foot Dimension 400000 ft2"]
    );
    assert_eq!(
        view("They rent a 60-square-metre flat."),
        ["60-square-metre Dimension 60 m2"]
    );
}

#[test]
fn pounds_converted_to_kilograms_are_a_weight() {
    assert_eq!(
        view("The model uses a 154-pound (70-kilogram) man."),
        ["154-pound Dimension 154 lb", "70-kilogram Dimension 70 kg"]
    );
    // pounds converted to dollars stay money
    assert_eq!(
        view("The fine was 500 pounds ($620)."),
        ["500 pounds Money 500 GBP", "$620 Money 620 USD"]
    );
}

#[test]
fn a_conversion_slot_with_its_sign_lost_is_money() {
    assert_eq!(
        view("A bunch costs 999 yuan ($143; 138 euros; 117) in Beijing."),
        [
            "999 yuan Money 999 CNY",
            "$143 Money 143 USD",
            "138 euros Money 138 EUR",
            "117 Money 117"
        ]
    );
    // a list of counts in brackets stays counts
    assert_eq!(
        view("The staff grew (men to 12; women to 7) in May."),
        ["12 Count 12", "7 Count 7", "May Date 2021-05"]
    );
}
