//! Session 32 (q32, issue 17): classes of quantities left on the development batches (indep21
//! above all), each with sentences written for its test (none copied from a gold batch) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

/// The view of the claim whose text starts with `head`.
fn claim<'a>(v: &'a [String], head: &str) -> &'a str {
    common::view_line(v, head)
}

#[test]
fn over_the_parts_of_a_contest_spreads_a_figure_across_them() {
    // a figure named before, spread over the innings, rounds or Games that follow: across
    for (text, head) in [
        (
            "The left-hander allowed three hits over eight innings on Sunday.",
            "eight",
        ),
        ("She won five medals over three Olympics.", "three"),
        (
            "The Scot shot 12 under par over four rounds to take the title.",
            "four",
        ),
    ] {
        // (the extent keeps `over`, as `spread over nine hours` does)
        let v = view(text);
        let c = claim(&v, &format!("over {head}"));
        let n = common::view_of(&common::run_at(head, jiff::civil::date(2026, 3, 4)));
        let exact = n[0].split_once(' ').map_or("", |x| x.1);
        assert_eq!(c, format!("over {head} {exact}"), "{text}: {v:?}");
    }
    // no figure before it: `over` is more than
    let v = view("He has pitched over 300 innings in the majors.");
    assert!(claim(&v, "over 300").contains("(300,)"), "{v:?}");
    // `for over`, `in over` keep the bound
    let v = view("The Yankees scored 4 runs in over 20 innings this week.");
    assert!(claim(&v, "over 20").contains("(20,)"), "{v:?}");
    // other nouns keep the bound
    let v = view("They sold 40 tickets to over 30 families.");
    assert!(claim(&v, "over 30").contains("(30,)"), "{v:?}");
}

#[test]
fn as_young_as_and_as_old_as_bound_an_age() {
    for (text, head, value) in [
        (
            "The vaccine is now offered to children as young as 5.",
            "as young as 5",
            "[5,)",
        ),
        (
            "Workers as young as fourteen were found in the mill.",
            "as young as fourteen",
            "[14,)",
        ),
        (
            "The trial enrolled patients as old as 95, and most did well.",
            "as old as 95",
            "(,95]",
        ),
        (
            "Some recruits were as young as 16 years old when they joined.",
            "as young as 16 years old",
            "[16,)",
        ),
    ] {
        let v = view(text);
        let c = claim(&v, head);
        assert!(
            c.starts_with(&format!("{head} Age {value} year")),
            "{text}: {v:?}"
        );
    }
    // a noun after the number: no bare age (`as old as 300 million years`, `as young as two
    // weeks` are other quantities)
    let v = view("Babies as young as two weeks were treated there.");
    assert!(!v.iter().any(|x| x.contains(" Age ")), "{v:?}");
    let v = view("Some rocks there are as old as 300 million years.");
    assert!(!v.iter().any(|x| x.contains(" Age ")), "{v:?}");
}

#[test]
fn a_bound_before_a_range_of_money_keeps_both_ends() {
    for (text, head, value) in [
        (
            "Seats at the club go for about $15 to $40 a night.",
            "about $15 to $40",
            "~[15,40] USD",
        ),
        (
            "The repairs will cost roughly €2 million to €3 million.",
            "roughly €2 million to €3 million",
            "~[2000000,3000000] EUR",
        ),
        (
            "Fines run around $100-$250 for a first offence.",
            "around $100-$250",
            "~[100,250] USD",
        ),
        (
            "Each household may claim no more than $300 to $500.",
            "no more than $300 to $500",
            "(,500] USD",
        ),
    ] {
        let v = view(text);
        assert_eq!(
            claim(&v, head),
            format!("{head} Money {value}"),
            "{text}: {v:?}"
        );
    }
    // a price's move and the level reached stay two sums
    let v = view("The stock slipped about $3 to $27.40 in late trading.");
    assert!(claim(&v, "about $3").ends_with("~3 USD"), "{v:?}");
    assert!(claim(&v, "$27.40").ends_with(" 27.4 USD"), "{v:?}");
}

#[test]
fn a_plural_scale_made_or_costed_is_money() {
    for (text, head) in [
        (
            "The founders made billions when the firm listed.",
            "billions",
        ),
        (
            "The scheme went ahead at a cost of millions to taxpayers.",
            "millions",
        ),
        (
            "The bank wrote off losses of billions last year.",
            "billions",
        ),
    ] {
        let v = view(text);
        assert!(
            claim(&v, head).starts_with(&format!("{head} Money")),
            "{text}: {v:?}"
        );
    }
    // people counted stay counts
    for text in [
        "The show made millions of viewers laugh.",
        "The price of bread hurt millions in the cities.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.contains(" Money ")), "{text}: {v:?}");
    }
}

#[test]
fn at_n_after_a_noun_of_a_lifes_event_is_an_age() {
    for (text, head) in [
        (
            "She kept painting until her death in 1999, at 91, in a small flat in Lyon.",
            "91",
        ),
        ("He wrote little after his retirement at 60.", "60"),
        (
            "From their marriage, at 22, the couple lived on the farm.",
            "22",
        ),
    ] {
        let v = view(text);
        assert!(
            claim(&v, head).starts_with(&format!("{head} Age {head} year")),
            "{text}: {v:?}"
        );
    }
    // not after another noun, nor a level
    for text in [
        "After the report in 2019, at 45, the index stood still.",
        "Before his death the shares closed at 82, a record.",
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.contains(" Age ")), "{text}: {v:?}");
    }
}
