//! The quantity classes that independent news text (other outlets, other years) showed us
//! missing or misread (issue 17): numbers inside names, scores, currencies, units, ranges and
//! vague magnitudes. One test per class, named after what it guards, plus a snapshot of
//! `fixtures/issue17-quantities.txt` (one line a case) in the compact claim view.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2025-07-07).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2025, 7, 7)))
}

#[test]
fn numbers_ending_product_index_and_event_names_are_not_counts() {
    assert_eq!(
        view("Apple unveiled the iPhone 14 on Friday."),
        ["Friday Date 2025-07-04"]
    );
    assert!(view("the Galaxy Note 20 sold well").is_empty());
    assert_eq!(view("The S&P 500 fell 2%."), ["2% Percent 2 %"]);
    assert!(view("while the FTSE 100 rose").is_empty());
    assert!(view("shares of Fortune 100 companies").is_empty());
    assert!(view("they won Game 7 after Covid 19 struck").is_empty());
    assert!(view("the Six Nations and Air Force One").is_empty());
}

#[test]
fn counts_after_capitalised_words_stay_counts() {
    // a headline capitalises its verbs
    assert_eq!(view("Police Arrest 3 Men In Shooting"), ["3 Count 3"]);
    // a place after a preposition, a name before `times`, a date, an ordinal
    assert_eq!(view("In Texas 12 people died"), ["12 Count 12"]);
    assert_eq!(view("he met Lavrov 13 times"), ["13 Count 13"]);
    assert_eq!(view("on Sun 19 Mar"), ["19 Mar Date 2025-03-19"]);
    assert_eq!(
        view("the Urban Arts Partnership 25th anniversary"),
        ["25th Ordinal 25"]
    );
    // a capitalised spelled number before a unit of time is a duration (`DNA One month on`)
    assert_eq!(
        view("No return without DNA One month on"),
        ["One month Duration 1 month"]
    );
    // a capitalised word opening a quotation is no name
    assert_eq!(view("he said: \"Only 20 people came\""), ["20 Count 20"]);
    // years after a name stay years
    assert_eq!(view("at Euro 2016 in France"), ["2016 Date 2016"]);
}

#[test]
fn a_score_or_tally_is_one_mention() {
    assert_eq!(view("Leeds beat Charlton 2-1"), ["2-1 Count 2 score"]);
    assert_eq!(view("a 9-2 lead"), ["9-2 Count 9 score"]);
    assert_eq!(view("tied at 89-89"), ["89-89 Count 89 score"]);
    // a split of percentages or amounts is not a score; nor spelled chains or years BC
    assert_eq!(
        view("voted 55-45 percent"),
        ["55 Count 55", "45 percent Percent 45 %"]
    );
    assert_eq!(view("they were playing three-nought-four").len(), 3);
    assert_eq!(
        view("the period (770-221 BC)")
            .iter()
            .filter(|v| v.contains("score"))
            .count(),
        0
    );
    // a range is still a range
    assert_eq!(view("10-20 trucks"), ["10-20 Count [10,20]"]);
}

#[test]
fn a_span_of_years_with_a_short_end_is_one_date() {
    assert_eq!(view("the 2004-05 season"), ["2004-05 Date 2004/2005"]);
    assert_eq!(
        view("the cultural revolution (1966-76)"),
        ["1966-76 Date 1966/1976"]
    );
    assert_eq!(view("by 2019/20"), ["2019/20 Date 2019/2020"]);
}

#[test]
fn currencies_written_with_local_signs_and_minor_units() {
    assert_eq!(
        view("sold for $A82,615,680"),
        ["$A82,615,680 Money 82615680 AUD"]
    );
    assert_eq!(view("closed at US $58.24"), ["US $58.24 Money 58.24 USD"]);
    assert_eq!(view("it costs RM79"), ["RM79 Money 79 MYR"]);
    assert_eq!(view("it costs 18 sen"), ["18 sen Money 0.18 MYR"]);
    assert_eq!(view("shares rose to 164p"), ["164p Money 1.64 GBP"]);
    assert_eq!(
        view("earned 63 cents per share"),
        ["63 cents Money 0.63 USD"]
    );
    // a pound sign lost in encoding, glued and in capitals (`PS 118` is a school)
    assert_eq!(view("profits of PS6m"), ["PS6m Money 6000000 GBP"]);
    assert_eq!(view("pupils of PS 118"), ["118 Count 118"]);
    // an hour is no pence
    assert_eq!(
        view("the show starts at 9p ET")
            .iter()
            .filter(|v| v.contains("GBP"))
            .count(),
        0
    );
}

#[test]
fn units_of_frequency_power_fuel_charge_and_temperature() {
    assert_eq!(view("at 3.2GHz"), ["3.2GHz Dimension 3.2 GHz"]);
    assert_eq!(view("at 60 Hz"), ["60 Hz Dimension 60 Hz"]);
    assert_eq!(view("makes 300 hp"), ["300 hp Dimension 300 hp"]);
    assert_eq!(view("makes 350bhp"), ["350bhp Dimension 350 hp"]);
    assert_eq!(view("does 45 mpg"), ["45 mpg Dimension 45 mpg"]);
    assert_eq!(view("a 4,000mAh battery"), ["4,000mAh Dimension 4000 mAh"]);
    assert_eq!(view("128GB of storage"), ["128GB Dimension 128 GB"]);
    assert_eq!(view("it was 98 degF"), ["98 degF Dimension 98 °F"]);
    assert_eq!(view("it was 37 deg C"), ["37 deg C Dimension 37 °C"]);
    // a one-letter unit only glued, and not to a year or a code
    assert_eq!(view("a 1.0l engine"), ["1.0l Dimension 1 l"]);
    assert_eq!(view("launched in 2014l"), ["2014 Date 2014"]);
    assert!(view("code 24703L202").iter().all(|v| !v.contains(" l")));
}

#[test]
fn negative_values_and_powers_of_ten() {
    assert_eq!(
        view("minus-130 degrees"),
        ["minus-130 degrees Dimension -130 °"]
    );
    assert_eq!(
        view("a mass of 1.99×10−30 kg"),
        ["1.99×10−30 kg Dimension 0.00000000000000000000000000000199 kg"]
    );
    assert_eq!(
        view("some 6.02×10^23 atoms"),
        ["some 6.02×10^23 Count ~602000000000000000000000"]
    );
}

#[test]
fn both_ends_of_ranges() {
    assert_eq!(
        view("it will cost $3 billion to $5 billion"),
        ["$3 billion to $5 billion Money [3000000000,5000000000] USD"]
    );
    assert_eq!(
        view("from RM120,000 to RM300,000"),
        ["from RM120,000 to RM300,000 Money [120000,300000] MYR"]
    );
    // two currencies are two amounts
    assert_eq!(view("from 70p to \u{fffd}88").len(), 2);
}

#[test]
fn vague_magnitudes_with_their_unit() {
    assert_eq!(
        view("tens of thousands marched"),
        ["tens of thousands Count ~[20000,100000)"]
    );
    assert_eq!(
        view("millions of Americans watched"),
        ["millions Count ~[2000000,1000000000)"]
    );
    assert_eq!(
        view("hundreds of miles away"),
        ["hundreds of miles Dimension ~[200,1000) mi"]
    );
    assert_eq!(
        view("for thousands of years"),
        ["thousands of years Duration ~[2000,10000) year"]
    );
}

#[test]
fn composite_durations_are_summed_in_the_smaller_unit() {
    assert_eq!(
        view("the record is 1 minute 39.96 seconds"),
        ["1 minute 39.96 seconds Duration 99.96 second"]
    );
    assert_eq!(
        view("after 50 hours and 38 minutes"),
        ["50 hours and 38 minutes Duration 3038 minute"]
    );
    // an age after the smaller unit keeps the two apart
    assert_eq!(view("she was 12 years and seven months old").len(), 2);
}

#[test]
fn blocks_away_are_a_distance_not_a_count() {
    assert_eq!(
        view("he lived 12 blocks away"),
        ["12 blocks Dimension 12 block"]
    );
    assert_eq!(view("three blocks of flats"), ["three Count 3"]);
}

#[test]
fn formats_written_as_sums_are_not_numbers() {
    assert!(view("ahead of a 2+2 meeting").is_empty());
}

#[test]
fn issue17_fixture_snapshot() {
    let text = include_str!("fixtures/issue17-quantities.txt");
    let mut out = String::new();
    for line in text.lines() {
        out += &format!("{line}\n");
        for v in view(line) {
            out += &format!("  {v}\n");
        }
    }
    insta::with_settings!({ snapshot_suffix => "issue17-quantities", omit_expression => true, prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(out);
    });
}
