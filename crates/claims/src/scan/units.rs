//! What follows an amount: percent, currency words and codes, ages (`27-year-old`), durations
//! (`for 12 days`, `three days ago`), units of measure, years, post-modifiers (`or more`, `-odd`);
//! the value is resolved here.

use super::calendar::{iso_day, iso_week, shift_days, shift_months, shift_year, time_value};
use super::values::{apply, exact, exact_value, interval, round_sig};
use super::{Amount, Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::lexicon::{Mod, Role};
use crate::types::{Granularity, QuantityKind};
use crate::words;

impl Context<'_> {
    /// Adds units, ages, durations and post-modifiers to an amount and resolves the value.
    pub(super) fn finish(
        &self,
        s: usize,
        a: Amount,
        b: Option<Amount>,
        m: Option<Mod>,
    ) -> Option<RawQuantity> {
        let mut e = b.map_or(a.end, |b| b.end);
        let mut kind = QuantityKind::Count;
        let mut unit: Option<String> = None;
        let mut cur = a.currency.or(b.and_then(|b| b.currency));
        let mut div = 1.0;
        let mut lo = a.low;
        let mut hi = b.map_or(a.high, |b| b.high);
        let mut approx = a.vague;
        // `hundreds of miles`, `thousands of years`: a vague amount of a unit
        let mut vague_unit: Option<(QuantityKind, String)> = None;
        // the token of a unit after `plus` (`70-plus miles`), when there is one
        let mut plus_unit = None;
        if a.vague && self.lower(e) == "of" {
            // `tens of millions of dollars`
            if let Some((ue, c)) = self.find(e + 1, |r| match r {
                Role::CurWord(c) => Some(c),
                _ => None,
            }) {
                cur = Some(c);
                e = ue;
            } else if let Some((ue, ui)) = self.find(e + 1, |r| match r {
                Role::Unit(u) => Some(u),
                _ => None,
            }) {
                let sym = self.lexicon.units[ui as usize].0.clone();
                vague_unit = Some((QuantityKind::Dimension, sym));
                e = ue;
            } else if let Some(u) = words::time_unit(self.lower(e + 1))
                .filter(|_| self.lower(e + 1).ends_with('s') && self.is_word(e + 1))
            {
                vague_unit = Some((QuantityKind::Duration, u.to_owned()));
                e += 2;
            }
        }
        if a.ordinal
            || !a.vague
                && !a.scaled
                && cur.is_none()
                && b.is_none()
                && (self.rank_number(a.start, lo)
                    || a.end == a.start + 1 && self.paired_rank(a.start, lo)
                    || a.end == a.start + 1 && self.level_rank(a.start, lo))
        {
            // (`at number six`, `world number 10`: a place in a ranking)
            kind = QuantityKind::Ordinal;
        } else if a.fraction {
            kind = QuantityKind::Fraction;
            // `one in five`; `cut rates by a quarter-point`, `a half point`: a share of a point
            let k = if self.is_punct(e, "-") && self.glued(e) && self.glued(e + 1) {
                e + 1
            } else {
                e
            };
            if b.is_none()
                && self.lower(k) == "point"
                && self.lower(k + 1) != "of"
                && [0.25, 0.5, 0.75].contains(&lo)
            {
                kind = QuantityKind::Percent;
                unit = Some("percentage point".into());
                e = k + 1;
            } else if !self.is_word(a.core)
                && (self.is_punct(e, "%") || words::percent_word(self.lower(e)))
            {
                // `1/2 pct over LIBOR`, `3/8 percent`, `¼%`: a fraction of a percent
                kind = QuantityKind::Percent;
                unit = Some("%".into());
                e += 1;
            }
        } else {
            let hy = self.is_punct(e, "-") && self.glued(e) && self.glued(e + 1);
            // `two more days`, `one or two more seconds`: a unit of time after a counted
            // premodifier; `two full weeks`, `three consecutive days`, `six long years`: after
            // an adjective of length
            let more = !hy
                && (matches!(self.lower(e), "more" | "additional" | "extra" | "further")
                    || words::length_adjective(self.lower(e)))
                && (words::time_unit(self.lower(e + 1)).is_some() || self.more_money(e));
            // `70-plus miles`, `70 plus miles`, `15+ hours`: an open end before the unit
            let unit_at = |x: usize| {
                words::time_unit(self.lower(x)).is_some()
                    || self.has_role(x, |r| matches!(r, Role::Unit(_)))
            };
            // (`15+ hours`: a glued plus before a spaced unit, indep-NOTES.md decision 390)
            let glued_plus = self.is_punct(e, "+") && self.glued(e) && !self.glued(e + 1);
            let plus_before_unit = if hy && self.lower(e + 1) == "plus" && unit_at(e + 2) {
                Some(e + 2)
            } else if !hy && (self.lower(e) == "plus" || glued_plus) && unit_at(e + 1) {
                Some(e + 1)
            } else {
                None
            };
            plus_unit = plus_before_unit;
            let k = if let Some(x) = plus_before_unit {
                x
            } else if hy || more {
                e + 1
            } else {
                e
            };
            let w = self.lower(k);
            if self.is_punct(e, "%") {
                kind = QuantityKind::Percent;
                unit = Some("%".into());
                e += 1;
            } else if (words::percent_word(w)
                || w == "percentage" && !matches!(self.lower(k + 1), "point" | "points"))
                && (w != "pc" || self.glued(k))
            {
                kind = QuantityKind::Percent;
                unit = Some("%".into());
                e = k + 1;
            } else if w == "per" && self.lower(k + 1) == "cent" {
                kind = QuantityKind::Percent;
                unit = Some("%".into());
                e = k + 2;
            } else if w == "percentage" && matches!(self.lower(k + 1), "point" | "points") {
                kind = QuantityKind::Percent;
                unit = Some("percentage point".into());
                e = k + 2;
            } else if let Some(be) = self.basis_points(k).filter(|_| a.currency.is_none()) {
                // `cut rates by 25 basis points`, `10 bps`, `a 50-basis-point hike`: hundredths
                // of a percentage point
                kind = QuantityKind::Percent;
                unit = Some("percentage point".into());
                div = 100.0;
                e = be;
            } else if matches!(w, "pound" | "pounds")
                && (self.weight_context(s) || self.pounds_weigh(s, k, hy, &a))
            {
                // `about 5-foot-11 and 170 pounds`, `weighed 8 pounds`, `a 2,000-pound bomb`: a
                // weight
                kind = QuantityKind::Dimension;
                unit = Some("lb".into());
                e = k + 1;
            } else if let Some((ue, c, d)) = self.named_dollar_or_cents(k, &a) {
                // `$100 Australian`, `$5 Canadian dollars`, `65 Canadian cents` (d = 100)
                (cur, e, div) = (Some(c), ue, d);
            } else if let Some((ue, c)) = self
                .find(k, |r| match r {
                    Role::CurWord(c) => Some(c),
                    Role::CurCode(c) => Some(c),
                    _ => None,
                })
                // `rmb 10 usd 20`: a code after a number that already has another currency
                // starts the next amount
                .filter(|&(_, c)| cur.is_none_or(|p| self.same_currency(p, c)))
                // `3 USD50 cards`: the code belongs to the number glued after it
                .filter(|&(ue, _)| !(self.is_num(ue) && self.glued(ue)))
                // `scored 95 marks out of 100`: an exam's marks, not German marks
                .filter(|_| !self.exam_marks(s, k))
                // `francs` and `crowns` alone: the currency of the country the story is from
                .and_then(|(ue, c)| Some((ue, self.national_currency(k, ue, c)?)))
            {
                let code_upper = self.surface(k).chars().all(|c| !c.is_lowercase());
                let is_code = self
                    .lexicon
                    .word(self.lower(k))
                    .iter()
                    .all(|r| matches!(r, Role::CurCode(_)));
                if !is_code || code_upper || w != "try" {
                    cur = Some(c);
                    e = ue;
                    // `40 euro cents`, `five euro cents`: the hundredth of the currency named
                    if !is_code
                        && !a.scaled
                        && matches!(self.lower(e), "cent" | "cents")
                        && !self.lexicon.currencies[c as usize].ends_with("/100")
                    {
                        div = 100.0;
                        e += 1;
                    }
                    // `75 USD million`
                    if is_code && !a.scaled {
                        if let Some(sc) = words::big_scale(self.lower(e)) {
                            lo *= sc;
                            hi *= sc;
                            e += 1;
                        }
                    }
                }
            } else if let Some(c) = self.million_code(k).filter(|_| cur.is_none() && !a.scaled) {
                // `30 MUSD`
                cur = Some(c);
                lo *= 1e6;
                hi *= 1e6;
                e = k + 1;
            } else if let Some((ue, c)) = self.find(e, |r| match r {
                Role::CurSym(c) => Some(c),
                _ => None,
            }) {
                // `10 €`, `5 $` (a lost sign is only read before its number)
                if self.kind(e) == Some(LexemeKind::Punct)
                    && !self.is_num(ue)
                    && !self.lexicon.currencies[c as usize].is_empty()
                {
                    cur = Some(c);
                    e = ue;
                }
            }
            if kind == QuantityKind::Count
                && cur.is_none()
                && matches!(w, "yo" | "y.o.")
                && b.is_none()
                && (1.0..=130.0).contains(&a.low)
            {
                // `87 yo`: an age (clinical and classified-ad shorthand)
                kind = QuantityKind::Age;
                unit = Some("year".into());
                e = k + 1;
            }
            // `near 7 Mile and Greenfield roads`, `the Seven Mile and Greenfield area`: a road
            // named by its distance, capitalised in running text, is a name, not a distance
            if kind == QuantityKind::Count
                && cur.is_none()
                && b.is_none()
                && self.surface(k) == "Mile"
                && !self.title_case_around(k)
            {
                return None;
            }
            if kind == QuantityKind::Count && cur.is_none() {
                if let Some(q) = self.year_before_year_word(&a, b.is_none(), m, k) {
                    return Some(q);
                }
                // ages: 27-year-old, 27 years old, 21-month-old
                if let Some(u) = words::time_unit(w) {
                    // (`two 13-year-olds`: the plural noun)
                    let olds = |x: usize| matches!(self.lower(x), "old" | "olds");
                    let (old, oe) = if self.is_punct(k + 1, "-") && olds(k + 2) {
                        (true, k + 3)
                    } else if olds(k + 1) {
                        (true, k + 2)
                    } else if self.lower(k + 1) == "of" && self.lower(k + 2) == "age" {
                        (true, k + 3)
                    } else if k >= 1
                        && self.is_punct(k - 1, "-")
                        && self.glued(k)
                        && words::young_person_noun(self.lower(k + 1))
                    {
                        // `the 14-year boy`: `old` left out before a child
                        (true, k + 1)
                    } else if k >= 1
                        && self.is_punct(k - 1, "-")
                        && self.glued(k)
                        && self.is_punct(k + 1, "-")
                        && self.glued(k + 1)
                        && self.glued(k + 2)
                        && (words::young_person_noun(self.lower(k + 2))
                            || matches!(self.lower(k + 2), "man" | "woman"))
                    {
                        // `a 22-year-woman`: `old` lost between the hyphens before a person
                        (true, k + 1)
                    } else {
                        (false, k + 1)
                    };
                    if old {
                        let next = if self.is_punct(oe, "-") { oe + 1 } else { oe };
                        // an age unless a thing-noun follows (`21-month-old war`); not past
                        // a word that ends the phrase (`a 19-year-old in the car`: the person,
                        // then where)
                        let mut thing = false;
                        for x in next..next + 3 {
                            if !self.is_word(x)
                                || self.capitalized(x)
                                || self.has_role(x, |r| matches!(r, Role::PersonNoun))
                                || phrase_ending_word(self.lower(x))
                            {
                                break;
                            }
                            if self.has_role(x, |r| matches!(r, Role::NonPerson)) {
                                thing = true;
                                break;
                            }
                        }
                        kind = if thing {
                            QuantityKind::Duration
                        } else {
                            QuantityKind::Age
                        };
                        unit = Some(u.to_owned());
                        e = oe;
                    } else if self.lower(k + 1) == "ago"
                        && self.date.is_some()
                        && !a.vague
                        && b.is_none()
                    {
                        // (a modifier is no part of the date's value: `nearly 10 years ago` is
                        // the year ten years back)
                        // `three days ago`: a date (a count too large for the calendar,
                        // `99999999999 days ago`, stays a duration)
                        let d = self.date?;
                        if a.low.fract() == 0.0 {
                            let back = (a.low as i64).checked_neg().unwrap_or(i64::MAX);
                            let t = match u {
                                "day" => shift_days(d, back)
                                    .map(|x| time_value(iso_day(x), Granularity::Day)),
                                "week" => back
                                    .checked_mul(7)
                                    .and_then(|n| shift_days(d, n))
                                    .map(|x| time_value(iso_week(x), Granularity::Week)),
                                "month" => shift_months(d, back).map(|x| {
                                    time_value(
                                        format!("{:04}-{:02}", x.year(), x.month()),
                                        Granularity::Month,
                                    )
                                }),
                                "year" => shift_year(d, back)
                                    .map(|y| time_value(format!("{y:04}"), Granularity::Year)),
                                // `a decade ago`: the year ten years back
                                "decade" => back
                                    .checked_mul(10)
                                    .and_then(|b| shift_year(d, b))
                                    .map(|y| time_value(format!("{y:04}"), Granularity::Year)),
                                _ => None,
                            };
                            if let Some(t) = t {
                                return Some(RawQuantity {
                                    time: Some(t),
                                    ..RawQuantity::new(s, k + 2, QuantityKind::Date, a.core)
                                });
                            }
                        }
                        kind = QuantityKind::Duration;
                        unit = Some(u.to_owned());
                        e = k + 1;
                    } else {
                        kind = QuantityKind::Duration;
                        unit = Some(u.to_owned());
                        e = k + 1;
                        // `a year and a half`, `two hours and a half`; with no article,
                        // `an hour and half into the trip`, when no noun phrase follows `half`
                        // (`three hours and half the team had left`)
                        let article = matches!(self.lower(e + 1), "a" | "an");
                        let h = if article { e + 2 } else { e + 1 };
                        let half_alone = article
                            || !matches!(
                                self.lower(h + 1),
                                "the"
                                    | "a"
                                    | "an"
                                    | "of"
                                    | "his"
                                    | "her"
                                    | "their"
                                    | "its"
                                    | "our"
                                    | "my"
                                    | "your"
                                    | "that"
                                    | "this"
                                    | "those"
                                    | "these"
                                    | "them"
                                    | "us"
                                    | "all"
                            ) && !self.is_num(h + 1);
                        if self.lower(e) == "and"
                            && self.lower(h) == "half"
                            && half_alone
                            && self.same_sentence(e, h)
                            && b.is_none()
                            && !a.vague
                            && lo.fract() == 0.0
                        {
                            lo += 0.5;
                            hi = lo;
                            e = h + 1;
                        } else if let Some((v, u2, e2)) = self
                            .smaller_duration(e, u)
                            .filter(|_| b.is_none() && !a.vague && lo == hi)
                        {
                            // `1 minute 39.96 seconds`, `2 hours and 30 minutes`: one duration,
                            // summed in its smaller unit; a bound bounds the sum (`nearly 2
                            // hours and 45 minutes`, `within 7 minutes 30 seconds`)
                            lo = round_sig(lo * words::units_per(u, u2).unwrap_or(1.0) + v);
                            hi = lo;
                            unit = Some(u2.to_owned());
                            e = e2;
                        }
                    }
                } else if self.lower(k) == "m"
                    && self.glued(k)
                    && b.is_none()
                    && self.metres_after(k - 1, lo)
                {
                    // `described as being 1.70m tall`, `a 2.5m-high wall`, `230m high`, `the
                    // 400m hurdles`, `won the women's 1500m`, `a clearance of 1.87m`: metres
                    // (`m` alone is no unit: `5m` is five million)
                    kind = QuantityKind::Dimension;
                    unit = Some("m".into());
                    e = k + 1;
                } else if let Some(sym) = self.letter_unit(a.core, k).filter(|_| !a.yearish) {
                    // `500g`, `40C`, `86F`: grams and degrees glued to their number
                    kind = QuantityKind::Dimension;
                    unit = Some(sym.into());
                    e = k + 1;
                } else if let Some((inches, ie)) = self.prime_height(k).filter(|_| {
                    b.is_none() && lo == hi && (4.0..=7.0).contains(&lo) && lo.fract() == 0.0
                }) {
                    // `standing at 6'2 and weighing 350 pounds`, `5'11"`: feet and inches marked
                    // with primes, summed in inches
                    kind = QuantityKind::Dimension;
                    unit = Some("in".into());
                    lo = lo * 12.0 + inches;
                    hi = lo;
                    e = ie;
                } else if let Some((ue, ui)) = self
                    .find(k, |r| match r {
                        Role::Unit(u) => Some(u),
                        _ => None,
                    })
                    // a one-letter unit only glued to its number (`1.0l`; not `5 l`)
                    .filter(|&(ue, _)| {
                        let alnum_after = self.glued(ue) && (self.is_word(ue) || self.is_num(ue));
                        ue > k + 1
                            || self.lower(k).len() > 1
                            || self.glued(k) && !a.yearish && !alnum_after
                    })
                {
                    let (sym, _dim) = &self.lexicon.units[ui as usize];
                    kind = QuantityKind::Dimension;
                    unit = Some(sym.clone());
                    e = ue;
                    // a height in feet and inches, summed in inches (`5-foot-11`, `6 feet 2
                    // inches`)
                    if let Some((inches, ie)) = self
                        .inches_after(e)
                        .filter(|_| sym == "ft" && b.is_none() && lo == hi && lo.fract() == 0.0)
                    {
                        lo = lo * 12.0 + inches;
                        hi = lo;
                        unit = Some("in".into());
                        e = ie;
                    }
                } else if let Some(u) = words::street_distance(w)
                    .filter(|_| words::distance_direction(self.lower(k + 1)) && !a.yearish)
                {
                    // `12 blocks away`, `two blocks north of`: a distance, not a count of blocks
                    kind = QuantityKind::Dimension;
                    unit = Some(u.to_owned());
                    e = k + 1;
                } else if a.yearish && b.is_none() && m.is_none() && self.year_context(s, a.end) {
                    let v = a.low as i64;
                    return Some(RawQuantity {
                        time: Some(time_value(format!("{v:04}"), Granularity::Year)),
                        ..RawQuantity::new(s, a.end, QuantityKind::Date, a.core)
                    });
                } else if a.yearish && b.is_none() && self.year_of_topic(s, a.core, a.end) {
                    let v = a.low as i64;
                    return Some(RawQuantity {
                        time: Some(time_value(format!("{v:04}"), Granularity::Year)),
                        ..RawQuantity::new(a.core, a.end, QuantityKind::Date, a.core)
                    });
                }
                if hy && kind == QuantityKind::Count {
                    e = e.min(a.end.max(b.map_or(0, |b| b.end)));
                }
            }
        }
        if let Some((k, u)) = vague_unit.filter(|_| kind == QuantityKind::Count && cur.is_none()) {
            kind = k;
            unit = Some(u);
        }
        if let Some(c) = cur {
            let code = &self.lexicon.currencies[c as usize];
            kind = QuantityKind::Money;
            if let Some(base) = code.strip_suffix("/100") {
                unit = Some(base.to_owned());
                div = 100.0;
            } else if !code.is_empty() {
                // (an empty code: the sign was lost, the currency is unknown)
                unit = Some(code.clone());
            }
        }
        // `999 yuan ($143; 138 euros; 117)`: the last slot of a bracketed list of conversions,
        // its sign lost (money of no code)
        if kind == QuantityKind::Count && b.is_none() && self.conversion_slot(s, e) {
            kind = QuantityKind::Money;
        }
        // `would pay billions for an also-ran`, `poured millions into the campaign`, `spent
        // tens of millions on ads`: a plural scale alone as the object of a verb of paying or
        // spending is a sum of money of no named currency (not `lost millions of viewers`, nor
        // `reached millions`)
        if kind == QuantityKind::Count
            && b.is_none()
            && cur.is_none()
            && a.vague
            && e > s
            && matches!(self.lower(e - 1), "millions" | "billions" | "trillions")
            && s > 0
            && self.same_sentence(s - 1, s)
            && self.paid_before(s)
            && self.lower(e) != "of"
        {
            kind = QuantityKind::Money;
        }
        lo = round_sig(lo / div);
        hi = round_sig(hi / div);
        // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 dollars 50.`
        if kind == QuantityKind::Money && div == 1.0 && b.is_none() && m.is_none() {
            if let Some((v, ce)) = self.minor_units(e, cur) {
                if lo == hi && lo.fract() == 0.0 && !a.scaled {
                    lo = round_sig(lo + v / 100.0);
                    hi = lo;
                    e = ce;
                }
            }
        }
        // post modifiers: or more, plus, or so, odd
        let mut post = plus_unit.filter(|&x| e > x).map(|_| Mod::GePost);
        let age_bound = self.age_bound_after(e).filter(|_| {
            kind == QuantityKind::Count
                && b.is_none()
                && m.is_none()
                && (0.0..=120.0).contains(&lo)
                && matches!(self.lower(e + 1), "older" | "younger")
        });
        if let Some((pe, md)) = age_bound {
            // `13 or younger`, `18 and older`: an age with one open end
            kind = QuantityKind::Age;
            unit = Some("year".into());
            post = Some(md);
            e = pe;
        } else if self.is_punct(e, "+") && self.glued(e) {
            post = Some(Mod::GePost);
            e += 1;
        } else if let Some((pe, pm)) = self
            .find(e, |r| match r {
                Role::Mod(m @ (Mod::GePost | Mod::LePost | Mod::ApproxPost)) => Some(m),
                _ => None,
            })
            .filter(|&(pe, _)| !self.starts_number(pe))
        {
            // (`0.03 plus 0.08`: arithmetic, not `or more`)
            post = Some(pm);
            e = pe;
        } else if self.is_punct(e, "-")
            && self.glued(e)
            && matches!(self.lower(e + 1), "plus" | "odd")
        {
            post = Some(if self.lower(e + 1) == "plus" {
                Mod::GePost
            } else {
                Mod::ApproxPost
            });
            e += 2;
        }
        // `10 times faster`, `almost three times as high`: a multiplier, a fraction
        if kind == QuantityKind::Count && cur.is_none() && post.is_none() && self.multiplier_at(e) {
            kind = QuantityKind::Fraction;
            e += 1;
        }
        let mut value = if b.is_some() || a.vague || hi > lo && self.quote_pair(a.core).is_some() {
            interval(lo, true, hi, !a.vague, approx)
        } else {
            exact(lo)
        };
        for md in [m, post].into_iter().flatten() {
            // `spread over nine hours`: during; `for over two years`, `in over a decade`: more
            // than (`four-hit ball over seven innings`: across, `ages.rs`)
            let spread = kind == QuantityKind::Count && b.is_none() && self.spread_over(s, e);
            if (kind == QuantityKind::Duration || spread)
                && md == Mod::Gt
                && self.lower(s) == "over"
                && !words::over_more_than_before(self.lower(s.wrapping_sub(1)))
            {
                continue;
            }
            value = apply(value, md, lo, hi);
            approx = value.approximate;
        }
        let _ = approx;
        // decades and centuries are counted in years (`a more than three-decade career`: more
        // than 30 years), the largest calendar unit of a duration
        let years = match unit.as_deref() {
            Some("decade") => Some(10.0),
            Some("century") => Some(100.0),
            _ => None,
        };
        if let Some(f) = years.filter(|_| kind == QuantityKind::Duration) {
            for b in [&mut value.low, &mut value.high].into_iter().flatten() {
                b.value = round_sig(b.value * f);
            }
            unit = Some("year".into());
        }
        Some(RawQuantity {
            value: Some(value),
            unit,
            ..RawQuantity::new(s, e, kind, a.core)
        })
    }

    /// A unit of one letter glued to the number `core` at `k` that the lexicon leaves out (it
    /// reads one-letter units only glued, and these letters stand alone too often): grams in
    /// lower case (`500g`, `0.9g`; not a network, `5G`), degrees Celsius and Fahrenheit in
    /// capitals (`40C`, `-4C`, `86F`), not in a code or a label (`EM-11C`, `Apt 4C`, `seat 14F`:
    /// a word glued before the number, a capitalised word or a noun of rooms and seats).
    pub(super) fn letter_unit(&self, core: usize, k: usize) -> Option<&'static str> {
        let alnum_after = self.glued(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1));
        if k != core + 1 || !self.glued(k) || alnum_after {
            return None;
        }
        let sym = match self.surface(k) {
            "g" => return Some("g"),
            "C" => "\u{b0}C",
            "F" => "\u{b0}F",
            _ => return None,
        };
        let mut n = core;
        if n >= 1 && self.is_punct(n - 1, "-\u{2212}") && self.glued(n) {
            n -= 1;
        }
        if n >= 1 && self.glued(n) {
            return self.is_punct(n - 1, "(\u{2013}").then_some(sym);
        }
        let before = n.wrapping_sub(1);
        let capital = self.is_word(before)
            && before >= 1
            && self.same_sentence(before - 1, n)
            && self.capitalized(before);
        (!capital && !words::seat_label(self.lower(before))).then_some(sym)
    }

    /// `from 110 kilometres an hour to 80`, `five years or ten`: a bare number right after `to`
    /// or `or` that ends its phrase takes the unit of the measure before it (an elliptical
    /// number takes its neighbour's unit). After `to` only in a change opened by `from` (in
    /// `rose 5% to 7,000` the level is a count of something else). A level compared after
    /// another (`to 15.5 mln bpd from 15.2 mln`, `12.5 mln tonnes, against 11.2 mln`, `1.30
    /// dlrs vs 1.15`) takes its unit or currency too, with a scale word after it.
    pub(super) fn elliptical_units(&self, out: &mut [RawQuantity]) {
        for j in 1..out.len() {
            let (left, right) = out.split_at_mut(j);
            let (p, q) = (&left[j - 1], &mut right[0]);
            let scale = self.lower(q.core + 1);
            let scaled = q.end == q.core + 2
                && (words::big_scale(scale).or(words::abbr_scale(scale, false))).is_some();
            // (a dealer's quote too: `1.8150/60 marks, down from 1.8230/40`)
            let quote = q.end == q.core + 3 && self.quote_pair(q.core).is_some();
            let compared = self.compared_level(p) == Some(q.start)
                && matches!(
                    p.kind,
                    QuantityKind::Dimension | QuantityKind::Percent | QuantityKind::Money
                )
                && (q.end == q.core + 1 || scaled || quote);
            if q.kind != QuantityKind::Count
                || q.unit.is_some()
                || q.start != p.end + 1 && !compared
                || q.start != q.core
                || q.end != q.core + 1 && !compared
                || !matches!(
                    p.kind,
                    QuantityKind::Dimension | QuantityKind::Percent | QuantityKind::Duration
                ) && !compared
                || p.unit.is_none()
                || !self.same_sentence(p.start, q.start)
                || !(self.phrase_end(q.end) || compared && self.period_after(q.end))
            {
                continue;
            }
            let from = (p.start.saturating_sub(super::MAX_CHANGE_LOOKBACK)..p.start)
                .any(|k| self.same_sentence(k, p.start) && self.lower(k) == "from");
            let sep = self.lower(p.end);
            if sep == "or" || sep == "to" && from || compared {
                q.kind = p.kind;
                q.unit.clone_from(&p.unit);
                // `12 cts vs 10`: cents too
                if p.kind == QuantityKind::Money && self.minor_unit_word(p.end - 1) {
                    if let Some(v) = q.value.as_ref().and_then(exact_value) {
                        q.value = Some(exact(round_sig(v / 100.0)));
                    }
                }
            }
        }
    }

    /// A smaller unit of time continuing a duration in `u` at `e` (`1 minute 39.96 seconds`, `2
    /// hours and 30 minutes`): (value, unit, end). The part is a plain exact number with no
    /// modifier, currency or scale.
    fn smaller_duration(&self, e: usize, u: &str) -> Option<(f64, &'static str, usize)> {
        // `a one-year, four-month sentence`: two hyphened units of time after a comma
        let commas = e >= 2
            && self.is_punct(e, ",")
            && self.is_punct(e - 2, "-")
            && self.glued(e - 2)
            && self.glued(e);
        let k = if self.lower(e) == "and" || commas {
            e + 1
        } else {
            e
        };
        if !self.starts_number(k) {
            return None;
        }
        let p = self.amount(k)?;
        if p.vague || p.scaled || p.fraction || p.ordinal || p.currency.is_some() || p.yearish {
            return None;
        }
        let hyphened = self.is_punct(p.end, "-") && self.glued(p.end) && self.glued(p.end + 1);
        if commas && !hyphened {
            return None;
        }
        let ue = if commas { p.end + 1 } else { p.end };
        let u2 = words::time_unit(self.lower(ue))?;
        let per = words::units_per(u, u2)?;
        // (`12 years and seven months old`: an age follows)
        let old = if self.is_punct(ue + 1, "-") {
            ue + 2
        } else {
            ue + 1
        };
        if self.lower(old) == "old" {
            return None;
        }
        // the part is smaller than one of the larger unit (`1 hour 90 minutes` is two figures)
        (p.low >= 0.0 && p.low < per).then_some((p.low, u2, ue + 1))
    }

    /// The inches of a height written with primes after its feet, at `k`: `'2`, `'11"`, `′2″`,
    /// all glued (`6'2`, `5'11"`). Returns the inches and the token after them.
    fn prime_height(&self, k: usize) -> Option<(f64, usize)> {
        if !(self.is_punct(k, "'\u{2032}\u{2019}") && self.glued(k) && self.glued(k + 1)) {
            return None;
        }
        let v = self
            .digits(k + 1)
            .filter(|v| (0.0..12.0).contains(v) && v.fract() == 0.0)?;
        let mut e = k + 2;
        // the inches' mark: `"`, `''` or `″`
        if self.glued(e) && self.is_punct(e, "\"\u{2033}\u{201d}") {
            e += 1;
        } else if self.glued(e)
            && self.is_punct(e, "'")
            && self.glued(e + 1)
            && self.is_punct(e + 1, "'")
        {
            e += 2;
        }
        let alnum_after = self.glued(e) && (self.is_word(e) || self.is_num(e));
        (!alnum_after).then_some((v, e))
    }

    /// The inches of a height after its feet at `e`: `-11` glued (`5-foot-11`), or `11 inches`
    /// (`6 feet 2 inches`, `6 feet, 2 inches`). Returns the inches and the token after them.
    fn inches_after(&self, e: usize) -> Option<(f64, usize)> {
        let glued = self.is_punct(e, "-") && self.glued(e) && self.glued(e + 1);
        let k = if glued || self.is_punct(e, ",") {
            e + 1
        } else {
            e
        };
        let v = self
            .digits(k)
            .filter(|v| (0.0..12.0).contains(v) && v.fract() == 0.0)?;
        if matches!(self.lower(k + 1), "inch" | "inches" | "in") {
            return Some((v, k + 2));
        }
        let alnum_after = self.glued(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1));
        (glued && !alnum_after).then_some((v, k + 1))
    }

    /// The amount at `s` is a person's height: a height word within a few words around it
    /// (`1.70m tall`, `1.65m (5'5") in height`, `stands 1.9m`, `is described as 1.73m`).
    /// An adjective of size at `k`, or after a hyphen there (`50m wide`, `a 2.5m-high wall`,
    /// `3,700m high`): the `m` before it is metres, not millions.
    /// `over` before a year and a singular noun is the preposition of a topic, not a bound
    /// (`Man faces trial over 1987 murder`, `a row over 2012 deal`, `questioned over 2016
    /// crash`): a headline's `the ... of`. A count after `over` takes a plural (`over 1500
    /// homes`) or a unit (`over 2000 feet`), so a singular lower-case noun (not a function word)
    /// makes the number the year of the thing named; a round hundred is left alone.
    fn year_of_topic(&self, s: usize, core: usize, e: usize) -> bool {
        let w = self.lower(e);
        self.lower(s) == "over"
            && s + 1 == core
            && self.digits(core).is_some_and(|v| v % 100.0 != 0.0)
            && self.is_word(e)
            && !self.capitalized(e)
            && !w.ends_with('s')
            && !words::plural_without_s(w)
            && !self.people_noun(e)
            && !self.has_role(e, |r| {
                matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::Function)
            })
            && words::time_unit(w).is_none()
    }

    pub(super) fn size_adjective_after(&self, k: usize) -> bool {
        let k = if self.is_punct(k, "-") && self.glued(k) {
            k + 1
        } else {
            k
        };
        matches!(
            self.lower(k),
            "long" | "wide" | "high" | "tall" | "deep" | "thick" | "away" | "across"
        )
    }

    /// A race's distance: after `m` glued to a standard distance of athletics or swimming
    /// (`v`), a word of the event at `k` (`the 400m hurdles`, `a 200m champion`), or another
    /// such distance before it (`US 400m and 200m legend`): metres, not millions.
    pub(super) fn race_distance_after(&self, k: usize, v: f64) -> bool {
        let standard = super::metres::race_distance;
        if !standard(v) {
            return false;
        }
        let event = |k: usize| {
            let w = self.lower(k);
            words::race_noun(w) || words::race_event_word(w)
        };
        event(k)
            || (self.lower(k) == "and" || self.is_punct(k, ",/"))
                && self.digits(k + 1).is_some_and(standard)
                && self.surface(k + 2) == "m"
                && self.glued(k + 2)
                && event(k + 3)
    }

    pub(super) fn height_context(&self, s: usize) -> bool {
        (s.saturating_sub(4)..s + 12)
            .filter(|&j| j != s && self.same_sentence(j.min(s), j.max(s)))
            .any(|j| {
                matches!(self.lower(j), "tall" | "height" | "stands" | "standing")
                    || j < s && self.lower(j) == "described"
            })
    }

    /// The pounds at `k` after the amount `a` at `s` are a weight by their own phrase, not by
    /// the sentence: an adjective `N-pound` before a noun that is not a piece of money (`a
    /// 2,000-pound bomb`, `1,000-pound, sometimes 2,000-pound, bombs`; not `a 1-pound coin`),
    /// pounds of a substance (`75 pounds of marijuana`; not `pounds of taxpayers' money`), or
    /// after a verb of body weight (`gained 30 pounds`) or before a comparative of weight (`20
    /// pounds lighter`), or converted to kilograms in brackets
    /// (`a 154-pound (70-kilogram) man`). A scaled or vague amount stays money
    /// (`5 million pounds of investment`, `thousands of pounds`).
    fn pounds_weigh(&self, s: usize, k: usize, hy: bool, a: &Amount) -> bool {
        // `12 mln pounds of butter`: a scaled weight of a commodity
        if a.scaled
            && !a.vague
            && a.currency.is_none()
            && self.lower(k) == "pounds"
            && self.lower(k + 1) == "of"
            && words::commodity_noun(self.lower(k + 2))
        {
            return true;
        }
        if a.scaled || a.vague || a.currency.is_some() {
            return false;
        }
        // `a 154-pound (70-kilogram) man`, `170 pounds (77 kg)`: converted to kilograms in
        // brackets right after
        if self.is_punct(k + 1, "(")
            && self.is_num(k + 2)
            && (k + 3..k + 5).any(|j| {
                let w = self.lower(j);
                w.starts_with("kilo") || matches!(w, "kg" | "kgs")
            })
        {
            return true;
        }
        if hy {
            return self.lower(k) == "pound"
                && (self.is_punct(k + 1, ",")
                    || self.is_word(k + 1) && !words::money_object_noun(self.lower(k + 1)));
        }
        if s >= 1 && words::weight_change_verb(self.lower(s - 1)) {
            return true;
        }
        // `as if they were 20 pounds lighter`, `15 pounds lighter than his reporting weight`,
        // `30 pounds overweight`: a comparative of body weight right after
        if self.lower(k) == "pounds"
            && matches!(
                self.lower(k + 1),
                "lighter" | "heavier" | "overweight" | "underweight"
            )
        {
            return true;
        }
        self.lower(k) == "pounds"
            && self.lower(k + 1) == "of"
            && !(k + 2..k + 5).any(|j| words::money_mass_noun(self.lower(j)))
    }

    /// The sentence of the amount at `s` speaks of a body's measures before it (`weighs`,
    /// `weighing`, a height in feet): `pounds` there are a weight, not money.
    fn weight_context(&self, s: usize) -> bool {
        (s.saturating_sub(8)..s)
            .filter(|&j| self.same_sentence(j, s))
            .any(|j| {
                let w = self.lower(j);
                w.starts_with("weigh") || matches!(w, "foot" | "feet" | "tall" | "height")
            })
    }

    /// `the magnitude-5.8 quake`, `a magnitude 6.1 earthquake`: an earthquake's magnitude
    /// written before its number (unit `richter`, as `4.1 on the Richter scale`; decisions 75,
    /// 108).
    pub(super) fn magnitude_before(&self, i: usize) -> Option<RawQuantity> {
        let n = if self.is_punct(i + 1, "-") && self.glued(i + 1) && self.glued(i + 2) {
            i + 2
        } else {
            i + 1
        };
        if !self.is_num(n) {
            return None;
        }
        let a = self.amount(n)?;
        if a.currency.is_some() || a.scaled || !(0.0..=10.0).contains(&a.low) || a.low != a.high {
            return None;
        }
        // (spaced, only before a quake: `a magnitude 3 problem` is no measure)
        let quake = matches!(
            self.lower(a.end),
            "quake" | "quakes" | "earthquake" | "earthquakes" | "tremor" | "aftershock" | "temblor"
        );
        if n == i + 1 && !quake {
            return None;
        }
        Some(RawQuantity {
            value: Some(exact(a.low)),
            unit: Some("richter".into()),
            ..RawQuantity::new(i, a.end, QuantityKind::Dimension, a.core)
        })
    }

    /// `2,560 by 1,440 pixels`, `a 12 by 20 foot room`: the first side of a size written with
    /// `by` before a measure takes the measure's unit (an elliptical number takes its
    /// neighbour's unit). Only a bare number right before `by` (not `x`: `the 4 x 100 metres
    /// relay` is four legs of 100 metres).
    pub(super) fn size_units(&self, out: &mut [RawQuantity]) {
        for j in 1..out.len() {
            let (left, right) = out.split_at_mut(j);
            let (q, r) = (&mut left[j - 1], &right[0]);
            if !q.is_bare_count()
                || r.kind != QuantityKind::Dimension
                || r.start != q.end + 1
                || r.start != r.core
                || self.lower(q.end) != "by"
                || !self.same_sentence(q.start, r.start)
            {
                continue;
            }
            let Some(v) = q.value.as_ref().and_then(super::values::exact_value) else {
                continue;
            };
            q.kind = QuantityKind::Dimension;
            q.value = Some(exact(v));
            q.unit = r.unit.clone();
        }
    }
}

/// A word after which an age's noun no longer follows (`a 19-year-old in the car`, `a
/// 15-year-old who was in the house`): a preposition, a determiner, a relative or a verb of
/// being.
fn phrase_ending_word(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "on"
            | "inside"
            | "near"
            | "behind"
            | "outside"
            | "from"
            | "with"
            | "into"
            | "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "who"
            | "was"
            | "is"
            | "and"
    )
}
