//! A number whose hyphen hangs before `and`, `or` or `to`, its unit written once on the
//! second number (`25- and 50-foot gates`, `a 20- to 25-year-old man`): the first takes the
//! second's unit (the guidelines' elliptical number; decision 252's `30- and 50-megaton`).

use super::values::{exact, exact_value, interval};
use super::{Context, RawQuantity};
use crate::types::QuantityKind;

impl Context<'_> {
    /// A bare count followed by a glued hanging hyphen, `and`/`or`/`to` and a measure whose
    /// number opens it (`25- and 50-foot automated gates`, `30- and 50-megaton bombs`, `6- or
    /// 8-week courses`, `20- to 25-year contracts`, `a 25- to 30-minute drive`, `a 20- to
    /// 25-year-old man`): with `and`/`or` two measures in the second's unit, with `to` one range
    /// of the second's kind and unit (as `20 to 25-year-old`). Money and percentages carry their
    /// own signs and are left alone; ages joined by `and`/`or` are `shared_age_unit`'s.
    pub(super) fn hanging_units(&self, out: &mut Vec<RawQuantity>) {
        let mut j = 1;
        while j < out.len() {
            let (q, r) = (&out[j - 1], &out[j]);
            let kinds = matches!(
                r.kind,
                QuantityKind::Dimension | QuantityKind::Duration | QuantityKind::Age
            );
            let hanging = q.kind == QuantityKind::Count
                && q.unit.is_none()
                && q.start == q.core
                && q.end == q.core + 1
                && kinds
                && r.unit.is_some()
                && r.start == r.core
                && r.start == q.end + 2
                && self.is_punct(q.end, "-")
                && self.glued(q.end)
                && self.same_sentence(q.start, r.start);
            let (Some(a), Some(b)) = (
                q.value.as_ref().and_then(exact_value),
                r.value.as_ref().and_then(exact_value),
            ) else {
                j += 1;
                continue;
            };
            if !hanging {
                j += 1;
                continue;
            }
            match self.lower(q.end + 1) {
                "and" | "or" => {
                    let (kind, unit) = (r.kind, r.unit.clone());
                    let q = &mut out[j - 1];
                    q.kind = kind;
                    q.unit = unit;
                    q.value = Some(exact(a));
                }
                "to" if a < b => {
                    let start = out[j - 1].start;
                    let r = &mut out[j];
                    r.start = start;
                    r.value = Some(interval(a, true, b, true, false));
                    out.remove(j - 1);
                    continue;
                }
                _ => {}
            }
            j += 1;
        }
    }
}
