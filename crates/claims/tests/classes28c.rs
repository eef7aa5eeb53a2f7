//! Session 28c (q28c, issue 17): classes of the 1961 press (indep18, a development batch once
//! scored) found again in other text, each with sentences written for its test (none copied
//! from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn a_weapons_yield_is_in_megatons_or_kilotons() {
    // decision 252: the yield of a nuclear weapon is a dimension in Mt or kt
    let v = view("The test device had a yield of 15 megatons.");
    assert!(
        v.iter()
            .any(|x| x.contains("Dimension") && x.contains("Mt")),
        "{v:?}"
    );
    let v = view("The bomb dropped on the city yielded about 20 kilotons.");
    assert!(
        v.iter()
            .any(|x| x.contains("Dimension") && x.contains("kt")),
        "{v:?}"
    );
    // a weight in tons stays a weight
    let v = view("The barge carried 400 tons of coal.");
    assert!(
        v.iter().any(|x| x.contains("ton")) && !v.iter().any(|x| x.contains("Mt")),
        "{v:?}"
    );
}

#[test]
fn sums_of_money_joined_by_or_are_one_range() {
    // alternatives with the sign on each: one range, approximate when `about` leads
    assert_eq!(
        view("Rent runs about $900 or $950 a month."),
        ["about $900 or $950 Money ~[900,950] USD"]
    );
    let v = view("Tickets cost $20 or $25 at the door.");
    assert!(
        v.iter().any(|x| x.starts_with("$20 or $25 Money [20,25]")),
        "{v:?}"
    );
    // the smaller after the larger is two sums, not a range
    assert_eq!(view("He paid $50 or $40 for it.").len(), 2);
    // a scale on the last end only is no pair of alternatives read as written
    let v = view("They sold around $6 or $7 billion of art.");
    assert!(!v.iter().any(|x| x.contains("or $7")), "{v:?}");
}

#[test]
fn the_generic_one_before_does_not_or_a_verb_of_thought_is_no_count() {
    // the generic pronoun opening a clause: no count
    assert!(view("One does not need a map to find the old mill.").is_empty());
    assert!(view("Looking at the ruins, one wonders how the bridge stood.").is_empty());
    assert!(view("It gets harder when one thinks of the cost.").is_empty());
    // a count before a past verb or after a word that restricts it stays a count
    let v = view("Two men were shot; one died at the scene.");
    assert!(v.iter().any(|x| x.starts_with("one Count 1")), "{v:?}");
    let v = view("Only one knows the code.");
    assert!(v.iter().any(|x| x.starts_with("one Count 1")), "{v:?}");
}
