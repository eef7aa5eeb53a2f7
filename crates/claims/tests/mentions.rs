//! One behaviour per test: values, bounds, units, dates and the false positives to avoid.

use reckon_claims::{Extraction, QuantityKind};

mod common;

fn run(text: &str) -> Extraction {
    common::run_at(text, jiff::civil::date(2025, 7, 7))
}

/// `text kind value unit time` of every claim, one per entry.
fn view(text: &str) -> Vec<String> {
    common::view_of(&run(text))
}

#[test]
fn spelled_and_scaled_numbers() {
    assert_eq!(view("twenty-one people"), ["twenty-one Count 21"]);
    assert_eq!(view("a dozen eggs"), ["a dozen Count 12"]);
    assert_eq!(
        view("a hundred and five soldiers"),
        ["a hundred and five Count 105"]
    );
    assert_eq!(view("1.2 million people"), ["1.2 million Count 1200000"]);
    assert_eq!(view("a budget of $4.5bn"), ["$4.5bn Money 4500000000 USD"]);
    assert_eq!(
        view("it raised 3m last year"),
        ["3m Count 3000000", "last year Date 2024"]
    );
    assert_eq!(
        view("tens of thousands of people"),
        ["tens of thousands Count ~[20000,100000)"]
    );
}

#[test]
fn bounds_and_ranges() {
    assert_eq!(
        view("more than 57,500 dead"),
        ["more than 57,500 Count (57500,)"]
    );
    assert_eq!(view("at least 14 dead"), ["at least 14 Count [14,)"]);
    assert_eq!(view("up to 20 trucks"), ["up to 20 Count (,20]"]);
    assert_eq!(view("fewer than 20 trucks"), ["fewer than 20 Count (,20)"]);
    assert_eq!(view("nearly 65 bodies"), ["nearly 65 Count ~(,65)"]);
    assert_eq!(view("about 18,000 people"), ["about 18,000 Count ~18000"]);
    assert_eq!(
        view("between 10 and 20 trucks"),
        ["between 10 and 20 Count [10,20]"]
    );
    assert_eq!(view("10-20 trucks"), ["10-20 Count [10,20]"]);
    // a score or tally is one mention: a count with unit `score`, the side written first
    assert_eq!(view("the vote was 51-50"), ["51-50 Count 51 score"]);
}

#[test]
fn percent_money_units_ages_durations() {
    assert_eq!(view("45% of voters"), ["45% Percent 45 %"]);
    assert_eq!(view("45 per cent"), ["45 per cent Percent 45 %"]);
    assert_eq!(
        view("two-thirds of them"),
        ["two-thirds Fraction 0.666666666667"]
    );
    assert_eq!(view("one in five adults"), ["one in five Fraction 0.2"]);
    assert_eq!(view("winds of 185 km/h"), ["185 km/h Dimension 185 km/h"]);
    assert_eq!(view("a 27-year-old man"), ["27-year-old Age 27 year"]);
    assert_eq!(view("aged 27"), ["aged 27 Age 27 year"]);
    assert_eq!(
        view("the 21-month-old war"),
        ["21-month-old Duration 21 month"]
    );
    assert_eq!(view("a 60-day ceasefire"), ["60-day Duration 60 day"]);
    assert_eq!(view("for 12 days"), ["12 days Duration 12 day"]);
    assert_eq!(view("the second day"), ["second Ordinal 2"]);
    // a century is a date of century granularity (indep-NOTES.md decision 145), no ordinal
    assert_eq!(view("the 21st century"), ["21st century Date 20"]);
}

#[test]
fn dates_and_times_against_the_article_date() {
    // 2025-07-07 is a Monday
    assert_eq!(view("talks began on Sunday"), ["Sunday Date 2025-07-06"]);
    assert_eq!(view("strikes last month"), ["last month Date 2025-06"]);
    assert_eq!(view("a deal this week"), ["this week Date 2025-W28"]);
    assert_eq!(view("he left yesterday"), ["yesterday Date 2025-07-06"]);
    assert_eq!(
        view("the October 2023 attack"),
        ["October 2023 Date 2023-10"]
    );
    assert_eq!(
        view("on 7 October 2023"),
        ["7 October 2023 Date 2023-10-07"]
    );
    assert_eq!(
        view("the talks will resume on Friday"),
        ["Friday Date 2025-07-11"]
    );
    assert_eq!(
        view("at 6:30pm local time (22:30 GMT) on Monday"),
        [
            "6:30pm local time Time 2025-07-07T18:30",
            "22:30 GMT Time 2025-07-07T22:30Z",
            "Monday Date 2025-07-07"
        ]
    );
    let x = run("at 6:30pm local time");
    assert_eq!(
        x.claims[0].quantity.time.as_ref().unwrap().zone.as_deref(),
        Some("local time")
    );
    assert_eq!(x.claims[0].quantity.kind, QuantityKind::Time);
}

#[test]
fn not_quantities() {
    for text in [
        "the COVID-19 pandemic",
        "G7 leaders met",
        "two F-16 jets crashed",
        "see page 14 of the report",
        "call 555-123-4567 now",
        "Article 5 of the treaty",
        "visit https://example.com/a/2024/05/12 today",
    ] {
        let v: Vec<String> = view(text)
            .into_iter()
            .filter(|s| !s.contains("Date") && !s.starts_with("two"))
            .collect();
        assert!(v.is_empty(), "{text:?} gave {v:?}");
    }
}

#[test]
fn relations_and_contradictions() {
    let x = run("Of the 251 captives, 49 are still held, including 27 who are dead.");
    let r: Vec<String> = x
        .to_compact()
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        r,
        [
            "part_of 1 within 0",
            "part_of 2 within 1",
            "derived 0 - 1 = 202",
            "derived 1 - 2 = 22"
        ]
    );
    let bad = run("Of the 20 captives, 49 are still held.");
    assert!(
        bad.relations.iter().any(|r| r.contradiction),
        "{}",
        bad.to_compact()
    );
}

#[test]
fn every_span_slices_its_text() {
    let text = "Israel’s campaign in Gaza has killed more than 57,500 Palestinians, according to Gaza’s health authorities — about 2% of 2.1m people — since 7 October 2023, at 6:30pm.";
    for c in &run(text).claims {
        assert_eq!(c.quantity.span.slice(text), c.quantity.text);
        assert!(c.sentence.contains(c.quantity.span));
    }
}

#[test]
fn passing_a_figure_is_a_lower_bound_but_the_past_years_are_not() {
    assert_eq!(
        view("as the death toll climbs past 100"),
        ["past 100 Count (100,)"]
    );
    assert_eq!(
        view("the toll passed 60 on Friday"),
        ["passed 60 Count (60,)", "Friday Date 2025-07-04"]
    );
    assert_eq!(
        view("over the past 24 hours"),
        ["24 hours Duration 24 hour"]
    );
    assert_eq!(
        view("over past two decades"),
        ["two decades Duration 20 year"]
    );
    assert_eq!(view("the bill passed 217-213"), ["217-213 Count 217 score"]);
}

#[test]
fn money_with_minor_units_and_grouped_digits() {
    assert_eq!(
        view("it cost 3 dollars 50 cents"),
        ["3 dollars 50 cents Money 3.5 USD"]
    );
    assert_eq!(
        view("thirteen dollars and forty-five cents"),
        ["thirteen dollars and forty-five cents Money 13.45 USD"]
    );
    // a number followed by a noun is not minor units
    assert_eq!(
        view("15 dollars and 50 people"),
        ["15 dollars Money 15 USD", "50 Count 50"]
    );
    assert_eq!(view("losses of 30 MUSD"), ["30 MUSD Money 30000000 USD"]);
    assert_eq!(
        view("rmb 10 usd 20"),
        ["rmb 10 Money 10 CNY", "usd 20 Money 20 USD"]
    );
    assert_eq!(
        view("Rs 12,34,567 in all"),
        ["Rs 12,34,567 Money 1234567 INR"]
    );
    assert_eq!(
        view("a population of 1 414 021 100."),
        ["1 414 021 100 Count 1414021100"]
    );
    // plain-space digit groups among phone digits are a phone number
    assert_eq!(view("call +27 082 838 2309 now"), Vec::<String>::new());
    assert_eq!(
        view("5 million and a half"),
        ["5 million and a half Count 5500000"]
    );
    assert_eq!(
        view("4 thousand 3 hundred and 21"),
        ["4 thousand 3 hundred and 21 Count 4321"]
    );
    assert_eq!(view("five point five"), ["five point five Count 5.5"]);
    // a mixed number counts like `2 1/4`; a vulgar fraction alone is a fraction
    assert_eq!(view("2½ cups"), ["2½ Count 2.5"]);
    assert_eq!(view("¾ of voters"), ["¾ Fraction 0.75"]);
}

#[test]
fn scientific_notation_and_powers() {
    assert_eq!(view("about 1e10 stars"), ["about 1e10 Count ~10000000000"]);
    assert_eq!(view("a rate of -12e-1"), ["-12e-1 Count -1.2"]);
    assert_eq!(view("1.3x10^6 cells"), ["1.3x10^6 Count 1300000"]);
    assert_eq!(view("2.5^-1"), ["2.5^-1 Count 0.4"]);
    // glued into an identifier, as in a URL: not a number
    assert!(view("see 6e9ZXnTV").iter().all(|m| !m.contains("6e9")));
}

#[test]
fn large_ordinals() {
    assert_eq!(
        view("the three trillionth"),
        ["three trillionth Ordinal 3000000000000"]
    );
    assert_eq!(
        view("its a hundred thousandth visitor"),
        ["a hundred thousandth Ordinal 100000"]
    );
    assert_eq!(
        view("the one hundred fifth day"),
        ["one hundred fifth Ordinal 105"]
    );
}

#[test]
fn fractions_of_a_scale_and_dotted_us_dollars() {
    assert_eq!(
        view("three quarters billion us dollars"),
        ["three quarters billion us dollars Money 750000000 USD"]
    );
    assert_eq!(
        view("a prize of U.S. $ 100,000,000"),
        ["U.S. $ 100,000,000 Money 100000000 USD"]
    );
    assert_eq!(
        view("two thirds of them"),
        ["two thirds Fraction 0.666666666667"]
    );
}

#[test]
fn large_numerators_and_denominators() {
    assert_eq!(
        view("one hundred and thirty-two fifths"),
        ["one hundred and thirty-two fifths Fraction 26.4"]
    );
    assert_eq!(
        view("a hundred trillionths"),
        ["a hundred trillionths Fraction 0.0000000001"]
    );
    assert_eq!(
        view("the one millionth visitor"),
        ["one millionth Ordinal 1000000"]
    );
    assert_eq!(
        view("a millionth of a second"),
        ["a millionth Fraction 0.000001"]
    );
    assert_eq!(view("a millionth visitor"), ["millionth Ordinal 1000000"]);
    assert_eq!(view("two hundred quarters"), ["two hundred Count 200"]);
}

#[test]
fn dozen_abbreviations_and_nought() {
    assert_eq!(view("3 dzs eggs"), ["3 dzs Count 36"]);
    assert_eq!(view("five dozs eggs"), ["five dozs Count 60"]);
    assert_eq!(
        view("nine point nought four"),
        ["nine point nought four Count 9.04"]
    );
    assert_eq!(view("naught point five"), ["naught point five Count 0.5"]);
    assert!(view("the plan came to naught").is_empty());
}

#[test]
fn a_fraction_of_a_scale_is_one_amount() {
    assert_eq!(
        view("a quarter of a million refugees"),
        ["a quarter of a million Count 250000"]
    );
    assert_eq!(
        view("a third of a billion dollars"),
        ["a third of a billion dollars Money 333333333.333 USD"]
    );
    assert_eq!(
        view("two thirds of them"),
        ["two thirds Fraction 0.666666666667"]
    );
}

#[test]
fn a_bare_hundred_before_a_scale() {
    assert_eq!(
        view("hundred thousand dollars"),
        ["hundred thousand dollars Money 100000 USD"]
    );
    assert!(view("the hundred days").is_empty());
}

#[test]
fn a_million_unit_code_before_the_number() {
    assert_eq!(view("revenues of MAUD 60"), ["MAUD 60 Money 60000000 AUD"]);
    assert_eq!(view("losses of 30 MUSD"), ["30 MUSD Money 30000000 USD"]);
}

#[test]
fn compound_ordinal_denominators() {
    assert_eq!(
        view("three twenty-firsts"),
        ["three twenty-firsts Fraction 0.142857142857"]
    );
    assert_eq!(
        view("one twenty-fifth of the vote"),
        ["one twenty-fifth Fraction 0.04"]
    );
    assert_eq!(
        view("three twenty seconds"),
        ["three Count 3", "twenty seconds Duration 20 second"]
    );
}

#[test]
fn a_quantified_hundred_before_a_scale_is_not_one_hundred() {
    // a vague multiple of the scale (see `vague_multiples_of_a_scale`), never exactly 100,000
    assert_eq!(
        view("several hundred thousand people"),
        ["several hundred thousand Count ~[200000,1000000)"]
    );
    assert_eq!(
        view("some hundred thousand people"),
        ["some hundred thousand Count ~100000"]
    );
}

#[test]
fn a_unit_of_time_and_a_half() {
    assert_eq!(
        view("It took a year and a half."),
        ["a year and a half Duration 1.5 year"]
    );
    assert_eq!(
        view("for an hour and a half"),
        ["an hour and a half Duration 1.5 hour"]
    );
    assert_eq!(
        view("two years and a half"),
        ["two years and a half Duration 2.5 year"]
    );
    assert!(view("a year and a dog").is_empty());
}

/// `text anchor offset` of every relative ordinal.
fn relative(text: &str) -> Vec<String> {
    run(text)
        .relative_ordinals
        .iter()
        .map(|r| format!("{} {:?}{:+}", r.text, r.anchor, r.offset))
        .collect()
}

#[test]
fn relative_ordinals_are_positions_not_quantities() {
    assert_eq!(
        relative("the next one - with crew - was delayed"),
        ["next one Current+1"]
    );
    assert!(view("the next one - with crew - was delayed").is_empty());
    assert_eq!(
        relative("in the second-to-last round and the penultimate lap"),
        ["the second-to-last End-1", "penultimate End-1"]
    );
    assert_eq!(relative("the last but one"), ["the last but one End-1"]);
    assert_eq!(relative("a previous version"), ["previous Current-1"]);
    // inside a date, a verb, an adverb, a preposition: not relative ordinals
    assert!(relative("last month the talks would last for days; at last they met").is_empty());
    assert!(relative("next week, next to the school").is_empty());
    assert_eq!(view("next week"), ["next week Date 2025-W29"]);
    // before a span of time or a part of the day: a period, not a position
    assert!(relative("aid for the next three months, less in the last 10 years").is_empty());
    assert!(relative("she spent last night in a classroom").is_empty());
    // before a count, a position in the sequence (Recognizers-Text's `the next 3 books`)
    assert_eq!(relative("the next 3 books"), ["next Current+1"]);
}

#[test]
fn shares_after_by_or_a_modifier_and_ratios_with_over() {
    assert_eq!(
        view("migration had plummeted by a third after the changes"),
        ["a third Fraction 0.333333333333"]
    );
    assert_eq!(
        view("rates dropped by about a quarter in the decade"),
        ["about a quarter Fraction ~0.25"]
    );
    // elliptical ordinals: the term, the republic
    assert_eq!(view("he would not serve a third."), ["third Ordinal 3"]);
    assert_eq!(view("begin a sixth, with less"), ["sixth Ordinal 6"]);
    assert_eq!(view("one over 20"), ["one over 20 Fraction 0.05"]);
    assert_eq!(
        view("as many as 30 over three years"),
        [
            "as many as 30 Count (,30]",
            "over three years Duration 3 year"
        ]
    );
    assert_eq!(view("fifty - two"), ["fifty - two Count 52"]);
    assert_eq!(view("five - eighths"), ["five - eighths Fraction 0.625"]);
}

#[test]
fn half_after_a_modifier_and_mixed_numbers() {
    assert_eq!(
        view("nearly half were killed"),
        ["nearly half Fraction ~(,0.5)"]
    );
    assert_eq!(view("growth could be cut by half"), ["half Fraction 0.5"]);
    // durations, not shares
    assert!(view("over the past half century").is_empty());
    assert_eq!(
        view("two hundred and fifty-four hundredths"),
        ["two hundred and fifty-four hundredths Count 200.54"]
    );
    assert_eq!(
        view("one hundred and thirty-two fifths"),
        ["one hundred and thirty-two fifths Fraction 26.4"]
    );
    assert_eq!(
        view("one hundred thirty-fifths"),
        ["one hundred thirty-fifths Fraction 2.85714285714"]
    );
    assert_eq!(
        view("a value of two hundred thirty two and a thirtieth"),
        ["two hundred thirty two and a thirtieth Count 232.033333333"]
    );
    // arithmetic, not `or more`
    assert_eq!(
        view("nought point nought three plus zero point zero eight"),
        [
            "nought point nought three Count 0.03",
            "zero point zero eight Count 0.08"
        ]
    );
    assert_eq!(view("a target of US$ 1MM"), ["US$ 1MM Money 1000000 USD"]);
    assert_eq!(view("the scheme came to naught"), Vec::<String>::new());
}

#[test]
fn paired_bounds_and_negated_comparatives() {
    assert_eq!(
        view("a minimum of 20,000 yuan and a maximum of 500,000 yuan"),
        ["a minimum of 20,000 yuan and a maximum of 500,000 yuan Money [20000,500000] CNY"]
    );
    assert_eq!(
        view("more than 10 and less than 40"),
        ["more than 10 and less than 40 Count (10,40)"]
    );
    // inconsistent, or a word between: two claims
    assert_eq!(
        view("More than 40 and less than 10"),
        ["More than 40 Count (40,)", "less than 10 Count (,10)"]
    );
    assert_eq!(
        view("a gift should not exceed 60,000 yuan"),
        ["not exceed 60,000 yuan Money (,60000] CNY"]
    );
    assert_eq!(
        view("engines no larger than 1.6 liters"),
        ["no larger than 1.6 liters Dimension (,1.6] l"]
    );
    assert_eq!(view("scores of 40 or above"), ["40 or above Count [40,)"]);
    assert_eq!(view("when >= 30"), [">= 30 Count [30,)"]);
}

#[test]
fn vague_multiples_of_a_scale() {
    // as the plural (`hundreds of thousands`, `dozens`): the gold reads `several hundred million
    // dollars` and `several dozen metres` so (indep7, test2)
    assert_eq!(
        view("Several hundred thousand people fled"),
        ["Several hundred thousand Count ~[200000,1000000)"]
    );
    assert_eq!(
        view("a few hundred million dollars"),
        ["a few hundred million dollars Money ~[200000000,1000000000) USD"]
    );
    assert_eq!(view("a few dozen schools"), ["a few dozen Count ~[24,100)"]);
    assert!(view("Several people were hurt. A few were hit.").is_empty());
}

#[test]
fn news_false_positives_and_article_durations() {
    // `a $54 billion`: the article, US dollars (not A$)
    assert_eq!(
        view("It approved a $54 billion increase"),
        ["$54 billion Money 54000000000 USD"]
    );
    assert_eq!(
        view("within 30 days"),
        ["within 30 days Duration (,30] day"]
    );
    assert_eq!(
        view("it could take up to a year"),
        ["up to a year Duration (,1] year"]
    );
    assert_eq!(
        view("the house passed a second reading"),
        ["second Ordinal 2"]
    );
    assert_eq!(view("The one-hour reading"), ["one-hour Duration 1 hour"]);
    assert_eq!(
        view("Spike Lee, who turns 60 on Monday, said"),
        ["60 Age 60 year", "Monday Date 2025-07-07"]
    );
    assert_eq!(
        view("queries of no more than four to five words"),
        ["no more than four to five Count (,5]"]
    );
    // pronouns and names
    assert!(view("establishing a new one wouldn't be easy").is_empty());
    assert!(view("They have one, too.").is_empty());
    assert!(view("the America First policy of the Ninth Circuit").is_empty());
    assert!(view("first-time buyers").is_empty());
    assert_eq!(view("the cinema one night"), ["one night Duration 1 night"]);
}

#[test]
fn a_range_of_days_is_one_interval() {
    assert_eq!(
        view("Talks were held on February 4-6 in Geneva."),
        ["February 4-6 Date 2025-02-04/2025-02-06"]
    );
    assert_eq!(
        view("The games run March 2-12, 2019 and 4-6 February 2018."),
        [
            "March 2-12, 2019 Date 2019-03-02/2019-03-12",
            "4-6 February 2018 Date 2018-02-04/2018-02-06"
        ]
    );
    // a score before a month is not a range of days
    assert_eq!(
        view("The score was 4-6 in February."),
        ["4-6 Count [4,6]", "February Date 2025-02"]
    );
}

#[test]
fn emergency_numbers_and_glued_area_units() {
    assert_eq!(
        view("She called 911 and the toll rose to 911."),
        ["911 Count 911"]
    );
    assert_eq!(
        view("a 5,000sq-km \"safe zone\""),
        ["5,000sq-km Dimension 5000 km2"]
    );
}

#[test]
fn partitive_one_and_adverbial_first_are_not_quantities() {
    assert!(view("He is one of Trump's biggest supporters.").is_empty());
    assert!(view("Whales were first spotted in the bay.").is_empty());
    assert!(view("the first lady and First of all").is_empty());
    assert_eq!(view("Two of them died"), ["Two Count 2"]);
    assert_eq!(view("the first round"), ["first Ordinal 1"]);
}
