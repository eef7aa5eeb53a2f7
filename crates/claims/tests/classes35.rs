//! Session 34 (q35, issue 17): indep23's classes of quantities, each with sentences written for
//! its test (none copied from a gold batch) and the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

/// Whether some claim of `v` is a count whose text ends in `one`.
fn counts_one(v: &[String]) -> bool {
    v.iter().any(|x| x.to_lowercase().contains("one count"))
}

#[test]
fn one_standing_for_a_noun_is_no_count() {
    // `another one` before no noun, a determiner and a name before it, `all one` + a word, the
    // rhetorical `if there is one X`
    for text in [
        "The old bridge fell and the council built another one.",
        "Smith is another one showing real promise this spring.",
        "The shop sold a Sony camera and a Canon one.",
        "A Nokia one was cheaper than the rest.",
        "The whole scheme is all one big marketing stunt.",
        "We are all one family in this village.",
        "If there is one lesson from the flood, it is that the levees were too low.",
    ] {
        let v = view(text);
        assert!(!counts_one(&v), "{text}: {v:?}");
    }
}

#[test]
fn one_keeps_its_count_before_a_measure_or_beside_other_numbers() {
    for text in [
        "Two soldiers died and another one was injured.",
        "If there is only one exit, the building is unsafe.",
        "The inspectors asked if there was one cause behind both failures.",
        "Only one person came to the meeting.",
        "The team won one game all season.",
    ] {
        let v = view(text);
        assert!(counts_one(&v), "{text}: {v:?}");
    }
    // a number or unit after `another one` keeps the measure
    let v = view("He signed another one-year deal with the club.");
    assert!(
        v.iter().any(|x| x.starts_with("one-year Duration 1")),
        "{v:?}"
    );
    let v = view("The fund raised another one million dollars.");
    assert!(v.iter().any(|x| x.contains("Money 1000000")), "{v:?}");
}

#[test]
fn a_telephone_number_with_a_dialling_code_is_no_count() {
    for text in [
        "Readers can order the guide by telephoning 0800 123 4567 before Friday.",
        "Call the box office on 020 7946 0018 for tickets.",
        "Ring 01632 960 123 after six.",
    ] {
        let v = view(text);
        assert!(
            !v.iter().any(|x| x.contains("Count") && x.starts_with('0')
                || x.starts_with("123 ")
                || x.starts_with("7946")
                || x.starts_with("960")),
            "{text}: {v:?}"
        );
    }
    // a zero and a spaced number stay numbers (no dialling code of three digits or more, too
    // few digits)
    let v = view("The home side won 3 0 in 2019 and the 050 2 result stood.");
    assert!(v.iter().any(|x| x.starts_with("050 Count")), "{v:?}");
}

#[test]
fn a_bound_or_hedge_carries_to_the_bracketed_conversions() {
    // an upper bound and a hedge on the first sum bound or hedge every bracketed conversion
    let v =
        view("The regulator can impose a fine of up to 50,000 yuan ($7,000; £5,600) on the firm.");
    assert!(
        v.iter().any(|x| x.starts_with("$7,000 Money (,7000] USD")),
        "{v:?}"
    );
    assert!(
        v.iter().any(|x| x.starts_with("£5,600 Money (,5600] GBP")),
        "{v:?}"
    );
    let v = view("The sequel earned almost $900m (£480m) in cinemas.");
    assert!(
        v.iter()
            .any(|x| x.starts_with("£480m Money ~(,480000000) GBP")),
        "{v:?}"
    );
    let v = view("The plant cost about 2bn euros ($2.2bn) to build.");
    assert!(
        v.iter()
            .any(|x| x.starts_with("$2.2bn Money ~2200000000 USD")),
        "{v:?}"
    );
    // an exact sum, a range and a sum outside the brackets carry nothing
    let v = view("The club paid $30m (£16m) for the striker.");
    assert!(
        v.iter().any(|x| x.starts_with("£16m Money 16000000 GBP")),
        "{v:?}"
    );
    let v = view("The fee rose to up to $5m, from $3m (£2m) before.");
    assert!(
        v.iter().any(|x| x.starts_with("£2m Money 2000000 GBP")),
        "{v:?}"
    );
}

#[test]
fn numbers_inside_names_are_no_quantities() {
    for (text, number) in [
        ("She won her first cap as a Wales Under-19 player.", "19"),
        (
            "The new film will delight 007 enthusiasts everywhere.",
            "007",
        ),
        (
            "He told the BBC's 24 Hours programme that he would stay.",
            "24",
        ),
        (
            "Her album includes a cover of the song 7 Days that critics loved.",
            "7",
        ),
        ("The Nokia Communicator series 9 was the best of them.", "9"),
        (
            "Critics called them the so-called \"ten-dollar votes\" of the campaign.",
            "ten",
        ),
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.starts_with(number)), "{text}: {v:?}");
    }
    // the neighbours: a lower-case unit, a capitalised unit after a capitalised word, a series'
    // score, a lower-case age limit stay quantities
    for (text, number) in [
        (
            "The rocket took 60 minutes to reach orbit.",
            "60 minutes Duration",
        ),
        ("The Lakers won the series 3-1 on Sunday.", "3-1"),
        (
            "They watched the Ashes series 2 weeks ago in Perth.",
            "2 weeks ago Date",
        ),
    ] {
        let v = view(text);
        assert!(v.iter().any(|x| x.starts_with(number)), "{text}: {v:?}");
    }
}

#[test]
fn a_former_rank_and_consecutive_quarters() {
    // `former number N` is a place held in a ranking (decision 362)
    let v = view("She beat former number two Maria Lopez in straight sets.");
    assert!(v.iter().any(|x| x.starts_with("two Ordinal 2")), "{v:?}");
    // N consecutive quarters is a length of 3N months (decision 214); `two quarters` alone is
    // still a fraction, a rank of one quarter an ordinal
    let v = view("Output has fallen for three consecutive quarters, the agency said.");
    assert!(
        v.iter()
            .any(|x| x.starts_with("three consecutive quarters Duration 9 month")),
        "{v:?}"
    );
    let v = view("Two quarters of the field were flooded.");
    assert!(
        v.iter().any(|x| x.starts_with("Two quarters Fraction 0.5")),
        "{v:?}"
    );
    let v = view("It was the fifth consecutive quarter of growth.");
    assert!(v.iter().any(|x| x.starts_with("fifth Ordinal 5")), "{v:?}");
}

#[test]
fn an_article_an_adjective_a_noun_and_or_two_is_one_range() {
    let v = view("All it takes is a forged receipt or two and the refund is paid.");
    assert!(
        v.iter()
            .any(|x| x.starts_with("a forged receipt or two Count [1,2]")),
        "{v:?}"
    );
    let v = view("The repairs will take a full week or two.");
    assert!(
        v.iter()
            .any(|x| x.starts_with("a full week or two Duration [1,2] week")),
        "{v:?}"
    );
    // not a quantifier before `or two`
    let v = view("They kept a few or two of them.");
    assert!(!v.iter().any(|x| x.contains("few or two")), "{v:?}");
}
