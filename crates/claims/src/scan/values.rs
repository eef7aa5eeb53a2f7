//! Building and bounding values: exact numbers, intervals, a modifier applied to a value,
//! rounding away binary noise from scaling.

use crate::lexicon::Mod;
use crate::types::{Bound, Value};

pub(super) fn exact(v: f64) -> Value {
    Value::exact(v)
}

pub(super) fn interval(lo: f64, lo_inc: bool, hi: f64, hi_inc: bool, approx: bool) -> Value {
    Value {
        low: Some(Bound {
            value: lo,
            inclusive: lo_inc,
        }),
        high: Some(Bound {
            value: hi,
            inclusive: hi_inc,
        }),
        approximate: approx,
    }
}

/// The number of an exact value (both ends equal and closed).
pub(super) fn exact_value(v: &Value) -> Option<f64> {
    match (v.low, v.high) {
        (Some(a), Some(b)) if a.value == b.value && a.inclusive && b.inclusive => Some(a.value),
        _ => None,
    }
}

/// Rounds away binary noise from scaling (`16.4 * 1e6`), keeping 12 significant digits.
pub(super) fn round_sig(x: f64) -> f64 {
    // (an integer of at most 12 digits is its own rounding: most values, read without
    // formatting and parsing a string)
    if x == 0.0 || !x.is_finite() || x.fract() == 0.0 && x.abs() < 1e12 {
        return x;
    }
    format!("{x:.11e}").parse().unwrap_or(x)
}

/// Applies a modifier to an exact value or interval.
pub(super) fn apply(v: Value, m: Mod, lo: f64, hi: f64) -> Value {
    let b = |x: f64, inc: bool| {
        Some(Bound {
            value: x,
            inclusive: inc,
        })
    };
    match m {
        Mod::Gt => Value {
            low: b(lo, false),
            high: None,
            approximate: v.approximate,
        },
        Mod::Ge | Mod::GePost => Value {
            low: b(lo, true),
            high: None,
            approximate: v.approximate,
        },
        Mod::Lt => Value {
            low: None,
            high: b(hi, false),
            approximate: v.approximate,
        },
        Mod::Le | Mod::LePost => Value {
            low: None,
            high: b(hi, true),
            approximate: v.approximate,
        },
        Mod::Near => Value {
            low: None,
            high: b(hi, false),
            approximate: true,
        },
        Mod::Approx | Mod::ApproxPost => Value {
            approximate: true,
            ..v
        },
        Mod::Exact => v,
    }
}

#[cfg(test)]
mod tests {
    use super::round_sig;

    #[test]
    fn integers_of_twelve_digits_round_to_themselves_as_through_the_string() {
        let by_string = |x: f64| format!("{x:.11e}").parse().unwrap_or(x);
        let mut x = 1.0f64;
        while x < 2e12 {
            for y in [x, x + 1.0, x - 1.0, x * 7.0 + 3.0, -x, -(x + 1.0)] {
                assert_eq!(round_sig(y).to_bits(), by_string(y).to_bits(), "{y}");
            }
            x *= 3.0;
        }
        for y in [
            999_999_999_999.0,
            1e12,
            1e12 + 1.0,
            16.4 * 1e6,
            0.1 + 0.2,
            2.5e-7,
        ] {
            assert_eq!(round_sig(y).to_bits(), by_string(y).to_bits(), "{y}");
        }
    }
}
