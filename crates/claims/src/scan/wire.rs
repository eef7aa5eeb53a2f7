//! Wire-service result tables: the rows of a company's results as news agencies print them
//! (`Shr 12 cts vs 10 cts`, `Net 1,234,000 vs 987,000`, `Revs 12.3 mln vs 11.1 mln`, `Oper net
//! loss 2,345,000 vs profit 1,100,000`). The currency of a money row is written only on the
//! share figures, if at all; its bare figures are amounts of money all the same (the guidelines'
//! undetermined dollar: money, the agency's dollar when no other currency is written on the row).

use super::calendar::time_value;
use super::values::{exact, exact_value, round_sig};
use super::{Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::lexicon::Role;
use crate::types::{Granularity, QuantityKind};
use crate::words;

/// How far back (in lexemes) the country of `francs` or `crowns` is looked for.
const COUNTRY_LOOKBACK: usize = 400;

/// The year the euro replaced the French franc's notes (February 2002): a bare `francs` with no
/// country before it is French.
const FRENCH_FRANC_LAST_YEAR: i32 = 2002;

/// How many words before `from` a verb of change may stand (`raised its prime rate from`).
const CHANGE_LOOKBACK: usize = 4;

/// How many lexemes a table row may hold before a figure (`Oper shr loss 45 cts vs profit`).
const ROW_LOOKBACK: usize = 12;

impl Context<'_> {
    /// Bare figures on a money row of a result table become money: a count with no unit on a
    /// line that starts with the row's words (`Net`, `Revs`, `Oper shr loss`), holds `vs` between
    /// two figures, and has nothing before the figure but those words and the row's earlier
    /// figures (`Avg shrs 9.8 mln vs 10.4 mln` is a count of shares; `Net income was 3 mln vs`
    /// in running text has a verb).
    pub(super) fn table_money(&self, out: &mut [RawQuantity]) {
        for j in 0..out.len() {
            let q = &out[j];
            if q.kind != QuantityKind::Count || q.unit.is_some() || q.start != q.core {
                continue;
            }
            let Some(first) = self.row_start(q.start) else {
                continue;
            };
            let mut money_word = false;
            let mut vs = false;
            let mut k = first;
            let mut ok = true;
            while k < q.start {
                // (only the row's own mentions: the search stays within the row)
                if let Some(m) = out[..j]
                    .iter()
                    .rev()
                    .take_while(|m| m.end > first)
                    .find(|m| m.start <= k && k < m.end)
                {
                    k = m.end;
                    continue;
                }
                match self.kind(k) {
                    Some(LexemeKind::Word) => {
                        let w = self.lower(k);
                        money_word |= money_row_word(w);
                        vs |= w == "vs";
                        if !(money_row_word(w) || row_word(w)) {
                            ok = false;
                            break;
                        }
                    }
                    Some(LexemeKind::Punct) if self.is_punct(k, ",.:;()") => {}
                    _ => {
                        ok = false;
                        break;
                    }
                }
                k += 1;
            }
            // `vs` before the figure, or right after it (`Net 1,234,000 vs 987,000`)
            vs |= self.lower(q.end) == "vs";
            if !(ok && money_word && vs) {
                continue;
            }
            // the currency of the row's other money (in cents too: `Shr 12 cts vs 10`), else
            // the agency's dollar
            let row_money = out[..j]
                .iter()
                .rev()
                .take_while(|m| m.end > first)
                .find(|m| m.kind == QuantityKind::Money);
            let cents = row_money.is_some_and(|m| self.minor_unit_word(m.end - 1));
            let unit = row_money
                .and_then(|m| m.unit.clone())
                .unwrap_or_else(|| "USD".to_owned());
            let q = &mut out[j];
            q.kind = QuantityKind::Money;
            q.unit = Some(unit);
            if let Some(v) = q.value.as_ref().and_then(exact_value).filter(|_| cents) {
                q.value = Some(exact(round_sig(v / 100.0)));
            }
        }
    }

    /// `marks` at `k` after the amount starting at `s` counts an exam's or a test's marks
    /// (`scored 95 marks`, `480 marks out of 500`, `got full marks`), not German marks.
    pub(super) fn exam_marks(&self, s: usize, k: usize) -> bool {
        if !matches!(self.lower(k), "marks" | "mark") {
            return false;
        }
        let out_of = self.lower(k + 1) == "out" && self.lower(k + 2) == "of";
        out_of
            || (s.saturating_sub(3)..s).any(|x| {
                matches!(
                    self.lower(x),
                    "scored"
                        | "scoring"
                        | "score"
                        | "scores"
                        | "secured"
                        | "got"
                        | "obtained"
                        | "awarded"
                        | "gets"
                        | "get"
                )
            })
    }

    /// `1.5, 2.3 and 4.5 mln dlrs`, `rose 5 and 6 pct`: bare numbers listed before a measure
    /// take its unit and scale (an elliptical number takes its neighbour's unit), read from the
    /// right so that a list takes them one after the other. Only plain numbers joined by a comma,
    /// `and` or `or` (`between 5 and 6 pct` is a range, read before).
    pub(super) fn listed_units(&self, out: &mut [RawQuantity]) {
        // (whether the mention after the current one was itself a listed number: a comma
        // alone joins only inside a list that ends in `and` or `or`, not `Of the 12, 5 pct`)
        let mut listed_after = false;
        for j in (1..out.len()).rev() {
            let was_listed = std::mem::take(&mut listed_after);
            let (left, right) = out.split_at_mut(j);
            let (q, r) = (&mut left[j - 1], &right[0]);
            if !q.is_bare_count()
                || !matches!(
                    r.kind,
                    QuantityKind::Money | QuantityKind::Dimension | QuantityKind::Percent
                )
                || r.unit.is_none()
                || r.start != r.core
                || !self.same_sentence(q.start, r.start)
            {
                continue;
            }
            if r.start.saturating_sub(q.end) > 2 {
                continue;
            }
            let Some(n) = self.digits(r.core) else {
                continue;
            };
            let Some(v) = q.value.as_ref().and_then(exact_value) else {
                continue;
            };
            // a serial list before it (`1.5, 2.3, and 4.5 mln`)
            let in_list =
                q.start >= 2 && self.is_punct(q.start - 1, ",") && self.is_num(q.start - 2);
            let joined = match r.start - q.end {
                1 => match self.lower(q.end) {
                    "and" => true,
                    // (`23,300 or 36%` restates the figure; `4 or 5 pct` is read as a range)
                    "or" => v < n,
                    _ => self.is_punct(q.end, ",") && was_listed,
                },
                // (`sank 45.74, or 0.2 percent`: a restatement)
                2 => {
                    self.is_punct(q.end, ",")
                        && matches!(self.lower(q.end + 1), "and" | "or")
                        && in_list
                }
                _ => false,
            };
            let Some(rv) = r.value.as_ref().and_then(exact_value) else {
                continue;
            };
            // the scale written after the measure's own number (`4.5 mln dlrs`), its cents
            let scale = rv / n;
            if !joined || q.start >= 1 && self.lower(q.start - 1) == "between" {
                continue;
            }
            q.kind = r.kind;
            q.unit.clone_from(&r.unit);
            q.value = Some(exact(round_sig(v * scale)));
            listed_after = true;
        }
    }

    /// The currency `c` of the currency word `k..e`, or for `francs` and `crowns` written alone
    /// the one of the country the story names last before it (`PARIS, March 3 - ... 12 mln
    /// francs` French francs, `Belgian`, `Swiss`; `crowns` Swedish, Danish or Norwegian, no
    /// currency without such a country: `won 3 crowns`); `riyals` Qatar's or Saudi Arabia's.
    pub(super) fn national_currency(&self, k: usize, e: usize, c: u16) -> Option<u16> {
        let w = self.lower(k);
        let crowns = matches!(w, "crowns" | "crown");
        let riyals = matches!(w, "riyals" | "riyal");
        if e != k + 1 || !(crowns || riyals || matches!(w, "francs" | "franc")) {
            return Some(c);
        }
        let code = (k.saturating_sub(COUNTRY_LOOKBACK)..k).rev().find_map(|j| {
            let code = match self.lower(j) {
                // (`DOHA, March 1 - ... 5.472 billion riyals`: Qatar's)
                "qatar" | "qatari" | "doha" if riyals => "QAR",
                "saudi" | "riyadh" | "jeddah" if riyals => "SAR",
                _ if riyals => return None,
                "france" | "french" | "paris" if !crowns => "FRF",
                "belgium" | "belgian" | "brussels" if !crowns => "BEF",
                "luxembourg" if !crowns => "LUF",
                "switzerland" | "swiss" | "zurich" | "geneva" | "basle" | "bern" if !crowns => {
                    "CHF"
                }
                "sweden" | "swedish" | "stockholm" if crowns => "SEK",
                "denmark" | "danish" | "copenhagen" if crowns => "DKK",
                "norway" | "norwegian" | "oslo" if crowns => "NOK",
                // (a ticker's exchange suffix, `AB Volvo <VOLV.ST>`: Stockholm, Copenhagen, Oslo)
                "st" | "co" | "ol" if crowns && self.ticker_suffix(j) => match self.lower(j) {
                    "st" => "SEK",
                    "co" => "DKK",
                    _ => "NOK",
                },
                _ => return None,
            };
            Some(code)
        });
        // (no country named: before 2002 the wire's franc is most often the French one, as the
        // `12 mln francs` of a Paris company's story; after it the Swiss franc, the lexicon's)
        let french = !(crowns || riyals)
            && self
                .date
                .is_some_and(|d| i32::from(d.year()) < FRENCH_FRANC_LAST_YEAR);
        match code.or_else(|| french.then_some("FRF")) {
            Some(code) => self
                .lexicon
                .currencies
                .iter()
                .position(|x| x == code)
                .and_then(|p| u16::try_from(p).ok())
                .or(Some(c)),
            None if crowns => None,
            None => Some(c),
        }
    }

    /// Whether the lexeme `j` is the exchange suffix of a wire ticker (`<VOLV.ST>`): a dot
    /// before it and the ticker's closing `>` after it.
    fn ticker_suffix(&self, j: usize) -> bool {
        j >= 2
            && self.is_punct(j - 1, ".")
            && self.lower(j + 1) == ">"
            && self.surface(j).bytes().all(|b| b.is_ascii_uppercase())
    }

    /// The wire's bare `dlrs` (and `cts`) in a story of another dollar are that dollar
    /// (indep-NOTES.md decision 72: a bare dollar whose context is Australian is AUD): after the
    /// story has written that dollar out (`12.5 mln Australian dlrs ... against 10.1 mln
    /// dlrs`), or under a dateline of its country (`SYDNEY, March 3 - ... 120 mln dlrs`). A
    /// `U.S. dlrs` written out in between keeps the rest in US dollars.
    pub(super) fn wire_dollars(&self, out: &mut [RawQuantity]) {
        let dateline = self.dateline_dollar();
        let mut written: Option<String> = None;
        for q in out.iter_mut() {
            if q.kind != QuantityKind::Money || q.end == 0 {
                continue;
            }
            let last = self.lower(q.end - 1);
            if !matches!(last, "dlrs" | "dlr" | "cts") {
                continue;
            }
            // (`Australian dlrs`, `U.S. dlrs`: a word or a name's dot before the unit, not the
            // number, its scale or a hyphen)
            let before = self.lower(q.end - 2);
            let qualified = q.end >= 2
                && !self.is_num(q.end - 2)
                && !self.is_punct(q.end - 2, "-")
                && words::abbr_scale(before, false).is_none()
                && words::big_scale(before).is_none();
            match q.unit.as_deref() {
                Some("USD") if qualified => written = None,
                Some("USD") => {
                    if let Some(c) = written.clone().or_else(|| dateline.map(str::to_owned)) {
                        q.unit = Some(c);
                    }
                }
                Some(other) if qualified => written = Some(other.to_owned()),
                _ => {}
            }
        }
    }

    /// The dollar of the country of the story's dateline (`SYDNEY, March 3 -`: AUD), when the
    /// text opens with one in capitals.
    fn dateline_dollar(&self) -> Option<&'static str> {
        let mut k = 0;
        while k < 3 && self.is_word(k) && self.surface(k).bytes().all(|b| b.is_ascii_uppercase()) {
            k += 1;
        }
        if k == 0 || !self.is_punct(k, ",") {
            return None;
        }
        let city =
            &self.lower_text[self.lexemes[0].start as usize..self.lexemes[k - 1].end as usize];
        Some(match city {
            "sydney" | "melbourne" | "perth" | "canberra" | "brisbane" | "adelaide" => "AUD",
            "toronto" | "ottawa" | "montreal" | "vancouver" | "calgary" | "winnipeg" => "CAD",
            "wellington" | "auckland" => "NZD",
            "hong kong" => "HKD",
            "singapore" => "SGD",
            "taipei" => "TWD",
            _ => return None,
        })
    }

    /// `end-1986`, `mid-1987`, `early-1988`: a part of a year hyphened to it (`i` the part, `j`
    /// the year), the date of the year.
    pub(super) fn hyphened_part_year(&self, i: usize, j: usize) -> Option<RawQuantity> {
        let s = self.surface(j);
        if !self.is_num(j) || s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if self.plural_s_end(j).is_some() {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        (1900..=2100).contains(&y).then(|| RawQuantity {
            time: Some(time_value(format!("{y:04}"), Granularity::Year)),
            ..RawQuantity::new(i, j + 1, QuantityKind::Date, j)
        })
    }

    /// `end-March`, `mid-April` (`i` the part, `j` the month `m`): the month, its year read as
    /// for a month alone.
    pub(super) fn hyphened_part_month(&self, i: usize, j: usize, m: i8) -> Option<RawQuantity> {
        let y = self.infer_year(m, 1)?;
        let y = self.month_year(y, m, i, false);
        Some(RawQuantity {
            time: Some(time_value(format!("{y:04}-{m:02}"), Granularity::Month)),
            ..RawQuantity::new(i, j + 1, QuantityKind::Date, j)
        })
    }

    /// The number of a group's name at `i` (`the Group of Five`, `Group of Seven`, `Group of
    /// 77`: a name, the G-5; not the capitalised word of another name, `Chubb Group of Insurance
    /// Companies`) or of a band of maturities (`band one`): no count.
    pub(super) fn group_name(&self, i: usize) -> bool {
        // (this runs at every lexeme that may open a mention: the length and first letter of
        // `of` or `band` before it first)
        let Some(prev) = i.checked_sub(1).map(|p| self.lexemes[p]) else {
            return false;
        };
        match (
            prev.end - prev.start,
            self.lower_text.as_bytes()[prev.start as usize],
        ) {
            // the Bank of England's bands of bill maturities (`87 mln stg of band one`)
            (4, b'b') => {
                self.lower(i - 1) == "band"
                    && (self.is_num(i) || words::small(self.lower(i)).is_some())
            }
            (2, b'o') => {
                i >= 2
                    && self.surface(i - 2) == "Group"
                    && self.lower(i - 1) == "of"
                    // (a number, or a spelled one: not `Chubb Group of Insurance Companies`)
                    && (self.is_num(i)
                        || self.capitalized(i)
                            && (words::small(self.lower(i)).is_some()
                                || words::tens(self.lower(i)).is_some()))
                    // (`a World Group of 16 nations`: the members counted)
                    && !matches!(
                        self.lower(i + 1),
                        "nations" | "countries" | "members" | "states" | "teams" | "clubs" | "players"
                    )
            }
            _ => false,
        }
    }

    /// A month naming the period of a statistic after its country (`Japan's February trade
    /// surplus`, `West German January industrial output`, `U.S. January housing starts`): the
    /// latest such month at the article date, a figure being reported after its month.
    pub(super) fn statistic_month(&self, i: usize) -> Option<RawQuantity> {
        // (called at a month's name, `m`)
        if i == 0 || !self.capitalized(i) || !words::statistic_noun(self.lower(i + 1)) {
            return None;
        }
        let m = words::month(self.lower(i)).filter(|_| self.surface(i).len() > 3)?;
        let prev = self.lower(i - 1);
        let possessive =
            prev == "s" && i >= 2 && self.glued(i - 1) && self.is_punct(i - 2, "'\u{2019}");
        let country = self.is_word(i - 1) && self.capitalized(i - 1) && !possessive
            || self.is_punct(i - 1, ".") && i >= 2 && self.lower(i - 2) == "s";
        if !(possessive || country) {
            return None;
        }
        let d = self.date?;
        let y = if m <= d.month() {
            d.year()
        } else {
            d.year() - 1
        };
        Some(RawQuantity {
            time: Some(time_value(format!("{y:04}-{m:02}"), Granularity::Month)),
            ..RawQuantity::new(i, i + 1, QuantityKind::Date, i)
        })
    }

    /// A stock split's ratio at `i` (`a three-for-two stock split`, `a 2-for-1 split`, `a
    /// one-for-10 reverse split`): one fraction, the shares after over the shares before, as the
    /// guidelines' `one in five`.
    pub(super) fn split_ratio(&self, i: usize) -> Option<RawQuantity> {
        if !(self.is_punct(i + 1, "-") && self.lower(i + 2) == "for" && self.is_punct(i + 3, "-"))
            || !(self.glued(i + 1) && self.glued(i + 2) && self.glued(i + 3) && self.glued(i + 4))
        {
            return None;
        }
        let n = |k: usize| {
            self.digits(k)
                .filter(|_| !self.surface(k).contains([',', '.']))
                .or_else(|| words::small(self.lower(k)).map(f64::from))
        };
        let (a, b) = (n(i)?, n(i + 4)?);
        let split = (i + 5..i + 8).any(|k| matches!(self.lower(k), "split" | "splits"));
        (split && a > 0.0 && b > 0.0).then(|| RawQuantity {
            value: Some(exact(round_sig(a / b))),
            ..RawQuantity::new(i, i + 5, QuantityKind::Fraction, i)
        })
    }

    /// Where a bare figure compared with the level `p` starts: after `vs`, `against`,
    /// `versus`, `compared with`, `up from` or `down from` (a comma may come first: `12.5 mln
    /// tonnes, against 11.2 mln`), or after `from` when `p` is the level reached (`rose to 15.5
    /// mln bpd from 15.2 mln`).
    pub(super) fn compared_level(&self, p: &RawQuantity) -> Option<usize> {
        let k = if self.is_punct(p.end, ",") {
            p.end + 1
        } else {
            p.end
        };
        match self.lower(k) {
            "against" | "vs" | "versus" => Some(k + 1),
            "compared" if matches!(self.lower(k + 1), "with" | "to") => Some(k + 2),
            "up" | "down" if self.lower(k + 1) == "from" => Some(k + 2),
            "from" if k == p.end && p.start >= 1 && self.lower(p.start - 1) == "to" => Some(k + 1),
            _ => None,
        }
    }

    /// A period of the comparison at `k` (`a year earlier`, `a year ago`, `last year`, `the
    /// year before`) or a preposition of its time (`at`, `on`, `for`), which ends the compared
    /// figure's phrase.
    pub(super) fn period_after(&self, k: usize) -> bool {
        matches!(self.lower(k), "a" | "last" | "the" | "this")
            && matches!(self.lower(k + 1), "year" | "month" | "quarter" | "week")
            // `down from 1.8230/40 at yesterday's close`, `against 11.2 mln at end-1986`
            || matches!(self.lower(k), "at" | "on" | "for")
    }

    /// A word at `k` that measures the number before it, in a headline's capitals too (`10
    /// PCT`, `345 MLN STG`, `4TH`, `1.2 MLN TONNES`): a percent word, a scale, an ordinal's
    /// suffix glued on, a currency word or a unit.
    pub(super) fn measure_word_at(&self, k: usize) -> bool {
        let w = self.lower(k);
        words::percent_word(w)
            || words::abbr_scale(w, false).is_some()
            || words::big_scale(w).is_some()
            || self.glued(k) && words::ordinal_suffix(w)
            || self.has_role(k, |r| matches!(r, Role::CurWord(_) | Role::Unit(_)))
    }

    /// A verb of change a few words before `from` at `i`, in its clause (`rose from`, `raised
    /// its discount rate from`, `cut output from`).
    pub(super) fn change_verb_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(CHANGE_LOOKBACK)..i).rev() {
            if !self.same_sentence(k, i) || !self.is_word(k) {
                return false;
            }
            if words::change_verb(self.lower(k)) || words::price_move_verb(self.lower(k)) {
                return true;
            }
        }
        false
    }

    /// A word of a hundredth of a currency at `k` (`cts`, `cents`, `pence`).
    pub(super) fn minor_unit_word(&self, k: usize) -> bool {
        self.lexicon.word(self.lower(k)).iter().any(|r| match r {
            Role::CurWord(c) => self.lexicon.currencies[*c as usize].ends_with("/100"),
            _ => false,
        })
    }

    /// A bid and offer quote at `j` (`1.8250/60`, `151.20/30`, `421.90/422.40`, `422.50/423`): a
    /// decimal, a glued slash and the offer, written by its last digits (no more of them than
    /// the bid's decimals) or whole (as many digits before its point, within 2% of the bid).
    /// Returns the offer's value.
    pub(super) fn quote_pair(&self, j: usize) -> Option<f64> {
        let bid = self.surface(j);
        let (whole, decimals) = bid.split_once('.')?;
        let tail = self.surface(j + 2);
        if !self.is_punct(j + 1, "/")
            || !self.glued(j + 1)
            || !self.glued(j + 2)
            || !self.is_num(j + 2)
            || self.is_punct(j + 3, "/")
            || bid.contains(',')
        {
            return None;
        }
        let low: f64 = bid.parse().ok()?;
        if (2..=decimals.len()).contains(&tail.len()) && tail.bytes().all(|b| b.is_ascii_digit()) {
            return format!("{}{tail}", &bid[..bid.len() - tail.len()])
                .parse()
                .ok();
        }
        let offer: f64 = tail.parse().ok()?;
        (tail.split('.').next().map(str::len) == Some(whole.len()))
            .then_some(offer)
            .filter(|&o| low > 0.0 && o != low && (o - low).abs() / low < 0.02)
    }

    /// The first lexeme of the line of `i`, when a line break comes at most [`ROW_LOOKBACK`]
    /// lexemes before it (or the text starts there).
    fn row_start(&self, i: usize) -> Option<usize> {
        let mut k = i;
        for _ in 0..ROW_LOOKBACK {
            if k == 0 {
                return Some(0);
            }
            let gap = &self.text[self.lexemes[k - 1].end as usize..self.lexemes[k].start as usize];
            if gap.contains('\n') {
                return Some(k);
            }
            k -= 1;
        }
        None
    }
}

/// The words that name a money row of a result table (`Shr`, `Net`, `Revs`, `Oper`).
fn money_row_word(w: &str) -> bool {
    matches!(
        w,
        "shr"
            | "net"
            | "revs"
            | "revenues"
            | "revenue"
            | "sales"
            | "profit"
            | "loss"
            | "income"
            | "earnings"
            | "turnover"
            | "pretax"
            | "oper"
            | "backlog"
            | "assets"
            | "deposits"
            | "loans"
    )
}

/// The other words a money row may hold before a figure (`Nine mths`, `Qtr`, `vs`, `primary`).
fn row_word(w: &str) -> bool {
    matches!(
        w,
        "vs" | "qtr"
            | "year"
            | "mths"
            | "shr"
            | "primary"
            | "diluted"
            | "gross"
            | "gain"
            | "before"
            | "after"
            | "tax"
            | "taxes"
    )
}

/// How many lexemes apart a bare scaled figure and the measure it takes its unit from may be.
const ELLIPSIS_REACH: usize = 24;

impl Context<'_> {
    /// `a profit of 1.5 mln dlrs on turnover of 37 mln`, `fell to 1.9 mln bpd last month from
    /// 2.2 mln in January`, `contributed 316 mln in earnings, up from about 200 mln dlrs`: a bare
    /// figure with the same scale word as a measure near it in its sentence, and no noun after
    /// it, is an elliptical figure of that measure (the guidelines' elliptical number) when
    /// every scaled measure of the sentence has one kind and one unit.
    pub(super) fn scaled_ellipsis(&self, out: &mut [RawQuantity]) {
        for j in 0..out.len() {
            let q = &out[j];
            if q.kind != QuantityKind::Count || q.unit.is_some() || q.start != q.core {
                continue;
            }
            // (a result's amount named before it: `net income of 175,000`, `revenues were 995.6
            // mln`, `net reached 41.2 mln`)
            let result = (q.start.saturating_sub(2)..q.start)
                .any(|k| self.same_sentence(k, q.start) && result_word(self.lower(k)))
                || self.result_after_period(q.start);
            let scale = if q.end == q.core + 2 {
                self.lower(q.core + 1)
            } else if q.end == q.core + 1 && result && self.surface(q.core).contains(',') {
                ""
            } else {
                continue;
            };
            // (`mln`, `million`, `billion`: a letter's scale is glued on and never reaches here)
            if !scale.is_empty()
                && (scale.len() < 3 || !self.is_word(q.core + 1) || !scale_word(scale))
            {
                continue;
            }
            let after = self.lower(q.end);
            let ends = match self.kind(q.end) {
                None => true,
                // (`2.99 billion (revised from 3.01 billion)`: an aside after the figure; not a
                // conversion opening the bracket, `a deficit of 1.6 billion ($2.54 billion)`)
                Some(LexemeKind::Punct) => {
                    self.is_punct(q.end, ",.;)")
                        || self.is_punct(q.end, "(")
                            && !out
                                .iter()
                                .any(|p| p.kind == QuantityKind::Money && p.start == q.end + 1)
                }
                // (`2.54 billion a year earlier`: the comparison's period after the figure)
                Some(LexemeKind::Word) => {
                    ellipsis_follower(after)
                        || after == "a" && matches!(self.lower(q.end + 1), "year" | "month")
                        // (`a revised 7.1 billion December surplus`: the balance of a month)
                        || words::month(after).is_some()
                            && self.capitalized(q.end)
                            && matches!(self.lower(q.end + 1), "surplus" | "deficit")
                }
                Some(LexemeKind::Number) => false,
            };
            // (`20 mln euros (17.1 mln)`: a conversion into another currency)
            if !ends || q.start >= 1 && self.is_punct(q.start - 1, "(") {
                continue;
            }
            let mut unit: Option<(QuantityKind, &str)> = None;
            let mut agree = true;
            let mut near = false;
            for p in out.iter() {
                if !matches!(p.kind, QuantityKind::Money | QuantityKind::Dimension)
                    || !self.same_sentence(p.start, q.start)
                    || !(p.core + 1..p.end).any(|k| scale_word(self.lower(k)))
                {
                    continue;
                }
                let u = p.unit.as_deref().unwrap_or("");
                if unit.is_some_and(|(k, v)| k != p.kind || v != u) {
                    agree = false;
                    break;
                }
                unit = Some((p.kind, u));
                let gap = if p.end <= q.start {
                    q.start - p.end
                } else {
                    p.start.saturating_sub(q.end)
                };
                // (one of them writes the same scale word near the figure)
                near |=
                    gap <= ELLIPSIS_REACH && (p.core + 1..p.end).any(|k| self.lower(k) == scale);
            }
            // (a result's amount with no scaled measure near: the currency of the sentence's
            // money, when it has one: `a net loss of 17,000 dlrs and net income of 175,000`)
            let unit = match unit.filter(|&(_, u)| agree && near && !u.is_empty()) {
                Some(x) => Some(x),
                None if result && (scale.is_empty() || unit.is_none()) => {
                    self.sentence_currency(out, q.start)
                }
                None => None,
            };
            let Some((kind, u)) = unit else {
                continue;
            };
            let u = u.to_owned();
            let q = &mut out[j];
            q.kind = kind;
            q.unit = Some(u);
        }
    }
}

impl Context<'_> {
    /// `total revenues for 1986 of 4,255,731`, `income for the period was 1,014,000`: a result's
    /// word up to six lexemes before `of`, `was` or `were` at `i - 1`, with no mark between (its
    /// period written between them).
    fn result_after_period(&self, i: usize) -> bool {
        i >= 3
            && matches!(self.lower(i - 1), "of" | "was" | "were")
            && (i.saturating_sub(8)..i - 1)
                .rev()
                .take_while(|&k| {
                    self.same_sentence(k, i) && self.kind(k) != Some(LexemeKind::Punct)
                })
                .any(|k| result_word(self.lower(k)))
    }

    /// The one currency of the money mentions of the sentence of `i` (none when they differ or
    /// none has one).
    fn sentence_currency<'a>(
        &self,
        out: &'a [RawQuantity],
        i: usize,
    ) -> Option<(QuantityKind, &'a str)> {
        let mut found: Option<&str> = None;
        for p in out {
            if p.kind != QuantityKind::Money || !self.same_sentence(p.start, i) {
                continue;
            }
            let u = p.unit.as_deref()?;
            if found.is_some_and(|f| f != u) {
                return None;
            }
            found = Some(u);
        }
        found.map(|u| (QuantityKind::Money, u))
    }
}

/// A word naming a company's result before its amount (`net income of`, `revenues were`).
fn result_word(w: &str) -> bool {
    matches!(
        w,
        "net"
            | "income"
            | "profit"
            | "loss"
            | "earnings"
            | "revenue"
            | "revenues"
            | "revs"
            | "turnover"
    )
}

/// A scale word of the agencies and of running text (`mln`, `bln`, `million`, `billion`).
pub(super) fn scale_word(w: &str) -> bool {
    matches!(w, "mln" | "bln" | "million" | "billion" | "bn" | "trillion")
}

/// A word after a bare scaled figure that shows no noun of its own follows (`37 mln in the
/// year`, `2.2 mln in January`, `500 mln, to`; not `of`: `3.8 mln of the company's shares`).
pub(super) fn ellipsis_follower(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "on"
            | "for"
            | "from"
            | "to"
            | "against"
            | "vs"
            | "versus"
            | "compared"
            | "up"
            | "down"
            | "last"
            | "this"
            | "and"
            | "or"
            | "while"
            | "but"
            | "previously"
            | "initially"
            | "originally"
            | "earlier"
            | "ago"
            | "before"
            // (`a 10.15 billion surplus`, `a 6.48 billion deficit`: a balance is its amount)
            | "surplus"
            | "deficit"
    )
}

impl Context<'_> {
    /// `948,000 barrels of crude daily`, `200,000 barrels daily`: barrels with `daily` after
    /// them (past `of` and one word) are a rate, `bbl/d` as `bpd` (decision 116).
    pub(super) fn daily_barrels(&self, out: &mut [RawQuantity]) {
        for q in out.iter_mut() {
            if q.kind != QuantityKind::Dimension || q.unit.as_deref() != Some("bbl") {
                continue;
            }
            let e = q.end;
            let daily = self.lower(e) == "daily"
                || self.lower(e) == "of" && self.is_word(e + 1) && self.lower(e + 2) == "daily";
            if daily {
                q.unit = Some("bbl/d".to_owned());
            }
        }
    }

    /// `0.25 ounces of gold a ton`, `1.1 ounces of gold per ton`, `0.8 ounces per short ton`:
    /// ounces of a metal for each ton of ore are an ore grade, `oz/t` (decision 116: a
    /// concentration, a dimension's rate unit), the span the figure and its ounces.
    pub(super) fn ore_grades(&self, out: &mut [RawQuantity]) {
        for q in out.iter_mut() {
            if q.kind != QuantityKind::Dimension || q.unit.as_deref() != Some("oz") {
                continue;
            }
            let mut k = q.end;
            if self.lower(k) == "of" && self.is_word(k + 1) {
                k += 2;
            }
            if !matches!(self.lower(k), "a" | "per" | "each") {
                continue;
            }
            k += 1;
            if self.lower(k) == "short" {
                k += 1;
            }
            if matches!(self.lower(k), "ton" | "tonne") && self.same_sentence(q.start, k) {
                q.unit = Some("oz/t".to_owned());
            }
        }
    }

    /// `expire 20 business days after commencement`, `within five working days`: a count
    /// before a kind of day is a duration in days (decision 126).
    pub(super) fn business_days(&self, out: &mut [RawQuantity]) {
        for q in out.iter_mut() {
            let e = q.end;
            if q.kind != QuantityKind::Count
                || q.unit.is_some()
                || !matches!(self.lower(e), "business" | "working")
                || !matches!(self.lower(e + 1), "days" | "day")
                || !self.same_sentence(q.start, e + 1)
            {
                continue;
            }
            q.kind = QuantityKind::Duration;
            q.unit = Some("day".to_owned());
            q.end = e + 2;
        }
    }
}

impl Context<'_> {
    /// `rose 1/16 point to 6-3/16 pct`, `a spread of 7/8 percentage points`, `lost 2-1/4
    /// points in price`: a figure written with the wire's slash fraction before `point(s)` is
    /// a move of a yield or a bond price, percentage points (decision 114's wire quotes); a
    /// whole number before `points` stays a count (a game's score, an index's move).
    pub(super) fn fraction_points(&self, out: &mut [RawQuantity]) {
        for q in out.iter_mut() {
            if !matches!(q.kind, QuantityKind::Count | QuantityKind::Fraction)
                || q.unit.is_some()
                || !(q.start..q.end).any(|k| self.is_punct(k, "/"))
            {
                continue;
            }
            let e = q.end;
            let end = match self.lower(e) {
                "point" | "points" => e + 1,
                "percentage" if matches!(self.lower(e + 1), "point" | "points") => e + 2,
                _ => continue,
            };
            q.kind = QuantityKind::Percent;
            q.unit = Some("percentage point".to_owned());
            q.end = end;
        }
    }
}
