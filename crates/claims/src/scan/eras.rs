//! Years before the common era: `104 BC`, `239 BCE`, `770-476 BC` and `206 BC-AD 24` (ranges of
//! years), as ISO
//! 8601 astronomical years (1 BC is year 0, 104 BC is `-0103`: the frame gold's reading).

use super::calendar::time_value;
use super::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind};

/// The ISO 8601 astronomical year of `y` BC.
fn iso_bc(y: u16) -> String {
    match y - 1 {
        0 => "0000".to_owned(),
        n => format!("-{n:04}"),
    }
}

impl Context<'_> {
    /// One past the era `BC`, `BCE` or `B.C.` at `k`.
    fn era_bc(&self, k: usize) -> Option<usize> {
        match self.lower(k) {
            "bc" | "bce" if self.surface(k).starts_with('B') => Some(k + 1),
            "b" if self.surface(k) == "B"
                && self.is_punct(k + 1, ".")
                && self.lower(k + 2) == "c" =>
            {
                Some(if self.is_punct(k + 3, ".") {
                    k + 4
                } else {
                    k + 3
                })
            }
            _ => None,
        }
    }

    /// A whole number of one to four digits at `k` (no separators), as a year.
    fn plain_year(&self, k: usize) -> Option<u16> {
        let s = self.surface(k);
        if !self.is_num(k) || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok().filter(|&y| y >= 1)
    }

    /// A year BC at `i` (`104 BC`), or a range of them (`770-476 BC`: the earlier first).
    pub(super) fn bc_year(&self, i: usize) -> Option<RawQuantity> {
        let a = self.plain_year(i)?;
        if let Some(e) = self.era_bc(i + 1) {
            // `206 BC-AD 24`, `202 BC-220 AD`, `206 BC-220`: a range into the common era
            if self.is_punct(e, "-\u{2013}") {
                let ad = usize::from(self.lower(e + 1) == "ad");
                if let Some(b) = self.plain_year(e + 1 + ad) {
                    let mut end = e + 2 + ad;
                    if ad == 0 && self.lower(end) == "ad" {
                        end += 1;
                    }
                    return Some(RawQuantity {
                        time: Some(time_value(
                            format!("{}/{b:04}", iso_bc(a)),
                            Granularity::Year,
                        )),
                        ..RawQuantity::new(i, end, QuantityKind::Date, i)
                    });
                }
            }
            return Some(RawQuantity {
                time: Some(time_value(iso_bc(a), Granularity::Year)),
                ..RawQuantity::new(i, e, QuantityKind::Date, i)
            });
        }
        if !self.is_punct(i + 1, "-\u{2013}") {
            return None;
        }
        let b = self.plain_year(i + 2)?;
        let e = self.era_bc(i + 3)?;
        (a > b).then(|| RawQuantity {
            time: Some(time_value(
                format!("{}/{}", iso_bc(a), iso_bc(b)),
                Granularity::Year,
            )),
            ..RawQuantity::new(i, e, QuantityKind::Date, i)
        })
    }
}
