//! Numbers that mark a place in the text or name a release, not a quantity: a reference mark
//! in brackets after a space (`by a very large margin [3], far greater`), a list item's number
//! opening a sentence whose line break the page lost (`3) 4-Year Partial University
//! Scholarships`, `2. Mobile applications will`, `2) Mbar The Damask rose`), and a software release's version after the
//! product's name (`iOS 8.2 or later`, `macOS 10.12`, `Android 7.1`), a photo gallery's counter
//! (`Hide Caption 8 of 13 Photos`), digits glued after a word's full stop (a footnote's mark,
//! a user name's tail: `at all.6 It's`, `jamesodonnell.22`) and a hardware model's number that
//! stands for the thing (`a remote 4080, and`), and a broadcaster's number after its brand
//! (`BBC Radio 4`, `Europe 1`, `France 24`, `BBC Two`), and a phone number written the
//! international way (`+44 (0)7525 900971`), and a labelled item's number opening its
//! sentence (`Point 1: In the US market`, `Charge 2: offending`). The scanner skips them
//! whole, as the other noise of [`super::noise`].

use super::Context;
use crate::lexicon::Role;
use crate::words;

/// Capitalised product names that take a version number with a decimal point (the mixed-case
/// ones, `iOS`, `watchOS`, `macOS`, are found by their shape).
fn versioned_product(w: &str) -> bool {
    matches!(
        w,
        "Android" | "Windows" | "Firefox" | "Chrome" | "Bluetooth" | "Python" | "Java" | "Ubuntu"
    )
}

/// A label that numbers the items of an argument, a list or a charge sheet (`Point 1:`, `Step
/// 2:`, `Charge 1:`, `Reason 3:`, `Count 2:`), lower-cased.
fn item_label(w: &str) -> bool {
    matches!(
        w,
        "point"
            | "step"
            | "charge"
            | "reason"
            | "rule"
            | "lesson"
            | "tip"
            | "question"
            | "myth"
            | "fact"
            | "count"
            | "takeaway"
            | "option"
            | "item"
            | "problem"
    )
}

/// A broadcaster named by a brand and a number (`BBC Radio 4`, `Radio 5 Live`, `Europe 1`,
/// `France 24`, `France 2`, `Channel 4`, `Rossiya 1`, `Rai 3`, `Kan 11`; spelled: `BBC Two`,
/// `Radio Four`, `Sky One`, `Channel One`): `brand` as written, `n` the number.
fn numbered_station(brand: &str, n: u32, spelled: bool) -> bool {
    match brand {
        "Radio" => (1..=6).contains(&n),
        "Channel" => (1..=13).contains(&n),
        "BBC" | "Sky" => spelled && (1..=4).contains(&n),
        "Europe" | "Rossiya" => n == 1 || n == 24 && brand == "Rossiya",
        "France" => matches!(n, 2 | 3 | 5 | 24) && !spelled,
        "Rai" => (1..=3).contains(&n),
        "Kan" => n == 11,
        _ => false,
    }
}

/// A model or a mission named by its maker's or programme's word and a number: a firearm after
/// its maker (`a Glock 19`, `a Glock 22 handgun`, `a Remington 700`, `Mossberg 500`, `Beretta
/// 92`) and a crewed or probe mission after its programme (`Apollo 11`,
/// `Soyuz 2`, `Voyager 1`, `Artemis 2`, `Gemini 4`, `Shenzhou 15`): `brand` as written.
fn numbered_model(brand: &str) -> bool {
    matches!(
        brand,
        "Glock" | "Ruger" | "Beretta" | "Remington" | "Mossberg" | "Taurus" | "Kimber"
    ) || space_programme(brand)
}

/// A space programme whose missions are numbered (`Apollo 11`, `Soyuz 2`, `Voyager 1`, `Artemis
/// 2`, `Gemini 4`, `Shenzhou 15`), as written.
fn space_programme(brand: &str) -> bool {
    matches!(
        brand,
        "Apollo"
            | "Soyuz"
            | "Voyager"
            | "Artemis"
            | "Gemini"
            | "Shenzhou"
            | "Sputnik"
            | "Vostok"
            | "Skylab"
    )
}

/// A postal district or a tournament tier named by its city's or tour's word and a number:
/// Dublin's districts (`of Reuben Street in Dublin 8`, `Scoil Choilm in Dublin 15`, `Baggot
/// Street Lower, Dublin 2`), tennis's tiers (`his 25th Masters 1000 title`, `an ATP 500
/// event`, `a WTA 1000`): `brand` as written, `n` the number.
fn numbered_tier(brand: &str, n: u32) -> bool {
    match brand {
        "Dublin" => (1..=24).contains(&n),
        "Masters" => n == 1000,
        "ATP" | "WTA" => matches!(n, 250 | 500 | 1000),
        _ => false,
    }
}

/// A road type abbreviated before a road's number, as written (`S.R.`, `SR`, `U.S.`, `US`,
/// `Hwy.`, `Rte.`, `SH`, `FM`, `CR`).
fn road_abbreviation(abbr: &str) -> bool {
    matches!(
        abbr,
        "S.R."
            | "SR"
            | "U.S."
            | "US"
            | "Hwy."
            | "Hwy"
            | "Rte."
            | "Rte"
            | "Rt."
            | "SH"
            | "FM"
            | "C.R."
            | "CR"
    )
}

impl Context<'_> {
    /// A broadcaster's number at `i` after its capitalised brand ([`numbered_station`]), or a
    /// model's, mission's, district's or tier's after its word ([`numbered_model`],
    /// [`numbered_tier`]): `told
    /// BBC Radio 4:`, `Europe 1 did not give his name`, `on BBC Two Scotland at 23:15`. Not
    /// before a measure, a number or a glued hyphen, slash or colon and digits (`France 2-1`,
    /// `Europe 1 million`, `Channel 4 times`, `France 24:10`); a spelled number only
    /// capitalised (`the BBC one` is the pronoun's).
    pub(super) fn station_number(&self, i: usize) -> bool {
        if self.five_live(i) {
            return true;
        }
        if i == 0 || !self.lexemes[i].spaced || !self.same_sentence(i - 1, i) {
            return false;
        }
        let s = self.surface(i);
        let model = numbered_model(self.surface(i - 1))
            || s.parse::<u32>()
                .is_ok_and(|n| numbered_tier(self.surface(i - 1), n));
        let (n, spelled) = if self.is_num(i) {
            match s.parse::<u32>() {
                Ok(n) if s.len() <= 2 || model && s.len() <= 4 && !s.starts_with('0') => (n, false),
                _ => return false,
            }
        } else {
            match words::small(self.lower(i)) {
                Some(n) if self.capitalized(i) => (n, true),
                _ => return false,
            }
        };
        let next = self.lower(i + 1);
        let glued_on = self.glued(i + 1)
            && (self.is_punct(i + 1, "-\u{2013}/%")
                || self.is_punct(i + 1, ":") && self.is_num(i + 2) && self.glued(i + 2));
        // (`Glock 17 rounds`: a count of the model's cartridges; a mission's crew is its own,
        // `Apollo 11 astronauts`)
        let plural = !space_programme(self.surface(i - 1))
            && self.is_word(i + 1)
            && !self.capitalized(i + 1)
            && next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("ss");
        (numbered_station(self.surface(i - 1), n, spelled)
            || model && !spelled && !plural && !self.people_noun(i + 1))
            && !glued_on
            && !self.is_num(i + 1)
            && !self.measure_word_at(i + 1)
            && !matches!(next, "times" | "time" | "of" | "-")
            && words::time_unit(next).is_none()
    }

    /// BBC Radio 5 Live called by its short name (`told 5 live he thought`, `5 live's
    /// findings`, `5 live Investigates`, `with 5 live and World Service football`): `5` and
    /// `live` before a possessive, a capitalised word (after `and` or not) or a subject
    /// pronoun; `5 live births`, `5 live rounds`, `5 live and 3 dead` stay counts.
    fn five_live(&self, i: usize) -> bool {
        if self.surface(i) != "5" || self.lower(i + 1) != "live" || !self.same_sentence(i, i + 2) {
            return false;
        }
        let k = i + 2;
        let name_at = |k: usize| self.is_word(k) && self.capitalized(k);
        self.is_punct(k, "'\u{2019}") && self.glued(k) && self.lower(k + 1) == "s"
            || name_at(k)
            || self.lower(k) == "and" && name_at(k + 1)
            || matches!(self.lower(k), "he" | "she" | "they" | "we" | "that")
    }

    /// A phone number written the international way, a `+` and the country's code, the trunk
    /// `(0)` maybe, then groups of digits apart (`WhatsApp: +44 (0)7525 900971`, `call +1 212
    /// 555 0100`, `+33 1 42 68 53 00`): the lexeme after it. Seven digits or more after the
    /// code; a sign glued on after a number (`5+1`) or a decimal (`+2.5 points`) is none.
    fn international_phone(&self, i: usize) -> Option<usize> {
        let group =
            |k: usize| self.is_num(k) && self.surface(k).bytes().all(|b| b.is_ascii_digit());
        let code = self.surface(i);
        if !(i >= 1
            && self.is_punct(i - 1, "+")
            && (i == 1 || self.lexemes[i - 1].spaced || !self.same_sentence(i - 2, i - 1))
            && self.glued(i)
            && group(i)
            && (1..=3).contains(&code.len()))
        {
            return None;
        }
        let mut k = i + 1;
        let mut digits = 0;
        // (`(0)`: the trunk digit dropped when calling from abroad)
        if self.is_punct(k, "(") && self.surface(k + 1) == "0" && self.is_punct(k + 2, ")") {
            k += 3;
        }
        while self.same_sentence(i, k) && group(k) && self.surface(k).len() <= 8 {
            digits += self.surface(k).len();
            k += 1;
            if self.is_punct(k, "-") && group(k + 1) {
                k += 1;
            }
        }
        (digits >= 7).then_some(k)
    }

    /// A labelled item's number at `i` ([`item_label`]): the capitalised label opens the
    /// sentence, one or two digits follow, then a glued colon (`Point 1: In the US market,`,
    /// `Charge 2: offending religious sentiment`). Not `Serves 4:` (no label), nor a time
    /// (`Step 2:30`).
    fn labelled_item(&self, i: usize) -> bool {
        let s = self.surface(i);
        i >= 1
            && (i == 1 || !self.same_sentence(i - 2, i - 1))
            && self.same_sentence(i - 1, i)
            && self.is_word(i - 1)
            && self.capitalized(i - 1)
            && item_label(self.lower(i - 1))
            && (1..=2).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && self.is_punct(i + 1, ":")
            && self.glued(i + 1)
            && !(self.is_num(i + 2) && self.glued(i + 2))
    }

    /// A road's number after its abbreviated type (`on S.R. 207 from Hastings Road`, `onto U.S.
    /// 50`, `along Hwy. 61`, `off SR 16 and US 1`): the abbreviation ([`road_abbreviation`])
    /// written with its capitals, the word before it a preposition of place or motion or `and`,
    /// the number of one to four digits and no measure, number or plural noun after it (`in the
    /// U.S. 50 years ago` keeps its years, `SR 207 million` its riyals).
    fn road_number(&self, i: usize) -> bool {
        let s = self.surface(i);
        if i < 2 || !(1..=4).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        // the abbreviation, its glued pieces gathered back (`S.R.`: `S`, `.`, `R`, `.`)
        let mut k = i - 1;
        let mut abbr = self.surface(k).to_owned();
        while k > 0 && self.glued(k) && self.same_sentence(k - 1, k) && abbr.len() < 6 {
            k -= 1;
            abbr.insert_str(0, self.surface(k));
        }
        let before = self.prev_in_sentence(k);
        let next = self.lower(i + 1);
        road_abbreviation(&abbr)
            && self.same_sentence(k, i)
            && matches!(
                before,
                "on" | "onto"
                    | "off"
                    | "along"
                    | "via"
                    | "near"
                    | "at"
                    | "of"
                    | "and"
                    | "to"
                    | "from"
                    | "across"
                    | "down"
                    | "up"
            )
            && !self.is_num(i + 1)
            && !self.glued(i + 1)
            && !self.measure_word_at(i + 1)
            && !(self.is_word(i + 1) && !self.capitalized(i + 1) && next.ends_with('s'))
            && words::time_unit(next).is_none()
    }

    /// The number at `i` is one of the marks above; returns the lexeme after it.
    pub(super) fn text_mark(&self, i: usize) -> Option<usize> {
        if self.station_number(i) || self.road_number(i) {
            return Some(i + 1);
        }
        if let Some(e) = self.international_phone(i) {
            return Some(e);
        }
        if self.labelled_item(i) {
            return Some(i + 1);
        }
        let s = self.surface(i);
        let plain = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        // `margin [3], far greater than ever anticipated by the media [4].`: a bare number of
        // up to three digits alone in square brackets before a mark (the glued form, `p.m.[4]`,
        // is read in `noise`)
        if plain
            && s.len() <= 3
            && i >= 1
            && self.is_punct(i - 1, "[")
            && self.glued(i)
            && self.is_punct(i + 1, "]")
            && self.glued(i + 1)
            // (a mark or the sentence's end after it: `lost [10] homes`, an editor's figure
            // inside a quote, counts)
            && (self.is_punct(i + 2, ",;:.!?)-\u{2013}\u{2014}") || !self.same_sentence(i, i + 2))
        {
            return Some(i + 2);
        }
        // `3) 4-Year Partial University Scholarships: ...`: one or two digits and a glued
        // closing bracket opening a sentence, a word or number after it (`(3)` is read in
        // `noise`)
        // (also inside a sentence: `1)` after a colon, then each next number after a semicolon,
        // `and` or `or` when the item before it is marked so: `The recalls were: 1) a board
        // issue; 2) a steering arm recall; and 3) a door handle`; not `(25:54)`, `79.8 euros;
        // 68)`)
        let opening = i == 0
            || !self.same_sentence(i - 1, i)
            || self.is_punct(i - 1, ":") && self.lexemes[i].spaced && s == "1"
            || (self.is_punct(i - 1, ";") || matches!(self.lower(i - 1), "and" | "or"))
                && self.marked_before(i, s);
        if plain
            && s.len() <= 2
            && opening
            && self.is_punct(i + 1, ")")
            && self.glued(i + 1)
            && self.same_sentence(i, i + 2)
            && (self.is_word(i + 2) || self.is_num(i + 2))
            && !self.glued(i + 2)
        {
            return Some(i + 2);
        }
        // `2. Mobile applications will show hyper-adoption`, `7. Is this gap for Meryl
        // Streep?`: a list item's number and a glued full stop opening a sentence, a capitalised
        // word after it (a sentence's closing number has no capital after it in its sentence);
        // or the first item after a colon (`Here are my predictions: 1. Chinese and foreign
        // businesses`, `two changes in Washington Square: 1. Close`; not a glued ratio, `2:1.`)
        let after_colon = i >= 1 && self.is_punct(i - 1, ":") && !self.glued(i);
        if plain
            && s.len() <= 2
            && (i == 0 || !self.same_sentence(i - 1, i) || after_colon)
            && self.is_punct(i + 1, ".")
            && self.glued(i + 1)
            && self.is_word(i + 2)
            && !self.glued(i + 2)
            && self.capitalized(i + 2)
        {
            return Some(i + 2);
        }
        // `Hide Caption 8 of 13 Photos`: a photo gallery's counter (`8 of 12 CLOSE` after it
        // is the gallery's bar); the noun capitalised, as a caption bar writes it
        if plain
            && self.lower(i + 1) == "of"
            && self.is_num(i + 2)
            && self.capitalized(i + 3)
            && matches!(
                self.lower(i + 3),
                "photos" | "images" | "pictures" | "slides" | "photographs"
            )
        {
            return Some(i + 3);
        }
        if let Some(e) = self.glued_after_stop(i) {
            return Some(e);
        }
        if self.model_number(i) {
            return Some(i + 1);
        }
        self.version(i)
    }

    /// Digits glued after a word's full stop (`bring it up at all.6 It's like`, a footnote's
    /// mark a page left in its text; `via Signal (username: jamesodonnell.22)`, a user name's
    /// tail): no quantity. The word before is in small letters (`No.1` is a rank, `U.S.` an
    /// abbreviation, `Rs.500` money), and a capital, a mark or the text's end follows (a lost
    /// space after a sentence's stop, `died.3 people were hurt`, keeps its count).
    fn glued_after_stop(&self, i: usize) -> Option<usize> {
        let s = self.surface(i);
        let plain = !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
        if !plain || i < 2 || !self.is_punct(i - 1, ".") || !self.glued(i) || !self.glued(i - 1) {
            return None;
        }
        let w = self.surface(i - 2);
        let small_word = self.is_word(i - 2)
            && w.len() >= 2
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(w, "no" | "nos" | "rs" | "pp" | "p" | "vol" | "ch" | "art")
            && !self.has_role(i - 2, |r| matches!(r, Role::CurWord(_) | Role::CurCode(_)));
        let after_ok = i + 1 >= self.lexemes.len()
            || !self.same_sentence(i, i + 1) && !self.glued(i + 1)
            || self.is_punct(i + 1, ",;:!?)\u{201d}\"")
            || self.is_word(i + 1) && !self.glued(i + 1) && self.capitalized(i + 1);
        (small_word && after_ok).then_some(i + 1)
    }

    /// A hardware model's number standing for the thing (`a gaming rig with a 4080, so`,
    /// `through a remote 4080, and`, `borrow its 4090 to play`, `you'd want a 6080 anyway`): four
    /// digits, not a year's (1000-2099) nor a round hundred's, after a determiner or a possessive
    /// and at most one small-letter word, and no noun after it (a mark, or a word that opens
    /// the rest of the clause). `a 2500 rise`, `its 2,350 staff`, `the 1870 law`, `a total
    /// 2500,` stay quantities.
    fn model_number(&self, i: usize) -> bool {
        let s = self.surface(i);
        if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) || !self.lexemes[i].spaced {
            return false;
        }
        let v: u32 = s.parse().unwrap_or(0);
        if (1000..2100).contains(&v) || v % 100 == 0 || v < 1000 {
            return false;
        }
        let owner = |k: usize| {
            self.same_sentence(k, i)
                && matches!(
                    self.lower(k),
                    "a" | "its" | "his" | "her" | "their" | "my" | "your" | "our" | "that" | "this"
                )
        };
        let adjective = |k: usize| {
            let w = self.surface(k);
            self.is_word(k)
                && w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !words::before_number_word(w)
                && !words::determiner(w)
                && !matches!(
                    w,
                    "total"
                        | "median"
                        | "record"
                        | "further"
                        | "additional"
                        | "estimated"
                        | "reported"
                        | "remaining"
                        | "other"
                        | "extra"
                        | "mere"
                        | "whopping"
                        | "average"
                        | "combined"
                        | "net"
                        | "maximum"
                        | "minimum"
                        | "full"
                )
        };
        let before = i >= 1 && owner(i - 1) || i >= 2 && adjective(i - 1) && owner(i - 2);
        let next = self.lower(i + 1);
        let no_noun = self.is_punct(i + 1, ",;:!?)")
            || matches!(
                next,
                "anyway" | "to" | "made" | "makes" | "is" | "was" | "and" | "but" | "so"
            );
        before && no_noun && self.same_sentence(i, i + 1)
    }

    /// The list item before the number `n` at `i` is marked `n-1)` in the same sentence.
    fn marked_before(&self, i: usize, n: &str) -> bool {
        let Some(prev) = n.parse::<u32>().ok().and_then(|n| n.checked_sub(1)) else {
            return false;
        };
        let prev = prev.to_string();
        (i.saturating_sub(40)..i).any(|k| {
            self.same_sentence(k, i)
                && self.surface(k) == prev
                && self.is_punct(k + 1, ")")
                && self.glued(k + 1)
        })
    }

    /// `iOS 8.2 or later`, `watchOS 2.1`, `macOS 10.12.3`, `Android 7.1 Nougat`: a decimal
    /// number after a product's name, no unit, percent or currency after it.
    fn version(&self, i: usize) -> Option<usize> {
        let s = self.surface(i);
        let dotted = s.contains('.')
            && !s.contains(',')
            && !s.starts_with('.')
            && s.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if !dotted || i == 0 || !self.is_word(i - 1) || !self.same_sentence(i - 1, i) {
            return None;
        }
        let w = self.surface(i - 1);
        let lower_first_mixed = w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.chars().skip(1).any(|c| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphanumeric());
        if !(lower_first_mixed || versioned_product(w)) {
            return None;
        }
        let next = self.lower(i + 1);
        let measure = self.is_punct(i + 1, "%")
            || words::percent_word(next)
            || words::time_unit(next).is_some()
            || self.has_role(i + 1, |r| {
                matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::CurCode(_))
            });
        (!measure).then(|| self.skip_cluster(i))
    }
}
