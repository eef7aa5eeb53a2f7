//! Months written in pairs with a slash (`June/July`, `Aug/Sept`, `Oct/Dec`): one month
//! interval (indep-NOTES.md decisions 86 and 118), as commodity reports write shipment and
//! delivery periods. Without a year the pair is the next one to begin (from the article's
//! month on): such a period is quoted ahead.

use super::calendar::time_value;
use super::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind};
use crate::words;

impl Context<'_> {
    /// A pair of months at `i` (`m` the first), glued by a slash: the interval from the first
    /// month to the last, in a year written after it or else the next pair to begin.
    pub(super) fn month_pair(&self, i: usize, m: i8) -> Option<RawQuantity> {
        // (cheap tests first: this runs at every month name)
        if !(self.is_punct(i + 1, "/") && self.glued(i + 1) && self.glued(i + 2)) {
            return None;
        }
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
