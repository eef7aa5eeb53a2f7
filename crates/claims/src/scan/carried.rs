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
    /// `7.2 mln tonnes` is no money).
    pub(super) fn carried_currency(&self, out: &mut [RawQuantity]) {
        for j in 0..out.len() {
            if !self.bare_scaled(&out[j]) {
                continue;
            }
            let q = &out[j];
            let sentence = self.sentence_of[q.start];
            let scaled = |p: &RawQuantity| {
                !self.bare_scaled(p) && (p.core + 1..p.end).any(|k| scale_word(self.lower(k)))
            };
            let in_sentence = |p: &RawQuantity, s: u32| self.sentence_of[p.start] == s;
            if out.iter().any(|p| scaled(p) && in_sentence(p, sentence)) {
                continue;
            }
            let mut unit: Option<String> = None;
            for back in 1..=CARRY_SENTENCES.min(sentence) {
                let s = sentence - back;
                let mut found = out[..j].iter().filter(|p| scaled(p) && in_sentence(p, s));
                let Some(first) = found.next() else { continue };
                let money = |p: &RawQuantity| p.kind == QuantityKind::Money && p.unit.is_some();
                if money(first) && found.all(|p| money(p) && p.unit == first.unit) {
                    unit = first.unit.clone();
                }
                break;
            }
            if let Some(u) = unit {
                let q = &mut out[j];
                q.kind = QuantityKind::Money;
                q.unit = Some(u);
            }
        }
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
