//! Football team sheets and scorer lines (`Stone (Cisse 76), Quashie (Berkovic 83), Faye.`,
//! `Bramble 35 og, Mellor 38, Baros 61.`, `Henry 2, 29.`): the number after a player's name is
//! the minute of the substitution or the goal on the match clock, a duration in minutes
//! (indep-NOTES.md decision 153, after the game clock of `at 28 minutes`), not a count. A
//! results line (`Arsenal 2, Chelsea 1.`: two sides, one digit each, no bracket or mark) is
//! no sheet: its numbers are goals.

use super::values::exact;
use super::{Amount, Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::types::QuantityKind;

/// The longest sentence (in lexemes) read as a team sheet: a side's eleven names, five
/// substitutes and their minutes fit well inside it.
const MAX_SHEET: usize = 120;

impl Context<'_> {
    /// The number `a` at `i` is a minute of a team sheet or a scorer line: a duration in
    /// minutes.
    pub(super) fn sheet_minute(&self, i: usize, a: &Amount) -> Option<RawQuantity> {
        if a.end == i + 1 && self.primed_minute(i) {
            return Some(RawQuantity {
                value: Some(exact(a.low)),
                unit: Some("minute".into()),
                ..RawQuantity::new(i, i + 1, QuantityKind::Duration, i)
            });
        }
        if !self.minute_slot(i) || a.end != i + 1 {
            return None;
        }
        let sent = self.sentence_of[i];
        let mut s = i;
        while s > 0 && self.sentence_of[s - 1] == sent && i - s < MAX_SHEET {
            s -= 1;
        }
        let mut e = i + 1;
        while e < self.lexemes.len() && self.sentence_of[e] == sent && e - i < MAX_SHEET {
            e += 1;
        }
        if s > 0 && self.sentence_of[s - 1] == sent
            || e < self.lexemes.len() && self.sentence_of[e] == sent
        {
            return None;
        }
        // the whole sentence: names, minutes, commas and brackets only, with two minutes (`Henry
        // 2, 29.`) or two names and a goal's mark (`Bramble 35 og`); `Moscow 28.`, `Action News
        // 5` are no sheets
        let mut names = 0;
        let mut minutes = 0;
        let mut marked = false;
        // a results line has two sides with one small number each and no bracket (`Arsenal 2,
        // Chelsea 1.`, `Match ends, Leicester City 2, Sevilla 1.`): goals, not minutes
        let mut goals_like = 0;
        let mut bracket = false;
        for k in s..e {
            match self.kind(k) {
                Some(LexemeKind::Word) => {
                    if self.capitalized(k) {
                        names += 1;
                    } else if !sheet_small_word(self.lower(k)) {
                        return None;
                    }
                    marked |= matches!(self.lower(k), "og" | "pen");
                }
                Some(LexemeKind::Number) => {
                    if !self.minute_slot(k) {
                        return None;
                    }
                    minutes += 1;
                    if self.surface(k).len() == 1 && self.is_word(k - 1) {
                        goals_like += 1;
                    }
                }
                Some(LexemeKind::Punct) => {
                    if !self.is_punct(k, ",.()':;'\u{2019}-") {
                        return None;
                    }
                    bracket |= self.is_punct(k, "(");
                }
                None => return None,
            }
        }
        if minutes == 2 && goals_like == 2 && !marked && !bracket {
            return None;
        }
        (names >= 2 && marked || names >= 1 && minutes >= 2).then(|| RawQuantity {
            value: Some(exact(a.low)),
            unit: Some("minute".into()),
            ..RawQuantity::new(i, i + 1, QuantityKind::Duration, i)
        })
    }

    /// A goal's minute marked with a prime in a scorer bracket inside running text (`Hamburg
    /// 2-0 Cologne (Jung 5', Wood 76') Hamburg scored ...`, `(Harnik 57' - Tawatha 62')`,
    /// `(Wendt 12', Hazard pen 42')`): digits up to 120 after a name or `pen`, the prime glued
    /// after them, an open bracket before them in the sentence (at most a dozen lexemes back,
    /// not closed). Not a height (`6'2"`: digits after the prime) nor a bare prime after a
    /// lower-case word (`a 6' fence`).
    pub(super) fn primed_minute(&self, k: usize) -> bool {
        let s = self.surface(k);
        if k == 0
            || !s.bytes().all(|b| b.is_ascii_digit())
            || !s.parse::<u16>().is_ok_and(|v| (1..=120).contains(&v))
            || !self.is_punct(k + 1, "'\u{2019}")
            || !self.glued(k + 1)
            || self.glued(k + 2) && self.is_num(k + 2)
        {
            return false;
        }
        let named = self.is_word(k - 1) && (self.capitalized(k - 1) || self.lower(k - 1) == "pen");
        if !named {
            return false;
        }
        let from = k.saturating_sub(12);
        for j in (from..k).rev() {
            if !self.same_sentence(j, k) || self.is_punct(j, ")") {
                return false;
            }
            if self.is_punct(j, "(") {
                return true;
            }
        }
        false
    }

    /// Digits at `k` of a minute's place: one to three digits up to 120, after a name (or after
    /// another minute and a comma: `Henry 2, 29`), before a bracket, a comma, a full stop, `og`
    /// or `pen`, or the end.
    fn minute_slot(&self, k: usize) -> bool {
        let s = self.surface(k);
        if !self.is_num(k)
            || s.len() > 3
            || !s.bytes().all(|b| b.is_ascii_digit())
            || !s.parse::<u16>().is_ok_and(|v| (1..=120).contains(&v))
            || k == 0
        {
            return false;
        }
        let after_name = self.is_word(k - 1) && self.capitalized(k - 1);
        let after_minute = k >= 2 && self.is_punct(k - 1, ",") && self.is_num(k - 2);
        let next_ok = self.lexeme(k + 1).is_none()
            || !self.same_sentence(k, k + 1)
            || self.is_punct(k + 1, "),.;")
            || matches!(self.lower(k + 1), "og" | "pen");
        (after_name || after_minute) && next_ok
    }
}

/// Lower-case words a team sheet holds: own goals and penalties, particles of names (`van
/// Persie`, `de Zeeuw`).
fn sheet_small_word(w: &str) -> bool {
    matches!(
        w,
        "og" | "pen"
            | "van"
            | "de"
            | "der"
            | "den"
            | "da"
            | "dos"
            | "di"
            | "du"
            | "le"
            | "la"
            | "von"
            | "el"
            | "al"
            | "dal"
    )
}
