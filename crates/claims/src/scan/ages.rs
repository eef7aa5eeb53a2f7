//! Ages written as a bare number after `at` (`He died at 85`, `elected to the state Senate at
//! 27`, `At 17, she left home`): the age of a person at an event of a life; and, kept here to
//! keep `quantities` and `units` short, the bound written after a ratio (`1 in 5 or more`) and
//! basis points (`25 basis points`); the first of two ages sharing one `year-old` (`their 6-
//! and 10-year-old sons`); `over` spread across the parts of a contest (`over seven innings`)
//! and a plural scale paid (`at a cost of millions`), read from `units`.

use super::values::{exact, interval};
use super::{Amount, Context, RawQuantity};
use crate::types::{QuantityKind, Value};
use crate::words;

impl Context<'_> {
    /// `a` is one number in digits alone, a whole number in `range`: no currency, scale,
    /// ordinal, fraction or vague word (an age's candidate: `at 85`, `ages 6, 9 and 12`).
    pub(super) fn plain_whole(&self, a: &Amount, range: std::ops::RangeInclusive<f64>) -> bool {
        a.end == a.core + 1
            && self.is_num(a.core)
            && a.currency.is_none()
            && !a.ordinal
            && !a.fraction
            && !a.vague
            && !a.scaled
            && range.contains(&a.low)
            && a.low.fract() == 0.0
    }

    /// The plain number `a` at `i` after `at` is an age: after a verb of a life's event in its
    /// clause (`died at 85`, `was elected to the state Senate at 27`), or opening the sentence
    /// before its subject (`At 17, she left home`, `At 91, Berenice Abbott ... seems`, after a
    /// dash too: `- at 19, he's`); not a price, a level or a score (`closed at
    /// 27`, `tied at 5`), nor before a unit (`at 27 mph`).
    pub(super) fn age_at_event(&self, i: usize, a: &Amount) -> Option<RawQuantity> {
        let plain = self.plain_whole(a, 1.0..=120.0);
        if !plain || i == 0 || self.lower(i - 1) != "at" {
            return None;
        }
        let comma = self.is_punct(a.end, ",");
        if !(comma || self.phrase_end(a.end) || words::clause_joiner(self.lower(a.end))) {
            return None;
        }
        // (or a clause after a spaced dash or a semicolon: `still in college - at 19, he's the
        // youngest`)
        let opening = i == 1
            || !self.same_sentence(i - 2, i - 1)
            || self.is_punct(i - 2, "-\u{2013}\u{2014};") && !self.glued(i - 1);
        let event = self.life_event_before(i - 1)
            || opening && comma && words::subject_pronoun(self.lower(a.end + 1))
            || opening && comma && a.low >= 13.0 && self.person_after_age(a.end + 1);
        event.then(|| RawQuantity {
            value: Some(exact(a.low)),
            unit: Some("year".into()),
            ..RawQuantity::new(i, a.end, QuantityKind::Age, a.core)
        })
    }

    /// `At 91, Berenice Abbott ... seems`, `At 19, Attar began studying`, `At 20, his play was
    /// produced`: the word at `k`, after an opening `At N,`, is a name in capitals or a possessive
    /// determiner (whose life the clause tells); with ages from 13 up only, where no clock time
    /// of twelve hours reads (`At 7, NBC airs`), and no month or weekday (`At 15, May ...`).
    fn person_after_age(&self, k: usize) -> bool {
        let w = self.lower(k);
        matches!(w, "his" | "her" | "their" | "my" | "our")
            || self.is_word(k)
                && self.capitalized(k)
                && words::month(w).is_none()
                && words::weekday(w).is_none()
                && !words::subject_pronoun(w)
                && !matches!(w, "the" | "a" | "an" | "this" | "that" | "it" | "there")
    }

    /// The plain number `a` at `i` after `when`, `since`, `until` or `till`, a personal pronoun
    /// and `was`/`were` is an age (`I have been sailing since I was 15.`, `dancing since he was
    /// seven.`, `when I was 25 or even 32`): a time of a
    /// life told by the age then, at a phrase's end; not before a noun or a unit (`when we were
    /// 10 points behind`), nor said of a thing (`since it was 12`).
    pub(super) fn age_when_was(&self, i: usize, a: &Amount) -> Option<RawQuantity> {
        let whole = a.currency.is_none()
            && !a.ordinal
            && !a.fraction
            && !a.vague
            && !a.scaled
            && a.low.fract() == 0.0
            && a.high.fract() == 0.0
            && (1.0..=120.0).contains(&a.low)
            && (1.0..=120.0).contains(&a.high);
        let when_was = i >= 3
            && matches!(self.lower(i - 1), "was" | "were")
            && matches!(
                self.lower(i - 2),
                "i" | "he" | "she" | "we" | "they" | "you"
            )
            && matches!(self.lower(i - 3), "when" | "since" | "until" | "till")
            && self.same_sentence(i - 3, i);
        // (`10 or 11`, a range of ages, is left to the range rules)
        let end = self.phrase_end(a.end)
            || matches!(self.lower(a.end), "or" | "and") && !self.starts_number(a.end + 1);
        let value = if a.low == a.high {
            exact(a.low)
        } else {
            interval(a.low, true, a.high, true, false)
        };
        (whole && when_was && end).then(|| RawQuantity {
            value: Some(value),
            unit: Some("year".into()),
            ..RawQuantity::new(i, a.end, QuantityKind::Age, a.core)
        })
    }

    /// A verb of a life's event (`died`, `elected`, `married`) in the six words before `at`,
    /// within its clause; or a noun of one right before it or before a comma right before it
    /// (`his death at 82`, `until his death in 2008, at 82,`).
    fn life_event_before(&self, at: usize) -> bool {
        (at.saturating_sub(6)..at)
            .rev()
            .take_while(|&k| self.same_sentence(k, at) && !self.is_punct(k, ",;:"))
            .any(|k| words::life_event_verb(self.lower(k)))
            || self.life_event_noun_before(at)
            || at >= 2 && self.is_punct(at - 1, ",") && self.life_event_noun_before(at - 1)
            // `legally adults at 18`, `to retire at 67`, `retirement at 65`: a stage of a life
            // entered at that age, right before `at`
            || at >= 1
                && matches!(
                    self.lower(at - 1),
                    "adult" | "adults" | "adulthood" | "retire" | "retirement" | "marry"
                )
    }

    /// `Viewers younger than 30`, `patients older than 65`: `younger`/`older than` + a plain
    /// whole number before no unit or time is an age bound, `(,N)` or `(N,)` year (the
    /// guidelines' bounds; the comparative says the number is an age); `older than 30 years`
    /// is read by the unit rules. The number `a` at `i`.
    pub(super) fn age_than(&self, i: usize, a: &Amount) -> Option<RawQuantity> {
        if !self.plain_whole(a, 1.0..=120.0) || i < 2 || self.lower(i - 1) != "than" {
            return None;
        }
        let younger = match self.lower(i - 2) {
            "younger" => true,
            "older" => false,
            _ => return None,
        };
        // (no unit or time after it: `younger than 18 months`, `older than 30 years`)
        let next = self.lower(a.end);
        let measured = self.measure_after(a.end)
            || words::time_unit(next).is_some()
            || matches!(next, "percent" | "per" | "%" | "-");
        if measured || !self.same_sentence(i - 2, i) {
            return None;
        }
        let b = |inclusive| crate::types::Bound {
            value: a.low,
            inclusive,
        };
        let value = Value {
            low: (!younger).then(|| b(false)),
            high: younger.then(|| b(false)),
            approximate: false,
        };
        Some(RawQuantity {
            value: Some(value),
            unit: Some("year".into()),
            ..RawQuantity::new(i - 2, a.end, QuantityKind::Age, a.core)
        })
    }

    /// `Now 28 and awaiting execution`, `Now 91, she still swims`: `Now` opening a sentence
    /// before a plain whole number and a comma or `and` gives the age of the sentence's subject
    /// today (span the number; `Now` is no modifier of it). The number `a` at `i`.
    pub(super) fn age_now(&self, i: usize, a: &Amount) -> Option<RawQuantity> {
        let opening = i == 1 || i >= 2 && !self.same_sentence(i - 2, i - 1);
        let end = self.is_punct(a.end, ",")
            || self.lower(a.end) == "and" && !self.starts_number(a.end + 1);
        (self.plain_whole(a, 1.0..=120.0)
            && i >= 1
            && self.surface(i - 1) == "Now"
            && opening
            && end)
            .then(|| RawQuantity {
                value: Some(exact(a.low)),
                unit: Some("year".into()),
                ..RawQuantity::new(i, a.end, QuantityKind::Age, a.core)
            })
    }

    /// `his death`, `her retirement`, `their marriage` right before `k`, or with its year
    /// between (`his death in 2008`): a noun of a life's event after a possessive determiner,
    /// whose age `at N` after it (or `, at N,` set after it) tells.
    fn life_event_noun_before(&self, k: usize) -> bool {
        let noun = |n: usize| {
            n >= 1
                && matches!(
                    self.lower(n),
                    "death" | "retirement" | "passing" | "marriage" | "wedding" | "birth"
                )
                && matches!(self.lower(n - 1), "his" | "her" | "their")
                && self.same_sentence(n - 1, k)
        };
        let year = |n: usize| {
            self.digits(n)
                .is_some_and(|v| (1000.0..=2100.0).contains(&v))
        };
        k >= 1 && noun(k - 1) || k >= 3 && self.lower(k - 2) == "in" && year(k - 1) && noun(k - 3)
    }

    /// `four-hit ball over seven innings`, `six medals over two Olympics`: the count starting
    /// with `over` at `s`, before the plural noun of the parts of a contest at `e`, over which a
    /// figure named before it in the clause is spread: across, as a duration (`played over 100
    /// games`, no figure before it, stays a bound). Kept here to keep `units` short.
    pub(super) fn spread_over(&self, s: usize, e: usize) -> bool {
        words::spread_span_noun(self.lower(e))
            && (s.saturating_sub(8)..s)
                .rev()
                .take_while(|&k| self.same_sentence(k, s) && !self.is_punct(k, ";:"))
                .any(|k| self.is_num(k) || words::small(self.lower(k)).is_some())
    }

    /// A verb of paying or spending right before `s` (`would pay billions`), or a noun of a sum
    /// and `of` (`at a cost of millions`, `losses of billions`): a plural scale at `s` is money.
    /// Also a verb of saving or costing and its indirect object before it (`save producers
    /// millions`, `cost taxpayers billions`, `saved them millions`), and a sum running into
    /// them (`losses running into the millions`: a noun of a sum earlier in the clause).
    pub(super) fn paid_before(&self, s: usize) -> bool {
        let saving = |w: &str| {
            matches!(
                w,
                "save"
                    | "saves"
                    | "saved"
                    | "saving"
                    | "cost"
                    | "costs"
                    | "costing"
                    | "owe"
                    | "owes"
                    | "owed"
            )
        };
        let object = |k: usize| {
            self.is_word(k)
                && !self.capitalized(k)
                && (words::object_pronoun(self.lower(k))
                    || self.lower(k).len() > 3
                        && self.lower(k).ends_with('s')
                        && !self.lower(k).ends_with("ss"))
        };
        let running = s >= 4
            && self.lower(s - 1) == "the"
            && self.lower(s - 2) == "into"
            && matches!(self.lower(s - 3), "run" | "runs" | "running" | "ran")
            && (s.saturating_sub(12)..s - 3)
                .rev()
                .take_while(|&k| self.same_sentence(k, s) && !self.is_punct(k, ";:"))
                .any(|k| words::sum_noun(self.lower(k)));
        words::spending_verb(self.lower(s - 1))
            || self.lower(s - 1) == "of"
                && s >= 2
                && self.same_sentence(s - 2, s)
                && words::sum_noun(self.lower(s - 2))
            || s >= 2 && self.same_sentence(s - 2, s) && saving(self.lower(s - 2)) && object(s - 1)
            || running
    }

    /// The value of the ratio `r` ending at `e`, with `or more` / `or less` after it (`1 in 5 or
    /// more`: `[0.2,)`), and where it ends.
    pub(super) fn ratio_post_bound(&self, r: f64, e: usize) -> (Value, usize) {
        if self.lower(e) == "or" {
            match self.lower(e + 1) {
                "more" | "higher" | "greater" => {
                    return (
                        Value {
                            high: None,
                            ..interval(r, true, r, true, false)
                        },
                        e + 2,
                    );
                }
                "less" | "lower" | "fewer" => {
                    return (
                        Value {
                            low: None,
                            ..interval(r, true, r, true, false)
                        },
                        e + 2,
                    );
                }
                _ => {}
            }
        }
        (exact(r), e)
    }

    /// `basis points`, `basis-point`, `bps`, `bp` at `k`: where the unit ends.
    pub(super) fn basis_points(&self, k: usize) -> Option<usize> {
        match self.lower(k) {
            "bps" | "bp" => Some(k + 1),
            "basis" if matches!(self.lower(k + 1), "point" | "points") => Some(k + 2),
            "basis"
                if self.is_punct(k + 1, "-")
                    && self.glued(k + 1)
                    && matches!(self.lower(k + 2), "point" | "points") =>
            {
                Some(k + 3)
            }
            _ => None,
        }
    }
}

impl Context<'_> {
    /// The first of two ages sharing one `year-old` (`their 6- and 10-year-old sons`, `a 12-
    /// and 16-year-old`, `a 14 and 19-year-old`, `a two and six year old`): an age in the unit
    /// of the second, not a count (the guidelines' elliptical number). With a hyphen left
    /// hanging after the first, or with `and`/`or` alone after a determiner before it.
    pub(super) fn shared_age_unit(&self, out: &mut [RawQuantity]) {
        for j in 1..out.len() {
            let (left, right) = out.split_at_mut(j);
            let (q, r) = (&mut left[j - 1], &right[0]);
            if q.kind != QuantityKind::Count
                || q.unit.is_some()
                || q.end != q.core + 1
                || r.kind != QuantityKind::Age
                || r.start != r.core
                || !self.same_sentence(q.start, r.start)
            {
                continue;
            }
            let Some(v) = q
                .value
                .as_ref()
                .and_then(super::values::exact_value)
                .filter(|v| v.fract() == 0.0 && (0.0..=130.0).contains(v))
            else {
                continue;
            };
            let joins = |k: usize| matches!(self.lower(k), "and" | "or");
            let hanging = r.start == q.end + 2
                && self.is_punct(q.end, "-")
                && self.glued(q.end)
                && joins(q.end + 1);
            let bare = r.start == q.end + 1
                && joins(q.end)
                && q.start == q.core
                && q.start >= 1
                && words::determiner(self.lower(q.start - 1));
            if hanging || bare {
                q.kind = QuantityKind::Age;
                q.value = Some(exact(v));
                q.unit = r.unit.clone();
            }
        }
    }
}
