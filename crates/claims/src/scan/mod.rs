//! The quantity scanner: one left-to-right pass over the lexemes with bounded look-ahead.
//!
//! At each lexeme it tries, in order, a date or time, a modified or ranged quantity, a plain
//! quantity; on success it jumps past the mention, so the pass is linear in the text.
//!
//! Where things are (every module adds methods to [`Context`]; the method calls between them
//! follow the grammar, which is recursive: a bound reads an amount, a range reads a second one):
//! - [`context`]: the token view (text of a lexeme, its sentence, lexicon entries at it);
//! - [`noise`]: numbers that are not quantities (identifiers, phone numbers, list markers);
//! - [`marks`]: reference marks (`[3]`), list numbers (`3)`), software versions (`iOS 8.2`) and
//!   gallery counters (`8 of 13 Photos`), read from [`noise`];
//! - [`designations`]: numbers in street addresses, calibres and model years;
//! - [`products`]: wire copy's product and rule numbers (`Audi 90`, `A310-300`, `rule 390`);
//! - [`numbers`]: digits, powers, fractions, spelled cardinals (`three hundred and two`);
//! - [`amounts`]: a number with currency and scale (`$1.2 million`, `tens of thousands`);
//! - [`currency`]: currency signs and codes glued to numbers, minor units, bounds carried to
//!   bracketed conversions;
//! - [`quantities`]: a plain quantity (ratios, ranges, ages in apposition, `one` the pronoun);
//! - [`one`]: more readings of `one` as a pronoun (`leads one to wonder`, `a digital one in
//!   2015`);
//! - [`age_lists`]: ages in lists and by decade (`ages 3 and 5`, `in their 30s`);
//! - [`ages`]: an age as a bare number after `at` (`died at 85`);
//! - [`repetitions`]: `twice` as a count (`shot twice`, `was twice repelled`);
//! - [`scores`]: scores and tallies (`2-1`, `6 for 255`), labels of days and school years;
//! - [`teamsheets`]: minutes of football team sheets and scorer lines (`Smertin (Cole 73)`);
//! - [`bounds`]: modifiers (`more than`, `up to`), `between X and Y`, paired bounds;
//! - [`units`]: percent, money, ages, durations, units, years, post-modifiers; the value;
//! - [`years`]: a year before a noun after a determiner and adjectives (`the original 1984 song`);
//! - [`ranks`]: `number N` as a place in a ranking (`at number six`, `world number 10`);
//! - [`metres`]: `m` as metres by its phrase (`won the women's 1500m`, `a clearance of 1.87m`);
//! - [`named`]: numbers inside names (`Under-21`, `007`, `60 Minutes`, `so-called "one-euro
//!   jobs"`) and telephone numbers with a dialling code (`0800 028 9276`);
//! - [`ordinals`]: ordinals that rank nothing, relative ordinals (`the last`, `next`);
//! - [`quarters`]: quarters of a year as dates (`the third quarter of 2014`);
//! - [`centuries`]: centuries as dates (`the 19th century`, `the 1800s`);
//! - [`dates`] and [`clock`]: dates resolved against the article date, clock times;
//! - [`anchored`]: dates counted from an earlier date of the sentence (`two years later`);
//! - [`elapsed`]: race and lap times written like a clock (`2:08:44`, `3:59.4`) and fractions
//!   of a unit of time (`one hundredth of a second`), durations;
//! - [`chains`]: a chain of alternatives before a compound's noun (`a five, six, seven or even
//!   eight-horse race`), one count;
//! - [`multipliers`]: `N times` as a ratio (`10 times faster`, `three times as many`);
//! - [`months`]: month pairs with a slash (`June/July`), one interval;
//! - [`nowadays`]: `today` meaning nowadays (`what it is today`), no date;
//! - [`anaphora`]: `that day`, `the next morning`, resolved from the day named before;
//! - [`eras`]: years BC;
//! - [`tense`]: the year of a day or month written without one, from the verbs around it;
//! - [`tables`]: figures of a table whose unit a header states (`in thousands of tonnes`);
//! - [`degrees`]: bare `degrees` on the temperature scale the article writes elsewhere;
//! - [`wire`]: the money rows of news agencies' result tables (`Net 1,234,000 vs 987,000`);
//! - [`values`] and [`calendar`]: free helpers on values and dates (leaves: they import no
//!   sibling).

mod age_lists;
mod ages;
mod amounts;
mod anaphora;
mod anchored;
mod bounds;
mod calendar;
mod carried;
mod centuries;
mod chains;
mod clock;
mod context;
mod currency;
mod dates;
mod decades;
mod degrees;
mod designations;
mod elapsed;
mod eras;
mod hanging;
mod marks;
mod metres;
mod months;
mod multipliers;
mod named;
mod noise;
mod nowadays;
mod numbers;
mod one;
mod one_wire;
mod ordinals;
mod products;
mod quantities;
mod quarters;
mod quotes;
mod ranks;
mod repetitions;
mod scores;
mod tables;
mod teamsheets;
mod tense;
mod units;
mod values;
mod wire;
mod years;

use std::cell::Cell;

use jiff::civil::Date;

pub(crate) use calendar::iso_day;

use crate::lex::{Lexeme, LexemeKind};
use crate::lexicon::{Compiled, Role};
use crate::types::{Granularity, QuantityKind, TimeValue, Value};
use crate::{memo, words};

/// How many tokens before a measure a `from` or `by` makes `X to Y` a change, not a range.
pub(super) const MAX_CHANGE_LOOKBACK: usize = 3;

/// How far before a money range's first end a change (`from`, `rose`) is looked for: a money
/// change names its level after a few words (`risen from an initial estimate of 8.1 billion
/// euros to 9.6 billion euros`).
const MONEY_CHANGE_LOOKBACK: usize = 8;

/// A quantity found by the scanner, before framing.
#[derive(Debug, Clone)]
pub(crate) struct RawQuantity {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub kind: QuantityKind,
    pub value: Option<Value>,
    pub unit: Option<String>,
    pub time: Option<TimeValue>,
    /// A clock time whose date is resolved after the sentence is scanned: (hour, minute, zone
    /// as written, UTC offset in minutes when known).
    pub clock: Option<(u8, u8, Option<String>, Option<i32>)>,
    /// The end (hour, minute) of a range of clock times (`between 9:30 and 9:40 p.m.`), on the
    /// same day and in the same zone as `clock`.
    pub clock_to: Option<(u8, u8)>,
    /// Token of the core number.
    #[allow(dead_code)] // kept for debugging views; frames use the mention bounds
    pub core: usize,
}

impl RawQuantity {
    /// A mention `s..e` of `kind` around core token `core`, with nothing resolved yet (callers
    /// set the value, unit or time with `..RawQuantity::new(..)`).
    fn new(s: usize, e: usize, kind: QuantityKind, core: usize) -> RawQuantity {
        RawQuantity {
            start: s,
            end: e,
            kind,
            value: None,
            unit: None,
            time: None,
            clock: None,
            clock_to: None,
            core,
        }
    }

    /// A bare count: one number lexeme and nothing else, no modifier, scale or unit (`by` in
    /// `2,560 by 1,440 pixels`, the `1.5` of `1.5, 2.3 and 4.5 mln dlrs`, a table's figure):
    /// the shape a later pass may give a unit its neighbour or header names.
    pub(crate) fn is_bare_count(&self) -> bool {
        self.kind == QuantityKind::Count
            && self.unit.is_none()
            && self.start == self.core
            && self.end == self.core + 1
    }
}

/// One document as the scanner and the framing stages read it: lexemes and their text, the
/// lexicon entries found in it, the article date and each lexeme's sentence, plus the state of
/// the scan (the sentence limit, and two guards that keep the look-ahead bounded).
pub(crate) struct Context<'a> {
    /// The original text.
    pub text: &'a str,
    /// The text lower-cased (ASCII only, same byte offsets: [`crate::lex::lower`]).
    pub lower_text: &'a str,
    /// The lexemes of `text`.
    pub lexemes: &'a [Lexeme],
    /// The compiled lexicon.
    pub lexicon: &'a Compiled,
    /// Multi-token phrase matches `(start, end, phrase)` sorted by start, longest first.
    phrases: Vec<(u32, u32, u32)>,
    /// Index into `phrases` of the first match starting at each token (len = tokens + 1).
    phrase_first: Vec<u32>,
    /// The one-token lexicon entries of each lexeme, looked up once (the scan asks for them
    /// many times per token).
    word_roles: Vec<&'a [Role]>,
    /// The article date, which relative dates are resolved against.
    pub date: Option<Date>,
    /// Sentence index of each lexeme.
    pub sentence_of: &'a [u32],
    /// During the scan: one past the last token of the sentence being scanned. Token accessors
    /// see nothing at or past it, so a mention never crosses a sentence boundary (a modifier,
    /// unit or scale on the other side of a line break is not joined). `lexemes.len()` otherwise.
    limit: Cell<usize>,
    /// Set while reading the smaller amount that continues a scaled one (`4 thousand 3
    /// hundred`): that amount is not continued in turn, so the look-ahead stays bounded.
    nested: Cell<bool>,
    /// Set while reading the second bound of a pair (`more than 10 and less than 40`): it is
    /// not paired in turn.
    pairing: Cell<bool>,
}

/// The amount part of a quantity: a number or vague interval, maybe scaled, maybe money. Units,
/// percent signs and modifiers are added by [`Context::finish`] to make a [`RawQuantity`].
#[derive(Debug, Clone, Copy)]
struct Amount {
    /// First lexeme.
    #[allow(dead_code)] // the mention start is tracked by the caller
    start: usize,
    /// One past the last lexeme.
    end: usize,
    /// The value, or the lower end of a vague interval (`tens of thousands`: 20,000).
    low: f64,
    /// Equal to `low`, or the upper end of a vague interval (exclusive: 100,000).
    high: f64,
    /// A vague plural or multiple (`dozens`, `a few hundred`).
    vague: bool,
    /// An ordinal (`21st`, `second`).
    ordinal: bool,
    /// A fraction (`half`, `two-thirds`, `3/4`).
    fraction: bool,
    /// The currency (index into the lexicon's currencies) when a sign or code came with it.
    currency: Option<u16>,
    /// Multiplied by a scale word (`million`, `bn`, `hundreds`).
    scaled: bool,
    /// A bare 4-digit integer that could be a year.
    yearish: bool,
    /// The lexeme of the number itself.
    core: usize,
    /// Spelled in words (`three hundred`), not digits.
    spelled: bool,
}

impl Amount {
    /// An exact spelled amount `s..e` with its core token: not vague, scaled, money, ordinal or
    /// fraction (callers set what differs with `..Amount::new(..)`).
    fn new(s: usize, e: usize, v: f64, core: usize) -> Amount {
        Amount {
            start: s,
            end: e,
            low: v,
            high: v,
            vague: false,
            ordinal: false,
            fraction: false,
            currency: None,
            scaled: false,
            yearish: false,
            core,
            spelled: true,
        }
    }
}

impl Context<'_> {
    /// The quantities of the document, in text order.
    pub(crate) fn scan(&self) -> Vec<RawQuantity> {
        let mut out = Vec::new();
        let mut i = 0usize;
        let mut end = 0usize;
        while i < self.lexemes.len() {
            if i >= end {
                // the sentence of token `i` ends before `end` (sentence ids never decrease)
                end = i + 1;
                while end < self.lexemes.len() && self.sentence_of[end] == self.sentence_of[i] {
                    end += 1;
                }
                self.limit.set(end);
            }
            if !self.may_open(i) {
                debug_assert!(
                    self.at(i).is_none(),
                    "a mention starts at {:?}, taken for one that opens none",
                    self.surface(i)
                );
                i += 1;
                continue;
            }
            match self.at(i) {
                Some(Step::Found(q)) => {
                    let q = self.measure_range(q);
                    i = q.end.max(i + 1);
                    out.push(q);
                }
                Some(Step::Skip(e)) => i = e.max(i + 1),
                None => i += 1,
            }
        }
        self.limit.set(self.lexemes.len());
        self.anchor_relative(&mut out);
        self.anchor_that(&mut out);
        self.anchor_anaphoric(&mut out);
        self.anchor_years_later(&mut out);
        self.anchor_year_before_quarter(&mut out);
        self.elliptical_units(&mut out);
        self.listed_units(&mut out);
        self.shared_age_unit(&mut out);
        self.hanging_units(&mut out);
        self.size_units(&mut out);
        self.table_money(&mut out);
        self.wire_dollars(&mut out);
        self.scaled_ellipsis(&mut out);
        self.carried_currency(&mut out);
        self.bare_quotes(&mut out);
        self.bracketed_comparisons(&mut out);
        self.table_units(&mut out);
        self.share_prices(&mut out);
        self.daily_barrels(&mut out);
        self.ore_grades(&mut out);
        self.fraction_points(&mut out);
        self.business_days(&mut out);
        self.degree_scale(&mut out);
        self.bracketed_bounds(&mut out);
        out
    }

    /// A measure with its unit on both ends of a range (`5-foot-8 to 5-foot-10`, `5 feet to 6
    /// feet`, `between 3 hours and 5 hours`): one interval, when the second is of the same kind
    /// and unit and larger, and no `from` or `by` before the first makes it a change (`rose
    /// from 5 feet to 6 feet`, `by 3 feet to 9 feet`: two mentions).
    fn measure_range(&self, q: RawQuantity) -> RawQuantity {
        if q.kind == QuantityKind::Date {
            return self.year_range(self.day_range(q));
        }
        let percent = q.kind == QuantityKind::Percent;
        if q.kind == QuantityKind::Money && self.lower(q.end) == "or" {
            return self.measure_alternatives(q);
        }
        // (money to money only with no change before in its clause: `would fetch 150 mln dlrs
        // to 250 mln dlrs` one range; `rose 1.50 dlrs to 20 dlrs`, `risen from an initial
        // estimate of 8.1 billion euros to 9.6 billion euros` a move or a level and a level)
        let money_span = q.kind == QuantityKind::Money
            && self.lower(q.end) == "to"
            && q.unit.is_some()
            && !(q.start.saturating_sub(MONEY_CHANGE_LOOKBACK)..q.start).any(|k| {
                self.same_sentence(k, q.start)
                    && (matches!(self.lower(k), "from" | "by" | "up" | "down" | "off")
                        || words::change_verb(self.lower(k))
                        || words::price_move_verb(self.lower(k)))
            });
        if !(percent
            || money_span
            || matches!(q.kind, QuantityKind::Dimension | QuantityKind::Duration))
        {
            return q;
        }
        let between = q.start >= 1 && self.lower(q.start - 1) == "between";
        let sep = self.lower(q.end);
        if sep == "or" && !percent {
            return self.measure_alternatives(q);
        }
        // a percent with its sign on both ends only between `between` and `and` or across a
        // glued dash (`between 1.5% and 1.75%`, `a 4.25%-4.5% range`; `rose 0.5% to 3.5%` is a
        // move and a level)
        let dash = self.is_punct(q.end, "-\u{2013}") && self.glued(q.end) && self.glued(q.end + 1);
        if !(between && sep == "and" || !percent && sep == "to" || percent && dash) {
            return q;
        }
        if let Some(ages) = self.age_range(&q) {
            return ages;
        }
        // a change: `from the current 26.7 million hectares to 53.3 million`, `boosted output by
        // 870,000 barrels per day to 3.67 million`
        let change = (q.start.saturating_sub(MAX_CHANGE_LOOKBACK)..q.start)
            .any(|k| self.same_sentence(k, q.start) && matches!(self.lower(k), "from" | "by"));
        if change {
            return q;
        }
        let Some(lo) = q.value.as_ref().and_then(values::exact_value) else {
            return q;
        };
        let Some(Step::Found(r)) = self.at(q.end + 1) else {
            return q;
        };
        let Some(hi) = r.value.as_ref().and_then(values::exact_value) else {
            return q;
        };
        if r.kind != q.kind || r.unit != q.unit || hi <= lo {
            return q;
        }
        let start = if between { q.start - 1 } else { q.start };
        RawQuantity {
            start,
            end: r.end,
            value: Some(values::interval(lo, true, hi, true, false)),
            ..q
        }
    }

    /// `in two weeks or five weeks or nine weeks`, `5 feet or 6 feet`, `about $1,500 or $1,600 a
    /// month`, `$20 or $25 apiece`: alternatives with their unit (or currency sign) written on
    /// each are one range (the guidelines' `N or M`; decision 251), from the first to the last,
    /// when each is of the same kind and unit and larger than the one before; an approximation
    /// before the first (`about`) holds for the range.
    fn measure_alternatives(&self, q: RawQuantity) -> RawQuantity {
        let Some(lo) = q.value.as_ref().and_then(values::exact_value) else {
            return q;
        };
        let (mut hi, mut end) = (lo, q.end);
        // (at most a few alternatives: the look-ahead stays bounded)
        for _ in 0..4 {
            if self.lower(end) != "or" {
                break;
            }
            let Some(Step::Found(r)) = self.at(end + 1) else {
                break;
            };
            match r.value.as_ref().and_then(values::exact_value) {
                // (`around $6 or $7 billion`: a scale written on the last end only, which the
                // first shares; a thousandfold step is no pair of alternatives)
                Some(v) if q.kind == QuantityKind::Money && v >= hi * 1000.0 => break,
                Some(v) if r.kind == q.kind && r.unit == q.unit && v > hi => {
                    hi = v;
                    end = r.end;
                }
                _ => break,
            }
        }
        if end == q.end {
            return q;
        }
        let approx = q.value.as_ref().is_some_and(|v| v.approximate);
        RawQuantity {
            end,
            value: Some(values::interval(lo, true, hi, true, approx)),
            ..q
        }
    }

    /// `children ranging in age from 7 months to 10 years old`, `ages from 6 months to 7
    /// years`: one range of ages, in the first end's unit, when `from` follows a word of age and
    /// the second end is an age or a duration in a larger unit.
    fn age_range(&self, q: &RawQuantity) -> Option<RawQuantity> {
        let f = q
            .start
            .checked_sub(1)
            .filter(|&f| self.lower(f) == "from")?;
        if !matches!(self.lower(f.wrapping_sub(1)), "age" | "ages" | "aged") {
            return None;
        }
        let small = q.unit.as_deref()?;
        let lo = q.value.as_ref().and_then(values::exact_value)?;
        let Some(Step::Found(r)) = self.at(q.end + 1) else {
            return None;
        };
        if !matches!(r.kind, QuantityKind::Age | QuantityKind::Duration) {
            return None;
        }
        let per = match r.unit.as_deref()? {
            u if u == small => 1.0,
            big => words::units_per(big, small)?,
        };
        let hi = r.value.as_ref().and_then(values::exact_value)? * per;
        (hi > lo).then(|| RawQuantity {
            kind: QuantityKind::Age,
            end: r.end,
            value: Some(values::interval(lo, true, hi, true, false)),
            ..q.clone()
        })
    }

    /// `between Sunday and Tuesday`, `between March 3 and March 5`: one interval of days (as
    /// `February 4-6`), when both are single days and the second is later.
    fn day_range(&self, q: RawQuantity) -> RawQuantity {
        let day = |t: &Option<TimeValue>| {
            t.as_ref()
                .filter(|t| {
                    t.granularity == Granularity::Day
                        && !t.iso.contains(['/', 'W'])
                        && !t.iso.starts_with('-')
                })
                .map(|t| t.iso.clone())
        };
        // `June 29-July 13`: two days written in full joined by a glued hyphen
        let hyphen = self.is_punct(q.end, "-")
            && self.glued(q.end)
            && self.glued(q.end + 1)
            && words::month(self.lower(q.start)).is_some()
            && words::month(self.lower(q.end + 1)).is_some();
        let between =
            q.start > 0 && self.lower(q.start - 1) == "between" && self.lower(q.end) == "and";
        if !(hyphen || between) {
            return q;
        }
        let Some(a) = day(&q.time) else {
            return q;
        };
        let Some(Step::Found(r)) = self.at(q.end + 1) else {
            return q;
        };
        match day(&r.time) {
            Some(b) if r.kind == QuantityKind::Date && b > a => RawQuantity {
                start: if between { q.start - 1 } else { q.start },
                end: r.end,
                time: Some(TimeValue {
                    iso: format!("{a}/{b}"),
                    granularity: Granularity::Day,
                    zone: None,
                }),
                ..q
            },
            _ => q,
        }
    }

    /// `From 2014 to 2019, she was ...`, `between 2002 and 2004`: one interval of years (as `2012
    /// through 2015`), when
    /// both are bare years and the second is later; the stretch of time a state or a change
    /// lasted, not two values of a change.
    fn year_range(&self, q: RawQuantity) -> RawQuantity {
        // a bare year, or a month with its year written (`between June 1984 and January 1986`:
        // one interval of months); the ISO of each end and its granularity
        let end_of = |r: &RawQuantity| {
            let t = r.time.as_ref().filter(|_| r.kind == QuantityKind::Date)?;
            let bare_year =
                t.granularity == Granularity::Year && t.iso.len() == 4 && r.end == r.start + 1;
            let month_year = t.granularity == Granularity::Month
                && t.iso.len() == 7
                && r.end == r.start + 2
                && self.modern_year(r.end - 1).is_some();
            (bare_year || month_year).then(|| (t.iso.clone(), t.granularity))
        };
        // (`between 2002 and 2004`: the window of years, as the guidelines' `From 2005 to
        // 2009`)
        let pair = q.start > 0
            && match self.lower(q.start - 1) {
                "from" => matches!(self.lower(q.end), "to" | "until" | "till"),
                "between" => self.lower(q.end) == "and",
                _ => false,
            };
        // (`from December 1985 through February 1987`, `December 1985 through February 1987`)
        let through = self.lower(q.end) == "through" && q.end == q.start + 2;
        if !(pair || through) {
            return q;
        }
        let Some((a, g)) = end_of(&q) else {
            return q;
        };
        let Some(Step::Found(r)) = self.at(q.end + 1) else {
            return q;
        };
        match end_of(&r) {
            Some((b, h)) if h == g && b > a => RawQuantity {
                end: r.end,
                time: Some(TimeValue {
                    iso: format!("{a}/{b}"),
                    granularity: g,
                    zone: None,
                }),
                ..q
            },
            _ => q,
        }
    }

    /// Something may start at lexeme `i`; when not, [`Self::at`] would say `None`. Known from the
    /// first test of each of its rules: most lexemes are plain words (`the`, `said`) and marks,
    /// and trying every rule at each costs about a thousand instructions. A word starts something only when
    /// it is one of the words the rules open with (numbers, months, weekdays, `between`, `last`,
    /// ...), has a modifier or currency entry, comes before a glued number, or is a possible
    /// million-unit code (`MUSD`); `the`, `that` and single letters only before the words their
    /// rules read next; a mark only when it is a vulgar fraction, has such an entry, or is a
    /// minus sign before a glued number. A new rule that opens with another word must add it here
    /// (debug builds check that `at` agrees at every lexeme this says no to).
    fn may_open(&self, i: usize) -> bool {
        let t = self.lexemes[i];
        let entry = |r: &Role| matches!(r, Role::Mod(_) | Role::CurSym(_) | Role::CurCode(_));
        let first = self.phrase_first[i] as usize;
        let next = self.phrase_first[i + 1] as usize;
        if self.word_roles[i].iter().any(entry)
            || self.phrases[first..next]
                .iter()
                .any(|&(_, _, p)| self.lexicon.phrase_roles(p).iter().any(entry))
        {
            return true;
        }
        match t.kind {
            LexemeKind::Number => true,
            LexemeKind::Punct => match self.surface(i) {
                // a minus sign opens a number glued after it (`-5`, `−5`)
                "-" | "\u{2212}" => self.is_num(i + 1) && self.glued(i + 1),
                // (`½`)
                s => !s.is_ascii() && self.vulgar(i).is_some(),
            },
            LexemeKind::Word => {
                if self.is_num(i + 1) && self.glued(i + 1) {
                    return true;
                }
                let w = self.lower(i);
                match w {
                    // (`the Fourth of July`, `Black Friday`, `over the weekend`)
                    "the" => {
                        let n = self.lower(i + 1);
                        // a spelled ordinal, also the compound `twenty-first` that
                        // `century_ordinal` reads
                        let ordinal = |k: usize| {
                            words::ordinal(self.lower(k)).is_some()
                                || self.lower(k) == "twenty" && self.is_punct(k + 1, "-")
                        };
                        n == "weekend"
                            || n == "year"
                            || words::weekday_name_part(n)
                            || ordinal(i + 1)
                            || self.may_open_anaphoric(i)
                            // (`the late nineteenth century`)
                            || matches!(n, "early" | "mid" | "late") && ordinal(i + 2)
                    }
                    // (`that month`, `that year`, `that night`)
                    "that" => {
                        matches!(self.lower(i + 1), "month" | "year") || self.may_open_anaphoric(i)
                    }
                    // (`as young as 11`, `as old as 90`: an age's bound, `bounds.rs`)
                    "as" => {
                        matches!(self.lower(i + 1), "young" | "old") && self.lower(i + 2) == "as"
                    }
                    // a cricket score of no wickets (`no wicket for 126`, `none for 40`)
                    "no" => matches!(self.lower(i + 1), "wicket" | "wickets" | "loss"),
                    "none" => self.lower(i + 1) == "for",
                    // (`the year-ago period`, `quarters.rs`)
                    "year" => {
                        self.hyphened_word(i + 1, "ago") || self.hyphened_word(i + 1, "earlier")
                    }
                    // (`a`; `a k-nine police dog`)
                    _ if w.len() == 1 => w == "a" || self.is_punct(i + 1, "-"),
                    _ => {
                        let s = self.surface(i);
                        s.len() == 4 && s.starts_with('M') || remembered_opens(w)
                    }
                }
            }
        }
    }

    /// What starts at lexeme `i`: a quantity, a number to skip (noise, a URL), or nothing (also
    /// past the last lexeme: `about 1 km to` may end the text).
    fn at(&self, i: usize) -> Option<Step> {
        let tok = *self.lexemes.get(i)?;
        // identifiers and noise first
        if tok.kind == LexemeKind::Number {
            if let Some(step) = self.named_day(i) {
                return Some(step);
            }
            if let Some(e) = self.noise(i).or_else(|| self.designated_no(i)) {
                return Some(Step::Skip(e));
            }
        }
        if tok.kind == LexemeKind::Word {
            if let Some(e) = self.zero_compound(i).or_else(|| self.plus_format(i)) {
                return Some(Step::Skip(e));
            }
            // (`BBC Two`, `Radio Four`: a broadcaster's name, `marks.rs`)
            if self.station_number(i) {
                return Some(Step::Skip(i + 1));
            }
            // (`the so-called "one-euro jobs"`: a coined name, `noise.rs`; `the six-yard box`, a
            // place on the pitch, and `three-quarter Hal Luscombe`, a position: `named.rs`)
            if let Some(e) = self
                .so_called(i)
                .or_else(|| self.pitch_mark(i))
                .or_else(|| self.back_position(i))
            {
                return Some(Step::Skip(e));
            }
        }
        if tok.kind == LexemeKind::Word && self.is_num(i + 1) && self.glued(i + 1) {
            // (`FY2020`: a fiscal year; `noise` decides on the digits, `FY17` stays a name)
            let is_numword = matches!(self.lower(i), "mid" | "us" | "rs" | "fy");
            if !is_numword && !self.glued_currency(i) {
                return Some(Step::Skip(self.skip_cluster(i + 1)));
            }
        }
        if tok.kind == LexemeKind::Word
            && words::url_scheme(self.lower(i))
            && self.is_punct(i + 1, ":.")
            && self.glued(i + 1)
        {
            // a URL: skip to the next whitespace
            let mut j = i + 1;
            while j < self.lexemes.len() && !self.lexemes[j].spaced {
                j += 1;
            }
            return Some(Step::Skip(j));
        }
        // (`one hundredth of a second`: a duration, `elapsed.rs`; `a five, six, seven or even
        // eight-horse race`: one count, `chains.rs`)
        if let Some(q) = self.split_time(i).or_else(|| self.compound_chain(i)) {
            return Some(Step::Found(q));
        }
        if let Some(step) = self.century(i) {
            return Some(step);
        }
        if tok.kind == LexemeKind::Word {
            let w = self.lower(i);
            // (`a roughly 4K display`: a modifier before a display format modifies no amount)
            if self.may_open(i)
                && self.is_num(i + 1)
                && self.lexemes[i + 1].spaced
                && !self.glued_currency(i)
                && self.noise_format(i + 1)
            {
                return Some(Step::Skip(i + 1));
            }
            if let Some(e) = self.date_holiday(i) {
                return Some(Step::Skip(e));
            }
            match w.len() {
                // `a k-nine police dog`: a letter and a spelled number make a name (K-9); not
                // the article (`a-two-hour drive`) nor a possessive's `s` (`Syria's-six-year
                // war`)
                1 if (i == 0 || self.lexemes[i].spaced)
                    && !matches!(w, "a" | "i")
                    && self.is_punct(i + 1, "-")
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                    && words::small(self.lower(i + 2)).is_some() =>
                {
                    return Some(Step::Skip(i + 3));
                }
                // (`a Fourth of July event`: the article is the holiday's, not `a fourth`)
                1..=3 if matches!(w, "a" | "an" | "the") => {
                    if let Some(q) = self.article_or_two(i) {
                        return Some(Step::Found(q));
                    }
                    if let Some(e) = self.date_holiday(i + 1) {
                        return Some(Step::Skip(e));
                    }
                }
                2 | 4 if matches!(w, "no" | "none") => {
                    if let Some(q) = self.cricket_score(i, None) {
                        return Some(Step::Found(q));
                    }
                }
                7..=9 if w.ends_with("ties") => {
                    if let Some(q) = self.spelled_decade_age(i) {
                        return Some(Step::Found(q));
                    }
                    if let Some(q) = self.spelled_decade(i) {
                        return Some(Step::Found(q));
                    }
                }
                9 if w == "magnitude" => {
                    if let Some(q) = self.magnitude_before(i) {
                        return Some(Step::Found(q));
                    }
                }
                5 if w == "twice" => {
                    if let Some(q) = self.twice(i) {
                        return Some(Step::Found(q));
                    }
                }
                _ => {}
            }
        } else if tok.kind == LexemeKind::Number {
            if let Some(q) = self.decade_age(i) {
                return Some(Step::Found(self.decade_age_range(q)));
            }
            if let Some(q) = self.decade(i) {
                return Some(Step::Found(q));
            }
            if let Some(q) = self.hundreds(i) {
                return Some(Step::Found(q));
            }
        }
        if self.group_name(i) {
            return Some(Step::Skip(i + 1));
        }
        if let Some(q) = self.split_ratio(i) {
            return Some(Step::Found(q));
        }
        if let Some(q) = self.quarter(i) {
            return Some(Step::Found(q));
        }
        if let Some(q) = self.date_time(i) {
            return Some(Step::Found(q));
        }
        if let Some(q) = self.modified(i) {
            return Some(Step::Found(q));
        }
        if let Some(q) = self.unit_or_few(i) {
            return Some(Step::Found(q));
        }
        self.quantity(i).map(Step::Found)
    }
}

/// What the scan does at a lexeme.
enum Step {
    /// A quantity: record it and go on after it.
    Found(RawQuantity),
    /// Not a quantity: go on at this lexeme.
    Skip(usize),
}

/// The words that open something by themselves in [`Context::may_open`] (a test of the
/// lower-cased word alone).
fn opens(w: &str) -> bool {
    matches!(
        w,
        "an" | "twice"
            | "magnitude"
            | "noon"
            | "midday"
            | "midnight"
            | "between"
            | "from"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "this"
            | "last"
            | "next"
            | "past"
            | "earlier"
            | "later"
            | "current"
            | "previous"
            | "prior"
            | "coming"
            | "aged"
            | "age"
            | "ages"
            // (`the seventies`, `in her mid-thirties`: `decades.rs`, `age_lists.rs`)
            | "twenties"
            | "thirties"
            | "forties"
            | "fifties"
            | "sixties"
            | "seventies"
            | "eighties"
            | "nineties"
    ) || words::may_start_amount(w)
        || words::weekday(w).is_some()
        || words::month(w).is_some()
        || words::relative_weekday_word(w)
        || words::month_part_word(w)
        || words::url_scheme(w)
        || words::weekday_name_part(w)
}

thread_local!(static OPENS: memo::Memo = memo::Memo::default());

/// [`opens`], remembered per thread ([`memo`]): about twenty string tests at nearly every word
/// of an article.
fn remembered_opens(w: &str) -> bool {
    memo::remembered(&OPENS, w, opens)
}
