//! Session 35 (q38, issue 17): classes of quantities indep25 showed, each with sentences written
//! for its test (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

fn has(v: &[String], prefix: &str) -> bool {
    v.iter().any(|x| x.starts_with(prefix))
}

#[test]
fn a_race_named_by_its_distance_is_metres() {
    // a race joined to a race named by a word, and one before an adverb
    let v = view("She pulled out of the steeplechase and 5000m at the trials.");
    assert!(has(&v, "5000m Dimension 5000 m"), "{v:?}");
    let v = view("He ran the half-marathon or 10,000m in most seasons.");
    assert!(has(&v, "10,000m Dimension 10000 m"), "{v:?}");
    let v = view("Her win in the 1500m also secured a place in the team.");
    assert!(has(&v, "1500m Dimension 1500 m"), "{v:?}");
    let v = view("He won the 400m again at the indoor meeting.");
    assert!(has(&v, "400m Dimension 400 m"), "{v:?}");
    // money stays millions: a currency, a noun after the amount, no race before `and`
    let v = view("The club paid £800m and the bank lent the rest.");
    assert!(has(&v, "£800m Money 800000000 GBP"), "{v:?}");
    let v = view("The firm spent the 800m also raised from bonds on new plants.");
    assert!(!v.iter().any(|x| x.contains("Dimension")), "{v:?}");
    let v = view("The group sold its shops and 400m of debt went with them.");
    assert!(!v.iter().any(|x| x.contains("Dimension")), "{v:?}");
}

#[test]
fn one_after_an_adverb_and_an_adjective_is_a_pronoun() {
    for text in [
        "The coach fielded an entirely different one for the cup tie.",
        "The old bridge was replaced by a completely new one in the spring.",
        "The report called the dispute a \"bitter and costly\" one.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.starts_with("one ")), "{text}: {v:?}");
    }
    // a count stays where a number follows or no adjective stands between
    let v = view("He signed a completely new one-year deal in May.");
    assert!(v.iter().any(|x| x.starts_with("one-year")), "{v:?}");
    let v = view("Only one bridge was open after the storm.");
    assert!(has(&v, "one Count 1"), "{v:?}");
}

#[test]
fn a_console_named_ps_and_a_digit_is_no_money() {
    for text in [
        "The game sold well on the PS3 in Japan.",
        "Sales of the PS4 Pro rose before Christmas.",
    ] {
        let v = view(text);
        assert!(
            !v.iter().any(|x| x.contains("Money") || x.contains("Count")),
            "{text}: {v:?}"
        );
    }
    // a lost `£` before a scaled amount stays money
    let v = view("The firm made profits of PS6m last year.");
    assert!(has(&v, "PS6m Money 6000000 GBP"), "{v:?}");
}

#[test]
fn a_lower_case_age_limit_before_a_team_word_is_a_name() {
    for text in [
        "He played for Wales at under-20 level before turning professional.",
        "She was recalled to the under-19 squad for the tournament.",
    ] {
        let v = view(text);
        assert!(
            !v.iter().any(|x| x.starts_with("20") || x.starts_with("19")),
            "{text}: {v:?}"
        );
    }
    // a bound on an age with no team word stays a bound
    let v = view("Children under 12 travel free on the line.");
    assert!(v.iter().any(|x| x.starts_with("under 12")), "{v:?}");
}

#[test]
fn there_was_one_thing_counts_one() {
    // decision 403: the object of a verb of occurring
    let v = view("There is one thing the council has not explained.");
    assert!(
        has(&v, "one Count 1") || has(&v, "one thing Count 1"),
        "{v:?}"
    );
    // the idiom stays no count
    let v = view("It's one thing to promise and another to deliver.");
    assert!(!v.iter().any(|x| x.starts_with("one")), "{v:?}");
}

#[test]
fn a_year_and_the_next_one_digit_after_a_slash_is_a_span() {
    let v = view("Council tax has risen every year since 2006/7 in the borough.");
    assert!(has(&v, "2006/7 Date"), "{v:?}");
    assert!(!v.iter().any(|x| x.starts_with("7 ")), "{v:?}");
    // a later digit that is not the next year is no span
    let v = view("The figures for 2006/9 were revised.");
    assert!(!has(&v, "2006/9 Date"), "{v:?}");
}

#[test]
fn a_software_version_is_a_name() {
    for text in [
        "The flaw affects phones running versions 10.2 and earlier.",
        "Users should upgrade to version 3.1 of the browser.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.contains("Count")), "{text}: {v:?}");
    }
    // a count of versions stays
    let v = view("The studio released three versions of the film.");
    assert!(has(&v, "three Count 3"), "{v:?}");
}
