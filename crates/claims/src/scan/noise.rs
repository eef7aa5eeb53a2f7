//! Numbers that are not quantities: identifiers (`COVID-19`, `F-16`, `page 14`, `Rule 19`),
//! phone numbers, stock codes, emergency numbers (`called 911`), list markers, calibres, `24/7`.
//! The scanner skips them whole.

use super::Context;
use crate::lex::LexemeKind;
use crate::lexicon::Role;
use crate::words;

/// How far back (in tokens) a texting word may stand before `to` and a short code (`texting
/// CRIMENV and the tip information to 274637`).
const MAX_TEXT_CODE_DISTANCE: usize = 10;

impl Context<'_> {
    /// `12.12 is a shopping festival`, `the 11.11 Singles Day event`: a date written month dot
    /// day with the two halves alike names a shopping day (GUIDELINES: festival names), when a
    /// capitalised word follows or the sentence speaks of shopping; `rose 11.11 percent` is a
    /// number.
    fn shopping_day(&self, i: usize) -> bool {
        let s = self.surface(i);
        let Some((m, d)) = s.split_once('.') else {
            return false;
        };
        if m != d || m.is_empty() || m.len() > 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if !(1..=12).contains(&m.parse::<u8>().unwrap_or(0)) {
            return false;
        }
        // (not a unit in capitals: `5.5 GHz`, `2.2 MHz`, `1.1 GW`)
        if self.is_word(i + 1) && self.capitalized(i + 1) {
            return !self.measure_after(i + 1);
        }
        let mut k = i;
        while k > 0 && self.same_sentence(k - 1, i) {
            k -= 1;
        }
        (k..self.limit.get().min(self.lexemes.len()))
            .any(|j| matches!(self.lower(j), "shopping" | "festival" | "singles"))
    }

    /// `zero` in a lexicalised compound that counts nothing (indep-NOTES.md decision 170's
    /// `zero-hours contracts`, decision 179): after `net`, `ground` or `patient` (`net zero
    /// carbon by 2040`, `net-zero emissions`, `ground zero for`, `Patient Zero`), before a
    /// noun of `words::zero_compound_part` (`zero tolerance`, `a zero-sum game`, `zero-emission
    /// buses`, `zero rating`), a `zero day` (a flaw; the singular is no length: `zero days` is
    /// one), `zero hour`, and `zero hours` hyphened or before a contract (`on zero hours
    /// contracts`, `zero-hour type contracts`; not `slept zero hours`), `zero-trust` (a security
    /// model, hyphened: `zero-trust principles`). `zero tariffs`, `zero
    /// growth`, `to zero` stay counts. Returns the lexeme after the compound's `zero` part.
    pub(super) fn zero_compound(&self, i: usize) -> Option<usize> {
        if self.lower(i) != "zero" {
            return None;
        }
        let k = if self.is_punct(i + 1, "-") && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let before = if i >= 2 && self.is_punct(i - 1, "-") && self.glued(i) {
            Some(i - 2)
        } else {
            i.checked_sub(1)
        };
        if before.is_some_and(|b| {
            self.same_sentence(b, i) && matches!(self.lower(b), "net" | "ground" | "patient")
        }) {
            return Some(i + 1);
        }
        let hyphened = k == i + 2;
        let compound = match self.lower(k) {
            "day" | "hour" => true,
            // `zero-trust security`, `common zero-trust principles`: the security model, hyphened
            // (`zero trust in the courts` has none, and stays a count as `zero tariffs`)
            "trust" => hyphened,
            "hours" => {
                hyphened
                    || matches!(
                        self.lower(k + 1),
                        "contract" | "contracts" | "type" | "worker" | "workers" | "job" | "jobs"
                    )
            }
            w => words::zero_compound_part(w),
        };
        compound.then_some(k + 1)
    }

    /// A format or a name written `N-plus-N` (`the two-plus-two talks of foreign and defence
    /// ministers`, `a "2-plus-2" meeting`, `the six-plus-one format`): numbers joined by a
    /// hyphened `plus` on both sides name the format, no quantity (`70-plus miles`, with one
    /// number, is an open bound: `units.rs`). Returns the lexeme after the second number.
    pub(super) fn plus_format(&self, i: usize) -> Option<usize> {
        let number = |k: usize| self.is_num(k) || words::small(self.lower(k)).is_some();
        let shape = number(i)
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.lower(i + 2) == "plus"
            && self.is_punct(i + 3, "-")
            && self.glued(i + 3)
            && self.glued(i + 4)
            && number(i + 4)
            && !(self.glued(i + 5) && (self.is_word(i + 5) || self.is_num(i + 5)));
        shape.then_some(i + 5)
    }

    /// A tweet thread's counter (`2/2: response to the paper was about ...`, `1/3
    /// pic.twitter.com/...`): `N/M` of small numbers with N at most M, opening a clause (no
    /// word or number before it in the sentence's run) and followed by a glued colon or a
    /// picture link; no quantity. A fraction before a colon has a word before it (`a share of
    /// 1/3: a third`). Returns the lexeme after `M`.
    fn thread_counter(&self, i: usize) -> Option<usize> {
        let small = |k: usize| {
            let s = self.surface(k);
            (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if !(small(i)
            && self.is_punct(i + 1, "/")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && small(i + 2))
        {
            return None;
        }
        let (n, m) = (
            self.surface(i).parse::<u32>().ok()?,
            self.surface(i + 2).parse::<u32>().ok()?,
        );
        let opens =
            i == 0 || !self.same_sentence(i - 1, i) || !(self.is_word(i - 1) || self.is_num(i - 1));
        let after = self.is_punct(i + 3, ":") && self.glued(i + 3)
            || self.lower(i + 3).starts_with("pic.twitter");
        (1 <= n && n <= m && opens && after).then_some(i + 3)
    }

    /// An isotope named by its element and mass number with a space (`radioactive cobalt 60 at
    /// its centre`, `traces of caesium 137`, `iodine 131 tablets`): the number is part of the
    /// name (`words::isotope_element`), not a count; `carbon 14 tonnes`, with a unit after, is a
    /// measure of the element.
    fn isotope(&self, i: usize) -> bool {
        let s = self.surface(i);
        i >= 1
            && self.lexemes[i].spaced
            && (1..=3).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && self.same_sentence(i - 1, i)
            && words::isotope_element(self.lower(i - 1))
            && !self.is_num(i + 1)
            && !(self.is_punct(i + 1, "%-/") && self.glued(i + 1))
            && !words::percent_word(self.lower(i + 1))
            && words::time_unit(self.lower(i + 1)).is_none()
            && self
                .find(i + 1, |r| {
                    matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::CurCode(_)).then_some(())
                })
                .is_none()
    }

    /// Skips a number that is not a quantity: `COVID-19`, `F-16`, phone numbers, page numbers,
    /// list markers. Returns the token to resume at.
    pub(super) fn noise(&self, i: usize) -> Option<usize> {
        let t = self.lexemes[i];
        if let Some(e) = self.designation(i) {
            return Some(e);
        }
        if self.shopping_day(i) {
            return Some(i + 1);
        }
        if let Some(e) = self.plus_format(i) {
            return Some(e);
        }
        if self.isotope(i) {
            return Some(i + 1);
        }
        if self.quoted_title(i) {
            return Some(i + 1);
        }
        if let Some(e) = self.named_number(i) {
            return Some(e);
        }
        if let Some(e) = self.thread_counter(i) {
            return Some(e);
        }
        if let Some(e) = self.text_mark(i) {
            return Some(e);
        }
        // a reference mark of an encyclopedia page glued after its text (`at around 6:30
        // p.m.[4][5]`, `in three decades.[17]`, `(October 3, 1970[15] –`): no quantity
        if i >= 2
            && self.is_punct(i - 1, "[")
            && self.glued(i)
            && !self.lexemes[i - 1].spaced
            && self.is_punct(i + 1, "]")
            && self.glued(i + 1)
            && self.surface(i).len() <= 3
        {
            return Some(i + 2);
        }
        // a filing's form (`Form 8-K`, `10-Q`, `a 13-D filing`): a number and one capital glued
        // after a hyphen
        if self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_word(i + 2)
            && self.surface(i + 2).len() == 1
            && self.surface(i + 2).bytes().all(|b| b.is_ascii_uppercase())
            && !(self.glued(i + 3) && (self.is_word(i + 3) || self.is_num(i + 3)))
        {
            return Some(i + 3);
        }
        // a federal court's docket number (`case 17-cv-1234`, `No. 1:18-cr-00457`): year, the
        // case type in two small letters, the case's number, hyphened
        if self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_word(i + 2)
            && matches!(
                self.surface(i + 2),
                "cv" | "cr" | "mj" | "md" | "bk" | "mc" | "po"
            )
            && self.is_punct(i + 3, "-")
            && self.glued(i + 3)
            && self.glued(i + 4)
            && self.is_num(i + 4)
        {
            return Some(self.skip_cluster(i + 4));
        }
        // a numeric character reference left in the text (`&#3;` ending an agency's story,
        // `&#8217;`)
        if i >= 2
            && self.is_punct(i - 1, "#")
            && self.is_punct(i - 2, "&")
            && self.glued(i - 1)
            && self.glued(i)
            && self.is_punct(i + 1, ";")
        {
            return Some(i + 2);
        }
        // two numbers naming a rule (`the 60-40 rule`, `the 80-20 principle`), not a score
        if self.is_punct(i + 1, "-\u{2013}")
            && self.is_num(i + 2)
            && words::ratio_rule_noun(self.lower(i + 3))
        {
            return Some(i + 3);
        }
        // a calibre or a gauge names a cartridge or a bore (`.38-caliber handgun`, `a 20-gauge
        // shotgun`, `a .20-gauge`; `a 9mm` is a dimension)
        let k = if self.is_punct(i + 1, "-") && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if t.kind == LexemeKind::Number && matches!(self.lower(k), "caliber" | "calibre" | "gauge")
        {
            return Some(k + 1);
        }
        // a format's width, not a count: `the 8-bit era`, `a 64-bit chip`, and the first of two
        // (`the 8 and 16-bit golden age`)
        if t.kind == LexemeKind::Number && self.lower(k) == "bit" {
            return Some(k + 1);
        }
        if t.kind == LexemeKind::Number
            && matches!(self.lower(i + 1), "and" | "or" | "/")
            && self.is_num(i + 2)
            && self.is_punct(i + 3, "-")
            && self.glued(i + 3)
            && self.lower(i + 4) == "bit"
        {
            return Some(i + 1);
        }
        // a numbered list's label glued to the end of the paragraph before it (`... 6-30
        // years).2.`, `price stability".3.`): the page lost the line break
        if t.kind == LexemeKind::Number
            && !t.spaced
            && i >= 2
            && self.is_punct(i - 1, ".")
            && self.glued(i - 1)
            && !self.is_num(i - 2)
            && self.is_punct(i + 1, ".")
            && self.glued(i + 1)
            && !self.same_sentence(i, i + 2)
            && self.surface(i).len() <= 2
        {
            return Some(i + 1);
        }
        // digits grouped by plain spaces are a phone number, not `1 234 567`, when they start
        // with 0 or sit among other digits or phone punctuation (`+27 082 838 2309`,
        // `1800 666 111`, `974 501 111 49`)
        if i >= 1 && self.is_num(i - 1) && self.surface(i - 1).contains(' ') && t.spaced
            || self.surface(i).contains(' ')
                && (self.surface(i).starts_with('0')
                    || i >= 1 && (self.is_num(i - 1) || self.is_punct(i - 1, "+()-/"))
                    || self.is_num(i + 1)
                    || self.is_punct(i + 1, "/"))
        {
            return Some(i + 1);
        }
        // word-hyphen-digits: COVID-19, F-16, Su-35 (not mid-2023, pre-1990, over-50s)
        if !t.spaced
            && i >= 2
            && self.is_punct(i - 1, "-")
            && self.glued(i - 1)
            && self.is_word(i - 2)
        {
            let w = self.lower(i - 2);
            // (`magnitude-5.8`: a measure written before its number, read by the word)
            if !words::keeps_hyphened_number(w)
                && w != "magnitude"
                && words::small(w).is_none()
                && words::tens(w).is_none()
            {
                return Some(self.skip_cluster(i));
            }
        }
        // word glued before digits: G7, A380
        if !t.spaced && i >= 1 && self.is_word(i - 1) {
            let w = self.lower(i - 1);
            // (`FY2020`: a fiscal year; `FY17` stays a name)
            let fiscal = w == "fy" && self.surface(i).len() == 4;
            if !matches!(w, "us" | "rs" | "mid") && !fiscal && !self.glued_currency(i - 1) {
                return Some(self.skip_cluster(i));
            }
        }
        // identifier prefixes: page 14, Article 5, No. 10, flight 17
        if i >= 1 {
            let p = self.lower(i - 1);
            let prev_word = if self.is_punct(i - 1, ".") && i >= 2 {
                self.lower(i - 2)
            } else {
                p
            };
            let dotted = self.is_punct(i - 1, ".");
            let id = if dotted {
                words::dotted_identifier_prefix(prev_word)
            } else {
                // `Level 3`, `Rule 19`, `Proposition 64`, `Game 7` capitalised only (`rule 2`
                // may count); so are the labels of captions and documents (`Figure 3: Human
                // runs the why loop`, `Table 2 lists`, `Exhibit 99.1`; not `the figure 300`)
                self.has_role(i - 1, |r| matches!(r, Role::IdPrefix))
                    && (!matches!(
                        p,
                        "level"
                            | "rule"
                            | "proposition"
                            | "image"
                            | "photo"
                            | "slide"
                            | "game"
                            | "figure"
                            | "table"
                            | "chart"
                            | "exhibit"
                            | "appendix"
                    ) || self.capitalized(i - 1))
            };
            if id {
                let e = self.skip_cluster(i);
                // `Image 2 of 2`, `page 3 of 10`: the number of the last one goes with it
                if self.lower(e) == "of" && self.is_num(e + 1) && !self.glued(e + 2) {
                    return Some(e + 2);
                }
                return Some(e);
            }
        }
        // `Witness #5`, `#2 seed`: a number after `#` is an identifier (as `No. 5`)
        if i >= 1 && self.is_punct(i - 1, "#") && self.glued(i) {
            return Some(self.skip_cluster(i));
        }
        // map coordinates (`41.68006 -83.56046`, `41.68006, -83.56046`): two decimals of four
        // places or more, the second signed or after a comma
        if let Some(e) = self.coordinates(i) {
            return Some(e);
        }
        // `9-1-1`: the emergency number spelled digit by digit
        if self.surface(i) == "9"
            && self.is_punct(i + 1, "-")
            && self.surface(i + 2) == "1"
            && self.is_punct(i + 3, "-")
            && self.surface(i + 4) == "1"
            && (i + 1..i + 5).all(|k| self.glued(k))
        {
            return Some(i + 5);
        }
        // `2+2 meeting`, `5+1 talks`: a format's name or a sum written out, not two numbers
        if self.is_punct(i + 1, "+")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
            && !self.surface(i).contains([',', '.'])
        {
            return Some(i + 3);
        }
        // display and sound formats: `4K streaming`, `8K TV`, `1080p video`, `5.1 surround
        // sound`, `7.1-channel` (`$4K` is money, `4K people` a count)
        let glued_format = self.glued(i + 1)
            && matches!(self.surface(i + 1), "K" | "p")
            && !self.surface(i).contains([',', '.'])
            && words::display_format_noun(self.lower(i + 2))
            || self.display_format(i);
        let channels = matches!(self.surface(i), "2.1" | "5.1" | "7.1" | "9.1")
            && (self.lower(i + 1) == "surround"
                || self.lower(i + 1) == "-" && self.lower(i + 2) == "channel"
                || self.lower(i + 1) == "channel");
        // a mobile network's generation (`4G packages`, `5G wireless`; `500g` is a weight)
        let network = self.glued(i + 1) && self.surface(i + 1) == "G" && self.surface(i).len() == 1;
        if (glued_format || channels || network) && !self.glued_currency(i.wrapping_sub(1)) {
            return Some(i + 2);
        }
        // `24/7`: always, not two numbers (`9/11`, the attacks of 2001, is a date:
        // `Context::named_day`, read before)
        if (self.surface(i), self.surface(i + 2)) == ("24", "7")
            && self.is_punct(i + 1, "/")
            && self.glued(i + 1)
            && self.glued(i + 2)
        {
            // (`24/7/365`: every day of the year, the same idiom)
            if self.is_punct(i + 3, "/") && self.glued(i + 3) && self.surface(i + 4) == "365" {
                return Some(i + 5);
            }
            if !self.is_punct(i + 3, "/") {
                return Some(i + 3);
            }
        }
        if let Some(e) = self.model_variant(i) {
            return Some(e);
        }
        // (`Cologne (Jung 5')`: a goal's minute, `Context::primed_minute`)
        if self.number_in_name(i) && !self.primed_minute(i) {
            return Some(i + 1);
        }
        // a television station named by its channel (`WMC Action News 5.`, `News 3 reached out`,
        // `News 12 New Jersey`): a capitalised `News` before one or two digits
        if i >= 1
            && t.spaced
            && self.surface(i - 1) == "News"
            && self.surface(i).len() <= 2
            && !self.is_punct(i + 1, "%-")
            && !self.measure_word_at(i + 1)
        {
            return Some(i + 1);
        }
        // a name in capitals and a number (`PIX 11`, `NEXUS 17`, `FTSE 250 Index`, `HB 2`, `COP
        // 21`): an identifier when no lower-case word follows (`the EPA 13 times` is a count)
        if i >= 1 && t.spaced && self.surface(i).len() <= 3 && !self.surface(i).contains([',', '.'])
        {
            let w = self.surface(i - 1);
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
                && words::month(self.lower(i - 1)).is_none()
                && words::weekday(self.lower(i - 1)).is_none()
                && !words::era(w);
            let next_lower = self.is_word(i + 1)
                && self
                    .surface(i + 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
            if caps
                && !next_lower
                && !self.is_punct(i + 1, "%-")
                && !self.measure_word_at(i + 1)
                && !self.marked_clock(i)
            {
                return Some(i + 1);
            }
        }
        // a stock code after an exchange (`(TWSE: 2495)`, `(HKEX: 0700)`)
        if i >= 2
            && self.is_punct(i - 1, ":")
            && self.glued(i - 1)
            && self.is_word(i - 2)
            && (3..=6).contains(&self.surface(i - 2).len())
            && self.surface(i - 2).chars().all(|c| c.is_ascii_uppercase())
            && (self.is_punct(i + 1, ")") || self.lexeme(i + 1).is_none())
        {
            return Some(i + 1);
        }
        // emergency numbers: `called 911`, `connecting to 911`, `a 999 call`, `112/999`
        if self.has_role(i, |r| matches!(r, Role::Emergency)) {
            let prev = self.lower(i.wrapping_sub(1));
            let next = self.lower(i + 1);
            let calling = prev.starts_with("call")
                || prev.starts_with("dial")
                || words::calling_verb(prev)
                // `connecting to 911`, `calls to 911` (not `rose to 911`)
                || prev == "to"
                    && i >= 2
                    && (self.lower(i - 2).starts_with("call")
                        || self.lower(i - 2).starts_with("connect")
                        || words::call_to_verb(self.lower(i - 2)))
                || self.is_punct(i.wrapping_sub(1), "/") && self.glued(i)
                // `report suspicious activity to 911`
                || prev == "to"
                    && (i.saturating_sub(5)..i - 1)
                        .any(|k| self.lower(k).starts_with("report") || self.lower(k) == "contact");
            let service = words::emergency_service_noun(next)
                || self.is_punct(i + 1, "/") && self.glued(i + 1) && self.is_num(i + 2);
            if calling || service {
                return Some(i + 1);
            }
        }
        // list markers: a line starting with `1.` or `2)`
        if t.line_start
            && self.is_punct(i + 1, ".)")
            && self.glued(i + 1)
            && self.surface(i).len() <= 2
            && !self.is_num(i + 2)
        {
            return Some(i + 2);
        }
        if i >= 1
            && self.is_punct(i - 1, "(")
            && self.is_punct(i + 1, ")")
            && self.surface(i).len() <= 2
            && self.glued(i)
            && self.glued(i + 1)
        {
            return Some(i + 2);
        }
        if let Some(e) = self.phone_like(i) {
            return Some(e);
        }
        // phone numbers: groups of digits joined by - or spaces, 7+ digits, + prefix
        let mut j = i;
        let mut digits = 0usize;
        let mut groups = 0usize;
        while self.is_num(j) && !self.surface(j).contains([',', '.']) {
            digits += self.surface(j).len();
            groups += 1;
            if self.is_punct(j + 1, "-.")
                && self.glued(j + 1)
                && self.is_num(j + 2)
                && self.glued(j + 2)
            {
                j += 2;
            } else {
                break;
            }
        }
        let plus = i >= 1 && self.is_punct(i - 1, "+") && self.glued(i);
        if groups >= 2
            && digits >= 7
            && !(groups == 2
                && self.surface(i).len() == 4
                && self.surface(j).len() == 4
                && digits == 8)
        {
            return Some(j + 1);
        }
        if plus && self.surface(i).len() <= 3 && self.is_num(i + 1) {
            let mut j = i;
            while self.is_num(j + 1) || (self.is_punct(j + 1, "-") && self.is_num(j + 2)) {
                j += 1;
            }
            return Some(j + 1);
        }
        // `021-455 8510`, `0161-496 0000`: a leading zero before a hyphen opens a dialling code
        // (`0-3` is a score)
        let s = self.surface(i);
        if !s.contains([',', '.', ' '])
            && s.len() >= 3
            && s.starts_with('0')
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_num(i + 2)
        {
            let mut j = i + 2;
            while self.is_num(j + 1) && !self.surface(j + 1).contains([',', '.']) && j < i + 4 {
                j += 1;
            }
            return Some(j + 1);
        }
        // `0800 028 9276`, `020 7946 0000`, `01632 960 123`: a dialling code with a leading
        // zero and digit groups after it, each a separate number (the groups are no thousands:
        // `0800` has four digits), nine digits or more in all
        if let Some(e) = self.zero_dialled(i) {
            return Some(e);
        }
        None
    }
}

impl Context<'_> {
    /// A plain number that ends the name of a product, an index, an event or a document
    /// (`iPhone 14`, `Galaxy Note 20`, `S&P 500`, `FTSE 100 rose`, `Fortune 100 companies`,
    /// `Game 7`, `Covid 19`): a capitalised word (not the sentence's first) or a mixed-case one
    /// (`iPhone`, `eBay`) right before it, no unit, percent or currency after it, and no title
    /// case around it (a headline capitalises its verbs: `Police Arrest 3 Men`). A capitalised
    /// place after a preposition followed by a noun is no name (`in Texas 12 people died`).
    /// Years stay years (`Euro 2016` is read by the year rules).
    /// A display format without a noun after it (decision 143): a video line count glued to
    /// `p` (`720p`, `1,440p`, `2160p`; no price in pence is written so), and `4K`, `8K` after
    /// `in`, `native`, `full` or `true` (`games in native 4K`, `runs in 4K at 30 fps`) or before
    /// `than` (`more games in 4K than`); `4K people` stays a count, `$4K` money.
    /// A display format at the number `i` (`4K streaming`, `1080p video`, `in 4K`), not money.
    pub(super) fn noise_format(&self, i: usize) -> bool {
        let glued = self.glued(i + 1)
            && matches!(self.surface(i + 1), "K" | "p")
            && !self.surface(i).contains([',', '.'])
            && words::display_format_noun(self.lower(i + 2));
        (glued || self.display_format(i)) && !self.glued_currency(i.wrapping_sub(1))
    }

    fn display_format(&self, i: usize) -> bool {
        if !self.glued(i + 1) || self.glued(i + 2) && self.is_word(i + 2) {
            return false;
        }
        match self.surface(i + 1) {
            "p" => matches!(
                self.surface(i).replace(',', "").as_str(),
                "240" | "360" | "480" | "576" | "720" | "1080" | "1440" | "2160" | "4320"
            ),
            "K" => {
                matches!(self.surface(i), "4" | "8")
                    && (i >= 1 && matches!(self.lower(i - 1), "in" | "native" | "full" | "true")
                        || self.lower(i + 2) == "than")
            }
            _ => false,
        }
    }

    /// A model and its variant joined by a hyphen (`the Boeing 777-200LR jet`, `a Boeing
    /// 737-800`, `The 777-8X will be`, `an A330-300`'s digits): a designation, not a score or a
    /// range. The model is a number of three or four digits; the variant a round hundred
    /// (`-200`, `-800`: the model at least 200 and a capitalised name before it, so that no
    /// basketball score `Lakers 112-100` is one) or digits with capitals glued (`-8X`, `-300ER`,
    /// `-200LR`; not a unit, `10-20GB`). Returns the lexeme after the variant.
    fn model_variant(&self, i: usize) -> Option<usize> {
        let m = self.surface(i);
        if !(3..=4).contains(&m.len())
            || !m.bytes().all(|b| b.is_ascii_digit())
            || !self.is_punct(i + 1, "-")
            || !self.glued(i + 1)
            || !self.glued(i + 2)
            || !self.is_num(i + 2)
        {
            return None;
        }
        let v = self.surface(i + 2);
        let capitals = self.glued(i + 3)
            && self.is_word(i + 3)
            && self.surface(i + 3).bytes().all(|b| b.is_ascii_uppercase())
            && !self.has_role(i + 3, |r| matches!(r, Role::Unit(_)));
        if capitals {
            return Some(self.skip_cluster(i + 3));
        }
        let named = i >= 1
            && self.is_word(i - 1)
            && self.capitalized(i - 1)
            && self.same_sentence(i - 1, i)
            && !words::determiner(self.lower(i - 1));
        let round = v.len() == 3 && v.ends_with("00") && !v.starts_with('0');
        (named
            && round
            && m.parse::<u32>().is_ok_and(|n| n >= 200)
            && !(self.glued(i + 3) && (self.is_word(i + 3) || self.is_num(i + 3))))
        .then_some(i + 3)
    }

    pub(super) fn number_in_name(&self, i: usize) -> bool {
        let t = self.surface(i);
        if i == 0
            || !self.lexemes[i].spaced
            || t.len() > 4
            || t.contains(',')
            || t.contains('.') && !self.named_version(i)
            || t.len() == 4 && (1000..2100).contains(&t.parse::<u32>().unwrap_or(0))
            || !self.is_word(i - 1)
            || !self.same_sentence(i - 1, i)
        {
            return false;
        }
        let w = self.surface(i - 1);
        let mut cs = w.chars();
        let first_upper = cs.next().is_some_and(char::is_uppercase);
        // `iPhone`, `eBay`; and `AirPods`, `PlayStation` (a capital after a small letter, not
        // a surname's `McCain`, `MacLeod`), a name even at a sentence's start
        let inner_capital = w
            .as_bytes()
            .windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
        let mixed = !first_upper && cs.any(char::is_uppercase)
            || first_upper
                && inner_capital
                && !w.starts_with("Mc")
                && !w.starts_with("Mac")
                && w.chars().all(|c| c.is_ascii_alphanumeric());
        let sentence_start = i < 2 || !self.same_sentence(i - 2, i - 1);
        let catalogue = sentence_start && self.catalogue_code(i);
        if !(mixed || catalogue || first_upper && !sentence_start) || matches!(w, "I" | "A") {
            return false;
        }
        let lw = self.lower(i - 1);
        let other_role = self.has_role(i - 1, |r| {
            !matches!(
                r,
                Role::Counted(_) | Role::Measure(_) | Role::NonPerson | Role::PersonNoun
            )
        });
        if other_role
            || words::month(lw).is_some()
            || words::weekday(lw).is_some()
            || words::small(lw).is_some()
            || words::tens(lw).is_some()
            || words::ordinal(lw).is_some()
            || words::era(w)
            // a closed-class word opening a quotation (`he said: "Only 20 came"`)
            || words::determiner(lw)
            || words::before_number_word(lw)
        {
            return false;
        }
        // what follows makes it a measure (`Apple 5%`, `Tesla 3 years`, `Lavrov 13 times`, `25th`)
        // or a date (`Sun 19 Mar`)
        let next = self.lower(i + 1);
        if self.is_punct(i + 1, "%-/:") && self.glued(i + 1)
            || self.is_word(i + 1) && self.glued(i + 1)
            || self.is_num(i + 1)
            || matches!(next, "times" | "time")
            || words::month(next).is_some()
            || words::weekday_abbreviation(lw)
            || words::percent_word(next)
            || words::time_unit(next).is_some()
            || self
                .find(i + 1, |r| {
                    matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::CurCode(_)).then_some(())
                })
                .is_some()
        {
            return false;
        }
        // `Rodney Hardee, 23, and Stephen Maynard 23,`: an age after a name
        if self.name_age_in_list(i) {
            return false;
        }
        // `in Texas 12 people`: a place, then a count
        let lower_next = self.is_word(i + 1) && !self.capitalized(i + 1);
        if lower_next && i >= 2 && words::place_preposition(self.lower(i - 2)) {
            return false;
        }
        mixed || !self.title_case_around(i)
    }

    /// The words around token `i` (eight on each side, same sentence) are in title case: every
    /// word of four letters or more is capitalised, and there are at least three.
    pub(super) fn title_case_around(&self, i: usize) -> bool {
        let from = i.saturating_sub(8);
        let mut long = 0;
        for k in from..i + 9 {
            let inside = if k > i {
                self.same_sentence(i, k)
            } else {
                self.same_sentence(k, i)
            };
            if k == i || !inside {
                continue;
            }
            if self.is_word(k) && self.surface(k).chars().count() >= 4 {
                if !self.capitalized(k) {
                    return false;
                }
                long += 1;
            }
        }
        long >= 3
    }
}

impl Context<'_> {
    /// A word of three capitals or more at `k` (`CASH`, `LMPD`).
    fn is_caps_word(&self, k: usize) -> bool {
        self.is_word(k)
            && self.surface(k).len() >= 3
            && self.surface(k).chars().all(|c| c.is_ascii_uppercase())
    }

    /// Numbers of the kind a phone keypad takes, which the digit-group rule below misses: an
    /// area code in brackets before a number (`(888) 580-8477`), a vanity number with letters
    /// (`528-CASH`, `1-866-7LOCKUP`), a text-message short code (`Text NEWSAPP to 51414`), and
    /// a broadcaster's name (`14 News`, `our 14 News mobile app`). Returns the token to resume
    /// at.
    fn phone_like(&self, i: usize) -> Option<usize> {
        let s = self.surface(i);
        let plain = !s.contains([',', '.', ' ']);
        // `(888) 580-8477`
        if plain
            && s.len() == 3
            && i >= 1
            && self.is_punct(i - 1, "(")
            && self.is_punct(i + 1, ")")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.surface(i + 2).len() == 3
            && self.is_punct(i + 3, "-.")
            && self.glued(i + 3)
            && (self.is_num(i + 4) || self.glued(i + 4) && self.is_caps_word(i + 4))
        {
            return Some(i + 5);
        }
        // `574-LMPD (5673)`, `CRIMES (274637)`, `634-STOP (7867)`: the digits of the word in
        // capitals before the bracket, spelled on a phone keypad
        if plain
            && i >= 2
            && self.is_punct(i - 1, "(")
            && self.is_punct(i + 1, ")")
            && self.is_caps_word(i - 2)
            && words::keypad_spelling(self.surface(i - 2), s)
        {
            return Some(i + 2);
        }
        // `528-CASH`, `1-866-7LOCKUP`: digit groups joined by hyphens to a word in capitals (not
        // a unit in a text in capitals: `A 3-YEAR OLD`, `2-HOUR`)
        let caps = |k: usize| self.is_caps_word(k) && !self.unit_word(k);
        // after three digit groups a capitalised word will do (`1-866-7Lockup`; two are a score
        // before a team: `1-2-Eintracht Frankfurt`)
        let word = |k: usize, j: usize| {
            caps(k)
                || j >= i + 4
                    && self.is_word(k)
                    && self.capitalized(k)
                    && self.surface(k).len() >= 3
        };
        let mut j = i;
        while plain && self.is_num(j) && !self.surface(j).contains([',', '.']) {
            if self.glued(j + 1) && word(j + 1, j) && j > i {
                return Some(j + 2);
            }
            if self.is_punct(j + 1, "-") && self.glued(j + 1) && self.glued(j + 2) {
                if word(j + 2, j) {
                    return Some(j + 3);
                }
                j += 2;
            } else {
                break;
            }
        }
        // `the popular 4-Way Stop Band`, `a 7-Eleven store`: a number joined to a capitalised
        // word inside a name, mid-sentence, another capitalised word after it (not `A 3-YEAR
        // OLD`, a unit in capitals, nor a score before a team: `96 1-2-Eintracht`)
        if plain
            && s.len() <= 2
            && i >= 1
            && self.same_sentence(i - 1, i)
            && self.lexemes[i].spaced
            && !self.is_num(i - 1)
            && !self.capitalized(i - 1)
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_word(i + 2)
            && self.capitalized(i + 2)
            && !self.is_caps_word(i + 2)
            && !self.unit_word(i + 2)
            && self.is_word(i + 3)
            && self.capitalized(i + 3)
        {
            return Some(i + 3);
        }
        // `Text NEWSAPP to 51414`, `text TIP to 274637`, `text 274637`: a short code; and
        // `send a text message anonymously to 50411`, `texting CRIMENV and the tip information
        // to 274637` (five or six digits after `to`, a texting word earlier in the sentence)
        if plain
            && (4..=6).contains(&s.len())
            && i >= 2
            && (self.lower(i - 1) == "to"
                && (2..=3).any(|b| i >= b && words::texting_verb(self.lower(i - b)))
                || self.lower(i - 1) == "to"
                    && s.len() >= 5
                    && (i.saturating_sub(MAX_TEXT_CODE_DISTANCE)..i - 1).any(|b| {
                        self.same_sentence(b, i)
                            && words::texting_verb(self.lower(b))
                    })
                // `or text 274637` (five or six digits: `some text 2020` keeps its year)
                || words::texting_verb(self.lower(i - 1)) && s.len() >= 5
                // `SMS/MMS: 61124`, `SMS: 81010`: a contact box's short code after a colon
                || self.is_punct(i - 1, ":")
                    && s.len() >= 5
                    && (words::texting_verb(self.lower(i - 2)) || self.lower(i - 2) == "mms"))
        {
            return Some(i + 1);
        }
        // `14 News`, `KARK 4 News`: a station's name (at a line's or sentence's start only as
        // the subject of a verb, `11 News has confirmed`: `3 News stories`)
        let subject = |w: &str| {
            words::be_or_have(w)
                || words::reporting_participle(w)
                || matches!(w, "learned" | "confirmed" | "obtained")
        };
        if plain
            && s.len() <= 2
            && (self.lexemes[i].spaced && i >= 1 && self.same_sentence(i - 1, i)
                || subject(self.lower(i + 2)))
            && self.surface(i + 1) == "News"
        {
            return Some(i + 2);
        }
        None
    }
}

impl Context<'_> {
    /// True when token `i` is a unit word (`HOUR`, `Year`, `km`): after a number and a hyphen it
    /// makes a measure (`A 3-YEAR OLD`), not a name or a phone word.
    fn unit_word(&self, i: usize) -> bool {
        words::time_unit(self.lower(i)).is_some()
            || self.has_role(i, |r| matches!(r, Role::Unit(_)))
    }

    /// Map coordinates at `i`: a decimal of four places or more, then (after a comma or not) a
    /// signed one of four places or more (`41.68006 -83.56046`, `38.8977, -77.0365`). Returns
    /// the token after the second.
    fn coordinates(&self, i: usize) -> Option<usize> {
        let places = |k: usize| {
            self.is_num(k)
                && self
                    .surface(k)
                    .split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && a.len() <= 3 && b.len() >= 4)
        };
        if !places(i) {
            return None;
        }
        let mut k = i + 1;
        if self.is_punct(k, ",") {
            k += 1;
        }
        if self.is_punct(k, "-\u{2212}") && self.glued(k + 1) {
            k += 1;
        }
        (k > i + 1 && places(k)).then_some(k + 1)
    }
}

impl Context<'_> {
    /// A number that is the whole title of a work, quoted right after a noun of works (`the
    /// book '1984'`, `the film "2012"`, `the album "1989"`): a name, no quantity.
    fn quoted_title(&self, i: usize) -> bool {
        const QUOTES: &str = "'\"\u{2018}\u{2019}\u{201c}\u{201d}";
        i >= 2
            && self.is_punct(i - 1, QUOTES)
            && self.glued(i)
            && self.glued(i + 1)
            && (self.is_punct(i + 1, QUOTES)
                || self.is_punct(i + 1, ",.") && self.is_punct(i + 2, QUOTES) && self.glued(i + 2))
            && matches!(
                self.lower(i - 2),
                "book"
                    | "novel"
                    | "film"
                    | "movie"
                    | "song"
                    | "album"
                    | "play"
                    | "poem"
                    | "musical"
                    | "opera"
                    | "painting"
                    | "single"
                    | "titled"
                    | "entitled"
            )
    }
}
