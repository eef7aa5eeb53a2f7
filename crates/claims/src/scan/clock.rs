//! Clock times: `6:30pm`, `6.30 p.m.`, `22:30 GMT`, `0600 GMT`, `noon`, with the zone as
//! written and its UTC offset when the lexicon knows it.

use super::{Context, RawQuantity};
use crate::lexicon::Role;
use crate::types::QuantityKind;
use crate::words;

impl Context<'_> {
    /// Clock times: `6:30pm`, `6.30 p.m.`, `22:30 GMT`, `6pm local time`, `noon`, `0600 GMT`.
    pub(super) fn clock(&self, i: usize) -> Option<RawQuantity> {
        let (h, m, mut e);
        if self.is_word(i) {
            match self.lower(i) {
                "noon" | "midday" => (h, m, e) = (12u8, 0u8, i + 1),
                "midnight" => (h, m, e) = (0, 0, i + 1),
                "between" | "from" => return self.clock_range(i),
                _ => return None,
            }
            if !words::clock_word_preposition(self.lower(i.wrapping_sub(1))) {
                return None;
            }
        } else {
            if !self.is_num(i) {
                return None;
            }
            let s = self.surface(i);
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
                let Some(ap) = self.ampm(e) else {
                    return self.live_stamp(i, a, m);
                };
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
                // `at 0900 hrs`, `until 1430 hours`: the military clock (`worked 1500 hours`
                // is a length of time)
                let at = s.starts_with('0')
                    || i >= 1
                        && matches!(
                            self.lower(i - 1),
                            "at" | "from" | "until" | "till" | "by" | "before" | "after" | "since"
                        );
                if at
                    && s.starts_with(['0', '1', '2'])
                    && matches!(self.lower(i + 1), "hrs" | "hours")
                {
                    return self.zoned(i, i + 2, (hv / 100) as u8, (hv % 100) as u8);
                }
                return None;
            }
            if s.len() > 2 || hv > 24 {
                return None;
            }
            if self.is_punct(i + 1, ":")
                && self.glued(i + 1)
                && self.is_num(i + 2)
                && self.glued(i + 2)
                && self.surface(i + 2).len() == 2
            {
                m = self.surface(i + 2).parse().ok()?;
                if m > 59 {
                    return None;
                }
                e = i + 3;
                // `at 14:40:08`: the seconds are inside the time (its value is to the minute)
                if self.is_punct(e, ":")
                    && self.glued(e)
                    && self.is_num(e + 1)
                    && self.glued(e + 1)
                    && self.surface(e + 1).len() == 2
                {
                    e += 2;
                }
                h = match self.ampm(e) {
                    // `at 0:11 AM Beijing time`: the first hour after midnight written as a
                    // 24-hour clock does, with the morning's mark (a site's machine-written
                    // time; `0:11 PM` is no time)
                    Some((false, ae)) if hv == 0 => {
                        e = ae;
                        0
                    }
                    Some((pm, ae)) => {
                        e = ae;
                        if hv == 0 || hv > 12 {
                            return None;
                        }
                        to24(hv as u8, pm)
                    }
                    // `around 9:30 last night`: the evening's half of the clock
                    None if (1..12).contains(&hv) && self.night_after(e) => hv as u8 + 12,
                    // `around 2:00 Saturday afternoon`, `at 3:30 in the afternoon`
                    None if (1..=6).contains(&hv) && self.afternoon_after(e) => hv as u8 + 12,
                    None => hv as u8,
                };
            } else if let Some(oe) = self.oclock(i + 1).filter(|_| (1..=12).contains(&hv)) {
                // `at 4 o'clock`, `at 5 o'clock this afternoon`: the hour, its half of the day
                // from what follows as for `9:30` (else as written)
                e = oe;
                m = 0;
                h = match self.ampm(e) {
                    Some((pm, ae)) => {
                        e = ae;
                        to24(hv as u8, pm)
                    }
                    None if hv < 12 && self.night_after(e) => hv as u8 + 12,
                    None if hv <= 6 && self.afternoon_after(e) => hv as u8 + 12,
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

    /// A live blog's entry stamp on the 24-hour clock, `HH.MM` opening a sentence (after a
    /// dash or not) before a dash or a capitalised word (`21.52-Germany's Foreign Office has
    /// welcomed`, `- 21.15 Exit polls show`, `19.30 Polling stations were set up`): the entry's
    /// time on the article's day (`hh` the hour as written, `m` its minutes). A number opening
    /// a sentence before a noun in small letters or a unit is no stamp (`21.50 euros`, `12.30
    /// percent`), nor is one before a scale word in a headline's capitals (`10.50 Million
    /// Shares`, `12.40 Billion Euros`, `10.25 Bn`): an amount.
    fn live_stamp(&self, i: usize, hh: &str, m: u8) -> Option<RawQuantity> {
        let h: u8 = hh.parse().ok()?;
        let next = self.lower(i + 1);
        if words::big_scale(next).is_some()
            || words::abbr_scale(next, self.glued(i + 1)).is_some()
            || matches!(next, "hundred" | "dozen")
        {
            return None;
        }
        let opening = |k: usize| k == 0 || !self.same_sentence(k - 1, k);
        let opens =
            opening(i) || i >= 1 && self.is_punct(i - 1, "-\u{2013}\u{2014}") && opening(i - 1);
        let next_ok = self.same_sentence(i, i + 1)
            && (self.is_punct(i + 1, "-\u{2013}\u{2014}")
                || self.is_word(i + 1) && self.capitalized(i + 1))
            && !self.has_role(i + 1, |r| {
                matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::CurCode(_))
            });
        (hh.len() == 2 && h <= 23 && m <= 59 && opens && next_ok)
            .then(|| self.zoned(i, i + 1, h, m))
            .flatten()
    }

    /// A clock time `H:MM` at `i` with its half of the day or its zone after it (`UPDATE 7:23
    /// a.m.:`, `POST 3:59 p.m. -`, `UPDATE 9:05 AM`, `UPDATE 12:30 P.M. ET`): a live story's
    /// stamp after a word in capitals, no identifier of a name in capitals (`PIX 11`); a bare
    /// `JOHN 3:16` or `USA 21:18` is left to the rules of names and scores.
    pub(super) fn marked_clock(&self, i: usize) -> bool {
        self.is_punct(i + 1, ":")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
            && self.surface(i + 2).len() == 2
            && (self.ampm(i + 3).is_some() || self.zone(i + 3).is_some())
            && self.clock(i).is_some()
    }

    /// `o'clock` at `k` (one word, `o’clock` and `oclock` too, or `o` `'` `clock`): where it
    /// ends.
    fn oclock(&self, k: usize) -> Option<usize> {
        match self.lower(k) {
            "oclock" | "o'clock" | "o\u{2019}clock" => Some(k + 1),
            "o" if self.is_punct(k + 1, "'\u{2019}")
                && self.glued(k + 1)
                && self.lower(k + 2) == "clock"
                && self.glued(k + 2) =>
            {
                Some(k + 3)
            }
            _ => None,
        }
    }

    /// A range of clock times on one day from `between` or `from` at `b`: `between 9:30 and
    /// 9:40 p.m.`, `from 9 to 11 a.m.`,
    /// `between 11 a.m. and 1 p.m.`; the first end takes the half of the day of the second when
    /// it gives none (`9:30` is 21:30 before `9:40 p.m.`). One mention, as a range of counts.
    fn clock_range(&self, b: usize) -> Option<RawQuantity> {
        let from = self.lower(b);
        let i = b + 1;
        if !matches!(from, "between" | "from") || !self.is_num(i) {
            return None;
        }
        let s = self.surface(i);
        if s.len() > 2 || s.contains([',', '.']) {
            return None;
        }
        let hv: u8 = s.parse().ok()?;
        let (m1, mut e) = if self.is_punct(i + 1, ":")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.surface(i + 2).len() == 2
        {
            (self.surface(i + 2).parse::<u8>().ok()?, i + 3)
        } else {
            (0, i + 1)
        };
        let ap1 = self.ampm(e);
        if let Some((_, ae)) = ap1 {
            e = ae;
        }
        let joined = match from {
            "between" => self.lower(e) == "and",
            _ => matches!(self.lower(e), "to" | "until" | "till"),
        };
        if !joined || !(1..=12).contains(&hv) || m1 > 59 {
            return None;
        }
        let second = self.clock(e + 1)?;
        let (h2, m2, zone, off) = second.clock.clone()?;
        // a bare first hour needs the second end to say its half of the day (`between 9 and
        // 10 p.m.`; not `from 9 to 10:30`)
        let said = (e + 1..second.end).any(|k| self.ampm(k).is_some());
        if m1 == 0 && e == i + 1 && !said {
            return None;
        }
        let h1 = match ap1 {
            Some((pm, _)) => to24(hv, pm),
            None if h2 >= 12 && to24(hv, true) <= h2 => to24(hv, true),
            None => to24(hv, false),
        };
        if (h1, m1) >= (h2, m2) {
            return None;
        }
        Some(RawQuantity {
            clock: Some((h1, m1, zone, off)),
            clock_to: Some((h2, m2)),
            ..RawQuantity::new(b, second.end, QuantityKind::Time, i)
        })
    }

    /// A word of the evening or night follows at `i` (`last night`, `tonight`, `Friday
    /// night`, `in the evening`, `that night`).
    fn night_after(&self, i: usize) -> bool {
        let evening = |k: usize| matches!(self.lower(k), "night" | "evening");
        self.lower(i) == "tonight"
            || evening(i + 1)
                && (matches!(self.lower(i), "last" | "that" | "at")
                    || words::weekday(self.lower(i)).is_some())
            || self.lower(i) == "in" && self.lower(i + 1) == "the" && evening(i + 2)
    }

    /// A word of the afternoon follows at `i` (`Saturday afternoon`, `that afternoon`, `in the
    /// afternoon`, `this afternoon`).
    fn afternoon_after(&self, i: usize) -> bool {
        let afternoon = |k: usize| self.lower(k) == "afternoon";
        afternoon(i + 1)
            && (matches!(self.lower(i), "that" | "this" | "yesterday")
                || words::weekday(self.lower(i)).is_some())
            || self.lower(i) == "in" && self.lower(i + 1) == "the" && afternoon(i + 2)
    }

    pub(super) fn ampm(&self, i: usize) -> Option<(bool, usize)> {
        match self.lower(i) {
            "am" | "pm" => Some((self.lower(i) == "pm", i + 1)),
            "a" | "p" if self.is_punct(i + 1, ".") && self.lower(i + 2) == "m" => {
                let e = if self.is_punct(i + 3, ".") {
                    i + 4
                } else {
                    i + 3
                };
                Some((self.lower(i) == "p", e))
            }
            _ => None,
        }
    }

    pub(super) fn zone(&self, i: usize) -> Option<(usize, u16)> {
        let (e, z) = self.find(i, |r| match r {
            Role::Zone(z) => Some(z),
            _ => None,
        })?;
        let name = &self.lexicon.zones[z as usize].0;
        let upper = self.surface(i).chars().all(|c| !c.is_lowercase());
        // (`2130 gmt`: the wire's lower-case GMT and UTC are no English words)
        if !name.contains(' ')
            && name != "local"
            && !upper
            && !matches!(self.lower(i), "gmt" | "utc")
        {
            return None;
        }
        if name == "local" {
            return None;
        }
        Some((e, z))
    }

    pub(super) fn zoned(&self, s: usize, mut e: usize, h: u8, m: u8) -> Option<RawQuantity> {
        let mut zone = None;
        let mut off = None;
        if let Some((ze, z)) = self.zone(e) {
            let (_, o) = &self.lexicon.zones[z as usize];
            zone = Some(
                self.text[self.lexemes[e].start as usize..self.lexemes[ze - 1].end as usize]
                    .to_owned(),
            );
            off = *o;
            e = ze;
        }
        if h > 23 {
            return None;
        }
        Some(RawQuantity {
            clock: Some((h, m, zone, off)),
            ..RawQuantity::new(s, e, QuantityKind::Time, s)
        })
    }
}

pub(super) fn to24(h: u8, pm: bool) -> u8 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}
