//! Cumulative decreases: a running total (a toll) lower than an earlier figure.

use jiff::civil::Date;

use super::compare::{Same, worst_pair};
use super::found::{Out, finding, quote};
use super::group::{by_date, days_between};
use crate::config::Config;
use crate::finding::{FindingKind, Severity};
use crate::series::{Point, Series};

pub(super) fn decreases(config: &Config, s: &Series, out: &mut Out) {
    let dates = by_date(s);
    let list: Vec<(&Date, &Vec<&Point>)> = dates.iter().collect();
    for (i, (date, points)) in list.iter().enumerate() {
        let earlier: Vec<&Point> = list[..i]
            .iter()
            .filter(|(d, _)| days_between(**d, **date) <= config.window_days)
            .flat_map(|(_, ps)| ps.iter().copied())
            .collect();
        if let Some((b, bottom)) = worst_pair(config, &earlier, points, Same::RunningTotal) {
            out.findings.push(finding(
                FindingKind::CumulativeDecrease,
                Severity::High,
                Some(&s.key),
                Some(**date),
                format!(
                    "The cumulative figure for “{}” falls from {} to {}, but a running total cannot go down.",
                    s.label,
                    quote(b),
                    quote(bottom)
                ),
                format!("{} is below the earlier {}", bottom.interval.describe(), b.interval.describe()),
                vec![b.evidence.clone(), bottom.evidence.clone()],
            ));
        }
    }
}
