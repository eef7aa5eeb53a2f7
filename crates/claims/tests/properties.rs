//! Property tests of the extractor (issue 7): spans lie on character boundaries inside the text,
//! in order and inside their sentence; every extracted value's span text, extracted again on its
//! own with the same article date, gives the same value.

use proptest::prelude::*;
use reckon_claims::{Extraction, QuantityKind, extract};
use reckon_text::Document;

fn run(text: &str) -> Extraction {
    extract(&Document::new("p", text).with_date(jiff::civil::date(2025, 7, 7)))
}

/// Digits with thousands separators and an optional decimal part: `57,500`, `1,234.5`, `12`.
fn digits() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..1000).prop_map(|n| n.to_string()),
        (1u32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a},{b:03}")),
        (1u32..100, 0u32..1000, 0u32..1000).prop_map(|(a, b, c)| format!("{a},{b:03},{c:03}")),
        (0u32..100, 1u32..10).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u32..10, 0u32..1000, 1u32..100).prop_map(|(a, b, c)| format!("{a},{b:03}.{c:02}")),
    ]
}

/// Spelled numbers: `seven`, `twenty-one`, `a dozen`, `three hundred and five`, `two thousand`.
fn spelled() -> impl Strategy<Value = String> {
    const SMALL: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "nineteen",
    ];
    const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "ninety"];
    const UNITS: &[&str] = &["one", "two", "three", "five", "nine"];
    prop_oneof![
        prop::sample::select(SMALL).prop_map(str::to_owned),
        (prop::sample::select(TENS), prop::sample::select(UNITS))
            .prop_map(|(t, u)| format!("{t}-{u}")),
        prop::sample::select(&["a dozen", "a hundred", "a thousand", "three dozen"][..])
            .prop_map(str::to_owned),
        (prop::sample::select(SMALL), prop::sample::select(SMALL))
            .prop_map(|(h, u)| format!("{h} hundred and {u}")),
        (
            prop::sample::select(SMALL),
            prop::sample::select(&["thousand", "million"][..])
        )
            .prop_map(|(a, s)| format!("{a} {s}")),
    ]
}

/// A number phrase a news sentence would hold: plain, scaled, percent, money, dimension,
/// duration, with or without a modifier before or after.
fn phrase() -> impl Strategy<Value = String> {
    let number = prop_oneof![digits(), spelled()];
    let scaled = (
        (1u32..100, 0u32..10).prop_map(|(a, b)| format!("{a}.{b}")),
        prop::sample::select(&[" million", " billion", "m", "bn", " trillion"][..]),
    )
        .prop_map(|(n, s)| format!("{n}{s}"));
    let core = prop_oneof![
        3 => number.clone(),
        2 => scaled.clone(),
        2 => (digits(), prop::sample::select(&["%", " percent", " per cent"][..]))
            .prop_map(|(n, p)| format!("{n}{p}")),
        2 => (prop::sample::select(&["$", "£", "€", "US$"][..]), prop_oneof![digits(), scaled])
            .prop_map(|(c, n)| format!("{c}{n}")),
        1 => (number.clone(), prop::sample::select(&[" dollars", " euros", " pounds"][..]))
            .prop_map(|(n, c)| format!("{n}{c}")),
        1 => (digits(), prop::sample::select(&[" km", " kilometres", " tonnes", " miles"][..]))
            .prop_map(|(n, u)| format!("{n}{u}")),
        1 => ((2u32..100), prop::sample::select(&["-day", "-week", "-month"][..]))
            .prop_map(|(n, u)| format!("{n}{u}")),
        1 => prop::sample::select(&["tens of thousands", "hundreds", "dozens", "thousands"][..])
            .prop_map(str::to_owned),
        1 => prop::sample::select(
            &["two-thirds", "one in five", "3 out of 10", "3/4", "three quarters", "half of"][..],
        )
        .prop_map(str::to_owned),
        1 => (1u32..500, 1u32..500, prop::sample::select(&["-", " to ", "–"][..]))
            .prop_map(|(a, b, d)| format!("{a}{d}{}", a + b)),
        1 => (1u32..500, 1u32..500).prop_map(|(a, b)| format!("between {a} and {}", a + b)),
        1 => prop::sample::select(&["21st", "third", "twenty-first", "2nd"][..]).prop_map(str::to_owned),
    ];
    let pre = prop::sample::select(
        &[
            "",
            "more than ",
            "over ",
            "at least ",
            "nearly ",
            "almost ",
            "about ",
            "around ",
            "roughly ",
            "up to ",
            "fewer than ",
            "an estimated ",
            "some ",
        ][..],
    );
    let post = prop::sample::select(&["", " or more", "-plus"][..]);
    (pre, core, post).prop_map(|(a, b, c)| format!("{a}{b}{c}"))
}

/// Ordinary words around the phrase (lower case, so no word is read as a place or a month).
fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(
            &[
                "the",
                "officials",
                "said",
                "were",
                "killed",
                "in",
                "homes",
                "people",
                "a",
                "report",
                "by",
                "and",
                "rose",
                "to",
                "from",
                "of",
                "families",
                "fled",
                "cost",
                "was",
                "on",
                "houses",
                "destroyed",
                "town",
                "reached",
            ][..],
        ),
        0..6,
    )
    .prop_map(|w| w.join(" "))
}

/// Kinds whose value is read from the span alone. Left out, because their value depends on
/// words outside the span on purpose: dates and times (a weekday resolves forward or back from
/// the tense of the clause; a bare year needs a year context such as `in`; a clock time takes
/// the day named elsewhere in the sentence), ages in apposition (`Megan Clark, 19,` is an age
/// only after a capitalised name), and the fractions `half`/`a third` read from `half of`/`a
/// third of` (the `of` that makes them a fraction lies outside the span, and `half` alone is
/// not a quantity: `half-time`, `the second half`), and pounds, money alone but a weight before
/// `of` (`1 pounds of flour`: the `of` lies outside the span), and a duration after `over`, a
/// lower bound after `for`/`in` (`in over 2 days`) but the span of time otherwise (`spread over
/// nine hours`): the word that decides lies before the span.
fn context_free(kind: QuantityKind, text: &str) -> bool {
    match kind {
        QuantityKind::Date | QuantityKind::Time | QuantityKind::Age => false,
        QuantityKind::Duration if text.starts_with("over ") => false,
        QuantityKind::Money | QuantityKind::Dimension
            if text.ends_with("pound") || text.ends_with("pounds") =>
        {
            false
        }
        QuantityKind::Fraction => {
            !(text.ends_with("half") || text.split(' ').rev().nth(1) == Some("a"))
        }
        _ => true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_value_reparses_from_its_span(
        before in filler(),
        p in phrase(),
        after in filler(),
        end in prop::sample::select(&[".", ",", "", " ."][..]),
    ) {
        let text = format!("{before} {p} {after}{end}");
        let x = run(&text);
        for c in &x.claims {
            let q = &c.quantity;
            if !context_free(q.kind, &q.text) {
                continue;
            }
            let alone = run(&q.text);
            let got: Vec<_> = alone
                .claims
                .iter()
                .map(|c| (c.quantity.text.as_str(), c.quantity.kind, c.quantity.value, c.quantity.unit.as_deref()))
                .collect();
            prop_assert_eq!(
                got,
                vec![(q.text.as_str(), q.kind, q.value, q.unit.as_deref())],
                "{:?} in {:?}", q.text, text
            );
        }
    }

    #[test]
    fn spans_are_on_char_boundaries_ordered_and_inside_their_sentence(
        parts in prop::collection::vec(
            prop_oneof![
                phrase(),
                filler(),
                prop::sample::select(&["\n", "\r\n", "\n\n", ". ", "’s", "—", "\u{a0}", "é", "–", "…"][..])
                    .prop_map(str::to_owned),
                "\\PC{0,6}",
            ],
            0..12,
        ),
    ) {
        let text = parts.join(" ");
        let x = run(&text);
        let mut prev = 0u32;
        for c in &x.claims {
            let s = c.quantity.span;
            prop_assert!(s.start <= s.end && (s.end as usize) <= text.len());
            prop_assert!(text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
            prop_assert_eq!(&text[s.start as usize..s.end as usize], c.quantity.text.as_str());
            prop_assert!(s.start >= prev, "claims out of order in {:?}", text);
            prop_assert!(
                c.sentence.start <= s.start && s.end <= c.sentence.end,
                "{:?} outside its sentence in {:?}", c.quantity.text, text
            );
            prev = s.end;
        }
    }
}
