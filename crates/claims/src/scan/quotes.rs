//! Market quotes and bond prices of wire copy written without their unit (issue 17, indep28's
//! Reuters-21578 wire): a dealer's figure with no currency after a quote in that currency
//! (`2.950/954 marks, after opening at 2.951/955`, `147.65 yen against 147.20/30 in New York and
//! 146.90 at the close`: the guidelines' elliptical number, decision 119) and a bond's issue
//! price as a percent of its face value (`will be priced at 99.515 to yield`, decision 444);
//! figures compared in brackets with the year before's, in the unit of the sentence before.

use super::{Context, RawQuantity};
use crate::lexicon::Role;
use crate::types::QuantityKind;

/// The largest gap between a bare quote and the quote with a currency it repeats, as a share of
/// the latter (quotes of one price the same day move by less).
const QUOTE_SPREAD: f64 = 0.05;

impl Context<'_> {
    /// Bare decimal quotes after a money quote of the sentence within [`QUOTE_SPREAD`] of its
    /// value take its currency; a bond's price after `priced (at)` becomes a percent of par.
    pub(super) fn bare_quotes(&self, out: &mut [RawQuantity]) {
        for j in 0..out.len() {
            let q = &out[j];
            if q.kind != QuantityKind::Count || q.unit.is_some() || q.start != q.core {
                continue;
            }
            let Some(v) = low_of(q) else { continue };
            let bid = self.surface(q.core);
            let pair = q.end == q.core + 3 && self.quote_pair(q.core).is_some();
            if !bid.contains('.') || q.end != q.core + 1 && !pair {
                continue;
            }
            let after = self.lower(q.end);
            let bare = !self.same_sentence(q.start, q.end)
                || !self.is_word(q.end)
                || self.has_role(q.end, |r| matches!(r, Role::Function))
                || matches!(after, "yesterday" | "today" | "overnight" | "earlier");
            if !bare {
                continue;
            }
            if self.bond_price(q.start, v) {
                let q = &mut out[j];
                q.kind = QuantityKind::Percent;
                q.unit = Some("%".into());
                continue;
            }
            let unit = out[..j]
                .iter()
                .rev()
                .filter(|p| p.kind == QuantityKind::Money && self.same_sentence(p.start, q.start))
                // (not a conversion in brackets: `1,899.99 ($2,336; 2,205 euros)`)
                .filter(|p| {
                    !(p.start.saturating_sub(3)..p.start)
                        .any(|k| self.same_sentence(k, p.start) && self.is_punct(k, "(;"))
                })
                .find_map(|p| {
                    let w = low_of(p)?;
                    (w > 0.0 && (v - w).abs() / w <= QUOTE_SPREAD)
                        .then(|| p.unit.clone())
                        .flatten()
                });
            if let Some(u) = unit {
                let q = &mut out[j];
                q.kind = QuantityKind::Money;
                q.unit = Some(u);
            }
        }
    }

    /// `Soyabean oil imports were 32,000 (48,200), sunflower oil 61,600 (92,800)`: figures with a
    /// thousands comma and the year before's in brackets, in a sentence with no measure, after a
    /// sentence whose measures all share one unit (`... fell to 227,500 tonnes in 1986 from
    /// 286,300`), are elliptical figures in that unit (decision 117's table read as it is
    /// written in prose).
    pub(super) fn bracketed_comparisons(&self, out: &mut [RawQuantity]) {
        let measured =
            |p: &RawQuantity| matches!(p.kind, QuantityKind::Dimension | QuantityKind::Money);
        let paired = |a: &RawQuantity, b: &RawQuantity| {
            a.is_bare_count()
                && b.is_bare_count()
                && b.start == a.end + 1
                && self.is_punct(a.end, "(")
                && self.is_punct(b.end, ")")
                && self.surface(a.core).contains(',')
                && self.surface(b.core).contains(',')
        };
        let pairs: Vec<bool> = (0..out.len())
            .map(|j| {
                out.get(j + 1).is_some_and(|b| paired(&out[j], b))
                    || j >= 1 && paired(&out[j - 1], &out[j])
            })
            .collect();
        for j in 0..out.len() {
            let q = &out[j];
            let in_pair = pairs[j];
            let sentence = self.sentence_of[q.start];
            if !in_pair || sentence == 0 || self.surface(q.core).contains('.') {
                continue;
            }
            // (the figures of the pairs made measures above do not count)
            let here = out
                .iter()
                .zip(&pairs)
                .any(|(p, &f)| !f && measured(p) && self.sentence_of[p.start] == sentence);
            let mut before = out[..j]
                .iter()
                .filter(|p| measured(p) && self.sentence_of[p.start] + 1 == sentence)
                .map(|p| (p.kind, p.unit.as_deref()));
            let Some(first) = before.next() else { continue };
            if here || first.1.is_none() || before.any(|u| u != first) {
                continue;
            }
            let (kind, unit) = (first.0, first.1.map(str::to_owned));
            let q = &mut out[j];
            q.kind = kind;
            q.unit = unit;
        }
    }

    /// `The bond will be priced at 99.515 to yield 7.585 pct`, `were priced 99.365`: a price near
    /// par (50 to 150) after `priced (at)`, in a sentence that names a bond, a note or a yield.
    fn bond_price(&self, i: usize, v: f64) -> bool {
        let priced = |k: usize| k < i && self.same_sentence(k, i) && self.lower(k) == "priced";
        let after_priced =
            i >= 1 && priced(i - 1) || i >= 2 && self.lower(i - 1) == "at" && priced(i - 2);
        after_priced
            && (50.0..=150.0).contains(&v)
            && (i.saturating_sub(30)..i + 30).any(|k| {
                self.same_sentence(k, i)
                    && matches!(
                        self.lower(k),
                        "bond" | "bonds" | "notes" | "debentures" | "eurobond" | "yield"
                    )
            })
    }
}

/// The lower bound of a mention's value.
fn low_of(q: &RawQuantity) -> Option<f64> {
    Some(q.value.as_ref()?.low.as_ref()?.value)
}
