//! Numbers on their own: digit runs (`57,500`, `1.2`), scientific notation and powers (`1e10`,
//! `1.3x10^6`), vulgar fractions (`¾`), slash fractions (`3/4`), and spelled cardinals (`three
//! hundred and two`, `twenty-first`, `five point five`).

use super::Context;
use crate::lex::LexemeKind;
use crate::words;

impl Context<'_> {
    /// The value of a vulgar fraction character (`½`, `¾`) at `i`.
    pub(super) fn vulgar(&self, i: usize) -> Option<f64> {
        if self.kind(i) != Some(LexemeKind::Punct) {
            return None;
        }
        Some(match self.surface(i) {
            "½" => 0.5,
            "⅓" => 1.0 / 3.0,
            "⅔" => 2.0 / 3.0,
            "¼" => 0.25,
            "¾" => 0.75,
            "⅕" => 0.2,
            "⅖" => 0.4,
            "⅗" => 0.6,
            "⅘" => 0.8,
            "⅙" => 1.0 / 6.0,
            "⅚" => 5.0 / 6.0,
            "⅛" => 0.125,
            "⅜" => 0.375,
            "⅝" => 0.625,
            "⅞" => 0.875,
            _ => return None,
        })
    }

    /// Digits at `i`: value and whether it is plain (no separators).
    pub(super) fn digits(&self, i: usize) -> Option<f64> {
        if !self.is_num(i) {
            return None;
        }
        let s = self.surface(i);
        if s.matches('.').count() > 1 {
            return None;
        }
        let clean: String = s
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        clean.parse().ok()
    }

    /// Scientific notation or a power glued to the digits at `j` (mantissa `v`): `1e10`,
    /// `12.32e+14`, `1.1^23`, `2.5^-1`, `1.3x10^6`: (value, end). Every part touches the next,
    /// the exponent has at most three digits, and nothing alphanumeric is glued on either side
    /// (`6e9ZXnTV` in a URL is not a number).
    pub(super) fn power(&self, j: usize, v: f64) -> Option<(f64, usize)> {
        let glued_before = j > 0
            && self.glued(j)
            && matches!(
                self.kind(j - 1),
                Some(LexemeKind::Word | LexemeKind::Number)
            );
        if glued_before || !self.glued(j + 1) {
            return None;
        }
        let exponent = |mut k: usize| -> Option<(f64, usize)> {
            let mut neg = false;
            while self.is_punct(k, "+-\u{2212}") && self.glued(k) {
                neg ^= !self.is_punct(k, "+");
                k += 1;
            }
            let t = self.surface(k);
            if !self.is_num(k) || !self.glued(k) || t.len() > 3 || t.contains([',', '.']) {
                return None;
            }
            if self.glued(k + 1)
                && matches!(
                    self.kind(k + 1),
                    Some(LexemeKind::Word | LexemeKind::Number)
                )
            {
                return None;
            }
            let n: f64 = t.parse().ok()?;
            Some((if neg { -n } else { n }, k + 1))
        };
        let k = j + 1;
        if self.is_punct(k, "^") {
            let (p, e) = exponent(k + 1)?;
            return Some((v.powf(p), e));
        }
        match self.lower(k) {
            "e" => {
                let (p, e) = exponent(k + 1)?;
                Some((v * 10f64.powf(p), e))
            }
            "x" if self.surface(k + 1) == "10"
                && self.glued(k + 1)
                && self.is_punct(k + 2, "^") =>
            {
                let (p, e) = exponent(k + 3)?;
                Some((v * 10f64.powf(p), e))
            }
            // `1.99×10−30`, `6.02×10^23`: a multiplication sign, ten, a caret or a glued sign
            "\u{d7}" | "\u{22c5}" | "\u{b7}"
                if self.surface(k + 1) == "10" && self.glued(k + 1) =>
            {
                let at = if self.is_punct(k + 2, "^") {
                    k + 3
                } else if self.is_punct(k + 2, "+-\u{2212}") {
                    k + 2
                } else {
                    return None;
                };
                let (p, e) = exponent(at)?;
                Some((v * 10f64.powf(p), e))
            }
            _ => None,
        }
    }

    /// A spelled cardinal starting at `i`: (value, end, is_ordinal).
    pub(super) fn spelled(&self, i: usize) -> Option<(f64, usize, bool)> {
        #[derive(PartialEq, Clone, Copy)]
        enum Last {
            None,
            Small,
            Tens,
            Hundred,
            Scale,
        }
        let mut total = 0f64;
        let mut cur = 0f64;
        // the part of `cur` made of hundreds (`three hundred` in `three hundred and two`)
        let mut hundreds = 0f64;
        let mut last = Last::None;
        let mut j = i;
        let mut end = i;
        let mut ord = false;
        // `a hundred`, `a thousand`, `a million`, `a dozen`
        if self.lower(j) == "a" {
            let n = self.lower(j + 1);
            if n == "hundred" || words::big_scale(n).is_some() || n == "dozen" {
                cur = 1.0;
                last = Last::Small;
                j += 1;
            } else {
                return None;
            }
        } else if self.lower(j) == "hundred"
            && self.is_word(j + 1)
            && words::big_scale(self.lower(j + 1)).is_some()
            && (!self.is_word(j.wrapping_sub(1))
                || words::approximating_word(self.lower(j.wrapping_sub(1))))
        {
            // `hundred thousand dollars`: the hundred is one hundred before a scale (not in
            // `a few hundred million`, `several hundred thousand`: those are vague)
            cur = 1.0;
            last = Last::Small;
        }
        loop {
            if !self.is_word(j) {
                break;
            }
            let w = self.lower(j);
            // `nought point five`, `three-nought-four`, `Nought is ...`: nought and naught are
            // zero only before `point`, hyphened to a number or opening the sentence (not in
            // `came to naught`)
            let zero = matches!(w, "nought" | "naught")
                && (self.lower(j + 1) == "point"
                    || j == i && (j == 0 || self.sentence_of[j - 1] != self.sentence_of[j])
                    || self.joining_hyphen(j + 1) && self.starts_number(j + 2)
                    || j > 1 && self.joining_hyphen(j - 1) && self.starts_number(j - 2));
            if let Some(v) = words::small(w).or(if zero { Some(0) } else { None }) {
                if matches!(last, Last::Small) || (last == Last::Tens && v >= 10) {
                    break;
                }
                cur += f64::from(v);
                last = Last::Small;
                j += 1;
                end = j;
            } else if let Some(v) = words::tens(w) {
                // `one hundred thirty-fifths`: the plural compound is the denominator
                let denominator = self.lower(j + 2).strip_suffix('s').and_then(words::ordinal);
                if matches!(last, Last::Small | Last::Tens)
                    || last != Last::None
                        && self.joining_hyphen(j + 1)
                        && denominator.is_some_and(|u| (1..10).contains(&u))
                {
                    break;
                }
                cur += f64::from(v);
                last = Last::Tens;
                j += 1;
                end = j;
                if self.joining_hyphen(j) {
                    let n = self.lower(j + 1);
                    if let Some(u) = words::small(n).filter(|u| (1..10).contains(u)) {
                        cur += f64::from(u);
                        j += 2;
                        end = j;
                        last = Last::Small;
                    } else if let Some(u) = words::ordinal(n).filter(|u| (1..10).contains(u)) {
                        cur += u as f64;
                        end = j + 2;
                        ord = true;
                        break;
                    }
                }
            } else if w == "hundred" && last != Last::None && last != Last::Hundred {
                if cur == 0.0 {
                    break;
                }
                cur *= 100.0;
                hundreds = cur;
                last = Last::Hundred;
                j += 1;
                end = j;
            } else if let Some(s) = words::big_scale(w).filter(|_| last != Last::None) {
                if cur == 0.0 {
                    break;
                }
                total += cur * s;
                cur = 0.0;
                hundreds = 0.0;
                last = Last::Scale;
                j += 1;
                end = j;
            } else if (w == "dozen"
                || w == "doz"
                || w == "dz"
                || matches!(w, "dozens" | "dozs" | "dzs") && last == Last::Small)
                && last != Last::None
            {
                // `three hundred and two dozen`: the dozen is of the two
                cur = hundreds + (cur - hundreds).max(1.0) * 12.0;
                last = Last::Scale;
                j += 1;
                end = j;
            } else if w == "and" && matches!(last, Last::Hundred | Last::Scale) {
                let n = self.lower(j + 1);
                // `five billion and three quarters`, `two hundred and fifty-four hundredths`:
                // a proper fraction is added by the caller (`one hundred and thirty-two
                // fifths` is 132 fifths)
                let fraction_next = self.and_fraction(j + 1).is_some();
                if self.is_word(j + 1)
                    && !fraction_next
                    && (words::small(n).is_some() || words::tens(n).is_some())
                {
                    j += 1;
                } else {
                    break;
                }
            } else if let Some(o) = words::ordinal(w).filter(|o| {
                *o >= 100 && matches!(last, Last::Small | Last::Tens)
                    || *o >= 1000 && last == Last::Hundred
            }) {
                // `two hundredth`, `a hundred thousandth` (100,000th, not 1,100th)
                cur *= o as f64;
                end = j + 1;
                ord = true;
                break;
            } else if let Some(o) = words::ordinal(w)
                .filter(|_| matches!(last, Last::Hundred | Last::Scale | Last::Tens))
            {
                if last == Last::Tens && o >= 10 {
                    break;
                }
                cur += o as f64;
                end = j + 1;
                ord = true;
                break;
            } else {
                break;
            }
        }
        if end == i || last == Last::None && !ord {
            return None;
        }
        // `five point five`, `two hundred point zero three`, `point seventy-one`
        if !ord
            && self.lower(end) == "point"
            && matches!(last, Last::Small | Last::Tens | Last::Hundred | Last::Scale)
        {
            let mut k = end + 1;
            let mut frac = String::new();
            while self.is_word(k) {
                let digit = match self.lower(k) {
                    "nought" | "naught" => Some(0),
                    w => words::small(w),
                };
                match digit.filter(|d| *d < 10) {
                    Some(d) => {
                        frac.push(char::from(b'0' + d as u8));
                        k += 1;
                    }
                    None => break,
                }
            }
            // `point eleven`, `point seventy-one`: two digits read as one number
            let teen = words::small(self.lower(k)).filter(|v| (10..20).contains(v));
            if let Some(v) = teen.filter(|_| frac.is_empty()) {
                frac = v.to_string();
                k += 1;
            } else if frac.is_empty() {
                if let Some(t) = words::tens(self.lower(k)) {
                    let mut v = t;
                    k += 1;
                    if self.is_punct(k, "-") && self.glued(k) {
                        if let Some(u) =
                            words::small(self.lower(k + 1)).filter(|u| (1..10).contains(u))
                        {
                            v += u;
                            k += 2;
                        }
                    }
                    frac = v.to_string();
                }
            }
            if !frac.is_empty() {
                if let Ok(f) = format!("0.{frac}").parse::<f64>() {
                    return Some((total + cur + f, k, false));
                }
            }
        }
        Some((total + cur, end, ord))
    }

    /// A proper fraction at `k`, after `and`: `a half`, `three quarters`, `fifty-four
    /// hundredths` (numerator smaller than the denominator, singular denominator after one):
    /// (value, end).
    pub(super) fn and_fraction(&self, k: usize) -> Option<(f64, usize)> {
        let n = self.lower(k);
        let (num, dk) = if matches!(n, "a" | "an") {
            (1, k + 1)
        } else if let Some(v) = words::small(n).filter(|v| *v >= 1) {
            (v, k + 1)
        } else {
            let t = words::tens(n)?;
            let unit = words::small(self.lower(k + 2)).filter(|u| (1..10).contains(u));
            match unit.filter(|_| self.joining_hyphen(k + 1)) {
                Some(u) => (t + u, k + 3),
                None => (t, k + 1),
            }
        };
        let dw = self.lower(dk);
        let d = words::denominator(dw).filter(|d| *d > 1 && self.is_word(dk))?;
        ((num == 1) != dw.ends_with('s') && u64::from(num) < d)
            .then(|| (f64::from(num) / d as f64, dk + 1))
    }

    /// `3/4` at `j` (not a date): (value, end).
    pub(super) fn slash_fraction(&self, j: usize) -> Option<(f64, usize)> {
        if !(self.is_punct(j + 1, "/")
            && self.glued(j + 1)
            && self.is_num(j + 2)
            && self.glued(j + 2)
            && !self.is_punct(j + 3, "/"))
        {
            return None;
        }
        let n: u32 = self.surface(j).parse().ok()?;
        let d: u32 = self.surface(j + 2).parse().ok()?;
        if n == 0 || n >= d || ![2, 3, 4, 5, 6, 8, 10, 16, 32, 100].contains(&d) {
            return None;
        }
        Some((f64::from(n) / f64::from(d), j + 3))
    }

    /// Betting odds written as a fraction at `j` (`4/9 and 8/13 odds`, `at 9/4` beside them,
    /// `odds of 25/1 at the bookmakers`): two whole numbers of 1..=100 glued by a slash, in a
    /// sentence that names odds or the trade of betting, are the ratio as written (decision 331:
    /// stake and return, not a date, no month 13, and not two counts); not an even `50/50`,
    /// not a third part glued (`4/9/2005`), not a share price's or a fraction's denominator
    /// (read by [`Self::slash_fraction`] first). (value, end).
    pub(super) fn odds_fraction(&self, j: usize) -> Option<(f64, usize)> {
        if !(self.is_punct(j + 1, "/")
            && self.glued(j + 1)
            && self.is_num(j + 2)
            && self.glued(j + 2)
            && !self.is_punct(j + 3, "/")
            && self.same_sentence(j, j + 2))
        {
            return None;
        }
        let n: u32 = self.surface(j).parse().ok()?;
        let d: u32 = self.surface(j + 2).parse().ok()?;
        if n == 0 || d == 0 || n == d || n > 100 || d > 100 {
            return None;
        }
        let first = (0..j)
            .rev()
            .take_while(|&k| self.same_sentence(k, j))
            .last()
            .unwrap_or(j);
        let betting = (first..)
            .take_while(|&k| self.same_sentence(j, k))
            .any(|k| {
                matches!(
                    self.lower(k),
                    "odds" | "bookmaker" | "bookmakers" | "bookies" | "betting" | "punters"
                )
            });
        betting.then(|| (f64::from(n) / f64::from(d), j + 3))
    }
}
