//! Acceptance on real and sample articles: the seed article (issue 3, section 4) and every
//! article of the bundled sample archive, each pinned by a compact insta snapshot (one claim a
//! line: text, kind, value or bounds, unit, time, frame, measure key; then the relations).

mod common;

use std::path::{Path, PathBuf};

use reckon_claims::{Extraction, QuantityKind, RelationKind};
use reckon_text::Document;

/// Parses the seed format: the file starts with ` date YYYY-MM-DD ` and the text follows.
fn read_seed_format(path: &Path) -> Document {
    let raw = std::fs::read_to_string(path).expect("readable article");
    let (date, body) = reckon_archive::split_date_header(&raw);
    let mut doc = Document::new(path.file_name().unwrap().to_string_lossy(), body);
    doc.meta.date = date;
    doc
}

macro_rules! assert_claims_snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_suffix => $name, omit_expression => true, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($value);
        });
    };
}

fn find<'a>(x: &'a Extraction, text: &str) -> &'a reckon_claims::Claim {
    x.claims
        .iter()
        .find(|c| c.quantity.text == text)
        .unwrap_or_else(|| panic!("no claim {text:?} in\n{}", x.to_compact()))
}

#[test]
fn seed_article() {
    let Some(path) = common::shared("corpus/seed/2025-07-07-doha-talks.txt") else {
        return;
    };
    let doc = read_seed_format(&path);
    assert_eq!(doc.meta.date, Some(jiff::civil::date(2025, 7, 7)));
    let x = reckon_claims::extract(&doc);

    // the acceptance list, checked field by field (the snapshot pins the rest)
    let c251 = find(&x, "251");
    assert_eq!(c251.quantity.value.unwrap().as_exact(), Some(251.0));
    assert_eq!(c251.frame.counted.as_deref(), Some("captive"));
    assert_eq!(c251.frame.event.as_deref(), Some("taken"));
    assert_eq!(
        c251.frame.time.as_ref().map(|t| t.iso.as_str()),
        Some("2023-10")
    );
    let c49 = find(&x, "49");
    assert_eq!(c49.frame.event.as_deref(), Some("held"));
    assert_eq!(c49.frame.place.as_deref(), Some("Gaza"));
    let c27 = find(&x, "27");
    assert_eq!(
        c27.frame.attribution.as_ref().map(|a| a.source.as_str()),
        Some("the Israeli military")
    );
    let part = |a: u32, b: u32| {
        x.relations
            .iter()
            .any(|r| r.kind == RelationKind::PartOf && r.a == a && r.b == b && !r.contradiction)
    };
    assert!(part(c49.index, c251.index), "49 within 251");
    assert!(part(c27.index, c49.index), "27 within 49");
    assert!(
        x.relations
            .iter()
            .any(|r| r.kind == RelationKind::Derived && r.derived == Some(22.0))
    );
    let toll = find(&x, "more than 57,500");
    let low = toll.quantity.value.unwrap().low.unwrap();
    assert_eq!((low.value, low.inclusive), (57_500.0, false));
    assert!(toll.quantity.value.unwrap().high.is_none());
    assert_eq!(toll.frame.counted.as_deref(), Some("Palestinian"));
    assert_eq!(
        toll.frame.attribution.as_ref().map(|a| a.source.as_str()),
        Some("Gaza’s health authorities")
    );
    assert_eq!(
        toll.frame.measure_key.as_deref(),
        Some("killed+palestinian+gaza")
    );
    assert!(toll.frame.cumulative);
    let d60 = find(&x, "60-day");
    assert_eq!(
        (d60.quantity.kind, d60.quantity.unit.as_deref()),
        (QuantityKind::Duration, Some("day"))
    );
    let war = find(&x, "21-month-old");
    assert_eq!(
        (war.quantity.kind, war.quantity.unit.as_deref()),
        (QuantityKind::Duration, Some("month"))
    );
    let strikes = find(&x, "12-day");
    assert_eq!(
        strikes.frame.time.as_ref().map(|t| t.iso.as_str()),
        Some("2025-06")
    );
    assert_eq!(
        find(&x, "6:30pm local time")
            .quantity
            .time
            .as_ref()
            .unwrap()
            .iso,
        "2025-07-07T18:30"
    );
    assert_eq!(
        find(&x, "22:30 GMT").quantity.time.as_ref().unwrap().iso,
        "2025-07-07T22:30Z"
    );
    assert_eq!(
        find(&x, "Sunday").quantity.time.as_ref().unwrap().iso,
        "2025-07-06"
    );
    assert_eq!(find(&x, "two").frame.counted.as_deref(), Some("halt"));
    assert_eq!(find(&x, "second").quantity.kind, QuantityKind::Ordinal);

    assert_claims_snapshot!("seed-doha-talks", x.to_compact());
}

#[test]
fn sample_archive() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    let mut files: Vec<PathBuf> = Vec::new();
    for outlet in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if outlet.path().is_dir() {
            for f in std::fs::read_dir(outlet.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                if f.path().extension().is_some_and(|e| e == "txt") {
                    files.push(f.path());
                }
            }
        }
    }
    files.sort();
    if files.is_empty() {
        eprintln!("notice: no sample archive under {}; skipped", dir.display());
        return;
    }
    for f in files {
        let doc = read_seed_format(&f);
        let x = reckon_claims::extract(&doc);
        for c in &x.claims {
            assert_eq!(c.quantity.span.slice(&doc.text), c.quantity.text);
        }
        let name = format!(
            "{}-{}",
            f.parent().unwrap().file_name().unwrap().to_string_lossy(),
            f.file_stem().unwrap().to_string_lossy()
        );
        assert_claims_snapshot!(name.as_str(), x.to_compact());
    }
}
