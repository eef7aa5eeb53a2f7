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
    if x == 0.0 || !x.is_finite() {
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
