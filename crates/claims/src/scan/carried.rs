//! Scaled amounts of wire copy whose currency was written in an earlier sentence (issue 17,
//! indep29's Reuters-21578 wire): `The Bundesbank's ... totalled 47.4 billion marks. Though
//! this was above the March requirement of 50.7 billion, actual holdings ... were 44.2
//! billion.`, `Group net profit rose to 143.6 mln marks ... Domestic group net profit fell to
//! 77.9 mln from 122.2 mln.`: the guidelines' elliptical number, its unit carried over the
//! sentence mark (q47's "Left": quotes whose currency is in an earlier sentence).

use super::wire::{ellipsis_follower, scale_word};
use super::{Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::types::QuantityKind;

/// How many sentences back a bare scaled figure looks for the money it continues.
const CARRY_SENTENCES: u32 = 2;

impl Context<'_> {
    /// A bare scaled figure (`77.9 mln`, `44.2 billion`) with no noun after it, in a sentence
    /// with no other scaled measure, takes the currency of the nearest of the two sentences
    /// before that holds a scaled measure, when all that sentence's scaled measures are money
    /// of one currency (a sentence of tonnes or shares stops the search: `7.1 mln` after
    /// `7.2 mln tonnes` is no money), and not when its own sentence counts something else.
    pub(super) fn carried_currency(&self, out: &mut [RawQuantity]) {
        // (`out` is in text order, so each sentence's quantities are one run of indices; one
        // pass over the runs keeps this linear in the document's quantities)
        let runs = self.sentence_runs(out);
        let scaled = |p: &RawQuantity| {
            !self.bare_scaled(p) && (p.core + 1..p.end).any(|k| scale_word(self.lower(k)))
        };
        // (whether a run holds a scaled measure now: a figure turned to money below is one)
        let mut has_scaled: Vec<bool> = runs
            .iter()
            .map(|&(_, lo, hi)| out[lo..hi].iter().any(scaled))
            .collect();
        // (a run with a count of its own that is no bare scaled figure counts things, not
        // money: `Avg shrs 9,800,000 vs 10.4 mln` after `Revs 12.3 mln vs 11.1 mln`)
        let counts: Vec<bool> = runs
            .iter()
            .map(|&(_, lo, hi)| {
                out[lo..hi]
                    .iter()
                    .any(|p| p.kind == QuantityKind::Count && !self.bare_scaled(p))
            })
            .collect();
        // (the currency a finished run passes on: `Some(None)` stops the search, a run of
        // scaled measures that are not all money of one currency)
        let mut passes: Vec<Option<Option<String>>> = vec![None; runs.len()];
        for r in 0..runs.len() {
            let (sentence, lo, hi) = runs[r];
            for j in lo..hi {
                if has_scaled[r] || counts[r] || !self.bare_scaled(&out[j]) {
                    continue;
                }
                let mut unit: Option<String> = None;
                for back in 1..=CARRY_SENTENCES.min(sentence) {
                    let s = sentence - back;
                    // (sentence ids rise run by run: the run of `s`, if any, is among the
                    // last `CARRY_SENTENCES` runs)
                    let Some(b) = (r.saturating_sub(CARRY_SENTENCES as usize)..r)
                        .find(|&b| runs[b].0 == s && has_scaled[b])
                    else {
                        continue;
                    };
                    let (_, blo, bhi) = runs[b];
                    unit = passes[b]
                        .get_or_insert_with(|| {
                            let mut found = out[blo..bhi].iter().filter(|p| scaled(p));
                            let first = found.next()?;
                            let money =
                                |p: &RawQuantity| p.kind == QuantityKind::Money && p.unit.is_some();
                            (money(first) && found.all(|p| money(p) && p.unit == first.unit))
                                .then(|| first.unit.clone())
                                .flatten()
                        })
                        .clone();
                    break;
                }
                if let Some(u) = unit {
                    let q = &mut out[j];
                    q.kind = QuantityKind::Money;
                    q.unit = Some(u);
                    has_scaled[r] = true;
                }
            }
        }
    }

    /// The runs of `out` (in text order) by sentence: `(sentence, first index, end index)`.
    fn sentence_runs(&self, out: &[RawQuantity]) -> Vec<(u32, usize, usize)> {
        let mut runs: Vec<(u32, usize, usize)> = Vec::new();
        for (j, q) in out.iter().enumerate() {
            let s = self.sentence_of[q.start];
            match runs.last_mut() {
                Some(last) if last.0 == s => last.2 = j + 1,
                _ => runs.push((s, j, j + 1)),
            }
        }
        runs
    }

    /// A count of a number and a scale word alone (`77.9 mln`, `44.2 billion`) with no noun
    /// after it: the end of its sentence, a comma or semicolon, or a word that opens no noun.
    fn bare_scaled(&self, q: &RawQuantity) -> bool {
        let ends = match self.kind(q.end) {
            None => true,
            Some(LexemeKind::Punct) => self.is_punct(q.end, ",.;"),
            Some(LexemeKind::Word) => ellipsis_follower(self.lower(q.end)),
            Some(LexemeKind::Number) => false,
        };
        q.kind == QuantityKind::Count
            && q.unit.is_none()
            && q.start == q.core
            && q.end == q.core + 2
            && self.is_word(q.core + 1)
            && scale_word(self.lower(q.core + 1))
            && ends
            && !(q.start >= 1 && self.is_punct(q.start - 1, "("))
    }
}
