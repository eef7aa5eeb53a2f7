//! Months written in pairs with a slash (`June/July`, `Aug/Sept`, `Oct/Dec`): one month
//! interval (indep-NOTES.md decisions 86 and 118), as commodity reports write shipment and
//! delivery periods. Without a year the pair is the next one to begin (from the article's
//! month on): such a period is quoted ahead. With a hyphen (`the Jan-Sept period`, `the
//! (Oct-Sept) season`) the pair is in the article's year, or began the year before when it runs
//! into the article's year up to its month (`Oct-Sept` in March); a pair still ahead in the
//! year (`October-December` in February: a coming period or last year's quarter) is unread.

use super::calendar::time_value;
use super::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind};
use crate::words;

impl Context<'_> {
    /// A pair of months at `i` (`m` the first), glued by a slash: the interval from the first
    /// month to the last, in a year written after it or else the next pair to begin.
    pub(super) fn month_pair(&self, i: usize, m: i8) -> Option<RawQuantity> {
        // (cheap tests first: this runs at every month name)
        if !(self.is_punct(i + 1, "/-") && self.glued(i + 1) && self.glued(i + 2)) {
            return None;
        }
        let hyphen = self.is_punct(i + 1, "-");
        let last = words::month(self.lower(i + 2)).filter(|_| self.capitalized(i + 2))?;
        if last == m {
            return None;
        }
        let mut e = i + 3;
        // (`Aug/Sept.`: the abbreviation's dot; not a sentence's)
        if self.is_punct(e, ".") && self.glued(e) && self.lower(i + 2).len() <= 4 {
            e += 1;
        }
        let written = self
            .digits(e)
            .filter(|y| self.surface(e).len() == 4 && (1000.0..2200.0).contains(y))
            .map(|y| y as i16);
        let y = match written {
            Some(y) => {
                e += 1;
                y
            }
            // `the Jan-Sept period`, `the 1986/87 (Oct-Sept) season`: the article's year's, or
            // the one begun the year before and running into the article's month
            None if hyphen => {
                let d = self.date?;
                if last < m && d.month() <= last {
                    d.year() - 1
                } else if d.month() >= m || last < m {
                    d.year()
                } else {
                    // (ahead in the year: a coming period or last year's quarter, unread)
                    return None;
                }
            }
            None => {
                let d = self.date?;
                if m >= d.month() {
                    d.year()
                } else {
                    d.year() + 1
                }
            }
        };
        // (`Dec/Jan`: the second month in the year after)
        let y2 = if last < m { y + 1 } else { y };
        Some(RawQuantity {
            time: Some(time_value(
                format!("{y:04}-{m:02}/{y2:04}-{last:02}"),
                Granularity::Month,
            )),
            ..RawQuantity::new(i, e, QuantityKind::Date, i)
        })
    }
}
