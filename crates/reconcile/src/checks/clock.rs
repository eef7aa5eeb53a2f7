//! Local times against UTC: `6:30pm local time (22:30 GMT)` for the place named, with jiff's
//! bundled tz database.

use reckon_claims::QuantityKind;
use std::collections::BTreeSet;

use super::found::{Out, finding};
use super::group::sentences;
use crate::config::Config;
use crate::finding::{FindingKind, Severity};
use crate::record::{ClaimRecord, Evidence, fmt_date};
use crate::zones::{local_to_utc, parse_clock};

fn zone_text(r: &ClaimRecord) -> String {
    let t = r.claim.quantity.time.as_ref();
    format!(
        "{} {} {}",
        r.claim.quantity.text,
        t.and_then(|t| t.zone.as_deref()).unwrap_or(""),
        t.map(|t| t.iso.as_str()).unwrap_or("")
    )
    .to_lowercase()
}

fn is_local(r: &ClaimRecord) -> bool {
    zone_text(r).contains("local")
}

fn is_utc(r: &ClaimRecord) -> bool {
    let z = zone_text(r);
    z.contains("gmt")
        || z.contains("utc")
        || r.claim
            .quantity
            .time
            .as_ref()
            .is_some_and(|t| t.iso.ends_with('Z'))
}

pub(super) fn clocks(config: &Config, doc: &[ClaimRecord], out: &mut Out) {
    let sents = sentences(doc);
    // Places named anywhere in the document, for sentences that name none.
    let mut doc_places: BTreeSet<(String, String)> = BTreeSet::new();
    for members in sents.values() {
        for (n, z) in config.zones.find_in(&members[0].sentence_text) {
            doc_places.insert((n.to_string(), z.to_string()));
        }
        for r in members {
            if let Some(p) = &r.claim.frame.place
                && let Some(z) = config.zones.zone_of(p)
            {
                doc_places.insert((p.clone(), z.to_string()));
            }
        }
    }
    for members in sents.values() {
        let times: Vec<&ClaimRecord> = members
            .iter()
            .copied()
            .filter(|r| r.claim.quantity.kind == QuantityKind::Time)
            .collect();
        for local in times.iter().filter(|r| is_local(r) && !is_utc(r)) {
            let Some(utc) = times
                .iter()
                .filter(|r| is_utc(r) && r.claim.index != local.claim.index)
                .min_by_key(|r| {
                    r.claim
                        .quantity
                        .span
                        .start
                        .abs_diff(local.claim.quantity.span.start)
                })
            else {
                continue;
            };
            let lt = local.claim.quantity.time.as_ref();
            let ut = utc.claim.quantity.time.as_ref();
            let Some((ldate, ltime)) =
                parse_clock(lt.map(|t| t.iso.as_str()), &local.claim.quantity.text)
            else {
                continue;
            };
            let Some((_, utime)) =
                parse_clock(ut.map(|t| t.iso.as_str()), &utc.claim.quantity.text)
            else {
                continue;
            };
            let Some(day) = ldate.or(local.doc_date) else {
                continue;
            };
            let mut here: Vec<(String, String)> = Vec::new();
            if let Some(p) = &local.claim.frame.place
                && let Some(z) = config.zones.zone_of(p)
            {
                here.push((p.clone(), z.to_string()));
            }
            for (n, z) in config.zones.find_in(&local.sentence_text) {
                if !here.iter().any(|(_, hz)| hz == z) {
                    here.push((n.to_string(), z.to_string()));
                }
            }
            let in_sentence = !here.is_empty();
            let candidates: Vec<(String, String)> = if in_sentence {
                here
            } else {
                doc_places.iter().cloned().collect()
            };
            let date = Some(day);
            let evidence = vec![Evidence::of(local, date), Evidence::of(utc, date)];
            let mut first_miss: Option<(String, String, jiff::civil::Time, String)> = None;
            let mut matched = None;
            for (place, zone) in &candidates {
                let Some((expected, offset)) = local_to_utc(day, ltime, zone) else {
                    continue;
                };
                if expected == utime {
                    matched = Some((place.clone(), zone.clone(), offset));
                    break;
                }
                if first_miss.is_none() {
                    first_miss = Some((place.clone(), zone.clone(), expected, offset));
                }
            }
            let hm = |t: jiff::civil::Time| format!("{:02}:{:02}", t.hour(), t.minute());
            if let Some((place, zone, offset)) = matched {
                out.passed.push(finding(
                    FindingKind::LocalTimeMismatch,
                    Severity::Info,
                    None,
                    date,
                    format!(
                        "“{}” in {place} is “{}”: {zone} is UTC{offset} on {}.",
                        local.claim.quantity.text,
                        utc.claim.quantity.text,
                        fmt_date(day)
                    ),
                    format!("{} local - ({offset}) = {} UTC", hm(ltime), hm(utime)),
                    evidence,
                ));
            } else if in_sentence && let Some((place, zone, expected, offset)) = first_miss {
                out.findings.push(finding(
                    FindingKind::LocalTimeMismatch,
                    Severity::Medium,
                    None,
                    date,
                    format!(
                        "“{}” in {place} ({zone}, UTC{offset} on {}) is {} GMT, not “{}”.",
                        local.claim.quantity.text,
                        fmt_date(day),
                        hm(expected),
                        utc.claim.quantity.text
                    ),
                    format!(
                        "{} local - ({offset}) = {} UTC; stated {}",
                        hm(ltime),
                        hm(expected),
                        hm(utime)
                    ),
                    evidence,
                ));
            }
        }
    }
}
