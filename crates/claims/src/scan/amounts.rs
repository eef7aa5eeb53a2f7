//! Amounts: a number with its currency prefix, scale (`1.2 million`, `4.5bn`, `a few hundred`),
//! vague plurals (`tens of thousands`), shares (`half`, `a third of`, `two-thirds`) and
//! continuations (`4 thousand 3 hundred and 21`, `3 million and a half`). An [`Amount`] is not yet
//! a quantity: units, percent signs and modifiers are added by [`super::units`].

use super::values::round_sig;
use super::{Amount, Context};
use crate::lexicon::{Mod, Role};
use crate::words;

impl Context<'_> {
    /// The amount at `i`: [`Self::amount_core`], with a fraction of a scale made one amount
    /// (`a quarter of a million` is 250,000, not a quarter and a million).
    pub(super) fn amount(&self, i: usize) -> Option<Amount> {
        // `a year and a half`: the article is one unit of time (the half is added by the unit
        // step)
        let w = self.lower(i);
        let article = matches!(w, "a" | "an");
        if article
            && words::time_unit(self.lower(i + 1)).is_some()
            && self.lower(i + 2) == "and"
            && matches!(self.lower(i + 3), "a" | "an")
            && self.lower(i + 4) == "half"
        {
            return Some(Amount::new(i, i + 1, 1.0, i));
        }
        // `followed a year of turmoil`, `after a decade of war`, `a minute of silence`: the
        // article stands for one before a unit of time (GUIDELINES.md), a length; not what a
        // year was like (`2017 will be a year of change`), a rate (`$700 billion) a year of
        // bonds`, `5 billion euros a year of debt`), a night (`a night of contrasts`) or `a month of Sundays`;
        // `single` only stresses the one (`packed into a single day of short sessions`, `after
        // a single hour of being plugged in`: decision 220)
        let u = if article && self.lower(i + 1) == "single" {
            i + 2
        } else {
            i + 1
        };
        if article
            && self.lower(u + 1) == "of"
            && words::time_unit(self.lower(u)).is_some_and(|u| u != "second" && u != "night")
            && !words::be_or_have(self.lower(i.wrapping_sub(1)))
            && !matches!(
                self.lower(i.wrapping_sub(1)),
                "be" | "been" | "just" | "only"
            )
            && !(i >= 1
                && (self.is_num(i - 1) || self.is_punct(i - 1, ")") || self.measure_after(i - 1)))
            // (`30,000 copies an hour of the virus`: a figure and its noun before, a rate)
            && !(i >= 2 && self.is_num(i - 2) && self.is_word(i - 1))
            && self.lower(u + 2) != "sundays"
        {
            return Some(Amount::new(i, u, 1.0, i));
        }
        // `A half century on`, `a half hour`: half of one unit of time (not `two and a half
        // years`)
        // (with a hyphen too: `for a half-century`)
        let t = if self.is_punct(i + 2, "-") && self.glued(i + 2) && self.glued(i + 3) {
            i + 3
        } else {
            i + 2
        };
        if article
            && self.lower(i + 1) == "half"
            && words::time_unit(self.lower(t)).is_some_and(|u| u != "second")
            && self.lower(i.wrapping_sub(1)) != "and"
        {
            return Some(Amount {
                fraction: false,
                ..Amount::new(i, i + 2, 0.5, i + 1)
            });
        }
        // `a half-dozen managers`, `a half dozen shots`, `half-dozen`: six
        let h = if article { i + 1 } else { i };
        if (w == "half" || article && self.lower(h) == "half") && self.same_sentence(i, h) {
            let d = if self.is_punct(h + 1, "-") && self.glued(h + 1) {
                h + 2
            } else {
                h + 1
            };
            if self.lower(d) == "dozen" {
                return Some(Amount::new(i, d + 1, 6.0, d));
            }
        }
        // `about a half-mile`, `a half mile`, `half a mile`: half of one unit of measure
        let unit_at = |k: usize| self.has_role(k, |r| matches!(r, Role::Unit(_)));
        if article && self.lower(i + 1) == "half" && self.lower(i.wrapping_sub(1)) != "and" {
            let k = if self.is_punct(i + 2, "-") && self.glued(i + 2) && self.glued(i + 3) {
                i + 3
            } else {
                i + 2
            };
            if unit_at(k) {
                return Some(Amount::new(i, i + 2, 0.5, i + 1));
            }
        }
        if w == "half" && matches!(self.lower(i + 1), "a" | "an") && unit_at(i + 2) {
            return Some(Amount::new(i, i + 2, 0.5, i));
        }
        // `half an hour`, `over half a century`: half of one unit of time, as `a half hour`
        // (not `an hour and a half`, `two and half a day`)
        if w == "half"
            && matches!(self.lower(i + 1), "a" | "an")
            && words::time_unit(self.lower(i + 2)).is_some_and(|u| u != "second")
            && self.lower(i.wrapping_sub(1)) != "and"
        {
            return Some(Amount::new(i, i + 2, 0.5, i));
        }
        // `a year later`, `an hour after`, `a decade ago`, `a week on`: the article is one
        // unit of time when the span is measured from another time (not `once a year`, `$5 a day`)
        if article
            && words::time_unit(self.lower(i + 1)).is_some()
            && words::time_relation_word(self.lower(i + 2))
            && !(self.lower(i + 2) == "on" && !self.phrase_end(i + 3) && !self.is_punct(i + 3, ","))
        {
            return Some(Amount::new(i, i + 1, 1.0, i));
        }
        // `a couple of weeks`, `a couple of people`: about two (the noun `couple`, `a young
        // couple`, is no numeral)
        if article
            && self.lower(i + 1) == "couple"
            && self.lower(i + 2) == "of"
            && self.is_word(i + 3)
        {
            // (`a couple of hundred people`: two of the scale)
            let n = self.lower(i + 3);
            let scale = match n {
                "hundred" => Some(100.0),
                "dozen" => Some(12.0),
                _ => words::big_scale(n),
            };
            return Some(match scale {
                Some(s) => Amount {
                    scaled: true,
                    ..Amount::new(i, i + 4, 2.0 * s, i + 1)
                },
                None => Amount::new(i, i + 3, 2.0, i + 1),
            });
        }
        // `MAUD 60`, `MUSD 30`: a million-unit code before the number
        if let Some(c) = self.million_code(i).filter(|_| self.is_num(i + 1)) {
            let mut a = self.amount_core(i + 1)?;
            if a.currency.is_some() || a.scaled || a.fraction || a.ordinal || a.vague {
                return None;
            }
            a.start = i;
            a.low *= 1e6;
            a.high *= 1e6;
            a.currency = Some(c);
            a.scaled = true;
            a.yearish = false;
            return Some(a);
        }
        // (`in a year`, `A year's work`: `elapsed.rs`)
        let mut a = self.one_unit_amount(i).or_else(|| self.amount_core(i))?;
        if a.fraction
            && !a.ordinal
            && self.lower(a.end) == "of"
            && matches!(self.lower(a.end + 1), "a" | "an")
        {
            if let Some(s) =
                words::big_scale(self.lower(a.end + 2)).filter(|_| self.is_word(a.end + 2))
            {
                a.low *= s;
                a.high *= s;
                a.end += 3;
                a.fraction = false;
                a.scaled = true;
            }
        }
        Some(a)
    }

    /// The core amount at `i`, with currency prefix and scale.
    pub(super) fn amount_core(&self, i: usize) -> Option<Amount> {
        let mut j = i;
        let mut cur = None;
        let mut neg = false;
        // currency prefix: `$`, `US$`, `£`, `Rs`, `USD`
        if let Some((e, c)) = self.find(j, |r| match r {
            Role::CurSym(c) => Some(c),
            Role::CurCode(c) => Some(c),
            _ => None,
        }) {
            let is_code = self
                .lexicon
                .word(self.lower(j))
                .iter()
                .any(|r| matches!(r, Role::CurCode(_)));
            let upper = self.surface(j).chars().all(|c| !c.is_lowercase());
            // (`a$54` in lower case is the article before `$`, not `A$`)
            if (self.is_num(e) || self.is_word(e) && self.spelled(e).is_some())
                && (!is_code || upper || self.lower(j) != "try")
                && self.surface(j) != "a"
                // `There's $50,000`, `it's $5`: the `s` of a contraction or possessive glued
                // after its apostrophe is not the `S$` of Singapore (nor `C$`, `R$`)
                && !(i > 0 && self.glued(i) && self.is_punct(i - 1, "'\u{2019}"))
                // `PS6m`: a `£` lost in encoding ([`Self::lost_pound_ps`]; `PS 118` is a school)
                && (self.lower(j) != "ps" || self.lost_pound_ps(j, e))
                && (!self.lexicon.currencies[c as usize].is_empty() || self.lost_symbol(j, e))
            {
                cur = Some(c);
                j = e;
            }
        }
        // most tokens are words that open no amount: the rules below would each say no (the
        // scan asks at every token)
        if cur.is_none() && self.is_word(j) && !words::may_start_amount(self.lower(j)) {
            return None;
        }
        if self.is_punct(j, "-\u{2212}")
            && self.is_num(j + 1)
            && self.glued(j + 1)
            && self.lexemes[j].spaced
            && cur.is_none()
        {
            neg = true;
            j += 1;
        }
        if cur.is_none() && self.is_punct(j, "-\u{2212}") && cur.is_none() {
            return None;
        }
        // `minus 5`, `minus-130 degrees`
        let k = if self.is_punct(j + 1, "-") && self.glued(j + 1) && self.glued(j + 2) {
            j + 2
        } else {
            j + 1
        };
        if matches!(self.lower(j), "minus" | "negative")
            && (self.is_num(k)
                || self.is_word(k)
                    && words::small(self.lower(k))
                        .or(words::tens(self.lower(k)))
                        .is_some())
        {
            let mut a = self.amount(k)?;
            a.start = i;
            // `plus or minus 3.5 percentage points`: a margin, its size
            let margin = j >= 2 && self.lower(j - 1) == "or" && self.lower(j - 2) == "plus";
            if !margin {
                a.low = -a.low;
                a.high = -a.high;
            }
            a.yearish = false;
            return Some(a);
        }
        let start = i;
        let mut a;
        if let Some(f) = self.vulgar(j) {
            // `½`, `¾`
            return Some(Amount {
                fraction: true,
                currency: cur,
                spelled: false,
                ..Amount::new(start, j + 1, f, j)
            });
        }
        if self.is_num(j) {
            let v = self.digits(j)?;
            let plain = !self.surface(j).contains([',', '.']);
            a = Amount {
                currency: cur,
                yearish: plain
                    && self.surface(j).len() == 4
                    && (1000.0..2100.0).contains(&v)
                    && cur.is_none()
                    && !neg,
                spelled: false,
                ..Amount::new(start, j + 1, v, j)
            };
            if neg {
                a.low = -v;
                a.high = -v;
            }
            // scientific notation and powers: `1e10`, `-12e-1`, `1.1^23`, `1.3x10^6`
            if let Some((p, e)) = self.power(j, v) {
                a.low = if neg { -p } else { p };
                a.high = a.low;
                a.yearish = false;
                a.end = e;
                return Some(a);
            }
            // glued suffix: 21st, 3m, 4.5bn, 10km, 1990s
            if self.is_word(j + 1) && self.glued(j + 1) {
                let w = self.lower(j + 1);
                // (`the 2,271st star`: thousands grouped with commas)
                let grouped = !self.surface(j).contains('.')
                    && self.surface(j).split(',').skip(1).all(|g| g.len() == 3);
                if words::ordinal_suffix(w) && (plain || grouped && cur.is_none()) {
                    a.ordinal = true;
                    a.end = j + 2;
                    a.yearish = false;
                    return Some(a);
                }
                // `US$ 1MM`: the finance abbreviation of a million, upper case after money
                // (`1mm` alone is a millimetre)
                let mm = (self.surface(j + 1) == "MM" && cur.is_some()).then_some(1e6);
                // `described as being 1.70m (5'7") tall`: a person's height in metres, not
                // millions
                let metres = w == "m" && cur.is_none() && self.metres_after(j, v);
                if let Some(s) = words::abbr_scale(w, true)
                    .filter(|_| !metres)
                    .or_else(|| words::big_scale(w))
                    .or(mm)
                {
                    a.low *= s;
                    a.high *= s;
                    a.scaled = true;
                    a.yearish = false;
                    a.end = j + 2;
                } else if let Some(c) = self.pence(j + 1).filter(|_| cur.is_none() && !neg) {
                    // `164p`: pence
                    a.currency = Some(c);
                    a.yearish = false;
                    a.end = j + 2;
                    return Some(a);
                } else if metres || self.letter_unit(j, j + 1).is_some() {
                    // handled by the unit step (`500g`, `40C`: a letter unit)
                } else if w == "s" {
                    // `100s of civilians`: a vague plural in digits (`decades.rs`)
                    if let Some(p) = self.digit_plural(j, v).filter(|_| !neg) {
                        return Some(Amount {
                            high: 10.0 * p,
                            vague: true,
                            currency: cur,
                            scaled: true,
                            yearish: false,
                            ..Amount::new(start, j + 2, 2.0 * p, j)
                        });
                    }
                    return None; // 1990s: a decade, not a count
                } else if matches!(w, "am" | "pm")
                    || words::time_unit(w).is_some()
                    // (`5pc`, `0.5pct`: the British press's percent glued on; `25bp`, `10bps`)
                    || words::percent_word(w)
                    || matches!(w, "bp" | "bps")
                    || self
                        .find(j + 1, |r| {
                            matches!(r, Role::Unit(_) | Role::CurCode(_) | Role::CurWord(_))
                                .then_some(())
                        })
                        .is_some()
                {
                    // (`5,000sq-km`: a unit of several tokens glued on)
                    // handled by the unit step or the time step
                } else {
                    return None;
                }
            }
            // `2.33 k`: a spaced `k` after a decimal, where the phrase ends (not `a 5 k run`)
            if self.surface(j).contains('.')
                && !self.glued(j + 1)
                && self.surface(j + 1) == "k"
                && self.phrase_end(j + 2)
            {
                a.low *= 1e3;
                a.high = a.low;
                a.scaled = true;
                a.end = j + 2;
                return Some(a);
            }
            // `2½`
            if let Some(f) = self
                .vulgar(j + 1)
                .filter(|_| plain && self.glued(j + 1) && !neg)
            {
                a.low = v + f;
                a.high = a.low;
                a.yearish = false;
                a.end = j + 2;
                return Some(a);
            }
            // `1.8250/60 marks`, `422.50/423`: a dealer's bid and offer, the offer written by
            // its last digits or whole; the interval between them (decision 119)
            if let Some(offer) = self.quote_pair(j).filter(|_| !neg) {
                (a.low, a.high, a.yearish) = (a.low.min(offer), a.low.max(offer), false);
                a.end = j + 3;
                return Some(a);
            }
            // `3/4`, `2 1/4`, `7-1/2` (the wire services' mixed number): fractions with a
            // small denominator
            let hyphened = self.is_punct(j + 1, "-")
                && self.glued(j + 1)
                && self.is_num(j + 2)
                && self.glued(j + 2);
            // (`5.01-1/2 dlrs`, a grain quote: the fraction is of the last decimal place)
            let place = if !hyphened {
                None
            } else {
                match self.surface(j).split_once('.') {
                    None if plain => Some(1.0),
                    Some((_, d))
                        if (1..=3).contains(&d.len()) && !self.surface(j).contains(',') =>
                    {
                        Some(10f64.powi(-(d.len() as i32)))
                    }
                    _ => None,
                }
            };
            let hyphened = place.is_some();
            if let Some((f, fe)) = self.slash_fraction(j + 2).filter(|_| hyphened) {
                let f = round_sig(f * place.unwrap_or(1.0));
                a.low = round_sig(if neg { -v - f } else { v + f });
                a.high = a.low;
                a.yearish = false;
                a.end = fe;
            } else if let Some((f, fe)) = self
                .slash_fraction(j)
                .or_else(|| self.odds_fraction(j).filter(|_| plain))
            {
                a.low = if neg { -f } else { f };
                a.high = a.low;
                a.fraction = true;
                a.yearish = false;
                a.end = fe;
            } else if plain && self.is_num(j + 1) && !self.glued(j + 1) {
                if let Some((f, fe)) = self.slash_fraction(j + 1) {
                    a.low = if neg { -v - f } else { v + f };
                    a.high = a.low;
                    a.yearish = false;
                    a.end = fe;
                }
            }
        } else if self.is_word(j) {
            let w = self.lower(j);
            // vague: tens of thousands, hundreds of thousands, dozens, thousands
            if (w == "tens" || w == "hundreds") && self.lower(j + 1) == "of" {
                {
                    let n = self.lower(j + 2);
                    let m = if w == "tens" { 10.0 } else { 100.0 };
                    let base = match n {
                        "thousands" => Some(1e3),
                        "millions" => Some(1e6),
                        "billions" => Some(1e9),
                        _ => None,
                    };
                    if let Some(b) = base {
                        return Some(Amount {
                            high: 10.0 * m * b,
                            vague: true,
                            currency: cur,
                            scaled: true,
                            ..Amount::new(start, j + 3, 2.0 * m * b, j)
                        });
                    }
                }
            }
            // `several hundred`, `a few thousand`, `a few hundred million`, `several dozen`: a
            // vague multiple of the scale, as the plural (`hundreds`, `dozens`: from two of the
            // scale, up to ten times it, `dozens` up to 100)
            let few = if w == "several" {
                Some((2.0, j + 1))
            } else if w == "a" && self.lower(j + 1) == "few" {
                Some((2.0, j + 2))
            } else {
                None
            };
            if let Some((from, mut k)) = few {
                let mut scale = 1.0;
                while self.is_word(k) {
                    match self.lower(k) {
                        "hundred" => scale *= 100.0,
                        "dozen" if scale == 1.0 => scale = 12.0,
                        x => match words::big_scale(x) {
                            Some(s) => scale *= s,
                            None => break,
                        },
                    }
                    k += 1;
                }
                if scale > 1.0 {
                    return Some(Amount {
                        high: if scale == 12.0 { 100.0 } else { 10.0 * scale },
                        vague: true,
                        currency: cur,
                        scaled: true,
                        ..Amount::new(start, k, from * scale, j)
                    });
                }
            }
            // `a multibillion-dollar bid`, `multi-million pound deals`: the plural scale
            // (`billions of dollars`) written as one adjective, read only before a currency word
            let (multi, me) = if w == "multi" && self.is_punct(j + 1, "-") && self.glued(j + 2) {
                (words::multi_scale(self.lower(j + 2)), j + 3)
            } else {
                (w.strip_prefix("multi").and_then(words::multi_scale), j + 1)
            };
            if let Some((lo, hi)) = multi {
                let k = if self.is_punct(me, "-") && self.glued(me) && self.glued(me + 1) {
                    me + 1
                } else {
                    me
                };
                if self.has_role(k, |r| matches!(r, Role::CurWord(_))) {
                    return Some(Amount {
                        high: hi,
                        vague: true,
                        currency: cur,
                        scaled: true,
                        ..Amount::new(start, me, lo, j)
                    });
                }
            }
            // `the trillion-dollar debts`, `its billion-pound budget`: one of the scale (as `a
            // billion-dollar deal`; not `the million-dollar question`, an idiom)
            if let Some(s) = words::big_scale(w).filter(|_| {
                j == start
                    && self.is_punct(j + 1, "-")
                    && self.glued(j + 1)
                    && self.glued(j + 2)
                    && self.has_role(j + 2, |r| matches!(r, Role::CurWord(_)))
                    && self.lower(j + 3) != "question"
                    && !(j >= 1 && self.starts_number(j - 1))
            }) {
                return Some(self.scaled_amount(start, j + 1, s, cur, j));
            }
            if let Some((lo, hi)) = words::vague(w) {
                return Some(Amount {
                    high: hi,
                    vague: true,
                    currency: cur,
                    scaled: true,
                    ..Amount::new(start, j + 1, lo, j)
                });
            }
            // half
            if (w == "half" || w == "quarter") && words::big_scale(self.lower(j + 1)).is_some() {
                let m = if w == "half" { 0.5 } else { 0.25 };
                let s = words::big_scale(self.lower(j + 1))?;
                return Some(self.scaled_amount(start, j + 2, m * s, cur, j));
            }
            if w == "a"
                && self.lower(j + 1) == "quarter"
                && words::big_scale(self.lower(j + 2)).is_some()
            {
                let s = words::big_scale(self.lower(j + 2))?;
                return Some(self.scaled_amount(start, j + 3, 0.25 * s, cur, j));
            }
            if w == "half" && self.lower(j + 1) == "a" && self.lower(j + 2) == "dozen" {
                return Some(self.scaled_amount(start, j + 3, 6.0, cur, j));
            }
            if w == "half" {
                let n = self.lower(j + 1);
                if (n == "a" || n == "an") && words::big_scale(self.lower(j + 2)).is_some() {
                    let s = words::big_scale(self.lower(j + 2))?;
                    return Some(self.scaled_amount(start, j + 3, 0.5 * s, cur, j));
                }
                if self.is_punct(j + 1, "-")
                    && self.glued(j + 1)
                    && words::big_scale(self.lower(j + 2)).is_some()
                {
                    let s = words::big_scale(self.lower(j + 2))?;
                    return Some(self.scaled_amount(start, j + 3, 0.5 * s, cur, j));
                }
                // `half-a-million-pounds`: the article hyphened in
                if self.is_punct(j + 1, "-")
                    && self.glued(j + 1)
                    && self.lower(j + 2) == "a"
                    && self.glued(j + 2)
                    && self.is_punct(j + 3, "-")
                    && self.glued(j + 3)
                    && self.glued(j + 4)
                    && words::big_scale(self.lower(j + 4)).is_some()
                {
                    let s = words::big_scale(self.lower(j + 4))?;
                    return Some(self.scaled_amount(start, j + 5, 0.5 * s, cur, j));
                }
                // `nearly half were`, `more than half people`: after a modifier, a share
                // (not `the past half century`, `just half an hour`: a duration)
                let modified = j > 0
                    && self.sentence_of[j - 1] == self.sentence_of[j]
                    && self.fraction_cue(j, j + 1)
                    && !(self.glued(j + 1) && self.is_punct(j + 1, "-"))
                    && !matches!(n, "a" | "an")
                    && words::time_unit(n).is_none();
                // `cut in half,`: the share a thing is cut into; `the first half of it`, `the
                // top half of bread`: a share named by its part (`in half an hour` and
                // `half-brother` stay out; `the first half` alone is read below)
                let prev = self.lower(j.wrapping_sub(1));
                let in_half = prev == "in"
                    && (self.lexeme(j + 1).is_none()
                        || self.is_punct(j + 1, ",.;:!?)\"\u{201d}")
                        || words::clause_joiner(n));
                // (a part of a period stays a part of time, whose date the figures after it
                // take: `in the first half of 2016`, `of this year`, `of the season`)
                let period_after = |k: usize| {
                    let w = self.lower(k);
                    self.digits(k)
                        .is_some_and(|y| (1000.0..2200.0).contains(&y))
                        || words::month(w).is_some()
                        || (words::period_determiner(w)
                            || self.is_num(k)
                            || self.is_word(k) && words::ordinal(w).is_some())
                            && words::period_noun(self.lower(k + 1))
                        || w == "the"
                            && (self.is_num(k + 1) || words::ordinal(self.lower(k + 1)).is_some())
                            && (k + 2..k + 4).any(|m| words::period_noun(self.lower(m)))
                };
                let part_of = n == "of" && words::half_part_before(prev) && !period_after(j + 2);
                // (`in the first half`: decision 130, `ordinals.rs`)
                let ordinal_half = self.match_half(j) && !(n == "of" && period_after(j + 2));
                if modified
                    || in_half
                    || ordinal_half
                    || part_of
                    || words::half_share_follower(n) && !words::half_not_share_before(prev)
                {
                    return Some(Amount {
                        fraction: true,
                        currency: cur,
                        ..Amount::new(start, j + 1, 0.5, j)
                    });
                }
                return None;
            }
            // `a third of`, `a quarter of`; where the phrase ends after it also `a fifth`, `a
            // half`, `a twenty-first`, `cut by a third.` (`a fifth term`, `a third was
            // wounded`, `a third and final round` stay ordinals)
            if w == "a" {
                let n = self.lower(j + 1);
                let single = words::denominator(n)
                    .filter(|d| *d > 2 && !n.ends_with('s'))
                    .map(|d| (d, j + 2));
                let compound = words::tens(n)
                    .filter(|_| self.joining_hyphen(j + 2))
                    .and_then(|t| {
                        let u =
                            words::ordinal(self.lower(j + 3)).filter(|u| (1..10).contains(u))?;
                        Some((u64::from(t) + u, j + 4))
                    });
                let half =
                    (n == "half" && self.lower(j.wrapping_sub(1)) != "and").then_some((2, j + 2));
                // (`a quarter-point`, `a half point`: of a percentage point, read on by the
                // unit step)
                let point = |k: usize| {
                    let p = if self.is_punct(k, "-") && self.glued(k) && self.glued(k + 1) {
                        k + 1
                    } else {
                        k
                    };
                    self.lower(p) == "point"
                };
                if let Some((d, k)) = single.or(compound).or(half) {
                    if self.lower(k) == "of" && single.is_some()
                        || single.is_some() && self.share_in_list(j, d)
                        || (self.phrase_end(k) || words::share_comparison(self.lower(k)))
                            && self.fraction_cue(j, k)
                        || single.is_some() && self.share_span(j, k)
                        || single.is_some() && self.share_with_participle(j, k)
                        || matches!(n, "quarter" | "half") && point(k)
                    {
                        return Some(Amount {
                            fraction: true,
                            currency: cur,
                            ..Amount::new(start, k, 1.0 / d as f64, j + 1)
                        });
                    }
                }
            }
            // `another third of the budget`, `another third for war` after `one-third for
            // payroll`: one more share of a whole (before `of`, or in a list of shares)
            if j >= 1 && self.lower(j - 1) == "another" && self.same_sentence(j - 1, j) {
                if let Some(d) = words::denominator(w).filter(|d| *d > 2 && !w.ends_with('s')) {
                    if self.lower(j + 1) == "of" || self.share_in_list(j - 1, d) {
                        return Some(Amount {
                            fraction: true,
                            currency: cur,
                            ..Amount::new(j - 1, j + 1, 1.0 / d as f64, j)
                        });
                    }
                }
            }
            if let Some(o) = words::ordinal(w) {
                // (`a second 17-year-old boy`, `expected to have a second.`: a rank, the noun
                // after it or left out)
                let ranked = j >= 1
                    && self.lower(j - 1) == "a"
                    && (self.is_num(j + 1)
                        || !self.is_word(j + 1)
                            && words::having_verb(self.lower(j.wrapping_sub(2))));
                if w == "second"
                    && !ranked
                    && words::second_unit_before(self.lower(j.wrapping_sub(1)))
                    && (!self.is_word(j + 1) || words::second_unit_after(self.lower(j + 1)))
                {
                    return None; // `a second`, `per second`: the unit of time
                }
                let v = o as f64;
                return Some(Amount {
                    ordinal: true,
                    currency: cur,
                    ..Amount::new(start, j + 1, v, j)
                });
            }
            let (v, e, ord) = self.spelled(j)?;
            a = Amount {
                ordinal: ord,
                currency: cur,
                ..Amount::new(start, e, v, j)
            };
            if ord {
                return Some(a);
            }
            // `three twenty-firsts`, `one twenty-fifth`: a compound ordinal as denominator
            // (plural, or singular after `one` with its hyphen)
            if let Some(t) = words::tens(self.lower(e))
                .filter(|_| (v < 20.0 || self.joining_hyphen(e + 1)) && self.is_word(e))
            {
                let hy = self.joining_hyphen(e + 1);
                let k = if hy { e + 2 } else { e + 1 };
                let w = self.lower(k);
                let plural = w.ends_with('s');
                let unit = words::ordinal(w.strip_suffix('s').unwrap_or(w))
                    .filter(|u| (1..10).contains(u) && (hy || *u != 2));
                // (`the one twenty-fifth anniversary` is the 125th)
                let det = words::definite_determiner(self.lower(start.wrapping_sub(1)));
                if let Some(u) =
                    unit.filter(|_| plural && v > 1.0 || !plural && v == 1.0 && hy && !det)
                {
                    let r = v / (u64::from(t) + u) as f64;
                    return Some(Amount {
                        fraction: true,
                        currency: cur,
                        ..Amount::new(start, k + 1, r, j)
                    });
                }
            }
            // fractions: two-thirds, one third, three quarters, one and a half
            // (from a hundred on only a plural of a third or smaller: `one hundred and
            // thirty-two fifths`, `a hundred trillionths`; `two hundred quarters` may be coins)
            let dw = if self.joining_hyphen(e) { e + 1 } else { e };
            if v < 100.0
                || self.lower(dw).ends_with('s')
                    && words::denominator(self.lower(dw)).is_some_and(|d| d != 2 && d != 4)
            {
                let (hy, k) = if self.joining_hyphen(e) {
                    (true, e + 1)
                } else {
                    (false, e)
                };
                if let Some(d) = words::denominator(self.lower(k)) {
                    let plural = self.lower(k).ends_with('s');
                    if (v == 1.0 && !plural || v > 1.0 && plural || hy)
                        && (d != 2 || v == 1.0)
                        && !(d == 4 && v == 1.0 && !hy && self.lower(k + 1) != "of")
                    {
                        let r = v / d as f64;
                        // `three quarters billion`: a fraction of a scale is an amount
                        let scale =
                            words::big_scale(self.lower(k + 1)).filter(|_| self.is_word(k + 1));
                        let (r, e) = scale.map_or((r, k + 1), |s| (r * s, k + 2));
                        return Some(Amount {
                            fraction: scale.is_none(),
                            currency: cur,
                            scaled: scale.is_some(),
                            ..Amount::new(start, e, r, j)
                        });
                    }
                }
                // (`two-and-a-half years`, `one-and-a-half million`: joined by hyphens)
                let hyphened = self.joining_hyphen(e)
                    && self.lower(e + 1) == "and"
                    && self.joining_hyphen(e + 2)
                    && self.lower(e + 3) == "a"
                    && self.joining_hyphen(e + 4);
                let (and, step) = if hyphened { (e + 1, 2) } else { (e, 1) };
                if self.lower(and) == "and" && self.lower(and + step) == "a" {
                    let k = and + 2 * step;
                    if let Some(d) =
                        words::denominator(self.lower(k)).filter(|_| !self.lower(k).ends_with('s'))
                    {
                        a.low += 1.0 / d as f64;
                        a.high = a.low;
                        a.end = k + 1;
                    }
                }
            }
            // `one in five`, `one out of five`
        } else {
            return None;
        }
        // scale words after the number: `1.2 million`, `3 bn`, `five hundred thousand`
        loop {
            let e = self.past_lost_decimals(&a, cur.is_some());
            let w = self.lower(e);
            if !self.is_word(e) {
                break;
            }
            let s = if a.spelled {
                // the wire's `one mln bpd`, `about two mln customers` (not a letter: `one m`)
                words::big_scale(w).or_else(|| words::abbr_scale(w, false))
            } else {
                words::big_scale(w)
                    .or_else(|| {
                        words::abbr_scale(w, self.glued(e)).filter(|_| {
                            // (a height in metres: `1.70m tall`)
                            !(w == "m" && self.metres_after(e - 1, a.low))
                        })
                    })
                    .or(if w == "hundred" { Some(100.0) } else { None })
            };
            match s {
                Some(s) if !a.fraction => {
                    a.low *= s;
                    a.high *= s;
                    a.scaled = true;
                    a.yearish = false;
                    a.end = e + 1;
                }
                _ => {
                    if words::dozen(w) && !a.spelled && !a.vague {
                        a.low *= 12.0;
                        a.high *= 12.0;
                        a.end = e + 1;
                        a.yearish = false;
                    }
                    break;
                }
            }
        }
        // `4 thousand 3 hundred and 21`, `6 crore and two hundred`: digits with a scale word,
        // continued by a smaller amount
        if !a.spelled
            && a.scaled
            && !a.fraction
            && !a.vague
            && a.low == a.high
            && a.end > 0
            && !self.nested.get()
        {
            let mut guard = 0;
            while let Some(sc) =
                words::big_scale(self.lower(a.end - 1)).or(if self.lower(a.end - 1) == "hundred" {
                    Some(100.0)
                } else {
                    None
                })
            {
                guard += 1;
                if guard > 4 {
                    break;
                }
                let k = if self.lower(a.end) == "and" {
                    a.end + 1
                } else {
                    a.end
                };
                if !(self.is_num(k)
                    || self.is_word(k)
                        && words::small(self.lower(k))
                            .or(words::tens(self.lower(k)))
                            .is_some())
                {
                    break;
                }
                self.nested.set(true);
                let sub = self.amount(k);
                self.nested.set(false);
                let Some(sub) = sub else { break };
                let sub_whole = sub.low == sub.high && sub.low.fract() == 0.0 && sub.low >= 1.0;
                if sub.currency.is_some()
                    || sub.vague
                    || sub.fraction
                    || sub.ordinal
                    || sub.yearish
                    || !sub_whole
                    || sub.low >= sc
                    || self.is_punct(sub.end, "%")
                {
                    break;
                }
                a.low += sub.low;
                a.high = a.low;
                a.end = sub.end;
                if sub.end == k + 1 || !sub.scaled {
                    break;
                }
            }
        }
        // `1.2-million`: hyphenated scale
        if self.is_punct(a.end, "-") && self.glued(a.end) && self.glued(a.end + 1) {
            if let Some(s) = words::big_scale(self.lower(a.end + 1)) {
                a.low *= s;
                a.high *= s;
                a.scaled = true;
                a.end += 2;
            }
        }
        // `3 million and a half`, `five billion and three quarters`, `twenty and three fifths`:
        // the fraction is of the last scale word
        if self.lower(a.end) == "and"
            && !a.fraction
            && !a.ordinal
            && !a.vague
            && a.low == a.high
            && a.end > 0
        {
            if let Some((f, fe)) = self.and_fraction(a.end + 1) {
                // `one billion and a half million`: the fraction is of the scale after it
                let (unit, extra) = match words::big_scale(self.lower(fe)) {
                    Some(sc) => (sc, 1),
                    None => (words::big_scale(self.lower(a.end - 1)).unwrap_or(1.0), 0),
                };
                a.low += f * unit;
                a.high = a.low;
                a.yearish = false;
                a.end = fe + extra;
            }
        }
        Some(a)
    }

    pub(super) fn scaled_amount(
        &self,
        s: usize,
        e: usize,
        v: f64,
        cur: Option<u16>,
        core: usize,
    ) -> Amount {
        Amount {
            currency: cur,
            scaled: true,
            ..Amount::new(s, e, v, core)
        }
    }

    /// `Roughly one-third for the payroll, another third for war and a third for debt`, `two
    /// fifths to the state, a fifth to the town`: `a`/`another` + a denominator (`d`, the
    /// article at `j`) after a share of the same denominator earlier in the sentence (`one-third`,
    /// `two-thirds`, `a third of`) is one more share of that whole, a list of shares; not before
    /// a noun (`a third term`).
    fn share_in_list(&self, j: usize, d: u64) -> bool {
        let noun_after = |k: usize| {
            self.is_word(k)
                && !self.has_role(k, |r| matches!(r, crate::lexicon::Role::Function))
                && !matches!(
                    self.lower(k),
                    "and" | "or" | "for" | "to" | "on" | "in" | "of"
                )
        };
        if noun_after(j + 2) || self.lower(j + 2) == "of" {
            return false;
        }
        (j.saturating_sub(40)..j).any(|p| {
            self.same_sentence(p, j)
                && p >= 1
                && words::denominator(self.lower(p)) == Some(d)
                && (words::small(self.lower(p - 1)).is_some_and(|n| n > 0)
                    || matches!(self.lower(p - 1), "a" | "another") && !noun_after(p + 1)
                    || p >= 2
                        && self.is_punct(p - 1, "-")
                        && self.glued(p)
                        && words::small(self.lower(p - 2)).is_some_and(|n| n > 0))
        })
    }

    /// `with a third voting to leave`, `with a quarter saying they would move`: after `with`,
    /// `a third` + a participle is the share of a group doing it (an absolute clause), not a
    /// third member (`a third was wounded` stays an ordinal). `j` is the article, `k` the word
    /// after the denominator.
    fn share_with_participle(&self, j: usize, k: usize) -> bool {
        j >= 1
            && self.same_sentence(j - 1, j)
            && self.lower(j - 1) == "with"
            && self.is_word(k)
            && self.lower(k).len() > 4
            && self.lower(k).ends_with("ing")
    }

    /// Before the article at `j`, a word that makes `a third` a share rather than an elliptical
    /// ordinal (`would not serve a third.`, `begin a sixth,`): `by` (`fell by a third`), a
    /// modifier other than `just`/`only` (`about a quarter`, `more than a third`), or nothing at all (a lone `a fifth`).
    /// `k` is the token after the fraction.
    /// `between a third and half the price`, `between a third and two-fifths`: the lower end of
    /// a span of shares, whose upper end (after `and`) is a share too. `j` is the article, `k`
    /// the token after the fraction.
    fn share_span(&self, j: usize, k: usize) -> bool {
        let after = self.lower(k + 1);
        j >= 1
            && self.lower(j - 1) == "between"
            && self.lower(k) == "and"
            && (after == "half"
                || self.starts_number(k + 1) && !self.is_num(k + 1)
                || after == "a" && words::denominator(self.lower(k + 2)).is_some())
    }

    pub(super) fn fraction_cue(&self, j: usize, k: usize) -> bool {
        if j == 0 || self.sentence_of[j - 1] != self.sentence_of[j] {
            // alone in its sentence (`A third, digital layer` is an ordinal)
            return self.lexeme(k).is_none() || self.is_punct(k, ".!?");
        }
        let p = self.lower(j - 1);
        matches!(p, "by" | "than")
            || self
                .lexicon
                .word(p)
                .iter()
                .any(|r| matches!(r, Role::Mod(m) if *m != Mod::Exact))
    }
}
