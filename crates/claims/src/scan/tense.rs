//! Tense of a date without a year: the year of a day or month (`on 1 April`, `in September`)
//! is the nearest to the article date, preferring the past, then moved back by a past-tense verb
//! that governs it or ahead by a future cue (`will`, `is due to`, `scheduled for`).

use jiff::civil::Date;

use super::Context;
use crate::words;

/// Days ahead of the article date past which a day or month without a year is last year's when
/// no verb says otherwise (news mostly reports what happened).
const PAST_PREFERRED_AHEAD_DAYS: i64 = 62;

/// A future cue moves a day or month without a year to its next occurrence when that lies at
/// most this many days ahead (half a year: the nearest occurrence).
const NEAREST_AHEAD_DAYS: i64 = 183;

/// A past-tense verb further back than three words moves a day or month without a year back a
/// year only when it lies more than this many days after the article date (closer, it is more
/// often the article's own date off by a few days).
const FAR_PAST_MIN_AHEAD_DAYS: i32 = 7;

/// How far back (in tokens, inside the clause) a past-tense verb governs a date without a year
/// (`showed the rescue of the superintendent and his two friends on December 30th`).
const PAST_VERB_WINDOW: usize = 16;

/// How far back (in tokens, in the same clause) a plan (`is set to`, `must`, `should`) governs a
/// day or month without a year (`should be able to resume full operations by Friday morning`).
const NEAR_PLAN_WINDOW: usize = 12;

/// How far back (in tokens) a future cue governs a month without a year (`will host the ninth
/// summit of the leaders of BRICS countries - Brazil, ... - in Xiamen, ..., in September`).
const FAR_FUTURE_WINDOW: usize = 45;

impl Context<'_> {
    /// The date at token `i` is the time of a past-tense verb: one just before it (`was killed
    /// on 1 April`), one further back in its clause when `far` (`showed the rescue of the
    /// superintendent and his two friends on December 30th`), or, for a date opening the
    /// sentence (`On 1 April, gunmen killed ...`), the first verb after it. A past cue beyond a
    /// clause boundary says nothing of this date (`Reuters reported that the EU was preparing a
    /// summit in April`), nor does a passive infinitive (`is expected to be arraigned March
    /// 29`), a compound (`a court-ordered bond`) or a stretch up to it (`held until an August
    /// 13th hearing`), nor a past progressive (`was preparing a summit in April`).
    pub(super) fn past_context(&self, i: usize, far: bool) -> bool {
        let past = |w: &str| {
            matches!(w, "was" | "were" | "had" | "did") || w.len() > 4 && w.ends_with("ed")
        };
        let window = if far { PAST_VERB_WINDOW } else { 3 };
        for back in 1..=window {
            let Some(j) = i.checked_sub(back).filter(|&j| self.same_sentence(j, i)) else {
                break;
            };
            let w = self.lower(j);
            // `since Jan. 1`: a start already past
            if back == 1 && w == "since" {
                return true;
            }
            // `was set for April 14`, `had been slated for May 2`: a date fixed ahead, whatever
            // the tense of the fixing
            if back == 2 && set_for(w, self.lower(j + 1)) {
                return false;
            }
            if words::future_cue(w)
                || matches!(
                    w,
                    "will" | "would" | "is" | "are" | "until" | "till" | "through"
                    // (a term ahead: `the offer, announced today, expires March 25`)
                    | "expires" | "expire"
                )
            {
                return false;
            }
            // (a clause boundary: the verb before it is another clause's; past the nearest three
            // words, an infinitive or a relative clause too: `decided to hold an election on May
            // 9` is ahead)
            if self.is_punct(j, ";:\"\u{201c}\u{201d}")
                || back > 3 && matches!(w, "to" | "that" | "which" | "who" | "when" | "where")
            {
                break;
            }
            if past(w) {
                let compound = self.glued(j) && self.is_punct(j.wrapping_sub(1), "-");
                let infinitive = j >= 1 && matches!(self.lower(j - 1), "be" | "to" | "been");
                // (`was preparing a summit in April`: a plan in progress, ahead)
                let progressive = matches!(w, "was" | "were") && self.lower(j + 1).ends_with("ing");
                // (`will affect the proposed quota distribution for 12 months from April one`:
                // an `-ed` word after a determiner is an adjective, no verb)
                let adjective = w.ends_with("ed")
                    && j >= 1
                    && words::determiner(self.lower(j - 1))
                    && self.lower(j - 1) != "that";
                // (`Organised by Nigeria ..., the June 15-19 conference would be attended`: an
                // `-ed` word opening the sentence is a participle, the main verb comes later)
                let opening = w.ends_with("ed") && (j == 0 || !self.same_sentence(j - 1, i));
                if opening {
                    continue;
                }
                if compound || infinitive && w.ends_with("ed") || progressive || adjective {
                    return false;
                }
                return true;
            }
        }
        let opens = i == 0
            || !self.same_sentence(i - 1, i)
            || i >= 1 && (i == 1 || !self.same_sentence(i - 2, i)) && self.is_word(i - 1);
        if !opens {
            return false;
        }
        // (a reporting `said` before the verb of the date's clause leaves it to that verb:
        // `Effective April One, it said John Koza ... will become chairman emeritus`)
        let mut said = false;
        let mut k = i + 1;
        while k < i + 15 && self.same_sentence(i, k) {
            match self.lower(k) {
                "will" | "ll" | "shall" | "scheduled" | "due" | "is" | "are" | "expected" => {
                    return false;
                }
                "said" => said = true,
                w if past(w) => return true,
                _ => {}
            }
            k += 1;
        }
        said
    }

    /// `y`, or the year before when day `day` of month `m` in `y` lies after the article date and
    /// the sentence around token `i` speaks of the past (`On 1 April, gunmen killed ...` in a
    /// March article is last April).
    /// Likewise the year after when the day lies before the article date, its next occurrence is
    /// less than half a year ahead and a future cue governs it (`will appear at a hearing Oct.
    /// 20` in a July article, `due back in court September 16`). A month modifying a noun
    /// (`modifier`: `did not confirm the April summit`, `related to an April referendum`) dates
    /// that noun, not the verb before it: no past verb moves it back.
    pub(super) fn past_year(&self, y: i16, m: i8, day: i8, i: usize, modifier: bool) -> i16 {
        match (self.date, Date::new(y, m, day.min(28))) {
            (Some(d), Ok(c))
                if c > d
                    && !modifier
                    && self.past_context(i, (c - d).get_days() > FAR_PAST_MIN_AHEAD_DAYS) =>
            {
                y - 1
            }
            // (a firm `will` in the clause keeps a day of this year ahead that the past
            // preference put a year back: `said it will close its plant by October 1` in March)
            (Some(d), Ok(_))
                if y < d.year()
                    && Date::new(y + 1, m, day.min(28)).is_ok_and(|n| n > d)
                    && self.far_future_context(i) =>
            {
                y + 1
            }
            (Some(d), Ok(c))
                if c < d
                    && Date::new(y + 1, m, day.min(28))
                        .is_ok_and(|n| (n - d).get_days() <= NEAREST_AHEAD_DAYS as i32)
                    && !matches!(self.lower(i.wrapping_sub(1)), "last" | "past")
                    && self.future_context(i) =>
            {
                y + 1
            }
            _ => y,
        }
    }

    /// The year of month `m` without a day (`in September`) at token `i`, from the year `y`
    /// nearest the article date ([`Self::past_year`]); a future cue further back in the sentence
    /// also moves a month already past this year to its next occurrence, up to a year ahead
    /// (`China will host the ninth summit ..., in Xiamen, ..., in September` in a January
    /// article is this September, not last).
    pub(super) fn month_year(&self, y: i16, m: i8, i: usize, modifier: bool) -> i16 {
        let y0 = self.past_year(y, m, 1, i, modifier);
        match (self.date, Date::new(y0, m, 28)) {
            (Some(d), Ok(c))
                if c < d
                    && !matches!(self.lower(i.wrapping_sub(1)), "last" | "past")
                    && self.far_future_context(i) =>
            {
                y0 + 1
            }
            _ => y0,
        }
    }

    /// A firm future cue (`will`, `is due`, `is to`, `upcoming`) governs token `i` from further
    /// back than [`Self::future_context`] reads, past appositions and commas (up to
    /// [`FAR_FUTURE_WINDOW`] tokens). Not past a past-tense verb (`started turning a profit in
    /// September`), a `since` or `previous` (`will be his third visit since the elections in
    /// November`), a contrast (`is due out later this month, but within days of taking office in
    /// January`), nor past a `due to` of cause (`will be allowed due to a court ruling in
    /// February`), nor from a relative clause closed before it; weaker cues (`expected`, `plans`, `would`) say too little this far.
    pub(crate) fn far_future_context(&self, i: usize) -> bool {
        let be = |k: usize| matches!(self.lower(k), "is" | "are");
        for back in 1..=FAR_FUTURE_WINDOW {
            let Some(j) = i.checked_sub(back).filter(|&j| self.same_sentence(j, i)) else {
                return false;
            };
            let w = self.lower(j);
            let before = self.lower(j.wrapping_sub(1));
            if matches!(w, "will" | "ll" | "shall" | "upcoming")
                || matches!(w, "to" | "due") && be(j.wrapping_sub(1))
            {
                // (not a relative clause closed before the date: `opened a plant, which will be
                // the world's largest, in Moraine, Ohio, in October`)
                let relative = matches!(before, "which" | "who" | "that");
                return !(relative && (j..i).any(|k| self.is_punct(k, ",")));
            }
            let participle = matches!(before, "be" | "been" | "to");
            if words::past_cue(w)
                || words::irregular_past_verb(w)
                || self.is_punct(j, ";:\"\u{201c}\u{201d}")
                || w.len() > 4 && w.ends_with("ed") && !self.capitalized(j) && !participle
                || matches!(w, "since" | "previous" | "but" | "because" | "although")
                || w == "due" && self.lower(j + 1) == "to"
            {
                return false;
            }
        }
        false
    }

    pub(super) fn future_context(&self, i: usize) -> bool {
        let mut j = i;
        let mut n = 0;
        let mut crossed = false;
        let possessive = self.is_punct(i + 1, "'\u{2019}") && self.lower(i + 2) == "s";
        while j > 0 && n < 25 && self.same_sentence(j - 1, i) {
            j -= 1;
            n += 1;
            // (`is to meet on Monday`: a plan; near and in the same clause, `is set to begin
            // Thursday`, `must wait until July`, `should open in March`; not `should have
            // opened`, nor a possessive `must be held within two months of Friday's ruling`)
            let w = self.lower(j);
            // `is set for September 18`, `was set for Jan. 21` (a hearing fixed ahead): the
            // next occurrence, as `scheduled for`
            if n == 2 && set_for(w, self.lower(j + 1)) {
                return true;
            }
            crossed |= self.is_punct(j, ",;:\"\u{201c}\u{201d}")
                || words::past_cue(w)
                || words::irregular_past_verb(w)
                || w.len() > 4 && w.ends_with("ed");
            // `the festival ends on Sunday`, `the tour picks up February 7th`: a schedule in the
            // present
            let schedule = n <= 3
                && !crossed
                && (words::schedule_verb(w) || w == "picks" && self.lower(j + 1) == "up");
            let plan = !crossed
                && n <= NEAR_PLAN_WINDOW
                && !possessive
                && (w == "to"
                    && j >= 2
                    && matches!(self.lower(j - 2), "is" | "are")
                    && self.future_after_be(j - 1)
                    || matches!(w, "must" | "should") && self.lower(j + 1) != "have");
            // `the shares to be issued on June 12`, `to be paid April 1`: a passive infinitive
            // governing the date is a plan ahead
            let passive_plan = n <= 4
                && w == "to"
                && self.lower(j + 1) == "be"
                && (self.lower(j + 2).ends_with("ed")
                    || words::irregular_past_verb(self.lower(j + 2)))
                && (j + 3..i).all(|k| matches!(self.lower(k), "on" | "by" | "at"));
            if words::future_cue(w)
                || w == "to" && matches!(self.lower(j.wrapping_sub(1)), "is" | "are")
                || plan
                || passive_plan
                || schedule
            {
                return true;
            }
            if words::past_cue(self.lower(j)) {
                return false;
            }
            // (a finite past verb between the date and any future cue further back: the date is
            // that verb's, the cue another clause's, `... who will vote against him, including
            // five who announced their opposition Thursday`; not a participle after `be`,
            // `been`, `have`, `to`, nor a capitalised name)
            let participle = matches!(
                self.lower(j.wrapping_sub(1)),
                "be" | "been"
                    | "being"
                    | "have"
                    | "has"
                    | "had"
                    | "to"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
            );
            // (`set to extend into Saturday`: a plan; `officially charged`, `most
            // sophisticated`, `opened and adjourned`, `remain closed`, `followed by`: a
            // participle or an adjective, no finite verb; `postponed ... until Friday`: a term
            // ahead of the past act)
            let before = self.lower(j.wrapping_sub(1));
            let plan = w == "set" && self.lower(j + 1) == "to"
                || before.len() > 3 && before.ends_with("ly")
                || matches!(
                    before,
                    "most" | "more" | "less" | "and" | "or" | "remain" | "remains" | "left"
                )
                || self.lower(j + 1) == "by"
                || matches!(self.lower(i.wrapping_sub(1)), "until" | "till");
            if (words::irregular_past_verb(w) || w.len() > 4 && w.ends_with("ed"))
                && !participle
                && !plan
                && !self.capitalized(j)
                && !(n <= 2 && set_for(w, self.lower(j + 1)))
            {
                return false;
            }
        }
        // opening the sentence (`On Monday, the committee will hold a hearing`; `On Monday, they
        // bricked up the entrance`): the verb after it
        if !(n == 0 || n == 1 && matches!(self.lower(j), "on" | "by" | "at"))
            || j > 0 && self.same_sentence(j - 1, i)
        {
            return false;
        }
        // (a long subject with appositives comes before the verb: `On Thursday, the President
        // of ..., Martin Keane, and ... will meet`)
        let mut k = i + 1;
        while k < i + 40 && self.same_sentence(i, k) {
            match self.lower(k) {
                "will" | "ll" | "shall" | "scheduled" | "due" => return true,
                // `is to`, `is due to`, `are expected to`, `plans to`
                "is" | "are" => return self.future_after_be(k + 1),
                // (not a noun: `the plans to`, `the board's plans to`)
                "plans" if !words::determiner(self.lower(k - 1)) && self.lower(k - 1) != "s" => {
                    return self.lower(k + 1) == "to";
                }
                "said" | "says" | "was" | "were" | "had" | "did" | "has" | "have" => return false,
                // (a capitalised `-ed` word is a name: `United`)
                w if w.len() > 4 && w.ends_with("ed") && !self.capitalized(k) => return false,
                _ => {}
            }
            k += 1;
        }
        false
    }

    /// After `is` or `are`: a plan ahead (`is to`, `is due to`, `are expected to`, `is
    /// scheduled to`, `is set to`, `are going to`).
    fn future_after_be(&self, k: usize) -> bool {
        let w = self.lower(k);
        w == "to"
            || matches!(
                w,
                "due"
                    | "expected"
                    | "scheduled"
                    | "set"
                    | "going"
                    | "planning"
                    | "slated"
                    | "poised"
            ) && self.lower(k + 1) == "to"
    }

    /// Year of a day or month given without one: the nearest to the article date, preferring
    /// the past (a date more than ~2 months ahead is read as last year's); the verbs around it
    /// then move it ([`Self::past_year`]).
    pub(super) fn infer_year(&self, m: i8, day: i8) -> Option<i16> {
        let d = self.date?;
        let y = d.year();
        let cand = Date::new(y, m, day.min(28)).ok()?;
        let ahead = (cand - d).get_days();
        let span = cand
            .since(d)
            .ok()
            .map_or(i64::from(ahead), |s| i64::from(s.get_days()));
        Some(if span > PAST_PREFERRED_AHEAD_DAYS {
            y - 1
        } else if span < -300 {
            y + 1
        } else {
            y
        })
    }
}

/// `set for`, `slated for`, `rescheduled for` before a date: a date fixed ahead (a hearing, a
/// trial, a launch), read as `scheduled for` is.
fn set_for(w: &str, next: &str) -> bool {
    matches!(w, "set" | "slated" | "rescheduled") && next == "for"
}
