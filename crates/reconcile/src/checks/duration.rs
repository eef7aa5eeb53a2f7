//! Durations against dates: `the 21-month-old war` and the start date in the same sentence.

use jiff::civil::Date;
use jiff::{ToSpan, Unit};
use reckon_claims::{Granularity, QuantityKind};

use super::found::{Out, finding};
use super::group::sentences;
use crate::config::Config;
use crate::cues::Cues;
use crate::finding::{FindingKind, Severity};
use crate::interval::num;
use crate::record::{ClaimRecord, Evidence};

/// The earliest and latest day a resolved date may denote.
fn date_range(iso: &str, granularity: Granularity) -> Option<(Date, Date)> {
    match granularity {
        Granularity::Day | Granularity::Minute => {
            let d: Date = iso.get(..10)?.parse().ok()?;
            Some((d, d))
        }
        Granularity::Month => {
            let d: Date = format!("{}-01", iso.get(..7)?).parse().ok()?;
            Some((d, d.last_of_month()))
        }
        Granularity::Year => {
            let y: i16 = iso.get(..4)?.parse().ok()?;
            Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
        }
        Granularity::Century | Granularity::Decade | Granularity::Week => None,
    }
}

/// Elapsed time from `from` to `to` in `unit`, as a fraction.
fn elapsed(from: Date, to: Date, unit: &str) -> Option<f64> {
    let days = (to - from).total((Unit::Day, from)).ok()?;
    match unit {
        "day" => Some(days),
        "week" => Some(days / 7.0),
        "month" | "year" => {
            let u = if unit == "month" {
                Unit::Month
            } else {
                Unit::Year
            };
            let span = from.until((u, to)).ok()?;
            let whole = if unit == "month" {
                span.get_months() as f64 + span.get_years() as f64 * 12.0
            } else {
                span.get_years() as f64
            };
            let anchor = if unit == "month" {
                from.checked_add((whole as i64).months()).ok()?
            } else {
                from.checked_add((whole as i64).years()).ok()?
            };
            let rest = (to - anchor).total((Unit::Day, anchor)).ok()?;
            Some(whole + rest / if unit == "month" { 30.44 } else { 365.25 })
        }
        _ => None,
    }
}

pub(super) fn durations(config: &Config, doc: &[ClaimRecord], out: &mut Out) {
    let cue = Cues::duration();
    let dates_in_doc: Vec<&ClaimRecord> = doc
        .iter()
        .filter(|r| r.claim.quantity.kind == QuantityKind::Date && r.claim.quantity.time.is_some())
        .collect();
    for (_, members) in sentences(doc) {
        for r in &members {
            let q = &r.claim.quantity;
            // `10-day-old` may come as a duration or as an age; both are checked.
            if !matches!(q.kind, QuantityKind::Duration | QuantityKind::Age) {
                continue;
            }
            let (Some(reference), Some(n)) = (r.doc_date, q.value.and_then(|v| v.as_exact()))
            else {
                continue;
            };
            let Some(unit) = q
                .unit
                .as_deref()
                .map(|u| u.trim_end_matches('s').to_lowercase())
            else {
                continue;
            };
            if !matches!(unit.as_str(), "day" | "week" | "month" | "year") {
                continue;
            }
            let lower = q.text.to_lowercase();
            let cued = cue.in_words(&r.sentence_text);
            // A person's age in years (`a 27-year-old man`) is not a duration since a date.
            let aged = lower.ends_with("old")
                && (q.kind == QuantityKind::Duration || unit != "year" || cued);
            if !aged && !cued {
                continue;
            }
            // Only `N-unit-old` forms are precise enough to flag (`for three days since
            // October` links loosely), and in years only with a cue (`a 59-year-old man` is a
            // person's age). Others can only pass.
            // An age is measured at the date the sentence refers to: it is compared with the
            // article date only when the date is the start of what is aged (`the 9-day-old state
            // of emergency, declared on February 11`), not when the sentence dates another
            // moment (`admitted on January 24, at 3 days old`).
            let flaggable = lower.ends_with("old")
                && (unit != "year" || (cued && q.kind == QuantityKind::Duration));
            let starts = |d: &ClaimRecord| start_cued(d, cue);
            let test = |d: &ClaimRecord| -> Option<(bool, String)> {
                let t = d.claim.quantity.time.as_ref()?;
                let (first, last) = date_range(&t.iso, t.granularity)?;
                // A start date is strictly before the article (`today` is not a start).
                if last >= reference {
                    return None;
                }
                let min = elapsed(last, reference, &unit)?;
                let max = elapsed(first, reference, &unit)?;
                if max < 1.0 {
                    // Less than one unit ago (`63-year-old` next to `Monday`): not the start.
                    return None;
                }
                let tol = if unit == "day" {
                    config.day_tolerance as f64
                } else {
                    0.0
                };
                let ok = n >= min.floor() - tol && n <= max.ceil() + tol;
                let span = if (max - min).abs() < 1e-9 {
                    format!("{} {unit}s", num(min.floor()))
                } else {
                    format!("{} to {} {unit}s", num(min.floor()), num(max.ceil()))
                };
                Some((
                    ok,
                    format!(
                        "from “{}” ({}) to the article date ({}) is {span}; stated {}",
                        d.claim.quantity.text,
                        t.iso,
                        reference,
                        num(n)
                    ),
                ))
            };
            let same_sentence: Vec<&ClaimRecord> = members
                .iter()
                .copied()
                .filter(|d| {
                    d.claim.quantity.kind == QuantityKind::Date && d.claim.index != r.claim.index
                })
                .collect();
            let date = Some(reference);
            let results: Vec<(&ClaimRecord, bool, String)> = same_sentence
                .iter()
                .filter_map(|d| test(d).map(|(ok, a)| (*d, ok, a)))
                .collect();
            if let Some((d, _, arithmetic)) = results.iter().find(|(_, ok, _)| *ok) {
                out.passed.push(finding(
                    FindingKind::DurationMismatch,
                    Severity::Info,
                    None,
                    date,
                    format!("“{}” matches the dates: {arithmetic}.", q.text),
                    arithmetic.clone(),
                    vec![Evidence::of(r, date), Evidence::of(d, date)],
                ));
            } else if let Some((d, _, arithmetic)) = results
                .iter()
                .filter(|(d, _, _)| flaggable && starts(d))
                .min_by_key(|(d, _, _)| d.claim.quantity.span.start.abs_diff(q.span.start))
            {
                out.findings.push(finding(
                    FindingKind::DurationMismatch,
                    Severity::Medium,
                    None,
                    date,
                    format!(
                        "“{}” does not match the dates in the same sentence: {arithmetic}.",
                        q.text
                    ),
                    arithmetic.clone(),
                    vec![Evidence::of(r, date), Evidence::of(d, date)],
                ));
            } else if aged {
                // No date in the sentence: a date elsewhere in the article may confirm, never flag.
                if let Some((d, arithmetic)) = dates_in_doc
                    .iter()
                    .filter_map(|d| test(d).filter(|(ok, _)| *ok).map(|(_, a)| (*d, a)))
                    .next()
                {
                    out.passed.push(finding(
                        FindingKind::DurationMismatch,
                        Severity::Info,
                        None,
                        date,
                        format!(
                            "“{}” matches a date elsewhere in the article: {arithmetic}.",
                            q.text
                        ),
                        arithmetic,
                        vec![Evidence::of(r, date), Evidence::of(d, date)],
                    ));
                }
            }
        }
    }
}

/// True when one of the few words just before a date is a start cue (`declared on`, `since`).
fn start_cued(date: &ClaimRecord, cue: &Cues) -> bool {
    let Some((start, _)) = date.span_in_sentence() else {
        return false;
    };
    let Some(before) = date.sentence_text.get(..start) else {
        return false;
    };
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let window: Vec<&str> = words.into_iter().rev().collect();
    cue.in_words(&window.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn elapsed_months_of_the_seed_war() {
        let min = elapsed(date(2023, 10, 31), date(2025, 7, 7), "month").unwrap();
        let max = elapsed(date(2023, 10, 1), date(2025, 7, 7), "month").unwrap();
        assert!(min.floor() <= 21.0 && 21.0 <= max.ceil(), "{min} {max}");
        assert_eq!(
            elapsed(date(2026, 2, 11), date(2026, 2, 26), "day"),
            Some(15.0)
        );
    }
}
