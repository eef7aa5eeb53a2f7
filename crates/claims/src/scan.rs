//! The quantity scanner: one left-to-right pass over the lexer tokens with bounded look-ahead.
//!
//! At each token it tries, in order, a date or time, a modified or ranged quantity, a plain
//! quantity; on success it jumps past the mention, so the pass is linear in the text.

use std::cell::Cell;

use jiff::civil::Date;

use crate::lex::{K, Tok};
use crate::lexicon::{Compiled, Mod, Role};
use crate::types::{Bound, Granularity, OrdinalAnchor, QuantityKind, TimeValue, Value};
use crate::words;

/// A quantity found by the scanner, before framing.
#[derive(Debug, Clone)]
pub(crate) struct RawQ {
    /// First token.
    pub s: usize,
    /// One past the last token.
    pub e: usize,
    pub kind: QuantityKind,
    pub value: Option<Value>,
    pub unit: Option<String>,
    pub time: Option<TimeValue>,
    /// A clock time whose date is resolved after the sentence is scanned: (hour, minute, zone
    /// as written, UTC offset in minutes when known).
    pub clock: Option<(u8, u8, Option<String>, Option<i32>)>,
    /// Token of the core number.
    #[allow(dead_code)] // kept for debugging views; frames use the mention bounds
    pub core: usize,
}

impl RawQ {
    /// A mention `s..e` of `kind` around core token `core`, with nothing resolved yet (callers
    /// set the value, unit or time with `..RawQ::new(..)`).
    fn new(s: usize, e: usize, kind: QuantityKind, core: usize) -> RawQ {
        RawQ {
            s,
            e,
            kind,
            value: None,
            unit: None,
            time: None,
            clock: None,
            core,
        }
    }
}

/// The scanning context of one document.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub lc: &'a str,
    pub toks: &'a [Tok],
    pub lx: &'a Compiled,
    /// Multi-token phrase matches `(start, end, phrase)` sorted by start, longest first.
    ph: Vec<(u32, u32, u32)>,
    /// Index into `ph` of the first match starting at each token (len = tokens + 1).
    ph_first: Vec<u32>,
    pub date: Option<Date>,
    /// Sentence index of each token.
    pub sent: &'a [u32],
    /// During the scan: one past the last token of the sentence being scanned. Token accessors
    /// see nothing at or past it, so a mention never crosses a sentence boundary (a modifier,
    /// unit or scale on the other side of a line break is not joined). `toks.len()` otherwise.
    lim: Cell<usize>,
    /// Set while reading the smaller amount that continues a scaled one (`4 thousand 3
    /// hundred`): that amount is not continued in turn, so the look-ahead stays bounded.
    nested: Cell<bool>,
    /// Set while reading the second bound of a pair (`more than 10 and less than 40`): it is
    /// not paired in turn.
    pairing: Cell<bool>,
}

/// The amount part of a quantity: a number or vague interval, maybe scaled, maybe money.
#[derive(Debug, Clone, Copy)]
struct Amt {
    #[allow(dead_code)] // the mention start is tracked by the caller
    s: usize,
    e: usize,
    lo: f64,
    hi: f64,
    vague: bool,
    ord: bool,
    frac: bool,
    cur: Option<u16>,
    scaled: bool,
    /// A bare 4-digit integer that could be a year.
    yearish: bool,
    core: usize,
    spelled: bool,
}

impl Amt {
    /// An exact spelled amount `s..e` with its core token: not vague, scaled, money, ordinal or
    /// fraction (callers set what differs with `..Amt::new(..)`).
    fn new(s: usize, e: usize, v: f64, core: usize) -> Amt {
        Amt {
            s,
            e,
            lo: v,
            hi: v,
            vague: false,
            ord: false,
            frac: false,
            cur: None,
            scaled: false,
            yearish: false,
            core,
            spelled: true,
        }
    }
}

fn exact(v: f64) -> Value {
    Value::exact(v)
}

fn interval(lo: f64, lo_inc: bool, hi: f64, hi_inc: bool, approx: bool) -> Value {
    Value {
        low: Some(Bound {
            value: lo,
            inclusive: lo_inc,
        }),
        high: Some(Bound {
            value: hi,
            inclusive: hi_inc,
        }),
        approximate: approx,
    }
}

pub(crate) fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn tv(iso: String, g: Granularity) -> TimeValue {
    TimeValue {
        iso,
        granularity: g,
        zone: None,
    }
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().days(n)).unwrap_or(d)
}

fn add_months(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().months(n)).unwrap_or(d)
}

/// The number of an exact value (both ends equal and closed).
fn exact_value(v: &Value) -> Option<f64> {
    match (v.low, v.high) {
        (Some(a), Some(b)) if a.value == b.value && a.inclusive && b.inclusive => Some(a.value),
        _ => None,
    }
}

fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

impl<'a> Ctx<'a> {
    pub fn new(
        text: &'a str,
        lc: &'a str,
        toks: &'a [Tok],
        lx: &'a Compiled,
        date: Option<Date>,
        sent: &'a [u32],
    ) -> Ctx<'a> {
        let ph = lx.phrase_matches(lc, toks);
        let mut ph_first = vec![0u32; toks.len() + 1];
        let mut k = 0usize;
        for (i, slot) in ph_first.iter_mut().enumerate() {
            while k < ph.len() && (ph[k].0 as usize) < i {
                k += 1;
            }
            *slot = k as u32;
        }
        Ctx {
            text,
            lc,
            toks,
            lx,
            ph,
            ph_first,
            date,
            sent,
            lim: Cell::new(toks.len()),
            nested: Cell::new(false),
            pairing: Cell::new(false),
        }
    }

    /// Token `i`, if it lies before the current sentence limit.
    fn tok(&self, i: usize) -> Option<&'a Tok> {
        if i < self.lim.get() {
            self.toks.get(i)
        } else {
            None
        }
    }

    /// Original text of token `i` (empty past the end).
    pub fn t(&self, i: usize) -> &'a str {
        self.tok(i)
            .map_or("", |t| &self.text[t.s as usize..t.e as usize])
    }

    /// Lower-cased text of token `i`.
    pub fn l(&self, i: usize) -> &'a str {
        self.tok(i)
            .map_or("", |t| &self.lc[t.s as usize..t.e as usize])
    }

    pub fn kind(&self, i: usize) -> Option<K> {
        self.tok(i).map(|t| t.k)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(K::Word)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(K::Num)
    }

    pub fn is_p(&self, i: usize, set: &str) -> bool {
        self.kind(i) == Some(K::Punct) && self.t(i).chars().next().is_some_and(|c| set.contains(c))
    }

    /// Token `i` exists and touches the previous one.
    pub fn adj(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.sp)
    }

    fn same_sent(&self, a: usize, b: usize) -> bool {
        b < self.lim.get().min(self.toks.len()) && self.sent[a] == self.sent[b]
    }

    pub fn capitalized(&self, i: usize) -> bool {
        self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Lexicon entries starting at token `i`, longest first: `(end, roles)`.
    pub fn entries(&self, i: usize) -> impl Iterator<Item = (usize, &'a [Role])> + '_ {
        let from = self.ph_first.get(i).copied().unwrap_or(0) as usize;
        let to = self.ph_first.get(i + 1).copied().unwrap_or(from as u32) as usize;
        let lim = self.lim.get();
        let multi = self.ph[from..to.max(from)]
            .iter()
            .filter(move |&&(_, e, _)| e as usize <= lim)
            .map(|&(_, e, p)| (e as usize, self.lx.phrase_roles(p)));
        let single = (i < lim.min(self.toks.len())).then(|| (i + 1, self.lx.word(self.l(i))));
        multi.chain(single).filter(|(_, r)| !r.is_empty())
    }

    /// The longest entry at `i` with a role that `f` accepts.
    pub fn find<T>(&self, i: usize, f: impl Fn(Role) -> Option<T>) -> Option<(usize, T)> {
        for (e, roles) in self.entries(i) {
            for &r in roles {
                if let Some(x) = f(r) {
                    return Some((e, x));
                }
            }
        }
        None
    }

    pub fn has_role(&self, i: usize, f: impl Fn(Role) -> bool) -> bool {
        self.lx.word(self.l(i)).iter().any(|&r| f(r))
    }

    /// The span of tokens `s..e` in bytes.
    pub fn span(&self, s: usize, e: usize) -> reckon_text::Span {
        reckon_text::Span::new(self.toks[s].s as usize, self.toks[e - 1].e as usize)
    }

    // ---------------------------------------------------------------- the pass

    pub fn scan(&self) -> Vec<RawQ> {
        let mut out = Vec::new();
        let mut i = 0usize;
        let mut end = 0usize;
        while i < self.toks.len() {
            if i >= end {
                // the sentence of token `i` ends before `end` (sentence ids never decrease)
                end = i + 1;
                while end < self.toks.len() && self.sent[end] == self.sent[i] {
                    end += 1;
                }
                self.lim.set(end);
            }
            match self.at(i) {
                Some(Step::Found(q)) => {
                    i = q.e.max(i + 1);
                    out.push(q);
                }
                Some(Step::Skip(e)) => i = e.max(i + 1),
                None => i += 1,
            }
        }
        self.lim.set(self.toks.len());
        self.anchor_relative(&mut out);
        out
    }

    /// Dates counted from the date a sentence refers to, not from the article's: `two years
    /// later` after `in 2012` is 2014, `the next month` after `February 2016` is 2016-03. The
    /// anchor is the nearest earlier date of the same sentence; without one, `two years later`
    /// stays a duration and `the next month` is counted from the article's date.
    fn anchor_relative(&self, qs: &mut [RawQ]) {
        for k in 1..qs.len() {
            let q = &qs[k];
            let (n, unit, end) = match q.kind {
                // `two years later`, `a month earlier`
                QuantityKind::Duration => {
                    let later = match self.l(q.e) {
                        "later" => 1,
                        "earlier" => -1,
                        _ => continue,
                    };
                    let Some(v) = q.value.as_ref().and_then(exact_value) else {
                        continue;
                    };
                    let Some(unit) = q.unit.as_deref() else {
                        continue;
                    };
                    if v.fract() != 0.0
                        || !(1.0..=100.0).contains(&v)
                        || self.sent[q.e] != self.sent[q.s]
                    {
                        continue;
                    }
                    (later * v as i64, unit, q.e + 1)
                }
                // `the next month`, `the next year`
                QuantityKind::Date
                    if q.e == q.s + 2
                        && self.l(q.s) == "next"
                        && q.s > 0
                        && self.l(q.s - 1) == "the" =>
                {
                    (1, self.l(q.s + 1), q.e)
                }
                _ => continue,
            };
            let anchor = qs[..k]
                .iter()
                .rev()
                .take_while(|a| self.sent[a.s] == self.sent[qs[k].s])
                .find_map(|a| {
                    let t = a.time.as_ref().filter(|_| a.kind == QuantityKind::Date)?;
                    (!t.iso.contains('/') && !t.iso.contains('W')).then(|| t.iso.clone())
                });
            let Some(anchor) = anchor else {
                continue;
            };
            let parts: Vec<i64> = anchor.split('-').filter_map(|x| x.parse().ok()).collect();
            let date =
                |y: i64, m: i64, d: i64| Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok();
            let t = match (unit, parts.as_slice()) {
                ("year", [y, ..]) => tv(format!("{:04}", y + n), Granularity::Year),
                ("month", [y, m, ..]) => {
                    let Some(x) = date(*y, *m, 1) else {
                        continue;
                    };
                    let x = add_months(x, n);
                    tv(
                        format!("{:04}-{:02}", x.year(), x.month()),
                        Granularity::Month,
                    )
                }
                ("week" | "day", [y, m, d]) => {
                    let days = if unit == "week" { 7 * n } else { n };
                    let Some(x) = date(*y, *m, *d) else {
                        continue;
                    };
                    tv(iso_day(add_days(x, days)), Granularity::Day)
                }
                _ => continue,
            };
            let q = &mut qs[k];
            q.kind = QuantityKind::Date;
            q.e = end;
            q.value = None;
            q.unit = None;
            q.time = Some(t);
        }
    }

    /// Relative ordinals (`the last`, `next`, `the previous one`, `penultimate`, `second to
    /// last`, `the last but one`, `the one before the last`): `(first token, end, anchor,
    /// offset)`, in text order. Tokens of a mention found by [`Self::scan`] are not read (`last
    /// month` is a date, `next Monday` a day), except a lone `one` or spelled ordinal that the
    /// relative ordinal takes in (`the previous one`, `the second to last`): the caller drops
    /// those mentions.
    pub fn relative_ordinals(&self, qs: &[RawQ]) -> Vec<(usize, usize, OrdinalAnchor, i32)> {
        let n = self.toks.len();
        let mut covered = vec![false; n];
        // where a span of time starts (`three months`, `10 years`, `Monday`)
        let mut time_at = vec![false; n];
        for q in qs {
            if q.s < n
                && matches!(
                    q.kind,
                    QuantityKind::Duration | QuantityKind::Date | QuantityKind::Time
                )
            {
                time_at[q.s] = true;
            }
            let lone = q.e == q.s + 1
                && self.is_word(q.s)
                && (q.kind == QuantityKind::Ordinal
                    || q.kind == QuantityKind::Count && self.l(q.s) == "one");
            if !lone {
                covered[q.s.min(n)..q.e.min(n)].fill(true);
            }
        }
        // the word at `j` when it is free and in the sentence of `i`, else ""
        let w = |i: usize, j: usize| -> &str {
            if j < n && !covered[j] && self.sent[j] == self.sent[i] && self.is_word(j) {
                self.l(j)
            } else {
                ""
            }
        };
        // `to`, with optional hyphens around it (`second-to-last`): the token after it
        let to_at = |i: usize, j: usize| -> Option<usize> {
            let j = if self.is_p(j, "-") && self.adj(j) {
                j + 1
            } else {
                j
            };
            (w(i, j) == "to").then(|| {
                if self.is_p(j + 1, "-") && self.adj(j + 1) {
                    j + 2
                } else {
                    j + 1
                }
            })
        };
        let mut out = Vec::new();
        let mut i = 0usize;
        while i < n {
            let x = w(i, i);
            let with_the = |s: usize| {
                if s > 0 && w(i, s - 1) == "the" {
                    s - 1
                } else {
                    s
                }
            };
            // a following pronoun `one` belongs to the ordinal (`the previous one`)
            let one = |e: usize| if w(i, e) == "one" { e + 1 } else { e };
            let found = match x {
                "" => None,
                "the"
                    if w(i, i + 1) == "one"
                        && w(i, i + 2) == "before"
                        && w(i, i + 3) == "the"
                        && w(i, i + 4) == "last" =>
                {
                    Some((i, one(i + 5), OrdinalAnchor::End, -1))
                }
                "penultimate" => Some((i, i + 1, OrdinalAnchor::End, -1)),
                "antepenultimate" => Some((i, i + 1, OrdinalAnchor::End, -2)),
                "last" if w(i, i + 1) == "but" && w(i, i + 2) == "one" => {
                    Some((with_the(i), i + 3, OrdinalAnchor::End, -1))
                }
                "next" if to_at(i, i + 1).is_some_and(|k| w(i, k) == "last") => {
                    let k = to_at(i, i + 1).unwrap_or(i + 1);
                    Some((i, k + 1, OrdinalAnchor::End, -1))
                }
                "last" => {
                    // `will last`, `to last for`, `at last`: the verb and the adverb
                    let verb = i > 0
                        && matches!(
                            w(i, i - 1),
                            "to" | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "may"
                                | "might"
                                | "should"
                                | "must"
                                | "did"
                                | "does"
                                | "do"
                                | "not"
                                | "at"
                                | "cannot"
                        )
                        || matches!(
                            w(i, i + 1),
                            "for" | "until" | "longer" | "forever" | "through" | "beyond"
                        );
                    (!verb).then(|| (i, one(i + 1), OrdinalAnchor::End, 0))
                }
                "next" if w(i, i + 1) != "to" => Some((i, one(i + 1), OrdinalAnchor::Current, 1)),
                "previous" => Some((i, one(i + 1), OrdinalAnchor::Current, -1)),
                "current" => Some((i, one(i + 1), OrdinalAnchor::Current, 0)),
                _ => words::ordinal(x)
                    .filter(|o| (2..=10).contains(o))
                    .and_then(|o| {
                        let k = to_at(i, i + 1).filter(|&k| w(i, k) == "last")?;
                        Some((with_the(i), k + 1, OrdinalAnchor::End, 1 - o as i32))
                    }),
            };
            // `the next three months`, `the last 10 years`, `last night`: a period of time,
            // not a position in a sequence (the duration after it is the claim); `the next 3
            // books` keeps its ordinal
            let period = |r: &(usize, usize, OrdinalAnchor, i32)| {
                r.1 < n
                    && self.sent[r.1] == self.sent[i]
                    && (time_at[r.1]
                        || matches!(
                            w(i, r.1),
                            "night" | "evening" | "morning" | "afternoon" | "weekend" | "season"
                        ))
            };
            match found.filter(|r| !period(r)) {
                Some(r) => {
                    i = r.1;
                    out.push(r);
                }
                None => i += 1,
            }
        }
        out
    }

    fn at(&self, i: usize) -> Option<Step> {
        let tok = self.toks[i];
        // identifiers and noise first
        if tok.k == K::Num {
            if let Some(e) = self.noise(i) {
                return Some(Step::Skip(e));
            }
        }
        if tok.k == K::Word && self.is_num(i + 1) && self.adj(i + 1) {
            let is_numword = self.l(i) == "mid" || self.l(i) == "us" || self.l(i) == "rs";
            if !is_numword && !self.glued_currency(i) {
                return Some(Step::Skip(self.skip_cluster(i + 1)));
            }
        }
        if tok.k == K::Word
            && matches!(self.l(i), "http" | "https" | "www" | "pic")
            && self.is_p(i + 1, ":.")
            && self.adj(i + 1)
        {
            // a URL: skip to the next whitespace
            let mut j = i + 1;
            while j < self.toks.len() && !self.toks[j].sp {
                j += 1;
            }
            return Some(Step::Skip(j));
        }
        if let Some(q) = self.date_time(i) {
            return Some(Step::Found(q));
        }
        if let Some(q) = self.modified(i) {
            return Some(Step::Found(q));
        }
        self.quantity(i).map(Step::Found)
    }

    /// Skips a number that is not a quantity: `COVID-19`, `F-16`, phone numbers, page numbers,
    /// list markers. Returns the token to resume at.
    fn noise(&self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        // a calibre names a cartridge (`.38-caliber handgun`, `a 9mm` is a dimension)
        let k = if self.is_p(i + 1, "-") && self.adj(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if t.k == K::Num && matches!(self.l(k), "caliber" | "calibre") {
            return Some(k + 1);
        }
        // digits grouped by plain spaces are a phone number, not `1 234 567`, when they start
        // with 0 or sit among other digits or phone punctuation (`+27 082 838 2309`,
        // `1800 666 111`, `974 501 111 49`)
        if i >= 1 && self.is_num(i - 1) && self.t(i - 1).contains(' ') && t.sp
            || self.t(i).contains(' ')
                && (self.t(i).starts_with('0')
                    || i >= 1 && (self.is_num(i - 1) || self.is_p(i - 1, "+()-/"))
                    || self.is_num(i + 1)
                    || self.is_p(i + 1, "/"))
        {
            return Some(i + 1);
        }
        // word-hyphen-digits: COVID-19, F-16, Su-35 (not mid-2023, pre-1990, over-50s)
        if !t.sp && i >= 2 && self.is_p(i - 1, "-") && self.adj(i - 1) && self.is_word(i - 2) {
            let w = self.l(i - 2);
            if !matches!(
                w,
                "mid"
                    | "pre"
                    | "post"
                    | "early"
                    | "late"
                    | "over"
                    | "under"
                    | "top"
                    | "all"
                    | "non"
                    | "the"
            ) && words::small(w).is_none()
                && words::tens(w).is_none()
            {
                return Some(self.skip_cluster(i));
            }
        }
        // word glued before digits: G7, A380
        if !t.sp && i >= 1 && self.is_word(i - 1) {
            let w = self.l(i - 1);
            if !matches!(w, "us" | "rs" | "mid") && !self.glued_currency(i - 1) {
                return Some(self.skip_cluster(i));
            }
        }
        // identifier prefixes: page 14, Article 5, No. 10, flight 17
        if i >= 1 {
            let p = self.l(i - 1);
            let prev_word = if self.is_p(i - 1, ".") && i >= 2 {
                self.l(i - 2)
            } else {
                p
            };
            let dotted = self.is_p(i - 1, ".");
            let id = if dotted {
                matches!(
                    prev_word,
                    "no" | "nos"
                        | "p"
                        | "pp"
                        | "art"
                        | "sec"
                        | "vol"
                        | "apt"
                        | "ext"
                        | "tel"
                        | "para"
                )
            } else {
                // `Level 3`, `Rule 19`, `Proposition 64` capitalised only (`rule 2` may count)
                self.has_role(i - 1, |r| matches!(r, Role::IdPrefix))
                    && (!matches!(p, "level" | "rule" | "proposition") || self.capitalized(i - 1))
            };
            if id {
                return Some(self.skip_cluster(i));
            }
        }
        // `24/7`: always, not two numbers
        if self.t(i) == "24"
            && self.is_p(i + 1, "/")
            && self.adj(i + 1)
            && self.t(i + 2) == "7"
            && self.adj(i + 2)
            && !self.is_p(i + 3, "/")
        {
            return Some(i + 3);
        }
        // a name in capitals and a number (`PIX 11`, `NEXUS 17`, `FTSE 250 Index`, `HB 2`, `COP
        // 21`): an identifier when no lower-case word follows (`the EPA 13 times` is a count)
        if i >= 1 && t.sp && self.t(i).len() <= 3 && !self.t(i).contains([',', '.']) {
            let w = self.t(i - 1);
            let caps = self.is_word(i - 1)
                && (2..=6).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !self.has_role(i - 1, |r| {
                    matches!(
                        r,
                        Role::CurCode(_)
                            | Role::CurSym(_)
                            | Role::Unit(_)
                            | Role::Zone(_)
                            | Role::Mod(_)
                            | Role::Function
                    )
                })
                && words::month(self.l(i - 1)).is_none()
                && words::weekday(self.l(i - 1)).is_none()
                && !matches!(w, "AD" | "BC" | "CE" | "BCE");
            let next_lower =
                self.is_word(i + 1) && self.t(i + 1).chars().next().is_some_and(char::is_lowercase);
            if caps && !next_lower && !self.is_p(i + 1, "%-") {
                return Some(i + 1);
            }
        }
        // a stock code after an exchange (`(TWSE: 2495)`, `(HKEX: 0700)`)
        if i >= 2
            && self.is_p(i - 1, ":")
            && self.adj(i - 1)
            && self.is_word(i - 2)
            && (3..=6).contains(&self.t(i - 2).len())
            && self.t(i - 2).chars().all(|c| c.is_ascii_uppercase())
            && (self.is_p(i + 1, ")") || self.tok(i + 1).is_none())
        {
            return Some(i + 1);
        }
        // emergency numbers: `called 911`, `connecting to 911`, `a 999 call`, `112/999`
        if self.has_role(i, |r| matches!(r, Role::Emergency)) {
            let prev = self.l(i.wrapping_sub(1));
            let next = self.l(i + 1);
            let calling = prev.starts_with("call")
                || prev.starts_with("dial")
                || matches!(prev, "ring" | "rings" | "rang" | "phoned" | "phone" | "text")
                // `connecting to 911`, `calls to 911` (not `rose to 911`)
                || prev == "to"
                    && i >= 2
                    && (self.l(i - 2).starts_with("call")
                        || self.l(i - 2).starts_with("connect")
                        || matches!(self.l(i - 2), "placed" | "texts" | "reach" | "access"))
                || self.is_p(i.wrapping_sub(1), "/") && self.adj(i);
            let service = matches!(
                next,
                "call"
                    | "calls"
                    | "caller"
                    | "callers"
                    | "operator"
                    | "operators"
                    | "dispatcher"
                    | "dispatchers"
                    | "dispatch"
                    | "service"
                    | "services"
                    | "center"
                    | "centre"
                    | "system"
                    | "line"
                    | "emergency"
            ) || self.is_p(i + 1, "/") && self.adj(i + 1) && self.is_num(i + 2);
            if calling || service {
                return Some(i + 1);
            }
        }
        // list markers: a line starting with `1.` or `2)`
        if t.nl
            && self.is_p(i + 1, ".)")
            && self.adj(i + 1)
            && self.t(i).len() <= 2
            && !self.is_num(i + 2)
        {
            return Some(i + 2);
        }
        if i >= 1
            && self.is_p(i - 1, "(")
            && self.is_p(i + 1, ")")
            && self.t(i).len() <= 2
            && self.adj(i)
            && self.adj(i + 1)
        {
            return Some(i + 2);
        }
        // phone numbers: groups of digits joined by - or spaces, 7+ digits, + prefix
        let mut j = i;
        let mut digits = 0usize;
        let mut groups = 0usize;
        while self.is_num(j) && !self.t(j).contains([',', '.']) {
            digits += self.t(j).len();
            groups += 1;
            if self.is_p(j + 1, "-.") && self.adj(j + 1) && self.is_num(j + 2) && self.adj(j + 2) {
                j += 2;
            } else {
                break;
            }
        }
        let plus = i >= 1 && self.is_p(i - 1, "+") && self.adj(i);
        if groups >= 2
            && digits >= 7
            && !(groups == 2 && self.t(i).len() == 4 && self.t(j).len() == 4 && digits == 8)
        {
            return Some(j + 1);
        }
        if plus && self.t(i).len() <= 3 && self.is_num(i + 1) {
            let mut j = i;
            while self.is_num(j + 1) || (self.is_p(j + 1, "-") && self.is_num(j + 2)) {
                j += 1;
            }
            return Some(j + 1);
        }
        None
    }

    /// The value of a vulgar fraction character (`½`, `¾`) at `i`.
    fn vulgar(&self, i: usize) -> Option<f64> {
        if self.kind(i) != Some(K::Punct) {
            return None;
        }
        Some(match self.t(i) {
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

    /// A currency symbol word (`Rs`) or an upper-case ISO code (`USD`) at `i`, which may be glued
    /// to the number after it (`Rs4.5bn`, `USD115`).
    fn glued_currency(&self, i: usize) -> bool {
        let upper = self.t(i).chars().all(|c| c.is_ascii_uppercase());
        self.lx
            .word(self.l(i))
            .iter()
            .any(|r| matches!(r, Role::CurSym(_)) || matches!(r, Role::CurCode(_)) && upper)
    }

    /// A currency sign lost in the text's encoding (`\u{fffd}16m`, `?31m`, a lexicon symbol
    /// with an empty code) at `j`, before the number at `e`: glued to the digits and not glued
    /// to a word or quote before it (`"?0/20"` and `"?016` are other lost characters).
    fn lost_symbol(&self, j: usize, e: usize) -> bool {
        e == j + 1
            && self.is_num(e)
            && self.adj(e)
            && (self.toks[j].sp || j > 0 && self.is_p(j - 1, "(-\u{2013};/"))
    }

    /// An upper-case ISO code with a `M` for millions glued before it (`30 MUSD`, `120 MEUR`):
    /// the currency.
    fn million_code(&self, i: usize) -> Option<u16> {
        let t = self.t(i);
        let rest = t.strip_prefix('M')?;
        if rest.len() != 3 || !rest.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        self.lx
            .word(&rest.to_ascii_lowercase())
            .iter()
            .find_map(|r| match r {
                Role::CurCode(c) => Some(*c),
                _ => None,
            })
    }

    /// A hyphen at `j` that joins the words on either side: glued to both (`twenty-one`) or
    /// spaced on both (`fifty - two`, `one - fourth` in text with spaced hyphens).
    fn joining_hyphen(&self, j: usize) -> bool {
        self.is_p(j, "-\u{2010}\u{2011}")
            && self.tok(j + 1).is_some()
            && self.adj(j) == self.adj(j + 1)
    }

    /// The noun phrase ends before token `k`: nothing follows in the sentence, or punctuation
    /// that does not glue on (`a fifth.`, `a fifth,`; not `a fifth-generation`), or a
    /// preposition that cannot start the noun's modifiers (`a third in 2016`, `a fifth since`).
    fn phrase_end(&self, k: usize) -> bool {
        match self.kind(k) {
            None => true,
            Some(K::Punct) => !(self.adj(k) && self.is_p(k, "-\u{2010}\u{2011}/%")),
            Some(K::Num) => false,
            Some(K::Word) => matches!(
                self.l(k),
                "in" | "since"
                    | "from"
                    | "over"
                    | "than"
                    | "compared"
                    | "during"
                    | "last"
                    | "this"
                    | "per"
                    | "until"
                    | "after"
                    | "before"
            ),
        }
    }

    /// Before the article at `j`, a word that makes `a third` a share rather than an elliptical
    /// ordinal (`would not serve a third.`, `begin a sixth,`): `by` (`fell by a third`), a
    /// modifier other than `just`/`only` (`about a quarter`, `more than a third`), or nothing at all (a lone `a fifth`).
    /// `k` is the token after the fraction.
    fn fraction_cue(&self, j: usize, k: usize) -> bool {
        if j == 0 || self.sent[j - 1] != self.sent[j] {
            // alone in its sentence (`A third, digital layer` is an ordinal)
            return self.tok(k).is_none() || self.is_p(k, ".!?");
        }
        let p = self.l(j - 1);
        matches!(p, "by" | "than")
            || self
                .lx
                .word(p)
                .iter()
                .any(|r| matches!(r, Role::Mod(m) if *m != Mod::Exact))
    }

    /// A number starts at `k` (digits or a spelled number word).
    fn starts_number(&self, k: usize) -> bool {
        self.is_num(k)
            || self.is_word(k)
                && (words::small(self.l(k)).is_some()
                    || words::tens(self.l(k)).is_some()
                    || matches!(self.l(k), "nought" | "naught"))
    }

    /// Consumes a number with its glued suffixes and hyphen parts (`16s`, `19-related`).
    fn skip_cluster(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.toks.len() && self.adj(j) && (self.is_word(j) || self.is_num(j)) {
            j += 1;
        }
        j
    }

    // ---------------------------------------------------------------- numbers

    /// Digits at `i`: value and whether it is plain (no separators).
    fn digits(&self, i: usize) -> Option<f64> {
        if !self.is_num(i) {
            return None;
        }
        let s = self.t(i);
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
    fn power(&self, j: usize, v: f64) -> Option<(f64, usize)> {
        let glued_before =
            j > 0 && self.adj(j) && matches!(self.kind(j - 1), Some(K::Word | K::Num));
        if glued_before || !self.adj(j + 1) {
            return None;
        }
        let exponent = |mut k: usize| -> Option<(f64, usize)> {
            let mut neg = false;
            while self.is_p(k, "+-\u{2212}") && self.adj(k) {
                neg ^= !self.is_p(k, "+");
                k += 1;
            }
            let t = self.t(k);
            if !self.is_num(k) || !self.adj(k) || t.len() > 3 || t.contains([',', '.']) {
                return None;
            }
            if self.adj(k + 1) && matches!(self.kind(k + 1), Some(K::Word | K::Num)) {
                return None;
            }
            let n: f64 = t.parse().ok()?;
            Some((if neg { -n } else { n }, k + 1))
        };
        let k = j + 1;
        if self.is_p(k, "^") {
            let (p, e) = exponent(k + 1)?;
            return Some((v.powf(p), e));
        }
        match self.l(k) {
            "e" => {
                let (p, e) = exponent(k + 1)?;
                Some((v * 10f64.powf(p), e))
            }
            "x" if self.t(k + 1) == "10" && self.adj(k + 1) && self.is_p(k + 2, "^") => {
                let (p, e) = exponent(k + 3)?;
                Some((v * 10f64.powf(p), e))
            }
            _ => None,
        }
    }

    /// A spelled cardinal starting at `i`: (value, end, is_ordinal).
    fn spelled(&self, i: usize) -> Option<(f64, usize, bool)> {
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
        if self.l(j) == "a" {
            let n = self.l(j + 1);
            if n == "hundred" || words::big_scale(n).is_some() || n == "dozen" {
                cur = 1.0;
                last = Last::Small;
                j += 1;
            } else {
                return None;
            }
        } else if self.l(j) == "hundred"
            && self.is_word(j + 1)
            && words::big_scale(self.l(j + 1)).is_some()
            && (!self.is_word(j.wrapping_sub(1))
                || matches!(
                    self.l(j.wrapping_sub(1)),
                    "some" | "about" | "around" | "roughly" | "nearly" | "almost" | "than"
                ))
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
            let w = self.l(j);
            // `nought point five`, `three-nought-four`, `Nought is ...`: nought and naught are
            // zero only before `point`, hyphened to a number or opening the sentence (not in
            // `came to naught`)
            let zero = matches!(w, "nought" | "naught")
                && (self.l(j + 1) == "point"
                    || j == i && (j == 0 || self.sent[j - 1] != self.sent[j])
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
                let denominator = self.l(j + 2).strip_suffix('s').and_then(words::ordinal);
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
                    let n = self.l(j + 1);
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
                let n = self.l(j + 1);
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
            && self.l(end) == "point"
            && matches!(last, Last::Small | Last::Tens | Last::Hundred | Last::Scale)
        {
            let mut k = end + 1;
            let mut frac = String::new();
            while self.is_word(k) {
                let digit = match self.l(k) {
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
            let teen = words::small(self.l(k)).filter(|v| (10..20).contains(v));
            if let Some(v) = teen.filter(|_| frac.is_empty()) {
                frac = v.to_string();
                k += 1;
            } else if frac.is_empty() {
                if let Some(t) = words::tens(self.l(k)) {
                    let mut v = t;
                    k += 1;
                    if self.is_p(k, "-") && self.adj(k) {
                        if let Some(u) = words::small(self.l(k + 1)).filter(|u| (1..10).contains(u))
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

    /// The amount at `i`: [`Self::amount_core`], with a fraction of a scale made one amount
    /// (`a quarter of a million` is 250,000, not a quarter and a million).
    fn amount(&self, i: usize) -> Option<Amt> {
        // `a year and a half`: the article is one unit of time (the half is added by the unit
        // step)
        if matches!(self.l(i), "a" | "an")
            && words::time_unit(self.l(i + 1)).is_some()
            && self.l(i + 2) == "and"
            && matches!(self.l(i + 3), "a" | "an")
            && self.l(i + 4) == "half"
        {
            return Some(Amt::new(i, i + 1, 1.0, i));
        }
        // `a year later`, `an hour after`, `a decade ago`, `a week on`: the article is one
        // unit of time when the span is measured from another time (not `once a year`, `$5 a day`)
        if matches!(self.l(i), "a" | "an")
            && words::time_unit(self.l(i + 1)).is_some()
            && matches!(
                self.l(i + 2),
                "later" | "earlier" | "after" | "before" | "ago" | "afterwards" | "on"
            )
            && !(self.l(i + 2) == "on" && !self.phrase_end(i + 3) && !self.is_p(i + 3, ","))
        {
            return Some(Amt::new(i, i + 1, 1.0, i));
        }
        // `MAUD 60`, `MUSD 30`: a million-unit code before the number
        if let Some(c) = self.million_code(i).filter(|_| self.is_num(i + 1)) {
            let mut a = self.amount_core(i + 1)?;
            if a.cur.is_some() || a.scaled || a.frac || a.ord || a.vague {
                return None;
            }
            a.s = i;
            a.lo *= 1e6;
            a.hi *= 1e6;
            a.cur = Some(c);
            a.scaled = true;
            a.yearish = false;
            return Some(a);
        }
        let mut a = self.amount_core(i)?;
        if a.frac && !a.ord && self.l(a.e) == "of" && matches!(self.l(a.e + 1), "a" | "an") {
            if let Some(s) = words::big_scale(self.l(a.e + 2)).filter(|_| self.is_word(a.e + 2)) {
                a.lo *= s;
                a.hi *= s;
                a.e += 3;
                a.frac = false;
                a.scaled = true;
            }
        }
        Some(a)
    }

    /// The core amount at `i`, with currency prefix and scale.
    fn amount_core(&self, i: usize) -> Option<Amt> {
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
                .lx
                .word(self.l(j))
                .iter()
                .any(|r| matches!(r, Role::CurCode(_)));
            let upper = self.t(j).chars().all(|c| !c.is_lowercase());
            // (`a$54` in lower case is the article before `$`, not `A$`)
            if (self.is_num(e) || self.is_word(e) && self.spelled(e).is_some())
                && (!is_code || upper || self.l(j) != "try")
                && self.t(j) != "a"
                && (!self.lx.currencies[c as usize].is_empty() || self.lost_symbol(j, e))
            {
                cur = Some(c);
                j = e;
            }
        }
        if self.is_p(j, "-\u{2212}")
            && self.is_num(j + 1)
            && self.adj(j + 1)
            && self.toks[j].sp
            && cur.is_none()
        {
            neg = true;
            j += 1;
        }
        if cur.is_none() && self.is_p(j, "-\u{2212}") && cur.is_none() {
            return None;
        }
        if matches!(self.l(j), "minus" | "negative")
            && (self.is_num(j + 1)
                || self.is_word(j + 1)
                    && words::small(self.l(j + 1))
                        .or(words::tens(self.l(j + 1)))
                        .is_some())
        {
            let mut a = self.amount(j + 1)?;
            a.s = i;
            a.lo = -a.lo;
            a.hi = -a.hi;
            a.yearish = false;
            return Some(a);
        }
        let start = i;
        let mut a;
        if let Some(f) = self.vulgar(j) {
            // `½`, `¾`
            return Some(Amt {
                frac: true,
                cur,
                spelled: false,
                ..Amt::new(start, j + 1, f, j)
            });
        }
        if self.is_num(j) {
            let v = self.digits(j)?;
            let plain = !self.t(j).contains([',', '.']);
            a = Amt {
                cur,
                yearish: plain
                    && self.t(j).len() == 4
                    && (1000.0..2100.0).contains(&v)
                    && cur.is_none()
                    && !neg,
                spelled: false,
                ..Amt::new(start, j + 1, v, j)
            };
            if neg {
                a.lo = -v;
                a.hi = -v;
            }
            // scientific notation and powers: `1e10`, `-12e-1`, `1.1^23`, `1.3x10^6`
            if let Some((p, e)) = self.power(j, v) {
                a.lo = if neg { -p } else { p };
                a.hi = a.lo;
                a.yearish = false;
                a.e = e;
                return Some(a);
            }
            // glued suffix: 21st, 3m, 4.5bn, 10km, 1990s
            if self.is_word(j + 1) && self.adj(j + 1) {
                let w = self.l(j + 1);
                if matches!(w, "st" | "nd" | "rd" | "th") && plain {
                    a.ord = true;
                    a.e = j + 2;
                    a.yearish = false;
                    return Some(a);
                }
                // `US$ 1MM`: the finance abbreviation of a million, upper case after money
                // (`1mm` alone is a millimetre)
                let mm = (self.t(j + 1) == "MM" && cur.is_some()).then_some(1e6);
                if let Some(s) = words::abbr_scale(w, true)
                    .or_else(|| words::big_scale(w))
                    .or(mm)
                {
                    a.lo *= s;
                    a.hi *= s;
                    a.scaled = true;
                    a.yearish = false;
                    a.e = j + 2;
                } else if w == "s" {
                    return None; // 1990s: a decade, not a count
                } else if matches!(w, "am" | "pm")
                    || words::time_unit(w).is_some()
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
            if self.t(j).contains('.')
                && !self.adj(j + 1)
                && self.t(j + 1) == "k"
                && self.phrase_end(j + 2)
            {
                a.lo *= 1e3;
                a.hi = a.lo;
                a.scaled = true;
                a.e = j + 2;
                return Some(a);
            }
            // `2½`
            if let Some(f) = self
                .vulgar(j + 1)
                .filter(|_| plain && self.adj(j + 1) && !neg)
            {
                a.lo = v + f;
                a.hi = a.lo;
                a.yearish = false;
                a.e = j + 2;
                return Some(a);
            }
            // `3/4`, `2 1/4`: fractions with a small denominator
            if let Some((f, fe)) = self.slash_fraction(j) {
                a.lo = if neg { -f } else { f };
                a.hi = a.lo;
                a.frac = true;
                a.yearish = false;
                a.e = fe;
            } else if plain && self.is_num(j + 1) && !self.adj(j + 1) {
                if let Some((f, fe)) = self.slash_fraction(j + 1) {
                    a.lo = if neg { -v - f } else { v + f };
                    a.hi = a.lo;
                    a.yearish = false;
                    a.e = fe;
                }
            }
        } else if self.is_word(j) {
            let w = self.l(j);
            // vague: tens of thousands, hundreds of thousands, dozens, thousands
            if (w == "tens" || w == "hundreds") && self.l(j + 1) == "of" {
                {
                    let n = self.l(j + 2);
                    let m = if w == "tens" { 10.0 } else { 100.0 };
                    let base = match n {
                        "thousands" => Some(1e3),
                        "millions" => Some(1e6),
                        "billions" => Some(1e9),
                        _ => None,
                    };
                    if let Some(b) = base {
                        return Some(Amt {
                            hi: 10.0 * m * b,
                            vague: true,
                            cur,
                            scaled: true,
                            ..Amt::new(start, j + 3, 2.0 * m * b, j)
                        });
                    }
                }
            }
            // `several hundred`, `a few thousand`, `a few hundred million`, `several dozen`: a
            // vague multiple of the scale, like `hundreds` (`a few` from two, `several` from
            // three, up to ten times the scale)
            let few = if w == "several" {
                Some((3.0, j + 1))
            } else if w == "a" && self.l(j + 1) == "few" {
                Some((2.0, j + 2))
            } else {
                None
            };
            if let Some((from, mut k)) = few {
                let mut scale = 1.0;
                while self.is_word(k) {
                    match self.l(k) {
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
                    return Some(Amt {
                        hi: 10.0 * scale,
                        vague: true,
                        cur,
                        scaled: true,
                        ..Amt::new(start, k, from * scale, j)
                    });
                }
            }
            if let Some((lo, hi)) = words::vague(w) {
                return Some(Amt {
                    hi,
                    vague: true,
                    cur,
                    scaled: true,
                    ..Amt::new(start, j + 1, lo, j)
                });
            }
            // half
            if (w == "half" || w == "quarter") && words::big_scale(self.l(j + 1)).is_some() {
                let m = if w == "half" { 0.5 } else { 0.25 };
                let s = words::big_scale(self.l(j + 1))?;
                return Some(self.scaled_amt(start, j + 2, m * s, cur, j));
            }
            if w == "a" && self.l(j + 1) == "quarter" && words::big_scale(self.l(j + 2)).is_some() {
                let s = words::big_scale(self.l(j + 2))?;
                return Some(self.scaled_amt(start, j + 3, 0.25 * s, cur, j));
            }
            if w == "half" && self.l(j + 1) == "a" && self.l(j + 2) == "dozen" {
                return Some(self.scaled_amt(start, j + 3, 6.0, cur, j));
            }
            if w == "half" {
                let n = self.l(j + 1);
                if (n == "a" || n == "an") && words::big_scale(self.l(j + 2)).is_some() {
                    let s = words::big_scale(self.l(j + 2))?;
                    return Some(self.scaled_amt(start, j + 3, 0.5 * s, cur, j));
                }
                if self.is_p(j + 1, "-")
                    && self.adj(j + 1)
                    && words::big_scale(self.l(j + 2)).is_some()
                {
                    let s = words::big_scale(self.l(j + 2))?;
                    return Some(self.scaled_amt(start, j + 3, 0.5 * s, cur, j));
                }
                // `nearly half were`, `more than half people`: after a modifier, a share
                // (not `the past half century`, `just half an hour`: a duration)
                let modified = j > 0
                    && self.sent[j - 1] == self.sent[j]
                    && self.fraction_cue(j, j + 1)
                    && !(self.adj(j + 1) && self.is_p(j + 1, "-"))
                    && !matches!(n, "a" | "an")
                    && words::time_unit(n).is_none();
                if modified
                    || matches!(
                        n,
                        "of" | "the" | "its" | "their" | "his" | "her" | "our" | "all" | "them"
                    ) && !matches!(
                        self.l(j.wrapping_sub(1)),
                        "first" | "second" | "the" | "a" | "in" | "and"
                    )
                {
                    return Some(Amt {
                        frac: true,
                        cur,
                        ..Amt::new(start, j + 1, 0.5, j)
                    });
                }
                return None;
            }
            // `a third of`, `a quarter of`; where the phrase ends after it also `a fifth`, `a
            // half`, `a twenty-first`, `cut by a third.` (`a fifth term`, `a third was
            // wounded`, `a third and final round` stay ordinals)
            if w == "a" {
                let n = self.l(j + 1);
                let single = words::denominator(n)
                    .filter(|d| *d > 2 && !n.ends_with('s'))
                    .map(|d| (d, j + 2));
                let compound = words::tens(n)
                    .filter(|_| self.joining_hyphen(j + 2))
                    .and_then(|t| {
                        let u = words::ordinal(self.l(j + 3)).filter(|u| (1..10).contains(u))?;
                        Some((u64::from(t) + u, j + 4))
                    });
                let half =
                    (n == "half" && self.l(j.wrapping_sub(1)) != "and").then_some((2, j + 2));
                if let Some((d, k)) = single.or(compound).or(half) {
                    if self.l(k) == "of" && single.is_some()
                        || self.phrase_end(k) && self.fraction_cue(j, k)
                    {
                        return Some(Amt {
                            frac: true,
                            cur,
                            ..Amt::new(start, k, 1.0 / d as f64, j + 1)
                        });
                    }
                }
            }
            if let Some(o) = words::ordinal(w) {
                if w == "second"
                    && matches!(self.l(j.wrapping_sub(1)), "a" | "per" | "one" | "split")
                    && (!self.is_word(j + 1)
                        || matches!(
                            self.l(j + 1),
                            "of" | "or"
                                | "and"
                                | "to"
                                | "later"
                                | "ago"
                                | "before"
                                | "after"
                                | "earlier"
                                | "longer"
                                | "too"
                                | "in"
                        ))
                {
                    return None; // `a second`, `per second`: the unit of time
                }
                let v = o as f64;
                return Some(Amt {
                    ord: true,
                    cur,
                    ..Amt::new(start, j + 1, v, j)
                });
            }
            let (v, e, ord) = self.spelled(j)?;
            a = Amt {
                ord,
                cur,
                ..Amt::new(start, e, v, j)
            };
            if ord {
                return Some(a);
            }
            // `three twenty-firsts`, `one twenty-fifth`: a compound ordinal as denominator
            // (plural, or singular after `one` with its hyphen)
            if let Some(t) = words::tens(self.l(e))
                .filter(|_| (v < 20.0 || self.joining_hyphen(e + 1)) && self.is_word(e))
            {
                let hy = self.joining_hyphen(e + 1);
                let k = if hy { e + 2 } else { e + 1 };
                let w = self.l(k);
                let plural = w.ends_with('s');
                let unit = words::ordinal(w.strip_suffix('s').unwrap_or(w))
                    .filter(|u| (1..10).contains(u) && (hy || *u != 2));
                // (`the one twenty-fifth anniversary` is the 125th)
                let det = matches!(
                    self.l(start.wrapping_sub(1)),
                    "the" | "its" | "their" | "his" | "her" | "our"
                );
                if let Some(u) =
                    unit.filter(|_| plural && v > 1.0 || !plural && v == 1.0 && hy && !det)
                {
                    let r = v / (u64::from(t) + u) as f64;
                    return Some(Amt {
                        frac: true,
                        cur,
                        ..Amt::new(start, k + 1, r, j)
                    });
                }
            }
            // fractions: two-thirds, one third, three quarters, one and a half
            // (from a hundred on only a plural of a third or smaller: `one hundred and
            // thirty-two fifths`, `a hundred trillionths`; `two hundred quarters` may be coins)
            let dw = if self.joining_hyphen(e) { e + 1 } else { e };
            if v < 100.0
                || self.l(dw).ends_with('s')
                    && words::denominator(self.l(dw)).is_some_and(|d| d != 2 && d != 4)
            {
                let (hy, k) = if self.joining_hyphen(e) {
                    (true, e + 1)
                } else {
                    (false, e)
                };
                if let Some(d) = words::denominator(self.l(k)) {
                    let plural = self.l(k).ends_with('s');
                    if (v == 1.0 && !plural || v > 1.0 && plural || hy)
                        && (d != 2 || v == 1.0)
                        && !(d == 4 && v == 1.0 && !hy && self.l(k + 1) != "of")
                    {
                        let r = v / d as f64;
                        // `three quarters billion`: a fraction of a scale is an amount
                        let scale = words::big_scale(self.l(k + 1)).filter(|_| self.is_word(k + 1));
                        let (r, e) = scale.map_or((r, k + 1), |s| (r * s, k + 2));
                        return Some(Amt {
                            frac: scale.is_none(),
                            cur,
                            scaled: scale.is_some(),
                            ..Amt::new(start, e, r, j)
                        });
                    }
                }
                if self.l(e) == "and" && self.l(e + 1) == "a" {
                    if let Some(d) =
                        words::denominator(self.l(e + 2)).filter(|_| !self.l(e + 2).ends_with('s'))
                    {
                        a.lo += 1.0 / d as f64;
                        a.hi = a.lo;
                        a.e = e + 3;
                    }
                }
            }
            // `one in five`, `one out of five`
        } else {
            return None;
        }
        // scale words after the number: `1.2 million`, `3 bn`, `five hundred thousand`
        loop {
            let e = a.e;
            let w = self.l(e);
            if !self.is_word(e) {
                break;
            }
            let s = if a.spelled {
                words::big_scale(w)
            } else {
                words::big_scale(w)
                    .or_else(|| words::abbr_scale(w, self.adj(e)))
                    .or(if w == "hundred" { Some(100.0) } else { None })
            };
            match s {
                Some(s) if !a.frac => {
                    a.lo *= s;
                    a.hi *= s;
                    a.scaled = true;
                    a.yearish = false;
                    a.e = e + 1;
                }
                _ => {
                    if matches!(w, "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs")
                        && !a.spelled
                        && !a.vague
                    {
                        a.lo *= 12.0;
                        a.hi *= 12.0;
                        a.e = e + 1;
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
            && !a.frac
            && !a.vague
            && a.lo == a.hi
            && a.e > 0
            && !self.nested.get()
        {
            let mut guard = 0;
            while let Some(sc) =
                words::big_scale(self.l(a.e - 1)).or(if self.l(a.e - 1) == "hundred" {
                    Some(100.0)
                } else {
                    None
                })
            {
                guard += 1;
                if guard > 4 {
                    break;
                }
                let k = if self.l(a.e) == "and" { a.e + 1 } else { a.e };
                if !(self.is_num(k)
                    || self.is_word(k)
                        && words::small(self.l(k)).or(words::tens(self.l(k))).is_some())
                {
                    break;
                }
                self.nested.set(true);
                let sub = self.amount(k);
                self.nested.set(false);
                let Some(sub) = sub else { break };
                let sub_whole = sub.lo == sub.hi && sub.lo.fract() == 0.0 && sub.lo >= 1.0;
                if sub.cur.is_some()
                    || sub.vague
                    || sub.frac
                    || sub.ord
                    || sub.yearish
                    || !sub_whole
                    || sub.lo >= sc
                    || self.is_p(sub.e, "%")
                {
                    break;
                }
                a.lo += sub.lo;
                a.hi = a.lo;
                a.e = sub.e;
                if sub.e == k + 1 || !sub.scaled {
                    break;
                }
            }
        }
        // `1.2-million`: hyphenated scale
        if self.is_p(a.e, "-") && self.adj(a.e) && self.adj(a.e + 1) {
            if let Some(s) = words::big_scale(self.l(a.e + 1)) {
                a.lo *= s;
                a.hi *= s;
                a.scaled = true;
                a.e += 2;
            }
        }
        // `3 million and a half`, `five billion and three quarters`, `twenty and three fifths`:
        // the fraction is of the last scale word
        if self.l(a.e) == "and" && !a.frac && !a.ord && !a.vague && a.lo == a.hi && a.e > 0 {
            if let Some((f, fe)) = self.and_fraction(a.e + 1) {
                // `one billion and a half million`: the fraction is of the scale after it
                let (unit, extra) = match words::big_scale(self.l(fe)) {
                    Some(sc) => (sc, 1),
                    None => (words::big_scale(self.l(a.e - 1)).unwrap_or(1.0), 0),
                };
                a.lo += f * unit;
                a.hi = a.lo;
                a.yearish = false;
                a.e = fe + extra;
            }
        }
        Some(a)
    }

    /// A proper fraction at `k`, after `and`: `a half`, `three quarters`, `fifty-four
    /// hundredths` (numerator smaller than the denominator, singular denominator after one):
    /// (value, end).
    fn and_fraction(&self, k: usize) -> Option<(f64, usize)> {
        let n = self.l(k);
        let (num, dk) = if matches!(n, "a" | "an") {
            (1, k + 1)
        } else if let Some(v) = words::small(n).filter(|v| *v >= 1) {
            (v, k + 1)
        } else {
            let t = words::tens(n)?;
            let unit = words::small(self.l(k + 2)).filter(|u| (1..10).contains(u));
            match unit.filter(|_| self.joining_hyphen(k + 1)) {
                Some(u) => (t + u, k + 3),
                None => (t, k + 1),
            }
        };
        let dw = self.l(dk);
        let d = words::denominator(dw).filter(|d| *d > 1 && self.is_word(dk))?;
        ((num == 1) != dw.ends_with('s') && u64::from(num) < d)
            .then(|| (f64::from(num) / d as f64, dk + 1))
    }

    fn scaled_amt(&self, s: usize, e: usize, v: f64, cur: Option<u16>, core: usize) -> Amt {
        Amt {
            cur,
            scaled: true,
            ..Amt::new(s, e, v, core)
        }
    }

    /// `3/4` at `j` (not a date): (value, end).
    fn slash_fraction(&self, j: usize) -> Option<(f64, usize)> {
        if !(self.is_p(j + 1, "/")
            && self.adj(j + 1)
            && self.is_num(j + 2)
            && self.adj(j + 2)
            && !self.is_p(j + 3, "/"))
        {
            return None;
        }
        let n: u32 = self.t(j).parse().ok()?;
        let d: u32 = self.t(j + 2).parse().ok()?;
        if n == 0 || n >= d || ![2, 3, 4, 5, 6, 8, 10, 16, 32, 100].contains(&d) {
            return None;
        }
        Some((f64::from(n) / f64::from(d), j + 3))
    }

    /// `first` at `i` ranks nothing: an adverb of time or order (`was first presented`, `NBC
    /// first reported`, `at first`, `First of all`, `puts jobs and rights first`, `the kidneys
    /// first, then the lungs`) or a lexicalised compound (`first lady`, `first responders`, `first
    /// minister`, `first name`, `first aid`). Still a rank: `the first reported crime`, `came
    /// first`, `he was first.`, `the first two`.
    fn adverbial_first(&self, i: usize) -> bool {
        let prev = if i > 0 && self.same_sent(i - 1, i) {
            self.l(i - 1)
        } else {
            ""
        };
        let next = self.l(i + 1);
        let determiner = matches!(
            prev,
            "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "s"
                | "whose"
                | "every"
                | "each"
        ) || i > 0 && self.is_num(i - 1);
        if matches!(
            next,
            "lady"
                | "ladies"
                | "responder"
                | "responders"
                | "minister"
                | "ministers"
                | "name"
                | "names"
                | "aid"
        ) {
            return true;
        }
        // `First of all`, `first and foremost`, `first off`, `at first (glance)`
        if next == "of" && self.l(i + 2) == "all"
            || next == "and" && self.l(i + 2) == "foremost"
            || next == "off" && self.phrase_end(i + 2)
            || prev == "at"
                && (self.phrase_end(i + 1)
                    || matches!(next, "glance" | "sight" | "light" | "blush" | "hand"))
        {
            return true;
        }
        if determiner {
            return false;
        }
        // before a verb in the past: `was first made`, `NBC first reported`, `I first came`
        let past = next.len() > 4 && next.ends_with("ed")
            || matches!(
                next,
                "came"
                    | "met"
                    | "made"
                    | "saw"
                    | "seen"
                    | "went"
                    | "took"
                    | "taken"
                    | "began"
                    | "begun"
                    | "became"
                    | "become"
                    | "heard"
                    | "told"
                    | "found"
                    | "built"
                    | "set"
                    | "held"
                    | "brought"
                    | "caught"
                    | "got"
                    | "wrote"
                    | "written"
                    | "spoke"
                    | "spoken"
                    | "emerged"
                    | "knew"
                    | "known"
                    | "joined"
                    | "arrived"
                    | "appeared"
            );
        // (`was first given`, `has first been`: a participle in -en after be or have)
        let participle = matches!(
            prev,
            "was" | "were" | "is" | "are" | "been" | "be" | "has" | "have" | "had"
        ) && next.len() > 3
            && next.ends_with("en");
        if past || participle {
            return true;
        }
        // after a noun or pronoun object, at the end of the phrase: `puts ... rights first`, `a
        // fan first,` (not after `be` or a verb of ranking: `he was first.`, `came first`)
        let ranking = matches!(
            prev,
            "is" | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "being"
                | "came"
                | "come"
                | "comes"
                | "coming"
                | "finished"
                | "finish"
                | "finishes"
                | "finishing"
                | "placed"
                | "ranked"
                | "ranks"
                | "rank"
                | "ranking"
                | "went"
                | "go"
                | "goes"
                | "crossed"
                | "at"
                | "in"
                | "on"
                | "for"
                | "from"
                | "to"
                | "and"
                | "or"
        );
        i > 0
            && self.is_word(i - 1)
            && !ranking
            && (next.is_empty() || self.is_p(i + 1, ",.;:!?)\"\u{201d}") || next == "then")
    }

    /// Modifier + quantity, or `between X and Y`, `from X to Y`, `aged N`.
    fn modified(&self, i: usize) -> Option<RawQ> {
        let w = self.l(i);
        if w == "between" || w == "from" {
            let a = self.amount(i + 1)?;
            let sep = self.l(a.e);
            if (w == "between" && sep == "and")
                || (w == "from" && (sep == "to" || self.is_p(a.e, "-\u{2013}")))
            {
                if let Some(b) = self.amount(a.e + 1) {
                    // `from 108 to 90` is a change, two numbers (the scan reads them apart)
                    let fall = w == "from" && a.lo > b.hi && !(a.yearish && b.hi < 100.0);
                    if fall && !(a.ord || b.ord || a.vague || b.vague || a.scaled || b.scaled) {
                        // the first number takes the second's unit (`from 24 to 15 months`, `from
                        // 35 to 20 percent`); the scan goes on at `to`
                        let qb = self.finish(a.e + 1, b, None, None)?;
                        if a.cur.is_none()
                            && matches!(qb.kind, QuantityKind::Percent | QuantityKind::Duration)
                        {
                            return Some(RawQ {
                                value: Some(exact(a.lo)),
                                unit: qb.unit,
                                ..RawQ::new(a.s, a.e, qb.kind, a.core)
                            });
                        }
                    }
                    if !(a.ord || b.ord || a.vague || b.vague || a.yearish && b.yearish || fall) {
                        let q = self.finish(i, a, Some(b), None)?;
                        return Some(q);
                    }
                }
            }
            return None;
        }
        if w == "aged" || w == "age" || w == "ages" {
            let a = self.amount(i + 1)?;
            if a.ord || a.frac || a.cur.is_some() || a.hi > 130.0 {
                return None;
            }
            let mut b = None;
            let mut e = a.e;
            if (self.l(e) == "to" || self.l(e) == "and" || self.is_p(e, "-\u{2013}"))
                && self.amount(e + 1).is_some()
            {
                let bb = self.amount(e + 1)?;
                e = bb.e;
                b = Some(bb);
            }
            let value = match b {
                Some(b) => interval(a.lo, true, b.hi, true, false),
                None => exact(a.lo),
            };
            return Some(RawQ {
                value: Some(value),
                unit: Some("year".into()),
                ..RawQ::new(i, e, QuantityKind::Age, a.core)
            });
        }
        let (e, m) = self.find(i, |r| match r {
            Role::Mod(m) if !matches!(m, Mod::GePost | Mod::LePost | Mod::ApproxPost) => Some(m),
            _ => None,
        })?;
        if m == Mod::Exact && !matches!(w, "exactly" | "precisely") {
            return None;
        }
        // `the past 24 hours`, `over past two decades`, `half past seven`: not a bound
        if w == "past"
            && (matches!(
                self.l(i.wrapping_sub(1)),
                "the"
                    | "this"
                    | "these"
                    | "those"
                    | "last"
                    | "next"
                    | "half"
                    | "quarter"
                    | "its"
                    | "over"
                    | "for"
                    | "in"
                    | "during"
                    | "within"
                    | "of"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
            ) || self
                .amount(e)
                .is_some_and(|a| words::time_unit(self.l(a.e)).is_some()))
        {
            return None;
        }
        // `the bill passed 217-213`: a verb before a score is not a bound
        if matches!(
            w,
            "past"
                | "passed"
                | "topped"
                | "tops"
                | "exceeded"
                | "exceeds"
                | "exceeding"
                | "surpassed"
                | "surpasses"
                | "surpassing"
                | "exceed"
                | "surpass"
        ) && self
            .amount(e)
            .is_some_and(|a| self.is_p(a.e, "-\u{2013}") && self.is_num(a.e + 1))
        {
            return None;
        }
        if self.clock(e).is_some() {
            return None; // `around 6:30pm`: the time is found on its own
        }
        // `within 15-20 minutes`, `up to 10 to 12`: a range, read by the quantity step
        // (the upper end bounds it: `no more than four to five words` is at most 5)
        if m == Mod::Le
            && self.amount(e).is_some_and(|a| {
                (self.is_p(a.e, "-\u{2013}") || self.l(a.e) == "to") && self.starts_number(a.e + 1)
            })
        {
            let r = self.quantity(e)?;
            let v = r.value?;
            if v.low.is_some() && v.high.is_some() && v.as_exact().is_none() {
                return Some(RawQ {
                    s: i,
                    value: Some(Value { low: None, ..v }),
                    ..r
                });
            }
            return None;
        }
        // `up to a year`, `just over a decade`: the article is one unit of time
        // (`passed a second reading`: the ordinal)
        let a = self.amount(e).or_else(|| {
            let unit = words::time_unit(self.l(e + 1))?;
            (matches!(self.l(e), "a" | "an")
                && (unit != "second"
                    || self.phrase_end(e + 2)
                    || self.has_role(e + 2, |r| matches!(r, Role::Function))))
            .then(|| Amt::new(e, e + 1, 1.0, e))
        })?;
        if a.ord
            || a.yearish && !matches!(m, Mod::Approx | Mod::Gt | Mod::Lt) && self.l(a.e) != "people"
        {
            return None;
        }
        if a.yearish && self.after_year_noun(a.e) {
            return None;
        }
        let q = self.finish(i, a, None, Some(m))?;
        Some(self.other_bound(q))
    }

    /// A one-sided bound followed at once by the opposite bound (`more than 10 and less than
    /// 40`, `at most 100 and at least 20`, `higher or equal than 100, lower or equal than 300`)
    /// is one interval, when the lower end is below the upper and kind and unit agree (`more
    /// than 40 and less than 10` stays two claims; so does `more than 50 killed and fewer than
    /// 20 injured`, where a word comes between).
    fn other_bound(&self, q: RawQ) -> RawQ {
        let Some(v) = q
            .value
            .filter(|v| !v.approximate && v.low.is_some() != v.high.is_some())
        else {
            return q;
        };
        if self.pairing.get() || !(matches!(self.l(q.e), "and" | "but") || self.is_p(q.e, ",")) {
            return q;
        }
        let k = q.e + 1;
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
        RawQ {
            e: r.e,
            value: Some(Value {
                low: Some(low),
                high: Some(high),
                approximate: false,
            }),
            ..q
        }
    }

    fn after_year_noun(&self, e: usize) -> bool {
        // `around 2019 the company...`: a year, not a count
        !self.is_word(e)
            || self.capitalized(e)
            || self
                .lx
                .word(self.l(e))
                .iter()
                .any(|r| matches!(r, Role::Function))
    }

    /// A plain quantity at `i`.
    fn quantity(&self, i: usize) -> Option<RawQ> {
        let a = self.amount(i)?;
        // `Megan Clark, 19, was ...`: an age in apposition to a name
        if a.e == i + 1
            && self.is_num(i)
            && self.t(i).len() <= 3
            && (1.0..=120.0).contains(&a.lo)
            && a.cur.is_none()
            && i >= 2
            && self.is_p(i - 1, ",")
            && self.is_word(i - 2)
            && self.capitalized(i - 2)
            && self.is_p(i + 1, ",.;")
            && !(i >= 3 && self.is_num(i - 3))
        {
            return Some(RawQ {
                value: Some(exact(a.lo)),
                unit: Some("year".into()),
                ..RawQ::new(i, i + 1, QuantityKind::Age, i)
            });
        }
        // `Spike Lee, who turns 60 on Monday`: an age
        if a.e == a.core + 1
            && a.cur.is_none()
            && !a.ord
            && !a.frac
            && !a.vague
            && !a.scaled
            && (1.0..=120.0).contains(&a.lo)
            && a.lo.fract() == 0.0
            && i > 0
            && matches!(self.l(i - 1), "turns" | "turned" | "turning")
            && (self.phrase_end(a.e) || matches!(self.l(a.e), "on" | "next" | "today" | "and"))
        {
            return Some(RawQ {
                value: Some(exact(a.lo)),
                unit: Some("year".into()),
                ..RawQ::new(i, a.e, QuantityKind::Age, a.core)
            });
        }
        // `one` as a pronoun: `one of the`, `no one`, `the one`
        if a.spelled && !a.scaled && !a.frac && !a.ord && a.lo == 1.0 && a.e == a.core + 1 {
            let prev = self.l(i.wrapping_sub(1));
            let next = self.l(a.e);
            // every `one of ...` partitive works as an indefinite (`one of Trump's biggest
            // supporters`, `one of those allies`, `one of the 12 victims`), and so do `one or
            // the other`, `one or another`, `one by one`, `one after another`
            let partitive = next == "of"
                || next == "or" && matches!(self.l(a.e + 1), "the" | "another")
                || matches!(next, "by" | "after") && matches!(self.l(a.e + 1), "one" | "another")
                || matches!(prev, "by" | "after") && i >= 2 && self.l(i - 2) == "one"
                // lexicalised compounds: `one-stop shop`, `one-off`, `one-on-one`, `one-sided`,
                // `one-size-fits-all`, `one-upmanship`, `one-liners`, `one-horse town`,
                // `one-of-a-kind`
                || self.is_p(a.e, "-")
                    && self.adj(a.e)
                    && self.adj(a.e + 1)
                    && matches!(
                        self.l(a.e + 1),
                        "stop"
                            | "off"
                            | "on"
                            | "sided"
                            | "size"
                            | "upmanship"
                            | "liner"
                            | "liners"
                            | "horse"
                            | "of"
                    );
            // `One also expects`, `one can only wonder`, `one would think`: the generic pronoun
            // before a modal or `also`, opening a clause (not `only one can be used`)
            let generic = matches!(
                next,
                "also"
                    | "can"
                    | "cannot"
                    | "can't"
                    | "could"
                    | "would"
                    | "should"
                    | "must"
                    | "might"
                    | "may"
            ) && (i == 0
                || self.sent[i - 1] != self.sent[i]
                || self.is_p(i - 1, ",;:\"\u{201c}(")
                || matches!(
                    prev,
                    "and" | "but" | "so" | "that" | "if" | "when" | "indeed" | "where" | "as"
                ));
            // (`the one-hour reading`: a glued unit makes it a number again)
            let glued = self.adj(a.e)
                && self.is_p(a.e, "-")
                && (words::time_unit(self.l(a.e + 1)).is_some()
                    || self.has_role(a.e + 1, |r| matches!(r, Role::Unit(_))));
            // `the main one`, `a new one`: a determiner and an adjective before it
            let det_adj = i >= 2
                && self.is_word(i - 1)
                && self.sent[i - 2] == self.sent[i]
                && matches!(
                    self.l(i - 2),
                    "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "our"
                )
                && words::small(prev).is_none()
                && words::tens(prev).is_none()
                && !matches!(next, "in" | "out")
                && words::time_unit(next).is_none()
                // and no noun after it (`the cinema one night`, `a remarkable one hour`)
                && (self.phrase_end(a.e)
                    || next.ends_with("n't")
                    || self.has_role(a.e, |r| matches!(r, Role::Function))
                    || matches!(
                        next,
                        "is" | "was" | "that" | "who" | "which" | "will" | "would" | "has"
                    ));
            // `have one, too`: the object of a verb of having, nothing after it
            let object = matches!(
                prev,
                "have" | "has" | "had" | "get" | "got" | "want" | "wants" | "need" | "needs"
            ) && self.phrase_end(a.e);
            if !glued
                && (matches!(
                    prev,
                    "no" | "the"
                        | "this"
                        | "that"
                        | "any"
                        | "every"
                        | "which"
                        | "each"
                        | "someone"
                        | "everyone"
                        | "anyone"
                ) || matches!(next, "another" | "day" | "thing")
                    || partitive
                    || generic
                    || det_adj
                    || object)
            {
                return None;
            }
        }
        if a.ord && a.spelled {
            let w = self.l(a.core);
            // `second` as a unit of time; `first` in fixed phrases is still an ordinal
            if w == "second" && words::small(self.l(i.wrapping_sub(1))).is_some() {
                return None;
            }
            // lexicalised compounds (`first-time buyers`, `second-hand`, `third-party`) and
            // ordinals inside names (`America First`, `the Second World War`) rank nothing
            let compound = self.adj(a.e)
                && self.is_p(a.e, "-")
                && matches!(
                    self.l(a.e + 1),
                    "time" | "hand" | "class" | "rate" | "degree" | "party" | "aid" | "string"
                );
            let in_name = a.e == a.core + 1
                && self.capitalized(a.core)
                && a.core > 0
                && self.sent[a.core - 1] == self.sent[a.core]
                && !self.is_p(a.core - 1, "\"'\u{201c}\u{2018}(:")
                && (self.capitalized(a.core - 1) || self.capitalized(a.e));
            // idioms where an ordinal ranks nothing: `third countries`, `a third party`
            let idiom = a.spelled
                && a.e == a.core + 1
                && w == "third"
                && matches!(
                    self.l(a.e),
                    "country" | "countries" | "party" | "parties" | "world"
                );
            if compound || in_name || idiom {
                return None;
            }
            if w == "first" && a.e == a.core + 1 && a.s == a.core && self.adverbial_first(a.core) {
                return None;
            }
        }
        // a digit ordinal in a name: a court, a military unit, a street, an amendment (`the 9th
        // Circuit`, `the US 6th fleet`, `the 82nd Airborne Division`, `E. 93rd Street`, `the 25th
        // amendment`, `the 5th congressional district`)
        if a.ord && !a.spelled && a.e == a.core + 2 {
            let mut k = a.e;
            if matches!(self.l(k), "us" | "u") && self.capitalized(k) {
                k += 1; // `9th U.S. Circuit`, `9th US-Circuit`
                while self.is_p(k, ".-") || self.l(k) == "s" {
                    k += 1;
                }
            }
            if matches!(
                self.l(k),
                "circuit"
                    | "fleet"
                    | "army"
                    | "division"
                    | "brigade"
                    | "regiment"
                    | "battalion"
                    | "corps"
                    | "squadron"
                    | "infantry"
                    | "airborne"
                    | "cavalry"
                    | "armored"
                    | "armoured"
                    | "precinct"
                    | "amendment"
                    | "street"
                    | "avenue"
                    | "congressional"
            ) {
                return None;
            }
        }
        // `one in five`, `3 out of 10`
        if !a.ord
            && !a.frac
            && !a.vague
            && !a.scaled
            && a.cur.is_none()
            && a.lo.abs() >= 1.0
            && a.lo.fract() == 0.0
        {
            let (k, cue) = if self.l(a.e) == "in" {
                (a.e + 1, true)
            } else if self.l(a.e) == "out" && self.l(a.e + 1) == "of" {
                (a.e + 2, true)
            } else {
                (0, false)
            };
            // `one over three`, `1 over 20`: a ratio when nothing follows the divisor (`30
            // over three years` is a count and a duration, `one over par` no ratio)
            if self.l(a.e) == "over" && !a.yearish {
                if let Some(bb) = self.amount(a.e + 1).filter(|bb| {
                    !bb.yearish
                        && !bb.ord
                        && !bb.frac
                        && !bb.vague
                        && bb.cur.is_none()
                        && bb.lo == bb.hi
                        && bb.lo > 0.0
                        && self.tok(bb.e).is_none_or(|t| t.k == K::Punct)
                        && !self.is_p(bb.e, "%")
                }) {
                    return Some(RawQ {
                        value: Some(exact(a.lo / bb.lo)),
                        ..RawQ::new(i, bb.e, QuantityKind::Fraction, a.core)
                    });
                }
            }
            if cue && a.lo >= 1.0 {
                if let Some(bb) = self.amount(k) {
                    if !bb.yearish
                        && !bb.ord
                        && !bb.frac
                        && !bb.vague
                        && bb.cur.is_none()
                        && bb.lo > a.lo
                        && bb.lo.fract() == 0.0
                        && !self.is_p(bb.e, "%")
                        && !matches!(self.l(bb.e), "percent" | "per")
                    {
                        let r = a.lo / bb.lo;
                        let q = RawQ {
                            value: Some(exact(r)),
                            ..RawQ::new(i, bb.e, QuantityKind::Fraction, a.core)
                        };
                        return Some(q);
                    }
                }
            }
        }
        // range: 10-20, 10 to 20, two or three
        let mut b = None;
        // (`three-nought-four`: a chain of numbers, not a range from nought to four)
        let chained = a.s > 1 && self.joining_hyphen(a.s - 1) && self.starts_number(a.s - 2);
        if !a.ord && !a.vague && !a.frac && !chained {
            let e = a.e;
            let dash = self.is_p(e, "-\u{2013}")
                && (self.adj(e) == self.adj(e + 1) || self.t(e) == "\u{2013}");
            // `two or three`, `2 or 3 yuan`: a range when the second is the next step up
            let or_range = |bb: &Amt| {
                a.spelled
                    || a.lo.fract() == 0.0
                        && bb.lo.fract() == 0.0
                        && bb.lo > a.lo
                        && bb.lo <= 2.0 * a.lo + 2.0
                        && !a.yearish
            };
            let sep = self.l(e);
            let next = (dash || matches!(sep, "to" | "through" | "thru" | "or"))
                .then(|| self.amount(e + 1))
                .flatten();
            let to = matches!(sep, "to" | "through" | "thru")
                || sep == "or" && next.as_ref().is_some_and(or_range);
            if dash || to {
                if let Some(bb) = next {
                    if !bb.ord
                        && !bb.vague
                        && !bb.frac
                        && (bb.cur.is_none() || a.cur.is_none() || bb.cur == a.cur)
                    {
                        let yr = a.yearish && bb.yearish;
                        let lo = if bb.scaled && !a.scaled {
                            a.lo * (bb.lo / self.digits(bb.core).unwrap_or(bb.lo)).max(1.0)
                        } else {
                            a.lo
                        };
                        if yr {
                            // 1990-1995: a span of years, reported as the first year here
                        } else if dash && lo >= bb.hi && !bb.scaled {
                            // 51-50, 2-0: a score or tally, two numbers
                            return self.finish(i, Amt { e: a.e, ..a }, None, None);
                        } else if lo < bb.hi {
                            {
                                b = Some(Amt {
                                    lo: bb.lo,
                                    hi: bb.hi,
                                    ..bb
                                });
                                let mut a2 = a;
                                a2.lo = lo;
                                a2.hi = lo;
                                a2.cur = a.cur.or(bb.cur);
                                return self.finish(i, a2, b, None);
                            }
                        }
                    }
                }
            }
        }
        let _ = &mut b;
        self.finish(i, a, None, None)
    }

    /// Adds units, ages, durations and post-modifiers to an amount and resolves the value.
    fn finish(&self, s: usize, a: Amt, b: Option<Amt>, m: Option<Mod>) -> Option<RawQ> {
        let mut e = b.map_or(a.e, |b| b.e);
        let mut kind = QuantityKind::Count;
        let mut unit: Option<String> = None;
        let mut cur = a.cur.or(b.and_then(|b| b.cur));
        let mut div = 1.0;
        let mut lo = a.lo;
        let mut hi = b.map_or(a.hi, |b| b.hi);
        let mut approx = a.vague;
        if a.vague && self.l(e) == "of" {
            // `tens of millions of dollars`
            if let Some((ue, c)) = self.find(e + 1, |r| match r {
                Role::CurWord(c) => Some(c),
                _ => None,
            }) {
                cur = Some(c);
                e = ue;
            }
        }
        if a.ord {
            kind = QuantityKind::Ordinal;
        } else if a.frac {
            kind = QuantityKind::Fraction;
            // `one in five`
        } else {
            // percent
            let hy = self.is_p(e, "-") && self.adj(e) && self.adj(e + 1);
            let k = if hy { e + 1 } else { e };
            let w = self.l(k);
            if self.is_p(e, "%") {
                kind = QuantityKind::Percent;
                unit = Some("%".into());
                e += 1;
            } else if (matches!(w, "percent" | "pct" | "pc" | "percents")
                || w == "percentage" && !matches!(self.l(k + 1), "point" | "points"))
                && (w != "pc" || self.adj(k))
            {
                kind = QuantityKind::Percent;
                unit = Some("%".into());
                e = k + 1;
            } else if w == "per" && self.l(k + 1) == "cent" {
                kind = QuantityKind::Percent;
                unit = Some("%".into());
                e = k + 2;
            } else if w == "percentage" && matches!(self.l(k + 1), "point" | "points") {
                kind = QuantityKind::Percent;
                unit = Some("percentage point".into());
                e = k + 2;
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
                .filter(|&(ue, _)| !(self.is_num(ue) && self.adj(ue)))
            {
                let code_upper = self.t(k).chars().all(|c| !c.is_lowercase());
                let is_code = self
                    .lx
                    .word(self.l(k))
                    .iter()
                    .all(|r| matches!(r, Role::CurCode(_)));
                if !is_code || code_upper || w != "try" {
                    cur = Some(c);
                    e = ue;
                    // `75 USD million`
                    if is_code && !a.scaled {
                        if let Some(sc) = words::big_scale(self.l(e)) {
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
                if self.kind(e) == Some(K::Punct)
                    && !self.is_num(ue)
                    && !self.lx.currencies[c as usize].is_empty()
                {
                    cur = Some(c);
                    e = ue;
                }
            }
            if kind == QuantityKind::Count
                && cur.is_none()
                && matches!(w, "yo" | "y.o.")
                && b.is_none()
                && (1.0..=130.0).contains(&a.lo)
            {
                // `87 yo`: an age (clinical and classified-ad shorthand)
                kind = QuantityKind::Age;
                unit = Some("year".into());
                e = k + 1;
            }
            if kind == QuantityKind::Count && cur.is_none() {
                // ages: 27-year-old, 27 years old, 21-month-old
                if let Some(u) = words::time_unit(w) {
                    let (old, oe) = if self.is_p(k + 1, "-") && self.l(k + 2) == "old" {
                        (true, k + 3)
                    } else if self.l(k + 1) == "old" {
                        (true, k + 2)
                    } else if self.l(k + 1) == "of" && self.l(k + 2) == "age" {
                        (true, k + 3)
                    } else {
                        (false, k + 1)
                    };
                    if old {
                        let next = if self.is_p(oe, "-") { oe + 1 } else { oe };
                        // an age unless a thing-noun follows (`21-month-old war`)
                        let mut thing = false;
                        for x in next..next + 3 {
                            if !self.is_word(x)
                                || self.capitalized(x)
                                || self.has_role(x, |r| matches!(r, Role::PersonNoun))
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
                    } else if self.l(k + 1) == "ago"
                        && self.date.is_some()
                        && !a.vague
                        && b.is_none()
                        && m.is_none()
                    {
                        // `three days ago`: a date
                        let d = self.date?;
                        let n = a.lo as i64;
                        if a.lo.fract() == 0.0 {
                            let t = match u {
                                "day" => Some(tv(iso_day(add_days(d, -n)), Granularity::Day)),
                                "week" => {
                                    Some(tv(iso_week(add_days(d, -7 * n)), Granularity::Week))
                                }
                                "month" => {
                                    let x = add_months(d, -n);
                                    Some(tv(
                                        format!("{:04}-{:02}", x.year(), x.month()),
                                        Granularity::Month,
                                    ))
                                }
                                "year" => Some(tv(
                                    format!("{:04}", i64::from(d.year()) - n),
                                    Granularity::Year,
                                )),
                                _ => None,
                            };
                            if let Some(t) = t {
                                return Some(RawQ {
                                    time: Some(t),
                                    ..RawQ::new(s, k + 2, QuantityKind::Date, a.core)
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
                        // `a year and a half`, `two hours and a half`
                        if self.l(e) == "and"
                            && matches!(self.l(e + 1), "a" | "an")
                            && self.l(e + 2) == "half"
                            && b.is_none()
                            && !a.vague
                            && lo.fract() == 0.0
                        {
                            lo += 0.5;
                            hi = lo;
                            e += 3;
                        }
                    }
                } else if let Some((ue, ui)) = self.find(k, |r| match r {
                    Role::Unit(u) => Some(u),
                    _ => None,
                }) {
                    let (sym, _dim) = &self.lx.units[ui as usize];
                    kind = QuantityKind::Dimension;
                    unit = Some(sym.clone());
                    e = ue;
                } else if a.yearish && b.is_none() && m.is_none() && self.year_context(s, a.e) {
                    let v = a.lo as i64;
                    return Some(RawQ {
                        time: Some(tv(format!("{v:04}"), Granularity::Year)),
                        ..RawQ::new(s, a.e, QuantityKind::Date, a.core)
                    });
                }
                if hy && kind == QuantityKind::Count {
                    e = e.min(a.e.max(b.map_or(0, |b| b.e)));
                }
            }
        }
        if let Some(c) = cur {
            let code = &self.lx.currencies[c as usize];
            kind = QuantityKind::Money;
            if let Some(base) = code.strip_suffix("/100") {
                unit = Some(base.to_owned());
                div = 100.0;
            } else if !code.is_empty() {
                // (an empty code: the sign was lost, the currency is unknown)
                unit = Some(code.clone());
            }
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
        let mut post = None;
        if self.is_p(e, "+") && self.adj(e) {
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
        } else if self.is_p(e, "-") && self.adj(e) && matches!(self.l(e + 1), "plus" | "odd") {
            post = Some(if self.l(e + 1) == "plus" {
                Mod::GePost
            } else {
                Mod::ApproxPost
            });
            e += 2;
        }
        let mut value = if b.is_some() || a.vague {
            interval(lo, true, hi, !a.vague, approx)
        } else {
            exact(lo)
        };
        for md in [m, post].into_iter().flatten() {
            if kind == QuantityKind::Duration && md == Mod::Gt && self.l(s) == "over" {
                continue;
            }
            value = apply(value, md, lo, hi);
            approx = value.approximate;
        }
        let _ = approx;
        Some(RawQ {
            value: Some(value),
            unit,
            ..RawQ::new(s, e, kind, a.core)
        })
    }

    /// Two currencies that are the same unit, or a unit and its hundredth (`USD`, `USD/100`).
    fn same_currency(&self, a: u16, b: u16) -> bool {
        let base = |c: u16| {
            let code = &self.lx.currencies[c as usize];
            code.strip_suffix("/100").unwrap_or(code).to_owned()
        };
        base(a) == base(b)
    }

    /// Minor units after a money amount at `e`: `[and] N (cents|pence)`, or `[and] N` ending the
    /// sentence or clause (`15 dollars 50.`). Returns (N, end). A number followed by a noun
    /// (`15 dollars and 50 people`) is not minor units.
    fn minor_units(&self, e: usize, cur: Option<u16>) -> Option<(f64, usize)> {
        let cur = cur?;
        let k = if self.l(e) == "and" { e + 1 } else { e };
        if !(self.is_num(k) || self.is_word(k)) || self.modified_here(k) {
            return None;
        }
        let c = self.amount(k)?;
        if c.cur.is_some() || c.scaled || c.vague || c.frac || c.ord || c.lo != c.hi {
            return None;
        }
        if !(1.0..100.0).contains(&c.lo) || c.lo.fract() != 0.0 {
            return None;
        }
        if let Some((ue, sub)) = self.find(c.e, |r| match r {
            Role::CurWord(x) => Some(x),
            _ => None,
        }) {
            let code = &self.lx.currencies[sub as usize];
            return (code.ends_with("/100") && self.same_currency(cur, sub)).then_some((c.lo, ue));
        }
        (!self.is_word(c.e) && !self.is_num(c.e) && !self.is_p(c.e, "%-/")).then_some((c.lo, c.e))
    }

    /// A modifier starts at `k` (the number after it belongs to it).
    fn modified_here(&self, k: usize) -> bool {
        self.find(k, |r| matches!(r, Role::Mod(_)).then_some(()))
            .is_some()
    }

    /// True when a bare 4-digit number at `s..e` reads as a year.
    fn year_context(&self, s: usize, e: usize) -> bool {
        let prev = self.l(s.wrapping_sub(1));
        if matches!(
            prev,
            "in" | "since"
                | "by"
                | "of"
                | "until"
                | "till"
                | "from"
                | "during"
                | "before"
                | "after"
                | "early"
                | "late"
                | "mid"
                | "the"
                | "year"
                | "through"
                | "between"
                | "and"
                | "to"
                | "circa"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "fiscal"
                | "s"
                | "season"
                | "election"
                | "class"
                | "a"
                | "its"
                | "his"
                | "her"
                | "their"
                | "this"
                | "that"
                | "last"
                | "next"
                | "for"
                | "financial"
        ) || self.is_p(s.wrapping_sub(1), "-(,'’")
        {
            return true;
        }
        if s == 0 {
            return true;
        }
        // followed by punctuation, a capitalised word or a function word: a year
        self.after_year_noun(e)
    }

    // ---------------------------------------------------------------- dates and times

    fn date_time(&self, i: usize) -> Option<RawQ> {
        if let Some(q) = self.clock(i) {
            return Some(q);
        }
        let w = self.l(i);
        let k = self.kind(i)?;
        if k == K::Num {
            return self.numeric_date(i);
        }
        if k != K::Word {
            return None;
        }
        // weekday
        if let Some(wd) = words::weekday(w) {
            return self.weekday_at(i, i, wd, 0);
        }
        if matches!(w, "last" | "next" | "this" | "past" | "coming" | "previous") {
            if let Some(wd) = words::weekday(self.l(i + 1)) {
                let dir = match w {
                    "last" | "past" | "previous" => -1,
                    "next" | "coming" => 1,
                    _ => 0,
                };
                return self.weekday_at(i, i + 1, wd, dir);
            }
        }
        // month names
        if let Some(m) =
            words::month(w).filter(|_| self.capitalized(i) || !words::ambiguous_month(w))
        {
            return self.month_at(i, i, m);
        }
        if matches!(w, "early" | "late" | "mid" | "earlier" | "later" | "end") {
            let j = if self.is_p(i + 1, "-") { i + 2 } else { i + 1 };
            if let Some(m) = words::month(self.l(j)).filter(|_| self.capitalized(j)) {
                if let Some(mut q) = self.month_at(j, j, m) {
                    q.s = i;
                    return Some(q);
                }
            }
        }
        let d = self.date?;
        let day = |x: Date, e: usize| {
            Some(RawQ {
                time: Some(tv(iso_day(x), Granularity::Day)),
                ..RawQ::new(i, e, QuantityKind::Date, i)
            })
        };
        match w {
            "today" => return day(d, i + 1),
            "yesterday" => return day(add_days(d, -1), i + 1),
            "tomorrow" => return day(add_days(d, 1), i + 1),
            "tonight" => return day(d, i + 1),
            // `last night`: the evening before the article's day
            "last" if self.l(i + 1) == "night" && self.same_sent(i, i + 1) => {
                return day(add_days(d, -1), i + 2);
            }
            _ => {}
        }
        // this/last/next week|month|year, earlier this month, later this year
        let (j, shift0) = match w {
            "earlier" | "later" if self.l(i + 1) == "this" => (i + 2, 0),
            "this" | "current" => (i + 1, 0),
            "last" | "past" | "previous" => (i + 1, -1),
            "next" | "coming" => (i + 1, 1),
            _ => return None,
        };
        if w == "past" && self.l(i.wrapping_sub(1)) == "the" {
            return None; // `the past week` is a duration
        }
        let u = self.l(j);
        let t = match u {
            "week" => tv(iso_week(add_days(d, 7 * shift0)), Granularity::Week),
            "month" => {
                let x = add_months(d, shift0);
                tv(
                    format!("{:04}-{:02}", x.year(), x.month()),
                    Granularity::Month,
                )
            }
            "year" => tv(
                format!("{:04}", i64::from(d.year()) + shift0),
                Granularity::Year,
            ),
            _ => return None,
        };
        // `last year's`: keep the possessive out of the span
        Some(RawQ {
            time: Some(t),
            ..RawQ::new(i, j + 1, QuantityKind::Date, j)
        })
    }

    fn future_context(&self, i: usize) -> bool {
        let mut j = i;
        let mut n = 0;
        while j > 0 && n < 25 && self.same_sent(j - 1, i) {
            j -= 1;
            n += 1;
            if matches!(
                self.l(j),
                "will"
                    | "would"
                    | "expected"
                    | "scheduled"
                    | "due"
                    | "plans"
                    | "planned"
                    | "upcoming"
                    | "ll"
            ) {
                return true;
            }
            if matches!(self.l(j), "said" | "was" | "were" | "had" | "began" | "did") {
                return false;
            }
        }
        // opening the sentence (`On Monday, the committee will hold a hearing`; `On Monday, they
        // bricked up the entrance`): the verb after it
        if !(n == 0 || n == 1 && matches!(self.l(j), "on" | "by" | "at"))
            || j > 0 && self.same_sent(j - 1, i)
        {
            return false;
        }
        let mut k = i + 1;
        while k < i + 15 && self.same_sent(i, k) {
            match self.l(k) {
                "will" | "ll" | "shall" | "scheduled" | "due" => return true,
                "said" | "says" | "was" | "were" | "had" | "did" | "is" | "are" | "has"
                | "have" => return false,
                w if w.len() > 4 && w.ends_with("ed") => return false,
                _ => {}
            }
            k += 1;
        }
        false
    }

    fn weekday_at(&self, s: usize, wi: usize, wd: i8, dir: i8) -> Option<RawQ> {
        let mut e = wi + 1;
        // `Monday, July 7` / `Monday 7 July`: the explicit date wins
        let j = if self.is_p(e, ",") { e + 1 } else { e };
        if let Some(q) = self.kind(j).and_then(|k| match k {
            K::Word
                if words::month(self.l(j)).is_some()
                    && self.capitalized(j)
                    && self.is_num(j + 1) =>
            {
                self.month_at(j, j, words::month(self.l(j))?)
            }
            K::Num
                if words::month(self.l(j + 1)).is_some()
                    || self.is_word(j + 2) && words::month(self.l(j + 2)).is_some() =>
            {
                self.numeric_date(j)
            }
            _ => None,
        }) {
            if q.time
                .as_ref()
                .is_some_and(|t| t.granularity == Granularity::Day)
            {
                return Some(RawQ { s, ..q });
            }
        }
        if matches!(self.l(e), "morning" | "afternoon" | "evening" | "night")
            && !self.capitalized(e)
        {
            e += 1;
        }
        let Some(d) = self.date else {
            return Some(RawQ::new(s, e, QuantityKind::Date, wi));
        };
        let doc = i64::from(d.weekday().to_monday_zero_offset());
        let wd = i64::from(wd);
        let back = (doc - wd).rem_euclid(7);
        let fwd = (wd - doc).rem_euclid(7);
        let off = match dir {
            -1 => -(if back == 0 { 7 } else { back }),
            1 => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            _ => {
                if back != 0 && self.future_context(s) {
                    fwd
                } else {
                    -back
                }
            }
        };
        Some(RawQ {
            time: Some(tv(iso_day(add_days(d, off)), Granularity::Day)),
            ..RawQ::new(s, e, QuantityKind::Date, wi)
        })
    }

    /// Year of a day or month given without one: the nearest to the article date, preferring
    /// the past (a date more than ~2 months ahead is read as last year's).
    fn infer_year(&self, m: i8, day: i8) -> Option<i16> {
        let d = self.date?;
        let y = d.year();
        let cand = Date::new(y, m, day.min(28)).ok()?;
        let ahead = (cand - d).get_days();
        let span = cand
            .since(d)
            .ok()
            .map_or(i64::from(ahead), |s| i64::from(s.get_days()));
        Some(if span > 62 {
            y - 1
        } else if span < -300 {
            y + 1
        } else {
            y
        })
    }

    fn month_at(&self, s: usize, mi: usize, m: i8) -> Option<RawQ> {
        let w = self.l(mi);
        let mut e = mi + 1;
        if self.is_p(e, ".") && self.adj(e) && w.len() <= 4 && !matches!(w, "may" | "june" | "july")
        {
            e += 1; // Jan.
        }
        let ambiguous = words::ambiguous_month(w);
        // Month D(st)?(, YYYY)?
        if self.is_num(e) {
            if let Some(day) = self.digits(e).filter(|v| {
                (1.0..=31.0).contains(v) && v.fract() == 0.0 && !self.t(e).contains(['.', ','])
            }) {
                let mut k = self.day_suffix(e + 1);
                // `February 4-6`: a range of days
                let last = self.last_day(k, day as i8);
                if let Some((_, after)) = last {
                    k = after;
                }
                return Some(self.day_date(s, mi, m, day as i8, last.map(|l| l.0), k));
            }
            if let Some(y) = self
                .digits(e)
                .filter(|y| self.t(e).len() == 4 && (1000.0..2200.0).contains(y))
            {
                return Some(RawQ {
                    time: Some(tv(format!("{:04}-{m:02}", y as i16), Granularity::Month)),
                    ..RawQ::new(s, e + 1, QuantityKind::Date, mi)
                });
            }
        }
        // a month alone needs a date context
        let prev = self.l(s.wrapping_sub(1));
        let ctx = matches!(
            prev,
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "from"
                | "of"
                | "during"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "through"
                | "before"
                | "after"
                | "on"
                | "to"
                | "and"
                | "between"
        );
        if !ctx
            || ambiguous
                && !matches!(
                    prev,
                    "in" | "since"
                        | "until"
                        | "last"
                        | "next"
                        | "this"
                        | "early"
                        | "late"
                        | "mid"
                        | "of"
                        | "by"
                        | "during"
                )
        {
            return None;
        }
        let t = self.date.and_then(|d| {
            let y = match prev {
                "last" => {
                    if m < d.month() {
                        d.year()
                    } else {
                        d.year() - 1
                    }
                }
                "next" => {
                    if m > d.month() {
                        d.year()
                    } else {
                        d.year() + 1
                    }
                }
                _ => self.infer_year(m, 1)?,
            };
            Some(tv(format!("{y:04}-{m:02}"), Granularity::Month))
        });
        Some(RawQ {
            time: t,
            ..RawQ::new(s, e, QuantityKind::Date, mi)
        })
    }

    /// Dates starting with digits: `7 October (2023)`, `2016-12-09`, `12/09/2016`, `06.02.2017`.
    fn numeric_date(&self, i: usize) -> Option<RawQ> {
        let s = self.t(i);
        // dd.mm.yyyy
        if s.matches('.').count() == 2 {
            let p: Vec<&str> = s.split('.').collect();
            let (d, m, y) = (
                p[0].parse::<i8>().ok()?,
                p[1].parse::<i8>().ok()?,
                p[2].parse::<i16>().ok()?,
            );
            let date = Date::new(if y < 100 { 2000 + y } else { y }, m, d).ok()?;
            return Some(RawQ {
                time: Some(tv(iso_day(date), Granularity::Day)),
                ..RawQ::new(i, i + 1, QuantityKind::Date, i)
            });
        }
        if s.contains([',', '.']) {
            return None;
        }
        // yyyy-mm-dd
        if s.len() == 4
            && self.is_p(i + 1, "-")
            && self.adj(i + 1)
            && self.is_num(i + 2)
            && self.t(i + 2).len() == 2
            && self.is_p(i + 3, "-")
            && self.adj(i + 3)
            && self.is_num(i + 4)
            && self.t(i + 4).len() == 2
        {
            let date = Date::new(
                s.parse().ok()?,
                self.t(i + 2).parse().ok()?,
                self.t(i + 4).parse().ok()?,
            )
            .ok()?;
            return Some(RawQ {
                time: Some(tv(iso_day(date), Granularity::Day)),
                ..RawQ::new(i, i + 5, QuantityKind::Date, i)
            });
        }
        // mm/dd/yyyy (dd/mm when the first part is over 12)
        if self.is_p(i + 1, "/")
            && self.adj(i + 1)
            && self.is_num(i + 2)
            && self.adj(i + 2)
            && self.is_p(i + 3, "/")
            && self.adj(i + 3)
            && self.is_num(i + 4)
            && self.adj(i + 4)
        {
            let a: i8 = s.parse().ok()?;
            let b: i8 = self.t(i + 2).parse().ok()?;
            let y: i16 = self.t(i + 4).parse().ok()?;
            let y = if y < 100 { 2000 + y } else { y };
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            let date = Date::new(y, m, d).ok()?;
            return Some(RawQ {
                time: Some(tv(iso_day(date), Granularity::Day)),
                ..RawQ::new(i, i + 5, QuantityKind::Date, i)
            });
        }
        // D(st)? (-D(st)?)? (of)? Month (YYYY)?
        let day = self
            .digits(i)
            .filter(|v| (1.0..=31.0).contains(v) && s.len() <= 2)? as i8;
        let mut k = self.day_suffix(i + 1);
        // `4-6 February`: a range of days
        let last = self.last_day(k, day);
        if let Some((_, after)) = last {
            k = after;
        }
        if self.l(k) == "of" {
            k += 1;
        }
        let m = words::month(self.l(k)).filter(|_| self.capitalized(k))?;
        let mut e = k + 1;
        if self.is_p(e, ".") && self.adj(e) && self.l(k).len() <= 4 {
            e += 1;
        }
        Some(self.day_date(i, i, m, day, last.map(|l| l.0), e))
    }

    /// Past an ordinal suffix glued to a day number at `k - 1` (`4th`).
    fn day_suffix(&self, k: usize) -> usize {
        if self.is_word(k) && self.adj(k) && matches!(self.l(k), "st" | "nd" | "rd" | "th") {
            k + 1
        } else {
            k
        }
    }

    /// The last day of a range after the first day `first` (`-6`, `–6th`, ` to 5`, ` through
    /// 5`): (day, end). Not a clock time or a quantity (`March 3 to 5 p.m.`, `4-6 million`,
    /// `3-5 days`).
    fn last_day(&self, k: usize, first: i8) -> Option<(i8, usize)> {
        let dash = self.is_p(k, "-\u{2013}")
            && (self.adj(k) == self.adj(k + 1) || self.t(k) == "\u{2013}");
        if !(dash || matches!(self.l(k), "to" | "through")) || !self.is_num(k + 1) {
            return None;
        }
        let t = self.t(k + 1);
        let d: i8 = t
            .parse()
            .ok()
            .filter(|d| t.len() <= 2 && *d > first && *d <= 31)?;
        let e = self.day_suffix(k + 2);
        let w = self.l(e);
        if self.is_p(e, ":.%") && self.adj(e) && self.is_num(e + 1)
            || self.is_p(e, "%-")
            || self.is_word(e)
                && (words::big_scale(w).is_some()
                    || words::time_unit(w).is_some()
                    || matches!(w, "a" | "p" | "am" | "pm" | "percent" | "per")
                    || self.has_role(e, |r| {
                        matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::CurCode(_))
                    }))
        {
            return None;
        }
        Some((d, e))
    }

    /// A day of month `m` (or the days `day..=last`) with the year at `e` (after an optional
    /// comma) or inferred: the date mention `s..` with its core token.
    fn day_date(&self, s: usize, core: usize, m: i8, day: i8, last: Option<i8>, e: usize) -> RawQ {
        let kk = if self.is_p(e, ",") { e + 1 } else { e };
        let year = self
            .digits(kk)
            .filter(|y| self.t(kk).len() == 4 && (1000.0..2200.0).contains(y));
        let (y, end) = match year {
            Some(y) => (Some(y as i16), kk + 1),
            None => (self.infer_year(m, day), e),
        };
        let one = |d: i8| match y {
            Some(y) => Date::new(y, m, d).ok().map(iso_day),
            None => Some(format!("--{m:02}-{d:02}")),
        };
        // a range of days is an ISO 8601 interval (`2017-02-04/2017-02-06`)
        let iso = match last {
            Some(l) => one(day).zip(one(l)).map(|(a, b)| format!("{a}/{b}")),
            None => one(day),
        };
        RawQ {
            time: iso.map(|x| tv(x, Granularity::Day)),
            ..RawQ::new(s, end, QuantityKind::Date, core)
        }
    }

    /// Clock times: `6:30pm`, `6.30 p.m.`, `22:30 GMT`, `6pm local time`, `noon`, `0600 GMT`.
    fn clock(&self, i: usize) -> Option<RawQ> {
        let (h, m, mut e);
        if self.is_word(i) {
            match self.l(i) {
                "noon" | "midday" => (h, m, e) = (12u8, 0u8, i + 1),
                "midnight" => (h, m, e) = (0, 0, i + 1),
                _ => return None,
            }
            if !matches!(
                self.l(i.wrapping_sub(1)),
                "at" | "by" | "until" | "before" | "after" | "around" | "from" | "till"
            ) {
                return None;
            }
        } else {
            if !self.is_num(i) {
                return None;
            }
            let s = self.t(i);
            if s.contains(',') {
                return None;
            }
            let hv: u32 = if s.contains('.') {
                // 6.30pm
                let (a, b) = s.split_once('.')?;
                if b.len() != 2 {
                    return None;
                }
                m = b.parse().ok()?;
                e = i + 1;
                let ap = self.ampm(e)?;
                let hh: u32 = a.parse().ok()?;
                if !(1..=12).contains(&hh) || m > 59 {
                    return None;
                }
                h = to24(hh as u8, ap.0);
                e = ap.1;
                return self.zoned(i, e, h, m);
            } else {
                s.parse().ok()?
            };
            if s.len() == 4 && hv <= 2359 && hv % 100 < 60 && self.is_word(i + 1) {
                // 0600 GMT
                let z = self.zone(i + 1);
                if z.is_some() && s.starts_with(['0', '1', '2']) {
                    h = (hv / 100) as u8;
                    m = (hv % 100) as u8;
                    return self.zoned(i, i + 1, h, m);
                }
                return None;
            }
            if s.len() > 2 || hv > 24 {
                return None;
            }
            if self.is_p(i + 1, ":")
                && self.adj(i + 1)
                && self.is_num(i + 2)
                && self.adj(i + 2)
                && self.t(i + 2).len() == 2
            {
                m = self.t(i + 2).parse().ok()?;
                if m > 59 {
                    return None;
                }
                e = i + 3;
                h = match self.ampm(e) {
                    Some((pm, ae)) => {
                        e = ae;
                        if hv == 0 || hv > 12 {
                            return None;
                        }
                        to24(hv as u8, pm)
                    }
                    None => hv as u8,
                };
            } else {
                let (pm, ae) = self.ampm(i + 1)?;
                if hv == 0 || hv > 12 {
                    return None;
                }
                h = to24(hv as u8, pm);
                m = 0;
                e = ae;
            }
        }
        self.zoned(i, e, h, m)
    }

    fn ampm(&self, i: usize) -> Option<(bool, usize)> {
        match self.l(i) {
            "am" | "pm" => Some((self.l(i) == "pm", i + 1)),
            "a" | "p" if self.is_p(i + 1, ".") && self.l(i + 2) == "m" => {
                let e = if self.is_p(i + 3, ".") { i + 4 } else { i + 3 };
                Some((self.l(i) == "p", e))
            }
            _ => None,
        }
    }

    fn zone(&self, i: usize) -> Option<(usize, u16)> {
        let (e, z) = self.find(i, |r| match r {
            Role::Zone(z) => Some(z),
            _ => None,
        })?;
        let name = &self.lx.zones[z as usize].0;
        let upper = self.t(i).chars().all(|c| !c.is_lowercase());
        if !name.contains(' ') && name != "local" && !upper {
            return None;
        }
        if name == "local" {
            return None;
        }
        Some((e, z))
    }

    fn zoned(&self, s: usize, mut e: usize, h: u8, m: u8) -> Option<RawQ> {
        let mut zone = None;
        let mut off = None;
        if let Some((ze, z)) = self.zone(e) {
            let (_, o) = &self.lx.zones[z as usize];
            zone =
                Some(self.text[self.toks[e].s as usize..self.toks[ze - 1].e as usize].to_owned());
            off = *o;
            e = ze;
        }
        if h > 23 {
            return None;
        }
        Some(RawQ {
            clock: Some((h, m, zone, off)),
            ..RawQ::new(s, e, QuantityKind::Time, s)
        })
    }
}

/// Rounds away binary noise from scaling (`16.4 * 1e6`), keeping 12 significant digits.
fn round_sig(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    format!("{x:.11e}").parse().unwrap_or(x)
}

fn to24(h: u8, pm: bool) -> u8 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

enum Step {
    Found(RawQ),
    Skip(usize),
}

/// Applies a modifier to an exact value or interval.
fn apply(v: Value, m: Mod, lo: f64, hi: f64) -> Value {
    let b = |x: f64, inc: bool| {
        Some(Bound {
            value: x,
            inclusive: inc,
        })
    };
    match m {
        Mod::Gt => Value {
            low: b(lo, false),
            high: None,
            approximate: v.approximate,
        },
        Mod::Ge | Mod::GePost => Value {
            low: b(lo, true),
            high: None,
            approximate: v.approximate,
        },
        Mod::Lt => Value {
            low: None,
            high: b(hi, false),
            approximate: v.approximate,
        },
        Mod::Le | Mod::LePost => Value {
            low: None,
            high: b(hi, true),
            approximate: v.approximate,
        },
        Mod::Near => Value {
            low: None,
            high: b(hi, false),
            approximate: true,
        },
        Mod::Approx | Mod::ApproxPost => Value {
            approximate: true,
            ..v
        },
        Mod::Exact => v,
    }
}
