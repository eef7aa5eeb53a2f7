//! Session 22, round 2 (issue 17): the general classes behind the errors of the `indep12` batch
//! (BBC News, 2004-2005), each with sentences written for its test (none copied from a gold
//! batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2005-03-09, a
/// Wednesday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2005, 3, 9)))
}

#[test]
fn tennis_sets_are_tallies() {
    assert_eq!(
        view("Mauresmo came back to beat the Italian qualifier 3-6 6-4 6-1 in Dubai."),
        [
            "3-6 Count 3 score",
            "6-4 Count 6 score",
            "6-1 Count 6 score"
        ]
    );
    assert_eq!(
        view("The Swede edged through 6-7 (5-7) 7-5 6-3 after saving two match points."),
        [
            "6-7 Count 6 score",
            "5-7 Count 5 score",
            "7-5 Count 7 score",
            "6-3 Count 6 score",
            "two Count 2"
        ]
    );
    // a range alone stays a range
    assert_eq!(
        view("Forecasters expect 2-6 inches of snow overnight."),
        ["2-6 inches Dimension [2,6] in"]
    );
}

#[test]
fn two_years_after_between_are_one_window() {
    assert_eq!(
        view("The mill shed 300 jobs between 1998 and 2003, the union said."),
        ["300 Count 300", "1998 and 2003 Date 1998/2003"]
    );
    // counts between `between` and `and` stay a range of counts
    assert_eq!(
        view("The mill will shed between 300 and 400 jobs."),
        ["between 300 and 400 Count [300,400]"]
    );
}

#[test]
fn a_month_a_comma_and_its_year() {
    assert_eq!(
        view("The refinery closed in October, 1998, after a fire."),
        ["October, 1998 Date 1998-10"]
    );
    // a count after the comma is no year
    assert_eq!(
        view("In October, 2,000 workers walked out."),
        ["October Date 2004-10", "2,000 Count 2000"]
    );
}

#[test]
fn between_the_ages_of() {
    assert_eq!(
        view("The survey questioned 900 adults between the ages of 18 and 34 about saving."),
        [
            "900 Count 900",
            "between the ages of 18 and 34 Age [18,34] year"
        ]
    );
}

#[test]
fn no_one_and_the_inverted_generic_one() {
    assert_eq!(
        view("No-one was hurt when the roof gave way."),
        Vec::<String>::new()
    );
    assert_eq!(
        view("Ministers cannot tax their way out, nor can one expect the banks to lend."),
        Vec::<String>::new()
    );
    // a count after the modal stays
    assert_eq!(
        view("Only one can be chosen, officials said."),
        ["one Count 1"]
    );
}

#[test]
fn a_capitalised_cent_is_a_name() {
    assert_eq!(
        view("Fans queued overnight for tickets to see 50 Cent in Glasgow."),
        Vec::<String>::new()
    );
    assert_eq!(
        view("The stamp costs 50 cents more than last year."),
        ["50 cents Money 0.5 USD", "last year Date 2004"]
    );
}

#[test]
fn race_distances_in_metres() {
    assert_eq!(
        view("The Jamaican 100m and 200m champion pulled out with a hamstring strain."),
        ["100m Dimension 100 m", "200m Dimension 200 m"]
    );
    assert_eq!(
        view("She won the 400m hurdles in a season's best."),
        ["400m Dimension 400 m"]
    );
    // millions elsewhere
    assert_eq!(
        view("The club has debts of 400m and no buyer."),
        ["400m Count 400000000"]
    );
}

#[test]
fn the_second_of_two_ages_in_apposition() {
    assert_eq!(
        view("Their sons Owen, 12, and Rhys, 9 were at school when the fire started."),
        ["12 Age 12 year", "9 Age 9 year"]
    );
    assert_eq!(
        view("She has two daughters, Ava, 4, and Isla, 18 months."),
        ["two Count 2", "4 Age 4 year", "18 months Duration 18 month"]
    );
}

#[test]
fn times_out_of_is_a_fraction() {
    assert_eq!(
        view("Eight times out of 10 the favourite wins this race."),
        ["Eight times out of 10 Fraction 0.8"]
    );
}

#[test]
fn first_as_an_adverb_before_a_past_verb_or_a_purpose() {
    assert_eq!(
        view("The brothers first sold tea from a stall in 1998."),
        ["1998 Date 1998"]
    );
    assert_eq!(
        view("The keeper reacted first to clear the danger."),
        Vec::<String>::new()
    );
    // a rank after a verb of ranking
    assert_eq!(
        view("She finished first to qualify for the final."),
        ["first Ordinal 1"]
    );
}

#[test]
fn a_unit_of_time_after_a_figure_and_its_noun_is_a_rate() {
    assert_eq!(
        view("The plant bottled 12,000 cans an hour of the new drink."),
        ["12,000 Count 12000"]
    );
}

#[test]
fn expanding_from_one_level_to_another_is_a_change() {
    assert_eq!(
        view("The chain is expanding from 12 to 40 stores next year."),
        ["12 Count 12", "40 Count 40", "next year Date 2006"]
    );
}

#[test]
fn to_top_a_figure_is_to_exceed_it() {
    assert_eq!(
        view("Organisers expect attendance to top 80,000 this year."),
        ["to top 80,000 Count (80000,)", "this year Date 2005"]
    );
}

#[test]
fn a_scale_word_hyphened_to_a_currency_is_one_of_it() {
    assert_eq!(
        view("The billion-dollar merger collapsed after regulators objected."),
        ["billion-dollar Money 1000000000 USD"]
    );
    // the idiom is no amount
    assert_eq!(
        view("Whether he stays is the million-dollar question."),
        Vec::<String>::new()
    );
}

#[test]
fn a_vote_written_with_to_is_one_tally() {
    assert_eq!(
        view("The appeal judges ruled by a four to one majority against the council."),
        ["four to one Count 4 score"]
    );
    assert_eq!(
        view("MPs backed the bill by 302 to 251 votes."),
        ["302 to 251 Count 302 score"]
    );
    // a range of counts stays a range
    assert_eq!(
        view("Each class has 20 to 25 pupils."),
        ["20 to 25 Count [20,25]"]
    );
}

#[test]
fn twice_before_a_participle_is_a_count() {
    assert_eq!(
        view("The striker was twice denied by the keeper before the break."),
        ["twice Count 2"]
    );
    // a multiplier is a fraction 2 (GUIDELINES.md's `three times capacity`, indep-NOTES.md
    // decision 253; session 30)
    assert_eq!(
        view("The new bridge is twice as long as the old one."),
        ["twice Fraction 2"]
    );
}
