//! Session 29c (q29c, issue 17): the pronoun `one` left counted in indep19's class, each with
//! sentences written for its test (none copied from a gold batch) and the neighbours the rule
//! must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn one_with_a_possessive_is_the_generic_pronoun() {
    for text in [
        "Nothing is sadder than to lose one's home to a flood.",
        "It depends on one's point of view, the mayor said.",
        "Walking helps clear one's head after 8 hours at a desk.",
        "One's own children rarely listen.",
        "The council said one's not allowed to park there.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.starts_with("one ")), "{text}: {v:?}");
        assert!(!v.iter().any(|x| x.starts_with("One ")), "{text}: {v:?}");
    }
    // a count of a thing named after it, a restricted count and a name stay as they were
    // `one's` as `one is` before a verb, after a number of the sentence: one of those counted
    let v = view("There are two patrol boats out there and one's getting ready to leave.");
    assert!(v.iter().any(|x| x.starts_with("one ")), "{v:?}");
    let v = view("Only one's left in the lot, and one woman's car was towed.");
    assert!(v.iter().any(|x| x.starts_with("one ")), "{v:?}");
    let v = view("Air Force One's replacement will cost $4 billion.");
    assert!(!v.iter().any(|x| x.starts_with("One ")), "{v:?}");
}

#[test]
fn one_after_an_auxiliary_a_question_word_inverts_is_the_generic_pronoun() {
    for text in [
        "How does one explain the drop in sales?",
        "Where does one find a plumber on a Sunday?",
        "What would one do with 40 acres?",
        "Why should one care about the vote?",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.starts_with("one ")), "{text}: {v:?}");
    }
    // a noun of a count after it keeps the count
    for text in [
        "Why should one man decide for 8 million people?",
        "How can one person run three shops?",
    ] {
        let v = view(text);
        assert!(v.iter().any(|x| x.starts_with("one ")), "{text}: {v:?}");
    }
}

#[test]
fn an_age_opening_a_clause_before_a_name_or_a_possessive() {
    // `At N,` opening a sentence before a name in capitals or a possessive determiner: the age
    // of the person the clause tells of (from 13 up)
    for (text, age) in [
        (
            "At 91, Maria Lopez still runs the bakery every morning.",
            "91",
        ),
        ("At 19, Okafor began studying law in Lagos.", "19"),
        ("At 24, her first novel won a national prize.", "24"),
    ] {
        let v = view(text);
        assert!(
            v.iter()
                .any(|x| x.starts_with(&format!("{age} Age {age} year"))),
            "{text}: {v:?}"
        );
    }
    // after a spaced dash, before a pronoun
    let v = view("He is still in school - at 17, he's the youngest on the team.");
    assert!(v.iter().any(|x| x.starts_with("17 Age 17 year")), "{v:?}");
    // a clock hour before a name stays no age
    let v = view("At 7, NBC will air the debate.");
    assert!(!v.iter().any(|x| x.contains("Age")), "{v:?}");
}

#[test]
fn pounds_before_a_comparative_of_weight_are_a_weight() {
    for text in [
        "He came back to camp 15 pounds lighter than last spring.",
        "She was 30 pounds overweight when the program began.",
    ] {
        let v = view(text);
        assert!(v.iter().any(|x| x.contains(" lb")), "{text}: {v:?}");
        assert!(!v.iter().any(|x| x.contains("GBP")), "{text}: {v:?}");
    }
    // pounds of money before another comparative stay money
    let v = view("The fare is 20 pounds cheaper than last year.");
    assert!(v.iter().any(|x| x.contains("GBP")), "{v:?}");
}

#[test]
fn one_before_a_present_verb_of_perception_inside_a_clause_is_the_generic_pronoun() {
    for text in [
        "In the old songs one hears the same complaint about rent.",
        "The mayor said one senses a change in the mood of voters.",
        "Walking through the market, what one notices first is the noise.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.starts_with("one ")), "{text}: {v:?}");
    }
    // a restricted count stays a count
    for text in [
        "Of the 12 judges, only one sees a problem with the law.",
        "Of the 40 firms polled, just one finds the rule useful.",
    ] {
        let v = view(text);
        assert!(v.iter().any(|x| x.starts_with("one ")), "{text}: {v:?}");
    }
}
