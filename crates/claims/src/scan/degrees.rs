//! Bare `degrees` in an article that names its temperature scale elsewhere (`31 degrees
//! Celsius` ... `a temperature of 35 degrees`): the bare ones take that scale.

use super::{Context, RawQuantity};
use crate::types::QuantityKind;

/// Whole turns and right angles, read as angles whatever the article's scale (`a 180-degree
/// turn`, `a 360 degrees view`).
const ANGLES: [f64; 4] = [90.0, 180.0, 270.0, 360.0];

impl Context<'_> {
    /// A document-level pass: when the article's temperatures are written with one scale only
    /// (`°C` or `°F`, by a word, a sign or a glued letter), a dimension in bare `degrees` (the
    /// lexicon's angle `°`) is a temperature on that scale; not a right angle or a whole turn,
    /// not before a word of angles or of the globe (`degrees north`, `degrees of latitude`,
    /// `degrees angle`), and nothing when both scales are written.
    pub(super) fn degree_scale(&self, out: &mut [RawQuantity]) {
        let mut scale: Option<&str> = None;
        for q in out.iter() {
            if q.kind != QuantityKind::Dimension {
                continue;
            }
            if let Some(u @ ("°C" | "°F")) = q.unit.as_deref() {
                if scale.is_some_and(|s| s != u) {
                    return;
                }
                scale = Some(u);
            }
        }
        let Some(scale) = scale else {
            return;
        };
        let scale = scale.to_owned();
        for q in out.iter_mut() {
            if q.kind != QuantityKind::Dimension || q.unit.as_deref() != Some("°") {
                continue;
            }
            let Some(d) = (q.start..q.end).find(|&k| matches!(self.lower(k), "degrees" | "degree"))
            else {
                continue;
            };
            let whole_turn = q.value.as_ref().is_some_and(|v| {
                super::values::exact_value(v).is_some_and(|x| ANGLES.contains(&x))
            });
            let next = if self.is_punct(d + 1, "-") {
                d + 2
            } else {
                d + 1
            };
            let angle_word = matches!(
                self.lower(next),
                "angle"
                    | "angles"
                    | "turn"
                    | "turns"
                    | "north"
                    | "south"
                    | "east"
                    | "west"
                    | "of"
                    | "latitude"
                    | "longitude"
                    | "incline"
                    | "slope"
                    | "tilt"
                    | "arc"
                    | "rotation"
                    | "view"
                    | "views"
            ) || matches!(self.lower(d + 1), "n" | "s" | "e" | "w");
            if whole_turn || angle_word {
                continue;
            }
            q.unit = Some(scale.clone());
        }
    }
}
