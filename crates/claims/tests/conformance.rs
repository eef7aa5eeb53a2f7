//! Conformance against the English specification suites of Microsoft Recognizers-Text (MIT; see
//! `../shared/conformance/recognizers-text/PROVENANCE.md`).
//!
//! Each case is run through `reckon_claims::extract`, its expectations are mapped onto our output
//! (see docs/decisions/claims.md for the mapping and the convention differences counted as failures),
//! and the pass rate per file is printed and checked against `tests/conformance_floor.json`: a
//! rate may rise, never fall. `RECKON_UPDATE_FLOOR=1` rewrites the floor with the current rates;
//! `RECKON_CONFORMANCE_FAILURES=FILE` writes every failing case there for review.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use reckon_claims::{Claim, OrdinalAnchor, QuantityKind, RelativeOrdinal};
use reckon_text::Document;
use serde_json::Value as Json;

/// The suites run, with the family deciding how expectations map onto our output.
const SUITES: &[(&str, Family)] = &[
    ("Number/English/NumberModel.json", Family::Number),
    ("Number/English/OrdinalModel.json", Family::Ordinal),
    ("Number/English/PercentModel.json", Family::Percent),
    ("Number/English/NumberRangeModel.json", Family::Range),
    (
        "NumberWithUnit/English/CurrencyModel.json",
        Family::Currency,
    ),
    (
        "NumberWithUnit/English/DimensionModel.json",
        Family::Dimension,
    ),
    ("NumberWithUnit/English/AgeModel.json", Family::Age),
    ("DateTime/English/DateTimeModel.json", Family::DateTime),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Family {
    Number,
    Ordinal,
    Percent,
    Range,
    Currency,
    Dimension,
    Age,
    DateTime,
}

fn floor_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance_floor.json")
}

/// Which of our claims a family looks at (for matching and for counting extras).
fn relevant(f: Family, c: &Claim) -> bool {
    use QuantityKind as K;
    let k = c.quantity.kind;
    match f {
        Family::Number => matches!(
            k,
            K::Count | K::Fraction | K::Money | K::Dimension | K::Age | K::Duration | K::Percent
        ),
        Family::Ordinal => k == K::Ordinal,
        Family::Percent => k == K::Percent,
        // exact values too: their degenerate range `equal to 20` = `[20,20]` is our exact 20
        // (an exact value left over is not counted as an extra range, see `extra`)
        Family::Range => c.quantity.value.is_some() && !matches!(k, K::Date | K::Time),
        Family::Currency => k == K::Money,
        Family::Dimension => k == K::Dimension,
        Family::Age => k == K::Age,
        Family::DateTime => matches!(k, K::Date | K::Time | K::Duration),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn exact(c: &Claim) -> Option<f64> {
    c.quantity.value.and_then(|v| v.as_exact())
}

/// The number the text states: our exact value, or the endpoint of a one-sided bound (`more
/// than 500` is `(500,)`; their models have no bounds and resolve the number inside the
/// modifier, `500`). A two-sided interval states two numbers and maps onto neither.
fn stated(c: &Claim) -> Option<f64> {
    let v = c.quantity.value?;
    match (v.low, v.high) {
        (Some(l), None) => Some(l.value),
        (None, Some(h)) => Some(h.value),
        _ => v.as_exact(),
    }
}

/// Our duration as a TIMEX duration (`P3D`, `PT2H`).
fn duration_timex(c: &Claim) -> Option<String> {
    let v = exact(c)?;
    let n = if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    Some(match c.quantity.unit.as_deref()? {
        "second" => format!("PT{n}S"),
        "minute" => format!("PT{n}M"),
        "hour" => format!("PT{n}H"),
        "day" | "night" => format!("P{n}D"),
        "week" => format!("P{n}W"),
        "fortnight" => format!("P{}W", v * 2.0),
        "month" => format!("P{n}M"),
        "year" => format!("P{n}Y"),
        "decade" => format!("P{}Y", v * 10.0),
        "century" => format!("P{}Y", v * 100.0),
        _ => return None,
    })
}

/// Does our claim satisfy one expected result?
fn matches(f: Family, exp: &Json, c: &Claim) -> bool {
    let res = &exp["Resolution"];
    let val = res["value"].as_str().unwrap_or("");
    match f {
        Family::Number | Family::Ordinal => {
            let t = exp["TypeName"].as_str().unwrap_or("");
            if f == Family::Ordinal && t != "ordinal" {
                return false; // relative ordinals are matched by `matches_relative`
            }
            let Ok(v) = val.parse::<f64>() else {
                return false;
            };
            stated(c).is_some_and(|x| close(x, v))
        }
        Family::Percent => {
            let Ok(v) = val.trim_end_matches('%').parse::<f64>() else {
                return false;
            };
            stated(c).is_some_and(|x| close(x, v))
        }
        Family::Range => {
            // `[10,15)`, `(150,)`
            let Some(v) = c.quantity.value else {
                return false;
            };
            let s = val.trim();
            if s.len() < 3 {
                return false;
            }
            let lo_inc = s.starts_with('[');
            let hi_inc = s.ends_with(']');
            let inner = &s[1..s.len() - 1];
            let Some((a, b)) = inner.split_once(',') else {
                return false;
            };
            let end =
                |txt: &str, inc: bool, ours: Option<reckon_claims::Bound>| match (txt.trim(), ours)
                {
                    ("", None) => true,
                    ("", Some(_)) | (_, None) => false,
                    (t, Some(o)) => {
                        t.parse::<f64>().is_ok_and(|x| close(x, o.value)) && o.inclusive == inc
                    }
                };
            end(a, lo_inc, v.low) && end(b, hi_inc, v.high)
        }
        Family::Currency => {
            let Ok(v) = val.parse::<f64>() else {
                return false;
            };
            let iso = res["isoCurrency"].as_str();
            let unit_ok = match iso {
                Some(code) => c.quantity.unit.as_deref() == Some(code),
                None => true, // a unit without an ISO code (`Cent`, `Dollar`): the value decides
            };
            // their `50 Cent` is our `0.5` of the main unit (cents and pence are hundredths of
            // every currency we convert them for): the same amount, exactly
            let minor = matches!(res["unit"].as_str(), Some("Cent" | "Pence" | "Penny"));
            let v = if minor && iso.is_none() { v / 100.0 } else { v };
            unit_ok && stated(c).is_some_and(|x| close(x, v))
        }
        Family::Dimension => {
            let Ok(v) = val.parse::<f64>() else {
                return false;
            };
            stated(c).is_some_and(|x| close(x, v))
        }
        Family::Age => {
            let Ok(v) = val.parse::<f64>() else {
                return false;
            };
            // their `Age` unit (`a man of age 87`) is an age in years
            let unit = match res["unit"].as_str().unwrap_or("").to_lowercase() {
                u if u == "age" => "year".to_owned(),
                u => u,
            };
            stated(c).is_some_and(|x| close(x, v))
                && c.quantity.unit.as_deref() == Some(unit.as_str())
        }
        Family::DateTime => {
            let values = res["values"].as_array().cloned().unwrap_or_default();
            let ours_iso = c.quantity.time.as_ref().map(|t| t.iso.clone());
            let ours_dur = if c.quantity.kind == QuantityKind::Duration {
                duration_timex(c)
            } else {
                None
            };
            values.iter().any(|v| {
                let timex = v["timex"].as_str().unwrap_or("");
                let value = v["value"].as_str().unwrap_or("");
                if let Some(d) = &ours_dur {
                    return timex == d;
                }
                let Some(iso) = &ours_iso else { return false };
                let iso_local = iso.trim_end_matches('Z');
                if timex == iso_local || (!value.is_empty() && value == iso_local) {
                    return true;
                }
                // a time without a date: compare the clock part
                if let Some(t) = timex.strip_prefix('T') {
                    return iso_local.split_once('T').is_some_and(|(_, clock)| {
                        clock == t || clock.trim_end_matches(":00") == t
                    });
                }
                // `2016-11-07T18:30` against `2016-11-07T18:30` with seconds in `value`
                value
                    .strip_suffix(":00")
                    .is_some_and(|v| v.replace(' ', "T") == iso_local)
            })
        }
    }
}

/// Does our relative ordinal satisfy one expected `ordinal.relative` result (`end-1`,
/// `current+1`)?
fn matches_relative(exp: &Json, r: &RelativeOrdinal) -> bool {
    let res = &exp["Resolution"];
    let anchor = match res["relativeTo"].as_str() {
        Some("end") => OrdinalAnchor::End,
        Some("current") => OrdinalAnchor::Current,
        _ => return false,
    };
    exp["TypeName"].as_str() == Some("ordinal.relative")
        && r.anchor == anchor
        && res["offset"].as_str().and_then(|o| o.parse::<i32>().ok()) == Some(r.offset)
}

/// One item of our output a family looks at: a claim, or (OrdinalModel) a relative ordinal.
enum Ours<'a> {
    Claim(&'a Claim),
    Relative(&'a RelativeOrdinal),
}

impl Ours<'_> {
    fn span(&self) -> (usize, usize) {
        let s = match self {
            Ours::Claim(c) => c.quantity.span,
            Ours::Relative(r) => r.span,
        };
        (s.start as usize, s.end as usize)
    }

    /// A quantity with a unit or type beyond a plain number (money, dimension, percent, age,
    /// duration).
    fn is_typed(&self) -> bool {
        matches!(self, Ours::Claim(c) if !matches!(c.quantity.kind, QuantityKind::Count | QuantityKind::Fraction))
    }

    fn is_exact(&self) -> bool {
        matches!(self, Ours::Claim(c) if exact(c).is_some())
    }

    fn matches(&self, f: Family, exp: &Json) -> bool {
        match self {
            Ours::Claim(c) => matches(f, exp, c),
            Ours::Relative(r) => matches_relative(exp, r),
        }
    }
}

/// Byte span to char span.
fn char_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    (text[..start].chars().count(), text[..end].chars().count())
}

struct Outcome {
    cases: usize,
    passed: usize,
}

fn run_suite(path: &Path, family: Family, failures: &mut String) -> Outcome {
    let raw = std::fs::read_to_string(path).expect("readable spec");
    let raw = raw.trim_start_matches('\u{feff}');
    let cases: Vec<Json> = serde_json::from_str(raw).expect("spec is JSON");
    let mut passed = 0;
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        let mut doc = Document::new("case", input);
        if family == Family::DateTime {
            let reference = case["Context"]["ReferenceDateTime"]
                .as_str()
                .unwrap_or("2016-11-07T00:00:00");
            doc.meta.date = reference.get(..10).and_then(|d| d.parse().ok());
        }
        let x = reckon_claims::extract(&doc);
        let mut ours: Vec<Ours<'_>> = x
            .claims
            .iter()
            .filter(|c| relevant(family, c))
            .map(Ours::Claim)
            .collect();
        if family == Family::Ordinal {
            ours.extend(x.relative_ordinals.iter().map(Ours::Relative));
        }
        let expected: Vec<&Json> = case["Results"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let mut used = vec![false; ours.len()];
        let mut ok = true;
        for e in &expected {
            let s = e["Start"].as_u64().unwrap_or(0) as usize;
            let end = e["End"].as_u64().unwrap_or(0) as usize + 1;
            let hit = ours.iter().enumerate().position(|(i, c)| {
                let (bs, be) = c.span();
                let (cs, ce) = char_span(input, bs, be);
                !used[i] && cs < end && s < ce && c.matches(family, e)
            });
            match hit {
                Some(i) => used[i] = true,
                None => ok = false,
            }
        }
        // extras: our mentions that overlap no expected result (for NumberRange, only our
        // intervals: an exact number is not a range mention; for NumberModel, only our plain
        // numbers: a typed quantity may match an expected number of the same value, but their
        // model reports a number glued to a unit as no number at all, `the 180ml liquid` -> [],
        // so our dimension there is outside its scope, not a leftover number)
        for (i, c) in ours.iter().enumerate() {
            if used[i]
                || family == Family::Range && c.is_exact()
                || family == Family::Number && c.is_typed()
            {
                continue;
            }
            let (bs, be) = c.span();
            let (cs, ce) = char_span(input, bs, be);
            let overlaps = expected.iter().any(|e| {
                let s = e["Start"].as_u64().unwrap_or(0) as usize;
                let end = e["End"].as_u64().unwrap_or(0) as usize + 1;
                cs < end && s < ce
            });
            if !overlaps {
                ok = false;
            }
        }
        if ok {
            passed += 1;
        } else {
            let _ = writeln!(
                failures,
                "## {}\n{input}\nexpected: {}\nours:\n{}",
                path.display(),
                serde_json::to_string(&case["Results"]).unwrap_or_default(),
                x.to_compact()
            );
            for r in &x.relative_ordinals {
                let _ = writeln!(
                    failures,
                    "  relative {:?} {:?}{:+}",
                    r.text, r.anchor, r.offset
                );
            }
        }
    }
    Outcome {
        cases: cases.len(),
        passed,
    }
}

#[test]
fn recognizers_text_conformance() {
    let Some(dir) = common::shared("conformance/recognizers-text/Specs") else {
        return;
    };
    let mut failures = String::new();
    let mut rates: BTreeMap<String, f64> = BTreeMap::new();
    let mut table = String::from("| suite | cases | passed | rate |\n|---|---:|---:|---:|\n");
    for (file, family) in SUITES {
        let o = run_suite(&dir.join(file), *family, &mut failures);
        let rate = o.passed as f64 / o.cases.max(1) as f64;
        let rate = (rate * 10_000.0).floor() / 10_000.0;
        let _ = writeln!(
            table,
            "| {file} | {} | {} | {:.1}% |",
            o.cases,
            o.passed,
            rate * 100.0
        );
        rates.insert((*file).to_owned(), rate);
    }
    println!("{table}");
    if let Ok(p) = std::env::var("RECKON_CONFORMANCE_FAILURES") {
        std::fs::write(&p, &failures).expect("write failures");
    }
    if std::env::var("RECKON_UPDATE_FLOOR").is_ok_and(|v| v == "1") {
        let json = serde_json::to_string_pretty(&rates).expect("json") + "\n";
        std::fs::write(floor_path(), json).expect("write floor");
        return;
    }
    let floor: BTreeMap<String, f64> = serde_json::from_str(
        &std::fs::read_to_string(floor_path()).expect("conformance_floor.json exists"),
    )
    .expect("floor is JSON");
    let mut fell = Vec::new();
    for (file, rate) in &rates {
        match floor.get(file) {
            Some(f) if *rate + 1e-9 < *f => fell.push(format!(
                "{file}: {:.2}% < floor {:.2}%",
                rate * 100.0,
                f * 100.0
            )),
            Some(_) => {}
            None => fell.push(format!("{file}: no floor committed")),
        }
    }
    assert!(
        fell.is_empty(),
        "conformance fell below the committed floor:\n{}",
        fell.join("\n")
    );
}
