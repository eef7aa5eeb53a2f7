//! Session 28b (q28b, issue 17): numbers inside names on text no batch was tuned on, each class
//! with sentences written for its test (none copied from a gold batch or the text read) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn a_makers_model_number_is_its_name() {
    // a firearm after its maker, a mission after its programme: no quantity
    assert!(view("Deputies found a loaded Glock 23 pistol under the seat.").is_empty());
    assert!(view("He owned a Remington 700 and a Mossberg 500 shotgun.").is_empty());
    assert!(view("Apollo 11 carried the crew to the Moon.").is_empty());
    assert!(view("The Apollo 12 astronauts landed on the Moon.").is_empty());
    // a count after the maker's word stays a count
    let v = view("The magazine held Glock 17 rounds and two spares.");
    assert!(v.iter().any(|x| x.starts_with("17")), "{v:?}");
    let v = view("Apollo 13 million viewers watched.");
    assert!(v.iter().any(|x| x.starts_with("13 million")), "{v:?}");
}

#[test]
fn a_roads_number_after_its_abbreviated_type_is_its_name() {
    // a road named by an abbreviated type and a number: no quantity
    assert!(view("The van stalled on U.S. 31 near the county line.").is_empty());
    assert!(view("He turned left on S.R. 44 from Mill Road.").is_empty());
    assert!(view("Crews cleared debris along Hwy 12 and US 1.").is_empty());
    // years after the country's initials stay years
    let v = view("She moved to the U.S. 30 years ago.");
    assert!(v.iter().any(|x| x.starts_with("30 years")), "{v:?}");
}

#[test]
fn a_district_or_a_tiers_number_is_its_name() {
    // a city's postal district, a tour's tier: no quantity
    assert!(view("A man of Gardiner Street in Dublin 1 was fined.").is_empty());
    assert!(
        view("It was her third WTA 1000 title.")
            .iter()
            .all(|x| x.starts_with("third"))
    );
    // people counted after the city's name stay counted
    let v = view("In Dublin 12 people were hurt.");
    assert!(v.iter().any(|x| x.starts_with("12")), "{v:?}");
}
