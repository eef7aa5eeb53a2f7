//! Scores and tallies, one mention each (a count with unit `score` whose value is the side
//! written first): `beat Charlton 2-1`, a win-loss record `a 2-6 record`, and a cricket score of
//! wickets for runs (`finished the day at 6 for 255`, `no wicket for 126`); and labels that rank
//! a day or a school year (`late on day four`, `Year 10`), which are ordinals, not counts.

use super::values::exact;
use super::{Amount, Context, RawQuantity};
use crate::types::QuantityKind;
use crate::words;

/// Most wickets a cricket side can lose.
const MAX_WICKETS: f64 = 10.0;

/// Highest day of a sequence written `day N` (`day four` of a Test, `day 40` of a strike).
const MAX_DAY_LABEL: f64 = 400.0;

/// Highest school year written `Year N` (`Year 12`, `Year 13` in England).
const MAX_SCHOOL_YEAR: f64 = 13.0;

impl Context<'_> {
    /// A score or tally `a-b` (`beat Charlton 2-1`, `a 9-2 lead`, `tied at 89-89`, `passed
    /// 217-213`): one mention, not two counts. It is a count with unit `score` whose value is
    /// the side written first; the other side is in the text.
    pub(super) fn score(&self, i: usize, a: Amount, b: Amount) -> Option<RawQuantity> {
        Some(self.score_mention(i, b.end, a.low, a.core))
    }

    /// `an eight to one majority`, `a 7 to 2 vote`, `a six-to-three vote`: a vote written with
    /// `to`, spaced or hyphened, one tally (decisions 130 and 141; as `a 5-4 ruling`), when a
    /// noun of a vote's outcome follows the second side.
    pub(super) fn vote_tally(&self, i: usize, a: &Amount) -> Option<RawQuantity> {
        let whole = |a: &Amount| {
            a.end == a.core + 1
                && a.currency.is_none()
                && !(a.ordinal || a.fraction || a.vague || a.scaled || a.yearish)
                && a.low.fract() == 0.0
                && (0.0..=1000.0).contains(&a.low)
        };
        if !whole(a) {
            return None;
        }
        let k = a.end;
        let hyphen = |j: usize| self.is_punct(j, "-") && self.glued(j) && self.glued(j + 1);
        let bs = if self.lower(k) == "to" {
            k + 1
        } else if hyphen(k) && self.lower(k + 1) == "to" && hyphen(k + 2) {
            // `six-to-three`
            k + 3
        } else {
            return None;
        };
        let b = self.amount(bs).filter(whole)?;
        words::vote_outcome_noun(self.lower(b.end))
            .then(|| self.score_mention(i, b.end, a.low, a.core))
    }

    fn score_mention(&self, s: usize, e: usize, v: f64, core: usize) -> RawQuantity {
        RawQuantity {
            value: Some(exact(v)),
            unit: Some("score".into()),
            ..RawQuantity::new(s, e, QuantityKind::Count, core)
        }
    }

    /// A tally with the smaller side first is a win-loss record, not a range, where the text
    /// says so: a noun of records after it (`a 2-6 record`, `a 0-3 start`), a league or
    /// conference in capitals after `in` (`2-6 in the AFC`, `0-3 in AFC West`; not a country,
    /// `300-400 in the USA`), brackets right after a team's name (`the Lakers (33-49)`), or a
    /// verb of standing before it, the phrase ending there (`At 4-7,`, `the Bears are 3-5.`).
    pub(super) fn record_context(&self, i: usize, e: usize) -> bool {
        let next = self.lower(e);
        if words::record_noun(next) {
            return true;
        }
        let league = |k: usize| {
            let w = self.surface(k);
            self.is_word(k)
                && (3..=4).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !words::country_acronym(w)
        };
        if next == "in" && (league(e + 1) || self.lower(e + 1) == "the" && league(e + 2)) {
            return true;
        }
        // in brackets after a team's name: `the Lakers (33-49)`, `Boston (12-3)`
        if i >= 2
            && self.is_punct(i - 1, "(")
            && self.capitalized(i - 2)
            && self.is_word(i - 2)
            && self.is_punct(e, ")")
        {
            return true;
        }
        // a set of a tennis scoreline among others (`beat Hewitt 2-6 6-3 6-2`, `4-6 7-6 (7-4)`)
        if self.set_pair(i)
            && (self.set_pair(e)
                || self.is_punct(e, "(") && self.set_pair(e + 1)
                || i >= 3 && self.set_pair(i - 3)
                || i >= 4 && self.is_punct(i - 1, "(") && self.set_pair(i - 4))
        {
            return true;
        }
        // sets parted by commas (`beat Bertens 4-6, 6-3, 6-2`): each a set a player can win (not
        // `ages 2-4, 5-7`)
        if self.full_set(i)
            && (self.is_punct(e, ",") && self.full_set(e + 1)
                || i >= 4 && self.is_punct(i - 1, ",") && self.full_set(i - 4))
        {
            return true;
        }
        i >= 1
            && words::record_standing_word(self.lower(i - 1))
            && (self.is_punct(e, ",;.") || self.lexeme(e).is_none())
    }

    /// `the 6-2, 320-pound nose tackle`, `a 5-11, 190-pound guard`: a player's height in feet and
    /// inches written with a dash, before a comma and a weight in pounds (the formula of a
    /// sports page), one dimension in inches (decision 306's neighbours: `6-2` 74 in); not a
    /// score (`won 6-2, 320 fans watching`: no weight after it).
    pub(super) fn dashed_height(&self, i: usize, a: &Amount, b: &Amount) -> Option<RawQuantity> {
        let whole = |x: &Amount| {
            x.end == x.core + 1
                && x.start == x.core
                && self.is_num(x.core)
                && x.currency.is_none()
                && !(x.ordinal || x.fraction || x.vague || x.scaled || x.spelled)
                && x.low == x.high
                && x.low.fract() == 0.0
        };
        if !(whole(a) && whole(b) && (4.0..=7.0).contains(&a.low) && (0.0..=11.0).contains(&b.low))
        {
            return None;
        }
        let w = b.end + 1;
        let pounds = |k: usize| matches!(self.lower(k), "pound" | "pounds" | "lb" | "lbs");
        let weight = self.is_punct(b.end, ",")
            && self.is_num(w)
            && (self.is_punct(w + 1, "-")
                && self.glued(w + 1)
                && self.glued(w + 2)
                && pounds(w + 2)
                || pounds(w + 1));
        weight.then(|| RawQuantity {
            value: Some(exact(a.low * 12.0 + b.low)),
            unit: Some("in".into()),
            ..RawQuantity::new(i, b.end, QuantityKind::Dimension, a.core)
        })
    }

    /// Tokens `k..k + 3` are a tennis set won or lost, `6-3`, `4-6`, `7-6`: the winner's six or
    /// seven games on one side of a glued dash (six against up to four, seven against five or
    /// six).
    fn full_set(&self, k: usize) -> bool {
        if !self.set_pair(k) {
            return false;
        }
        let g = |j: usize| self.digits(j).unwrap_or(-1.0);
        let (x, y) = (g(k), g(k + 2));
        let (hi, lo) = (x.max(y), x.min(y));
        hi == 6.0 && lo <= 4.0 || hi == 7.0 && (5.0..=6.0).contains(&lo)
    }

    /// Tokens `k..k + 3` are the games of a tennis set, `6-3`: one digit up to 7 on each side
    /// of a glued dash.
    fn set_pair(&self, k: usize) -> bool {
        let games =
            |j: usize| self.is_num(j) && matches!(self.surface(j).as_bytes(), [b'0'..=b'7']);
        games(k)
            && self.is_punct(k + 1, "-\u{2013}")
            && self.glued(k + 1)
            && self.glued(k + 2)
            && games(k + 2)
    }

    /// `England finished the opening day at 6 for 255`, `were 2 for 40`, `Australia is no wicket
    /// for 126`: a cricket score, wickets for runs, one mention whose value is the wickets. The
    /// wickets are a whole number up to ten at `i` (or `no wicket`, `no loss`, `none`: zero),
    /// the runs a plain whole number below 1000 with nothing counted after it (`5 for 20 years`
    /// is a duration); a word of standing before it (`at`, `were`, `finished`) or a word of
    /// cricket in the sentence (`wickets`, `innings`) says it is a score.
    pub(super) fn cricket_score(&self, i: usize, a: Option<&Amount>) -> Option<RawQuantity> {
        let (wickets, f) = match a {
            Some(a) => {
                let plain = a.end == a.core + 1
                    && a.start == a.core
                    && a.currency.is_none()
                    && !(a.ordinal || a.fraction || a.vague || a.scaled)
                    && (0.0..=MAX_WICKETS).contains(&a.low)
                    && a.low.fract() == 0.0;
                (plain.then_some(a.low)?, a.end)
            }
            // `no wicket for 126`, `no loss for 50`, `none for 40`
            None => match (self.lower(i), self.lower(i + 1)) {
                ("no", "wicket" | "wickets" | "loss") => (0.0, i + 2),
                ("none", _) => (0.0, i + 1),
                _ => return None,
            },
        };
        if self.lower(f) != "for" {
            return None;
        }
        let b = self.amount(f + 1)?;
        let runs = b.end == b.core + 1
            && b.start == b.core
            && self.is_num(b.core)
            && b.currency.is_none()
            && !(b.ordinal || b.fraction || b.vague || b.scaled)
            && (0.0..1000.0).contains(&b.low)
            && b.low.fract() == 0.0;
        let ends = self.lexeme(b.end).is_none()
            || self.is_punct(b.end, ",.;:)\u{2013}\u{2014}\"\u{201d}")
            || words::cricket_score_after(self.lower(b.end));
        if !runs || !ends {
            return None;
        }
        let prev = self.prev_in_sentence(i);
        let wicket = self.lower(i) == "no" && self.lower(i + 1) != "loss";
        let standing = words::record_standing_word(prev) || words::cricket_score_before(prev);
        if !(wicket || standing || self.cricket_sentence(i)) {
            return None;
        }
        Some(self.score_mention(i, b.end, wickets, a.map_or(i, |a| a.core)))
    }

    /// The sentence of token `i` has a word of cricket (`wickets`, `innings`, `stumps`).
    fn cricket_sentence(&self, i: usize) -> bool {
        let mut s = i;
        while s > 0 && self.same_sentence(s - 1, i) {
            s -= 1;
        }
        (s..self.limit.get().min(self.lexemes.len()))
            .any(|k| self.is_word(k) && words::cricket_word(self.lower(k)))
    }

    /// `late on day four of the first Test`, `Day 3`, `is continuing Year 10`: the number after
    /// `day` or `Year` is the label of a day in a sequence or of a school year, an ordinal (the
    /// label is in the mention). `day` counts so when it is capitalised or after a preposition
    /// (`on day four`, not `each day four people`); `Year` when capitalised, up to 13 (not `the
    /// year 2000`, `each year 10 people`).
    pub(super) fn day_or_year_label(&self, i: usize, a: &Amount) -> Option<RawQuantity> {
        if i == 0
            || !self.same_sentence(i - 1, i)
            || a.end != a.core + 1
            || a.start != a.core
            || a.currency.is_some()
            || a.ordinal
            || a.fraction
            || a.vague
            || a.scaled
            || a.low < 1.0
            || a.low.fract() != 0.0
        {
            return None;
        }
        let label = self.lower(i - 1);
        if !matches!(label, "day" | "year") {
            return None;
        }
        let before = if i >= 2 && self.same_sentence(i - 2, i) {
            self.lower(i - 2)
        } else {
            ""
        };
        let ranked = match label {
            // (`on day 10 people died`: a count of what follows)
            "day" => {
                a.low <= MAX_DAY_LABEL
                    && (self.surface(i - 1) == "Day" || words::day_label_before(before))
                    && (self.phrase_end(a.end)
                        || matches!(self.lower(a.end), "of" | "at" | "and" | "when" | "as"))
            }
            "year" => self.surface(i - 1) == "Year" && a.low <= MAX_SCHOOL_YEAR,
            _ => false,
        } && !self.title_case_around(i - 1);
        ranked.then(|| RawQuantity {
            value: Some(exact(a.low)),
            ..RawQuantity::new(i - 1, a.end, QuantityKind::Ordinal, a.core)
        })
    }
}
