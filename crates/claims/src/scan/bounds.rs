//! Bounds: a modifier before an amount (`more than`, `at least`, `up to`, `about`), `between X
//! and Y`, `from X to Y`, `aged N`, and a pair of opposite bounds made one interval (`more than
//! 10 and less than 40`).

use super::values::{apply, exact, exact_value, interval, round_sig};
use super::{Amount, Context, RawQuantity};
use crate::lexicon::{Mod, Role};
use crate::types::{QuantityKind, Value};
use crate::words;

impl Context<'_> {
    /// Modifier + quantity, or `between X and Y`, `from X to Y`, `aged N`.
    pub(super) fn modified(&self, i: usize) -> Option<RawQuantity> {
        let w = self.lower(i);
        // `between the ages of 10 and 17`: a range of ages (as `aged between 15 and 24`)
        if w == "between"
            && self.lower(i + 1) == "the"
            && self.lower(i + 2) == "ages"
            && self.lower(i + 3) == "of"
        {
            let age = |a: &Amount| {
                !(a.ordinal || a.fraction || a.vague || a.scaled || a.currency.is_some())
                    && a.high <= 130.0
            };
            let a = self.amount(i + 4).filter(age)?;
            let b = (self.lower(a.end) == "and")
                .then(|| self.amount(a.end + 1))
                .flatten()
                .filter(age)?;
            if b.low <= a.low {
                return None;
            }
            return Some(RawQuantity {
                value: Some(interval(a.low, true, b.high, true, false)),
                unit: Some("year".into()),
                ..RawQuantity::new(i, b.end, QuantityKind::Age, a.core)
            });
        }
        if w == "between" || w == "from" {
            let a = self.amount(i + 1)?;
            // `from 2007-10`, `from 1889-93`, `from 2003-07`: a span of years written with the
            // second's last digits after `from` is that span, a date, not a range of counts
            // from 2007 to 10 (the scan reads it at the year)
            if w == "from" && self.short_year_span(a).is_some() {
                return None;
            }
            // (`from three-to-four weeks`: `to` hyphened)
            let hy_to = self.hyphened_to(a.end);
            let sep = if hy_to { "to" } else { self.lower(a.end) };
            if (w == "between" && sep == "and")
                || (w == "from" && (sep == "to" || self.is_punct(a.end, "-\u{2013}")))
            {
                // `from 70p to ?88`: two currencies are two amounts, not a range
                let mixed = |b: &Amount| {
                    a.currency.zip(b.currency).is_some_and(|(x, y)| {
                        self.lexicon.currencies[x as usize] != self.lexicon.currencies[y as usize]
                    })
                };
                // `from 200,000 to as many as 5 million`: the upper end's own bound closes
                // the range (it is no other mention)
                let bs = if hy_to {
                    self.upper_bound_end(a.end + 3)
                } else if sep == "to" {
                    self.upper_bound_end(a.end + 1)
                } else {
                    a.end + 1
                };
                if let Some(b) = self.amount(bs).filter(|b| !mixed(b)) {
                    // `from 108 to 90` is a change, two numbers (the scan reads them apart);
                    // so is `rose from 5.5 to 6.0 pct` after a verb of change (`range from 5 to
                    // 10` stays a range)
                    // (hyphened, `from three-to-four weeks` is one range)
                    let from = w == "from" && !hy_to;
                    let fall = from && a.low > b.high && !(a.yearish && b.high < 100.0);
                    let change =
                        from && !fall && !(a.yearish && b.yearish) && self.change_verb_before(i);
                    let plain = !(a.ordinal || b.ordinal || a.vague || b.vague);
                    if fall && plain && !(a.scaled || b.scaled) || change && plain {
                        // the first number takes the second's unit (`from 24 to 15 months`, `from
                        // 35 to 20 percent`), after a verb of change its scale and currency too
                        // (`from 12 to 15 mln dlrs`); the scan goes on at `to`
                        let qb = self.finish(a.end + 1, b, None, None)?;
                        let unit_kind =
                            matches!(qb.kind, QuantityKind::Percent | QuantityKind::Duration)
                                || change
                                    && matches!(
                                        qb.kind,
                                        QuantityKind::Money | QuantityKind::Dimension
                                    );
                        // (`rising from $1.5 to $19.5bn`: the same currency on both)
                        let currency = a.currency.is_none() || change && a.currency == b.currency;
                        if currency && unit_kind {
                            // (the second's scale, when the first has none, and its cents)
                            let scale = match (a.scaled, self.digits(b.core)) {
                                (false, Some(n)) if n != 0.0 => b.low / n,
                                _ => 1.0,
                            };
                            let per = qb
                                .value
                                .as_ref()
                                .and_then(exact_value)
                                .filter(|_| b.low != 0.0)
                                .map_or(1.0, |v| v / b.low);
                            return Some(RawQuantity {
                                value: Some(exact(round_sig(a.low * scale * per))),
                                unit: qb.unit,
                                ..RawQuantity::new(a.start, a.end, qb.kind, a.core)
                            });
                        }
                    }
                    let fall = fall || change;
                    if !(a.ordinal
                        || b.ordinal
                        || a.vague
                        || b.vague
                        || a.yearish && b.yearish
                        || fall)
                    {
                        // `between 12 and 15 million dollars`: the upper end's scale is the
                        // lower end's too, when the range keeps its order (`between 500,000 and
                        // 1.2 million` is read as written)
                        let mut a = a;
                        if let Some(n) = self.digits(b.core).filter(|&n| {
                            b.scaled && !a.scaled && n != 0.0 && a.low * (b.low / n) <= b.low
                        }) {
                            a.low *= b.low / n;
                            a.high = a.low;
                            a.scaled = true;
                        }
                        let q = self.finish(i, a, Some(b), None)?;
                        return Some(q);
                    }
                }
            }
            return None;
        }
        if w == "aged" || w == "age" || w == "ages" {
            // `the age of 5`: the number after `of`
            // (`aged between 15 and 24`: a range of ages)
            let between = w != "age" && self.lower(i + 1) == "between";
            // (`Age: 22` in a police report's fields: the label's number)
            let label =
                w == "age" && self.capitalized(i) && self.is_punct(i + 1, ":") && self.glued(i + 1);
            let n = if w == "age" && self.lower(i + 1) == "of" || between || label {
                i + 2
            } else {
                i + 1
            };
            let a = self.amount(n)?;
            if a.ordinal || a.fraction || a.currency.is_some() || a.high > 130.0 {
                return None;
            }
            let mut b = None;
            let mut e = a.end;
            if between && self.lower(e) != "and" {
                return None;
            }
            if n == i + 2 && !between && !label {
                // (`the modern age of 24-hour news`: a compound, no age)
                if self.is_punct(e, "-") && self.glued(e) {
                    return None;
                }
                // `under the age of 14 years`
                if words::time_unit(self.lower(e)) == Some("year") {
                    e += 1;
                }
            }
            // (`ages 7 and 5` is a list: each number is an age of its own)
            if (matches!(self.lower(e), "to" | "through")
                || self.is_punct(e, "-\u{2013}")
                || between && self.lower(e) == "and")
                && self.amount(e + 1).is_some()
            {
                let bb = self.amount(e + 1)?;
                e = bb.end;
                b = Some(bb);
            }
            let mut value = match b {
                Some(b) => interval(a.low, true, b.high, true, false),
                None => exact(a.low),
            };
            // `age 12 and older`, `aged 17 or younger`
            if let Some((pe, md)) = self.age_bound_after(e).filter(|_| b.is_none()) {
                value = apply(value, md, a.low, a.low);
                e = pe;
            }
            return Some(RawQuantity {
                value: Some(value),
                unit: Some("year".into()),
                ..RawQuantity::new(i, e, QuantityKind::Age, a.core)
            });
        }
        // `girls as young as 11`, `patients as old as 90 years`: the youngest or oldest age of
        // a group, an age with one open end (`as young as 11` is `[11,)`); a bare whole number
        // with no noun after it (not `as old as 300 million years`, `as young as two weeks`)
        if w == "as" && matches!(self.lower(i + 1), "young" | "old") && self.lower(i + 2) == "as" {
            if let Some(a) = self.amount(i + 3).filter(|a| {
                a.currency.is_none()
                    && !(a.ordinal || a.fraction || a.vague || a.scaled)
                    && a.low == a.high
                    && a.low.fract() == 0.0
                    && (1.0..=120.0).contains(&a.low)
            }) {
                let mut e = a.end;
                if matches!(self.lower(e), "years" | "year") {
                    e += 1;
                    if self.lower(e) == "old" {
                        e += 1;
                    }
                }
                let after = self.lower(e);
                let open = self.kind(e).is_none()
                    || self.is_punct(e, ".,;:!?)\u{2014}") && !self.is_punct(e, "-/%")
                    || words::be_or_have(after)
                    || words::modal_or_also(after)
                    || matches!(after, "who" | "and" | "or" | "in" | "to" | "at" | "when");
                if open {
                    let m = if self.lower(i + 1) == "young" {
                        Mod::Ge
                    } else {
                        Mod::Le
                    };
                    return Some(RawQuantity {
                        value: Some(apply(exact(a.low), m, a.low, a.low)),
                        unit: Some("year".into()),
                        ..RawQuantity::new(i, e, QuantityKind::Age, a.core)
                    });
                }
            }
        }
        let (e, m) = self.find(i, |r| match r {
            Role::Mod(m) if !matches!(m, Mod::GePost | Mod::LePost | Mod::ApproxPost) => Some(m),
            _ => None,
        })?;
        if m == Mod::Exact && !matches!(w, "exactly" | "precisely") {
            return None;
        }
        // `no patient would wait more than 12 months`, `no fare will be priced higher than
        // $499`, `would not cost more than $5`: a negation in the same clause before a lower
        // bound makes the figure a maximum (indep-NOTES decision 434)
        // (not a lapse, `not filled over a month after the vote`: the negation is the event's)
        let lapse = self.amount(e).is_some_and(|a| {
            let mut k = a.end;
            if words::time_unit(self.lower(k)).is_some() {
                k += 1;
            }
            matches!(
                self.lower(k),
                "after" | "before" | "ago" | "later" | "earlier"
            )
        });
        let m = if m == Mod::Gt && !lapse && self.negated_before(i) {
            Mod::Le
        } else {
            m
        };
        // `the wage would go up to $8`, `rose up to 3 feet`: the level reached, no bound (the
        // quantity step reads the number)
        if w == "up" && i >= 1 && words::rising_verb(self.lower(i - 1)) {
            return None;
        }
        // `with a 2-under 69`, `a 3-over 75`: strokes against par glued to a number before it,
        // then the round's strokes, no bound (decision 306)
        if matches!(w, "under" | "over")
            && i >= 2
            && self.is_punct(i - 1, "-")
            && self.glued(i - 1)
            && self.glued(i)
            && self.is_num(i - 2)
        {
            return None;
        }
        // `three races over 100 metres`, `a sprint over 60m`: the distance raced, no bound (the
        // quantity step reads the number)
        if w == "over" && i >= 1 && words::race_noun(self.lower(i - 1)) {
            return None;
        }
        // `under the age of 5`, `over the age of 65`: a bound on an age
        if matches!(self.lower(e), "the" | "age") {
            let k = if self.lower(e) == "the" { e + 1 } else { e };
            if self.lower(k) == "age" && self.lower(k + 1) == "of" {
                let q = self.modified(k)?;
                let v = exact_value(&q.value?)?;
                return Some(RawQuantity {
                    start: i,
                    value: Some(apply(exact(v), m, v, v)),
                    ..q
                });
            }
        }
        // `those under 30 are still unable`, `respondents over 60 were for it`, `children under
        // 12 are not allowed`, `homeowners over 65`, `for people under 65,`: a bare whole number
        // after a group of people, no noun after it, bounds their age (not `workers over 40
        // hours`, `voters over 60 percent`); so does one from 50 up after a verb of working on
        // and `past` or `beyond` (`a right to work past 65`, `retire beyond 70`: the ages of
        // retirement; not `work past 10 pm`), its phrase ending there or before a relative
        // (`work past 65 which their employers must consider`)
        let group = matches!(w, "under" | "over" | "below" | "above")
            && i >= 1
            && age_bounded_group(self.lower(i - 1));
        let working = matches!(w, "past" | "beyond")
            && i >= 1
            && matches!(
                self.lower(i - 1),
                "work" | "working" | "works" | "retire" | "retiring" | "stay" | "staying"
            )
            && self.amount(e).is_some_and(|a| a.low >= 50.0);
        if (group || working) && self.same_sentence(i - 1, i) {
            if let Some(a) = self.amount(e).filter(|a| {
                !(a.ordinal || a.fraction || a.vague || a.scaled || a.currency.is_some())
                    && a.low == a.high
                    && a.low.fract() == 0.0
                    && (2.0..=110.0).contains(&a.low)
                    && a.end == a.core + 1
            }) {
                let after = self.lower(a.end);
                // (a comma or a full stop glued to the number ends it too: `people under 65,`)
                let open = !self.is_word(a.end) && !self.is_num(a.end) && !self.glued(a.end)
                    || self.is_punct(a.end, ",.;:!?)")
                    || words::be_or_have(after)
                    || words::modal_or_also(after)
                    || matches!(
                        after,
                        "who"
                            | "which"
                            | "and"
                            | "or"
                            | "in"
                            | "were"
                            | "are"
                            | "if"
                            | "unless"
                            | "when"
                            | "but"
                            | "now"
                    );
                if open {
                    let v = a.low;
                    return Some(RawQuantity {
                        value: Some(apply(exact(v), m, v, v)),
                        unit: Some("year".into()),
                        ..RawQuantity::new(i, a.end, QuantityKind::Age, a.core)
                    });
                }
            }
        }
        // `the past 24 hours`, `over past two decades`, `half past seven`: not a bound
        if w == "past"
            && (words::past_period_before(self.lower(i.wrapping_sub(1)))
                || self
                    .amount(e)
                    .is_some_and(|a| words::time_unit(self.lower(a.end)).is_some()))
        {
            return None;
        }
        // `the bill passed 217-213`: a verb before a score is not a bound
        if words::passing_verb(w)
            && self
                .amount(e)
                .is_some_and(|a| self.is_punct(a.end, "-\u{2013}") && self.is_num(a.end + 1))
        {
            return None;
        }
        if self.clock(e).is_some() || self.bc_year(e).is_some() {
            // `around 6:30pm`, `around 239 BC`: the time is found on its own
            return None;
        }
        // `within 15-20 minutes`, `up to 10 to 12`: a range, read by the quantity step
        // (the upper end bounds it: `no more than four to five words` is at most 5)
        // (`about 15 or 20`, `some 7 or 8 percent`: an approximate range written with `or`)
        // (`about $20 to $35`: a sum of money after a sum of money opens the upper end too; not
        // after a verb of a price's move or `by`, `fell about $2 to $31.50`: the move and the
        // level reached)
        let moved = i >= 1 && {
            let p = self.lower(i - 1);
            p == "by" || words::price_move_verb(p) || words::change_verb(p)
        };
        let next_number = |a: &Amount, k: usize| {
            self.starts_number(k)
                || !moved
                    && a.currency.is_some()
                    && self
                        .amount(k)
                        .is_some_and(|b| b.currency == a.currency && b.core > k)
        };
        let range_after = |a: Amount| {
            (self.is_punct(a.end, "-\u{2013}")
                || self.lower(a.end) == "to"
                || m == Mod::Approx
                    && self.lower(a.end) == "or"
                    // (`around 8 or 9 p.m.`: a clock time after it)
                    && self.clock(a.end + 1).is_none())
                && next_number(&a, a.end + 1)
                || self.hyphened_to(a.end) && next_number(&a, a.end + 3)
        };
        let ranged = |r: &RawQuantity| {
            r.value
                .is_some_and(|v| v.low.is_some() && v.high.is_some() && v.as_exact().is_none())
        };
        // (`about 600 to 700`; `about 5-1` and other non-ranges read on as before)
        // (`about 15-20 years ago` is read as before: a range of dates is not written here; nor
        // is an age, `about 40 - 50 years old`, which Recognizers-Text reads as its upper end)
        let approx_range = m == Mod::Approx
            && self.amount(e).is_some_and(range_after)
            && self.quantity(e).is_some_and(|r| {
                // (an age with `to`, `approximately 17 to 20 years of age`, is a range)
                let age_to = self.amount(e).is_some_and(|a| self.lower(a.end) == "to");
                ranged(&r) && self.lower(r.end) != "ago" && (r.kind != QuantityKind::Age || age_to)
            });
        // `rising more than 1.5 to 2 degrees Celsius`, `over 10 to 15 percent`: a lower bound
        // before a range with `to` bounds neither end alone; the range is read on its own
        // (indep14's rows), not split into a bound count and the upper end (not after `by`: `rose
        // by over 11,460 to 614,620` is a change and the level reached)
        if matches!(m, Mod::Gt | Mod::Ge)
            && !(i >= 1 && self.lower(i - 1) == "by")
            && self
                .amount(e)
                .is_some_and(|a| self.lower(a.end) == "to" && self.starts_number(a.end + 1))
            && self.quantity(e).is_some_and(|r| ranged(&r))
        {
            return None;
        }
        if m == Mod::Le && self.amount(e).is_some_and(range_after) || approx_range {
            let r = self.quantity(e)?;
            let v = r.value?;
            if ranged(&r) {
                // `about 600 to 700 people`: the range, approximate
                let value = if m == Mod::Le {
                    Value { low: None, ..v }
                } else {
                    Value {
                        approximate: true,
                        ..v
                    }
                };
                return Some(RawQuantity {
                    start: i,
                    value: Some(value),
                    ..r
                });
            }
            return None;
        }
        // `up to a $1,000 reward`: an article before an amount of money, and `up to an
        // additional $150 million`, `up to another $5 million`: a further sum, still bounded
        let more = |k: usize| matches!(self.lower(k), "additional" | "extra" | "further");
        let k = if matches!(self.lower(e), "a" | "an") {
            if more(e + 1) { e + 2 } else { e + 1 }
        } else if self.lower(e) == "another" || more(e) {
            e + 1
        } else {
            e
        };
        // (`up to an additional 40 people`: any amount after the further word)
        let e = if m == Mod::Le
            && k > e
            && self
                .amount(k)
                .is_some_and(|a| a.currency.is_some() || more(k - 1))
        {
            k
        } else {
            e
        };
        // `up to a year`, `just over a decade`: the article is one unit of time
        // (`passed a second reading`: the ordinal)
        let a = self.amount(e).or_else(|| {
            let unit = words::time_unit(self.lower(e + 1))?;
            (matches!(self.lower(e), "a" | "an")
                && (unit != "second"
                    || self.phrase_end(e + 2)
                    || self.has_role(e + 2, |r| matches!(r, Role::Function))))
            .then(|| Amount::new(e, e + 1, 1.0, e))
        })?;
        if a.ordinal
            || a.yearish
                && !matches!(m, Mod::Approx | Mod::Gt | Mod::Lt)
                && self.lower(a.end) != "people"
        {
            return None;
        }
        if a.yearish && self.after_year_noun(a.end) {
            return None;
        }
        // `At least one of them`: a bounded `one of ...` is still a partitive (GUIDELINES.md)
        if a.spelled && a.low == 1.0 && a.end == a.core + 1 && self.lower(a.end) == "of" {
            return None;
        }
        // `about one in five`, `nearly 1 in 4`, `more than one out of three`: a bound on the
        // ratio the quantity step reads
        let ratio_cue = self.lower(a.end) == "in"
            || self.lower(a.end) == "out" && self.lower(a.end + 1) == "of";
        if ratio_cue && !a.fraction && !a.vague && !a.scaled && a.currency.is_none() {
            if let Some(r) = self
                .quantity(e)
                .filter(|r| r.kind == QuantityKind::Fraction)
            {
                let v = exact_value(r.value.as_ref()?)?;
                return Some(RawQuantity {
                    start: i,
                    value: Some(apply(exact(v), m, v, v)),
                    ..r
                });
            }
        }
        let q = self.finish(i, a, None, Some(m))?;
        Some(self.other_bound(q))
    }

    /// A negation (`no`, `not`, `never`, `wouldn't`) within twelve words before the modifier at
    /// `i`, in its clause: no punctuation and no word that opens another clause between
    /// (`there is no sign that more than 50 ...` keeps its lower bound), no preposition just
    /// before the modifier, and not itself a bound
    /// (`no more`, `no less`) or a negation of something else (`not only`, `no doubt`).
    fn negated_before(&self, i: usize) -> bool {
        // (`no one has been executed in more than 50 years`: the bound of a period after a
        // preposition, the negation is of the event in it)
        if matches!(
            self.prev_in_sentence(i),
            "in" | "for" | "over" | "since" | "within" | "during" | "of" | "by" | "from"
        ) {
            return false;
        }
        let mut k = i;
        while k > 0 && i - k < 12 && self.same_sentence(k - 1, i) {
            k -= 1;
            // (`no one-way fare`: a hyphen inside a word)
            if self.is_punct(k, "-") && self.glued(k) && self.glued(k + 1) {
                continue;
            }
            if !self.is_word(k) {
                return false;
            }
            let w = self.lower(k);
            if matches!(
                w,
                "that"
                    | "which"
                    | "who"
                    | "whether"
                    | "if"
                    | "but"
                    | "and"
                    | "or"
                    | "because"
                    | "when"
                    | "while"
                    | "although"
                    | "than"
                    | "only"
                    | "for"
                    | "as"
            ) {
                return false;
            }
            if matches!(w, "no" | "not" | "never" | "nobody" | "none")
                || w.ends_with("n't")
                || w.ends_with("n\u{2019}t")
            {
                let next = self.lower(k + 1);
                return !matches!(
                    next,
                    "more" | "less" | "fewer" | "longer" | "only" | "doubt" | "matter"
                );
            }
        }
        false
    }

    /// Past an upper-bound modifier at `k` (`as many as`, `up to`) when a number follows it:
    /// where the upper end of `X to as many as Y` starts; `k` otherwise.
    pub(super) fn upper_bound_end(&self, k: usize) -> usize {
        match self.find(k, |r| matches!(r, Role::Mod(Mod::Le)).then_some(())) {
            Some((e, ())) if self.starts_number(e) => e,
            _ => k,
        }
    }

    /// A one-sided bound followed at once by the opposite bound (`more than 10 and less than
    /// 40`, `at most 100 and at least 20`, `higher or equal than 100, lower or equal than 300`)
    /// is one interval, when the lower end is below the upper and kind and unit agree (`more
    /// than 40 and less than 10` stays two claims; so does `more than 50 killed and fewer than
    /// 20 injured`, where a word comes between).
    pub(super) fn other_bound(&self, q: RawQuantity) -> RawQuantity {
        let Some(v) = q
            .value
            .filter(|v| !v.approximate && v.low.is_some() != v.high.is_some())
        else {
            return q;
        };
        if self.pairing.get()
            || !(matches!(self.lower(q.end), "and" | "but") || self.is_punct(q.end, ","))
        {
            return q;
        }
        let k = q.end + 1;
        let bound = |r: Role| match r {
            Role::Mod(m @ (Mod::Gt | Mod::Ge | Mod::Lt | Mod::Le)) => Some(m),
            _ => None,
        };
        if self.find(k, bound).is_none() {
            return q;
        }
        self.pairing.set(true);
        let r = self.modified(k);
        self.pairing.set(false);
        let Some((r, w)) = r.and_then(|r| r.value.map(|w| (r, w))) else {
            return q;
        };
        if r.kind != q.kind || r.unit != q.unit || w.approximate {
            return q;
        }
        let (low, high) = match (v.low, v.high, w.low, w.high) {
            (Some(l), None, None, Some(h)) | (None, Some(h), Some(l), None) => (l, h),
            _ => return q,
        };
        if low.value >= high.value {
            return q;
        }
        RawQuantity {
            end: r.end,
            value: Some(Value {
                low: Some(low),
                high: Some(high),
                approximate: false,
            }),
            ..q
        }
    }
}

impl Context<'_> {
    /// An open end of an age written after it at `e` (`12 and older`, `13 or younger`, `16 and
    /// under`, `18 and up`): the end of the phrase and its bound.
    pub(super) fn age_bound_after(&self, e: usize) -> Option<(usize, Mod)> {
        if !matches!(self.lower(e), "and" | "or") {
            return None;
        }
        let m = match self.lower(e + 1) {
            "older" | "over" | "up" | "above" => Mod::GePost,
            "younger" | "under" | "below" => Mod::LePost,
            _ => return None,
        };
        // (`under the age of 15 and over the age of 45`: two bounds)
        (!self.starts_number(e + 2) && !matches!(self.lower(e + 2), "the" | "age"))
            .then_some((e + 2, m))
    }
}

/// Groups of people whose age `under N` or `over N` bounds (`those under 30`, `children under
/// 12`, `respondents over 60`).
fn age_bounded_group(w: &str) -> bool {
    matches!(
        w,
        "those"
            | "people"
            | "anyone"
            | "everyone"
            | "children"
            | "kids"
            | "adults"
            | "men"
            | "women"
            | "respondents"
            | "voters"
            | "homeowners"
            | "residents"
            | "workers"
            | "patients"
            | "americans"
            | "citizens"
            | "drivers"
    )
}
