//! Conflicts: two figures for the same measure, place and date that cannot both be true.

use super::compare::{Same, worst_pair};
use super::found::{Out, finding, quote};
use super::group::by_date;
use crate::config::Config;
use crate::finding::{FindingKind, Severity};
use crate::record::fmt_date;
use crate::series::Series;

pub(super) fn conflicts(config: &Config, s: &Series, out: &mut Out) {
    for (date, points) in by_date(s) {
        if points.len() < 2 {
            continue;
        }
        if let Some((top, bottom)) = worst_pair(config, &points, &points, Same::Happening) {
            out.findings.push(finding(
                FindingKind::Conflict,
                Severity::High,
                Some(&s.key),
                Some(date),
                format!(
                    "On {}, two figures for “{}” cannot both be true: {} against {}.",
                    fmt_date(date),
                    s.label,
                    quote(top),
                    quote(bottom)
                ),
                format!(
                    "{} and {} do not overlap",
                    top.interval.describe(),
                    bottom.interval.describe()
                ),
                vec![top.evidence.clone(), bottom.evidence.clone()],
            ));
        }
    }
}
