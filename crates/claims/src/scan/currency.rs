//! Currency helpers: signs and ISO codes glued to digits (`Rs4.5bn`, `USD115`), signs lost in
//! the text's encoding, `MUSD`-style million codes, and minor units (`3 dollars 50 cents`);
//! and a bound or hedge carried to the bracketed conversions of a sum (`up to $74,500
//! (£38,660)`); and a scale read past a sum's lost decimals (`(£17.m)`).

use super::{Amount, Context, RawQuantity};
use crate::lexicon::Role;
use crate::types::QuantityKind;
use crate::words;

impl Context<'_> {
    /// A currency symbol word (`Rs`) or an upper-case ISO code (`USD`) at `i`, which may be glued
    /// to the number after it (`Rs4.5bn`, `USD115`).
    pub(super) fn glued_currency(&self, i: usize) -> bool {
        let upper = self.surface(i).chars().all(|c| c.is_ascii_uppercase());
        self.lexicon
            .word(self.lower(i))
            .iter()
            .any(|r| matches!(r, Role::CurSym(_)) || matches!(r, Role::CurCode(_)) && upper)
    }

    /// A currency sign lost in the text's encoding (`\u{fffd}16m`, `?31m`, a lexicon symbol
    /// with an empty code) at `j`, before the number at `e`: glued to the digits and not glued
    /// to a word or quote before it (`"?0/20"` and `"?016` are other lost characters).
    pub(super) fn lost_symbol(&self, j: usize, e: usize) -> bool {
        e == j + 1
            && self.is_num(e)
            && self.glued(e)
            && (self.lexemes[j].spaced || j > 0 && self.is_punct(j - 1, "(-\u{2013};/"))
    }

    /// The bare number `s..e` fills a slot of a bracketed list of conversions after a `;`,
    /// the bracket closing right after it, and an earlier slot names a currency (`999 yuan
    /// ($143; 138 euros; 117)`, `435 yuan ($63; 60 euros; 50)`, `(137 billion euros; 115.3
    /// billion)`): an amount whose sign (the pound's) the text lost, as `?31m` (GUIDELINES:
    /// money of no code).
    pub(super) fn conversion_slot(&self, s: usize, e: usize) -> bool {
        if s == 0 || !self.is_punct(s - 1, ";") || !self.is_punct(e, ")") {
            return false;
        }
        let mut k = s - 1;
        while k > 0 && k + 20 > s && self.same_sentence(k - 1, s) {
            k -= 1;
            if self.is_punct(k, ")") {
                return false;
            }
            if self.is_punct(k, "(") {
                return (k + 1..s - 1).any(|j| {
                    self.has_role(j, |r| {
                        matches!(r, Role::CurSym(_) | Role::CurWord(_) | Role::CurCode(_))
                    })
                });
            }
        }
        false
    }

    /// An upper-case ISO code with a `M` for millions glued before it (`30 MUSD`, `120 MEUR`):
    /// the currency.
    pub(super) fn million_code(&self, i: usize) -> Option<u16> {
        let t = self.surface(i);
        let rest = t.strip_prefix('M')?;
        if rest.len() != 3 || !rest.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        self.lexicon
            .word(&rest.to_ascii_lowercase())
            .iter()
            .find_map(|r| match r {
                Role::CurCode(c) => Some(*c),
                _ => None,
            })
    }

    /// Two currencies that are the same unit, or a unit and its hundredth (`USD`, `USD/100`).
    /// A country's dollar named after an amount written with a bare `$` at `k` (decision 149's
    /// `a minimum of $100 Australian`; `$5 Canadian dollars`, `$20 Hong Kong`): that dollar,
    /// the name in the span. A bare adjective counts only where the noun phrase ends (`a $5
    /// billion Canadian company` is the company's). Returns (end, currency).
    pub(super) fn named_dollar(&self, k: usize, a: &Amount) -> Option<(usize, u16)> {
        let sign = (a.start.saturating_sub(1)..=a.start)
            .find(|&j| self.surface(j) == "$")
            .filter(|&j| !(j >= 1 && self.glued(j) && self.is_word(j - 1)))?;
        if a.currency.is_none() || sign > a.core {
            return None;
        }
        let (code, n) = match (self.lower(k), self.lower(k + 1)) {
            ("australian", _) => ("AUD", 1),
            ("canadian", _) => ("CAD", 1),
            ("singapore", _) => ("SGD", 1),
            ("new", "zealand") => ("NZD", 2),
            ("hong", "kong") => ("HKD", 2),
            _ => return None,
        };
        let mut e = k + n;
        if matches!(self.lower(e), "dollar" | "dollars") {
            e += 1;
        } else if self.is_word(e)
            && !matches!(
                self.lower(e),
                "a" | "an" | "per" | "to" | "for" | "each" | "in" | "on" | "at" | "and" | "or"
            )
        {
            return None;
        }
        let c = self.lexicon.currencies.iter().position(|c| c == code)?;
        Some((e, u16::try_from(c).ok()?))
    }

    /// `65 Canadian cents`, `12 US cents`, `40 Hong Kong cents`: a plain number, a country's
    /// name of its dollar and `cent`/`cents` at `k` are hundredths of that dollar; (end, the
    /// dollar's currency) for the caller to divide by 100 (`40 euro cents` is read by the
    /// currency word itself).
    pub(super) fn named_cents(&self, k: usize, a: &Amount) -> Option<(usize, u16)> {
        if a.currency.is_some() || a.scaled {
            return None;
        }
        let (code, n) = match (self.lower(k), self.lower(k + 1)) {
            ("australian", _) => ("AUD", 1),
            ("canadian", _) => ("CAD", 1),
            ("singapore", _) => ("SGD", 1),
            ("us" | "u.s." | "american", _) => ("USD", 1),
            ("new", "zealand") => ("NZD", 2),
            ("hong", "kong") => ("HKD", 2),
            _ => return None,
        };
        if !matches!(self.lower(k + n), "cent" | "cents") || !self.same_sentence(k, k + n) {
            return None;
        }
        let c = self.lexicon.currencies.iter().position(|c| c == code)?;
        Some((k + n + 1, u16::try_from(c).ok()?))
    }

    /// [`Self::named_dollar`] or [`Self::named_cents`] at `k`: (end, currency, divisor).
    pub(super) fn named_dollar_or_cents(&self, k: usize, a: &Amount) -> Option<(usize, u16, f64)> {
        self.named_dollar(k, a)
            .map(|(e, c)| (e, c, 1.0))
            .or_else(|| self.named_cents(k, a).map(|(e, c)| (e, c, 100.0)))
    }

    /// `95 more cents`, `five more dollars`: `more` (`additional`, `extra`, `further`) at `e`
    /// before a currency word, a sum added, read as before a unit of time (not an adjective of
    /// length: `two long dollars`).
    pub(super) fn more_money(&self, e: usize) -> bool {
        matches!(self.lower(e), "more" | "additional" | "extra" | "further")
            && self.has_role(e + 1, |r| matches!(r, crate::lexicon::Role::CurWord(_)))
    }

    pub(super) fn same_currency(&self, a: u16, b: u16) -> bool {
        let base = |c: u16| {
            let code = &self.lexicon.currencies[c as usize];
            code.strip_suffix("/100").unwrap_or(code).to_owned()
        };
        base(a) == base(b)
    }

    /// Minor units after a money amount at `e`: `[and] N (cents|pence)`, or `[and] N` ending the
    /// sentence or clause (`15 dollars 50.`). Returns (N, end). A number followed by a noun
    /// (`15 dollars and 50 people`) is not minor units.
    pub(super) fn minor_units(&self, e: usize, cur: Option<u16>) -> Option<(f64, usize)> {
        let cur = cur?;
        let k = if self.lower(e) == "and" { e + 1 } else { e };
        if !(self.is_num(k) || self.is_word(k)) || self.modified_here(k) {
            return None;
        }
        let c = self.amount(k)?;
        if c.currency.is_some() || c.scaled || c.vague || c.fraction || c.ordinal || c.low != c.high
        {
            return None;
        }
        if !(1.0..100.0).contains(&c.low) || c.low.fract() != 0.0 {
            return None;
        }
        if let Some((ue, sub)) = self.find(c.end, |r| match r {
            Role::CurWord(x) => Some(x),
            _ => None,
        }) {
            let code = &self.lexicon.currencies[sub as usize];
            return (code.ends_with("/100") && self.same_currency(cur, sub)).then_some((c.low, ue));
        }
        (!self.is_word(c.end) && !self.is_num(c.end) && !self.is_punct(c.end, "%-/"))
            .then_some((c.low, c.end))
    }

    /// A lower-case `p` glued after digits at `k` (`164p`, `2.5p`): pence, the hundredth of the
    /// pound (not `5p.m.`, not `5p` inside a word run). Returns the currency of pence.
    pub(super) fn pence(&self, k: usize) -> Option<u16> {
        let word_after = self.glued(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1));
        // `5p.m.`, `at 9p ET`: an hour
        let hour = k >= 1 && self.digits(k - 1).is_some_and(|v| v <= 12.0);
        let clock = self.is_punct(k + 1, ".") && self.lower(k + 2) == "m" && self.glued(k + 2)
            || hour
                && (self.has_role(k + 1, |r| matches!(r, Role::Zone(_)))
                    || k >= 2 && words::clock_word_preposition(self.lower(k - 2)));
        if self.surface(k) != "p" || !self.glued(k) || word_after || clock {
            return None;
        }
        self.lexicon.word("pence").iter().find_map(|r| match r {
            Role::CurWord(c) => Some(*c),
            _ => None,
        })
    }
}

impl Context<'_> {
    /// A bound or a hedge written before a sum bounds or hedges its conversions in brackets
    /// too (indep-NOTES.md decision 129): `up to $74,500 (£38,660)` is `(,74500]` USD and
    /// `(,38660]` GBP, `almost $1.6bn (£857m)` `~(,1.6bn)` and `~(,857m)`, `up to 200,000 yuan
    /// ($24,000; £12,700)` bounds both slots, `about $80m (£44.54m)` hedges the pounds. The
    /// conversions are exact sums right after the sum's `(`, one after another with `;` or `,`
    /// between, the last before `)`; a lower bound carries the same way (`over $76m (£40.7m)` is
    /// `(76m,)` USD and `(40.7m,)` GBP, decision 387); a range (both ends) and an exact sum
    /// carry nothing.
    pub(super) fn bracketed_bounds(&self, out: &mut [RawQuantity]) {
        for a in 0..out.len() {
            let (head, tail) = out.split_at_mut(a + 1);
            let q = &head[a];
            let Some(v) = q.value else { continue };
            let one_sided = v.low.is_none() != v.high.is_none();
            if q.kind != QuantityKind::Money
                || !(one_sided || v.approximate)
                || !self.is_punct(q.end, "(")
            {
                continue;
            }
            let mut at = q.end;
            for r in tail.iter_mut() {
                let Some(w) = r.value else { break };
                let exact = w.low.is_some() && w.low == w.high;
                if r.kind != QuantityKind::Money
                    || r.start != at + 1
                    || !exact
                    || !self.is_punct(r.end, ";,)")
                {
                    break;
                }
                let x = w.low.map(|b| b.value).unwrap_or_default();
                let mut nv = w;
                nv.approximate = w.approximate || v.approximate;
                if one_sided {
                    nv.low = v.low.map(|b| crate::types::Bound { value: x, ..b });
                    nv.high = v.high.map(|b| crate::types::Bound { value: x, ..b });
                }
                r.value = Some(nv);
                if self.is_punct(r.end, ")") {
                    break;
                }
                at = r.end;
            }
        }
    }

    /// Where the scale after the digits of `a` is read: past a glued `.` before a glued `m` or
    /// `bn` that ends the word, when a currency stands before the digits (`(£17.m)`: the sum's
    /// decimals lost in the copy, decision 405: the scale applies to the digits written); else
    /// `a.end`.
    pub(super) fn past_lost_decimals(&self, a: &Amount, currency: bool) -> usize {
        let e = a.end;
        let lost = currency
            && !a.spelled
            && self.is_punct(e, ".")
            && self.glued(e)
            && self.glued(e + 1)
            && matches!(self.lower(e + 1), "m" | "bn")
            && !(self.glued(e + 2) && self.is_word(e + 2));
        if lost { e + 1 } else { e }
    }
}
