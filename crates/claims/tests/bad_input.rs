//! Hostile and unlucky input (issue 19): numbers beyond f64, relative dates beyond the calendar,
//! counts that look like years, articles with hundreds of thousands of numbers. Extraction never
//! panics, never returns a non-finite value, and says in `diagnostics` what it left out.

mod common;

use jiff::civil::date;
use reckon_claims::{Extraction, MAX_CLAIMS, QuantityKind};

fn at(text: &str) -> Extraction {
    common::run_at(text, date(2025, 7, 7))
}

/// Every end of every value of `x` is a finite number.
fn all_finite(x: &Extraction) -> bool {
    x.claims.iter().all(|c| {
        c.quantity.value.is_none_or(|v| {
            [v.low, v.high]
                .into_iter()
                .flatten()
                .all(|b| b.value.is_finite())
        })
    }) && x
        .relations
        .iter()
        .all(|r| r.derived.is_none_or(f64::is_finite))
}

#[test]
fn numbers_beyond_f64_are_no_quantity_and_are_reported() {
    let huge = "9".repeat(400);
    for text in [
        "1e309 people were killed in Gaza.".to_owned(),
        format!("{huge} people were killed in Gaza."),
        // finite as read, infinite once scaled
        format!("{} thousand people were killed in Gaza.", "9".repeat(308)),
    ] {
        let x = at(&text);
        assert!(all_finite(&x), "{text}: {}", x.to_compact());
        assert!(
            x.diagnostics.iter().any(|d| d.contains("too large")),
            "{text}: no diagnostic in {:?}",
            x.diagnostics
        );
        // the rest of the article is still read
        assert!(
            x.claims
                .iter()
                .all(|c| c.quantity.kind != QuantityKind::Count),
            "{text}: {}",
            x.to_compact()
        );
    }
    // and a finite neighbour survives
    let x = at("1e309 people and 12 soldiers were killed.");
    assert_eq!(common::view_of(&x), ["12 Count 12"]);
}

#[test]
fn derived_remainder_that_overflows_is_not_reported() {
    let x = at("Of the 1.7e308 captives, including -1.7e308 soldiers, none were held.");
    assert!(all_finite(&x), "{}", x.to_compact());
}

#[test]
fn huge_count_of_days_ago_stays_a_duration_without_panicking() {
    for (text, unit) in [
        ("It happened 99999999999 days ago.", "day"),
        ("It happened 99999999999 weeks ago.", "week"),
        ("It happened 99999999999 months ago.", "month"),
        ("It happened 99999999999 years ago.", "year"),
        ("It happened 20000 years ago.", "year"),
    ] {
        let x = at(text);
        let c = &x.claims[0];
        assert_eq!(
            c.quantity.kind,
            QuantityKind::Duration,
            "{text}: {}",
            x.to_compact()
        );
        assert_eq!(c.quantity.unit.as_deref(), Some(unit));
    }
    // ordinary counts still resolve
    assert_eq!(
        common::view_of(&at("It happened three days ago.")),
        ["three days ago Date 2025-07-04"]
    );
    assert_eq!(
        common::view_of(&at("It happened 2000 years ago.")),
        ["2000 years ago Date 0025"]
    );
}

#[test]
fn counts_of_people_are_not_years() {
    for text in [
        "1000 people were killed in the floods.",
        "The toll rose to 1500 people on Monday.",
        "Officials said the 1500 people were safe.",
        "Of 2000 men, most fled.",
    ] {
        let x = at(text);
        let c = x
            .claims
            .iter()
            .find(|c| c.quantity.text.chars().all(|d| d.is_ascii_digit()))
            .unwrap_or_else(|| panic!("{text}: {}", x.to_compact()));
        assert_eq!(
            c.quantity.kind,
            QuantityKind::Count,
            "{text}: {}",
            x.to_compact()
        );
    }
    // years stay years
    for text in [
        "In 2014 people voted for change.",
        "The 2016 election was close.",
        "Since 1990 prices have doubled.",
        "2019 was a hard year.",
        "The children of the 1989 demonstrators marched.",
        "It was rejected by the 250 pre-1996 staff.",
        "He won the 2014 vote.",
    ] {
        let x = at(text);
        let year = x
            .claims
            .iter()
            .find(|c| c.quantity.text.len() == 4)
            .unwrap_or_else(|| panic!("{text}: {}", x.to_compact()));
        assert_eq!(
            year.quantity.kind,
            QuantityKind::Date,
            "{text}: {}",
            x.to_compact()
        );
    }
}

#[test]
fn claims_per_article_are_capped_and_the_cap_is_reported() {
    let text: String = (1..=MAX_CLAIMS + 500)
        .map(|i| format!("{} ", i % 97 + 1))
        .collect();
    let x = at(&text);
    assert_eq!(x.claims.len(), MAX_CLAIMS);
    assert!(
        x.diagnostics.iter().any(|d| d.contains("capped")),
        "{:?}",
        x.diagnostics
    );
    let x = at("57 people were killed.");
    assert!(x.diagnostics.is_empty());
}

#[test]
fn open_bounds_are_omitted_from_json_not_null() {
    let x = at("More than 57,500 people were killed.");
    let json = serde_json::to_string(&x.claims[0].quantity).unwrap();
    assert!(!json.contains("null"), "{json}");
    assert!(json.contains("\"low\""), "{json}");
    assert!(!json.contains("\"high\""), "{json}");
    // and it reads back
    let back: reckon_claims::Quantity = serde_json::from_str(&json).unwrap();
    assert_eq!(back, x.claims[0].quantity);
}
