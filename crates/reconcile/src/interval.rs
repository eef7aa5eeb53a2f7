//! Numeric intervals with open or closed ends, and the tolerance rules that turn a written
//! figure (`about 150`, `57,000`) into the set of true values it is compatible with.

use reckon_claims::Value;
use serde::{Deserialize, Serialize};

/// A closed or open interval on the real line; infinite ends are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower end (`-inf` when unbounded; JSON `null`, which reads back as `-inf`).
    #[serde(deserialize_with = "lower_end")]
    pub lo: f64,
    /// Whether `lo` itself belongs to the interval.
    pub lo_inclusive: bool,
    /// Upper end (`+inf` when unbounded; JSON `null`, which reads back as `+inf`).
    #[serde(deserialize_with = "upper_end")]
    pub hi: f64,
    /// Whether `hi` itself belongs to the interval.
    pub hi_inclusive: bool,
}

impl Interval {
    /// The interval a value states, without any tolerance.
    pub fn of(value: &Value) -> Interval {
        let (lo, lo_inclusive) = value
            .low
            .map_or((f64::NEG_INFINITY, false), |b| (b.value, b.inclusive));
        let (hi, hi_inclusive) = value
            .high
            .map_or((f64::INFINITY, false), |b| (b.value, b.inclusive));
        Interval {
            lo,
            lo_inclusive,
            hi,
            hi_inclusive,
        }
    }

    /// The interval of values a written figure is compatible with: approximate figures widen by
    /// `approx` (relative) on each finite end; exact round figures (`57,000`) widen by half a unit
    /// of their last significant digit when `rounding` is set, at most 5% of the value.
    pub fn tolerant(value: &Value, approx: f64, rounding: bool) -> Interval {
        let mut i = Interval::of(value);
        if value.approximate {
            // widening the largest figures saturates: a bounded figure keeps finite ends
            if i.lo.is_finite() {
                i.lo = (i.lo - i.lo.abs() * approx).max(f64::MIN);
                i.lo_inclusive = true;
            }
            if i.hi.is_finite() {
                i.hi = (i.hi + i.hi.abs() * approx).min(f64::MAX);
                i.hi_inclusive = true;
            }
        } else if rounding && let Some(v) = value.as_exact() {
            let r = rounding_radius(v);
            if r > 0.0 {
                i.lo -= r;
                i.hi += r;
            }
        }
        i
    }

    /// True when no number belongs to both intervals.
    pub fn disjoint(&self, other: &Interval) -> bool {
        below(self, other) || below(other, self)
    }

    /// True when every value of `self` is above every value of `other`.
    pub fn above(&self, other: &Interval) -> bool {
        below(other, self)
    }

    /// The smallest interval containing both.
    pub fn hull(&self, other: &Interval) -> Interval {
        let (lo, lo_inclusive) = if self.lo < other.lo || (self.lo == other.lo && self.lo_inclusive)
        {
            (self.lo, self.lo_inclusive)
        } else {
            (other.lo, other.lo_inclusive)
        };
        let (hi, hi_inclusive) = if self.hi > other.hi || (self.hi == other.hi && self.hi_inclusive)
        {
            (self.hi, self.hi_inclusive)
        } else {
            (other.hi, other.hi_inclusive)
        };
        Interval {
            lo,
            lo_inclusive,
            hi,
            hi_inclusive,
        }
    }

    /// Renders the interval the way a reader writes it: `57,523`, `> 60`, `[42, 48]`.
    pub fn describe(&self) -> String {
        match (self.lo.is_finite(), self.hi.is_finite()) {
            (true, true) if self.lo == self.hi => num(self.lo),
            (true, true) => format!(
                "{}{}, {}{}",
                if self.lo_inclusive { "[" } else { "(" },
                num(self.lo),
                num(self.hi),
                if self.hi_inclusive { "]" } else { ")" }
            ),
            (true, false) => format!(
                "{} {}",
                if self.lo_inclusive { ">=" } else { ">" },
                num(self.lo)
            ),
            (false, true) => format!(
                "{} {}",
                if self.hi_inclusive { "<=" } else { "<" },
                num(self.hi)
            ),
            (false, false) => "any".to_string(),
        }
    }
}

/// An interval's lower end as written in JSON: a number, or `null` for unbounded (`-inf`, which
/// serde_json writes as `null`).
fn lower_end<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::NEG_INFINITY))
}

/// An interval's upper end as written in JSON: a number, or `null` for unbounded (`+inf`).
fn upper_end<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::INFINITY))
}

/// True when all of `a` lies below all of `b`.
fn below(a: &Interval, b: &Interval) -> bool {
    a.hi < b.lo || (a.hi == b.lo && !(a.hi_inclusive && b.lo_inclusive))
}

/// Half a unit of the last significant digit of a round integer of 3+ digits with 2+ trailing
/// zeros (`57,000` -> 500), capped at 5% of the value; 0 otherwise.
pub(crate) fn rounding_radius(v: f64) -> f64 {
    if v.fract() != 0.0 || v.abs() < 100.0 || v.abs() > 1e15 {
        return 0.0;
    }
    let mut n = v.abs() as u64;
    let mut unit = 1.0_f64;
    while n % 10 == 0 && n > 0 {
        n /= 10;
        unit *= 10.0;
    }
    if unit < 100.0 {
        return 0.0;
    }
    (unit / 2.0).min(v.abs() * 0.05)
}

/// Formats a number for explanations: thousands separators, at most two decimals; magnitudes of
/// 1e21 and more in scientific notation (`1.5e300`), never a saturated integer.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let neg = v < 0.0;
    let a = v.abs();
    if a >= 1e21 {
        let s = format!("{a:e}");
        return if neg { format!("-{s}") } else { s };
    }
    let rounded = (a * 100.0).round() / 100.0;
    let int = rounded.trunc();
    let frac = rounded - int;
    // `{:.0}` of a whole f64 prints its exact digits (below 1e21 that is at most 21 digits)
    let digits = format!("{int:.0}");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 1e-9 {
        let f = format!("{frac:.2}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if neg { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reckon_claims::Bound;

    fn more_than(v: f64) -> Value {
        Value {
            low: Some(Bound {
                value: v,
                inclusive: false,
            }),
            high: None,
            approximate: false,
        }
    }
    fn nearly(v: f64) -> Value {
        Value {
            low: None,
            high: Some(Bound {
                value: v,
                inclusive: false,
            }),
            approximate: false,
        }
    }

    #[test]
    fn issue_examples_for_bounds() {
        let t = |v: &Value| Interval::tolerant(v, 0.1, true);
        let a = t(&more_than(57_500.0));
        let b = t(&Value::exact(57_523.0));
        let c = t(&nearly(58_000.0));
        assert!(!a.disjoint(&b) && !b.disjoint(&c) && !a.disjoint(&c));
        assert!(t(&more_than(60_000.0)).disjoint(&t(&Value::exact(57_000.0))));
        // An open end excludes its own value.
        assert!(t(&more_than(60.0)).disjoint(&t(&Value::exact(60.0))));
        assert!(!Interval::of(&Value::exact(60.0)).disjoint(&Interval::of(&Value::exact(60.0))));
    }

    #[test]
    fn rounding_and_formatting() {
        assert_eq!(rounding_radius(57_000.0), 500.0);
        assert_eq!(rounding_radius(150.0), 0.0);
        assert_eq!(rounding_radius(200.0), 10.0);
        assert_eq!(rounding_radius(57_523.0), 0.0);
        assert_eq!(num(1_850.0), "1,850");
        assert_eq!(num(22.162), "22.16");
        assert_eq!(more_than(3.0).high, None);
        assert_eq!(Interval::of(&more_than(60.0)).describe(), "> 60");
    }
}
