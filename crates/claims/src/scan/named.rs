//! Numbers inside names and telephone numbers, none a quantity (GUIDELINES.md: numbers
//! inside names; phone numbers): a name coined in quotes after `so-called`, a team's age limit
//! (`Under-21`), codes of two leading zeros (`007`), a title of a number and a capitalised unit
//! of time (`60 Minutes`), a model's series or version (`Organiser series 3`); and a telephone
//! number opening with a dialling code (`0800 028 9276`). [`super::noise`] asks them. Places
//! and positions on a playing field named by a number are no quantity either: a marked line or
//! box (`our 10m line`, `the six-yard box`), a rugby `three-quarter` before a name and a back
//! line (`the back four`), asked by the scanner for spelled numbers too.

use super::Context;
use crate::lex::LexemeKind;
use crate::words;

impl Context<'_> {
    /// `PS` at `j` before the number at `e` is a `£` lost in encoding (`PS6m`, `PS120`): in
    /// capitals glued to the digits, and not one digit alone (`PS2 gaming`, `the PS4 Pro`: a
    /// console's name, skipped by [`Self::named_number`]; `PS5m` keeps its scale).
    pub(super) fn lost_pound_ps(&self, j: usize, e: usize) -> bool {
        self.surface(j) == "PS"
            && self.glued(e)
            && (self.surface(e).len() > 1 || self.glued(e + 1) && self.is_word(e + 1))
    }

    /// A number inside a name, none a quantity (GUIDELINES.md: numbers inside names): a name
    /// coined in quotes after `so-called` ([`Self::so_called`]); a team's age limit written
    /// capitalised mid-sentence (`a former England Under-21 international`; `the under-21
    /// players` is left to the other rules); a code of two leading zeros (`007 fanatics`, `agent
    /// 001`); a programme's or film's title of a number and a capitalised unit of time
    /// mid-sentence (`CBS's 60 Minutes show`, `the film 28 Days Later`; not in a title-case
    /// line, nor after a capitalised word, `Trump Gets 60 Days`); a model's series or version
    /// after a capitalised name (`the Psion Organiser series 3`, `Netscape version 4`; not
    /// before a measure, a number or a hyphen: `the series 3-1`). Returns the token to resume
    /// at.
    pub(super) fn named_number(&self, i: usize) -> Option<usize> {
        if let Some(e) = self.so_called(i) {
            return Some(e);
        }
        let s = self.surface(i);
        let mid = |k: usize| k >= 1 && self.same_sentence(k - 1, k);
        // `England Under-21`, `Scotland Under-19s`
        if i >= 2
            && self.surface(i - 2) == "Under"
            && mid(i - 2)
            && self.is_punct(i - 1, "-")
            && self.glued(i - 1)
            && self.glued(i)
        {
            return Some(self.skip_cluster(i));
        }
        // `PS2 gaming`, `the PS4 Pro`: a console's name (one digit glued after `PS`, no scale
        // after it; `PS6m` is pounds whose `£` was lost, read in [`super::amounts`])
        if i >= 1
            && self.surface(i - 1) == "PS"
            && self.glued(i)
            && self.surface(i).len() == 1
            && self.is_num(i)
            && !(self.glued(i + 1) && self.is_word(i + 1))
        {
            return Some(i + 1);
        }
        // `coached him at under-21 level`, `the under-19 side`, `the under-21s`: a team's age
        // limit in lower case before a word of a team or its level (`under-21 players` is left
        // to the other rules)
        if i >= 2
            && self.lower(i - 2) == "under"
            && self.is_punct(i - 1, "-")
            && self.glued(i - 1)
            && self.glued(i)
            && self.is_num(i)
            && (self.glued(i + 1) && self.lower(i + 1) == "s"
                || i + 1 < self.lexemes.len()
                    && self.lexemes[i + 1].spaced
                    && age_team_word(self.lower(i + 1)))
        {
            return Some(self.skip_cluster(i));
        }
        if !self.lexemes[i].spaced && i >= 1 && !self.is_punct(i - 1, "(\"'\u{201c}\u{2018}") {
            return None;
        }
        // `007`
        if s.len() == 3
            && s.starts_with("00")
            && s != "000"
            && s.bytes().all(|b| b.is_ascii_digit())
            && !(self.glued(i + 1) && self.is_punct(i + 1, ".:,"))
        {
            return Some(i + 1);
        }
        // `60 Minutes`, `24 Hours`, `28 Days Later`
        let unit = i + 1;
        if mid(i)
            && self.is_word(unit)
            && self.lexemes[unit].spaced
            && self.capitalized(unit)
            && !self.surface(unit).chars().all(|c| c.is_ascii_uppercase())
            && words::time_unit(self.lower(unit)).is_some()
            && !(self.is_word(i - 1) && self.capitalized(i - 1))
            && !self.title_case_around(i)
        {
            return Some(unit + 1);
        }
        // `running versions 4.7 and earlier`, `version 2.0`: a software version, a name (a
        // plural `versions`, or a decimal after `version`)
        if i >= 1
            && mid(i - 1)
            && (self.lower(i - 1) == "versions"
                || self.lower(i - 1) == "version" && s.contains('.'))
            && self.is_num(i)
            && !self.measure_after(i + 1)
        {
            return Some(i + 1);
        }
        // `Psion Organiser series 3`
        if i >= 2
            && matches!(self.surface(i - 1), "series" | "version")
            && mid(i - 1)
            && self.is_word(i - 2)
            && self.capitalized(i - 2)
            && mid(i - 2)
            && (1..=2).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && !self.is_num(i + 1)
            && !(self.glued(i + 1) && self.is_punct(i + 1, "-/.:"))
            && !self.measure_after(i + 1)
        {
            return Some(i + 1);
        }
        if let Some(e) = self.pitch_mark(i) {
            return Some(e);
        }
        None
    }

    /// A marked line or area of a playing field named by its distance (`from our 10m line`,
    /// `on the 22-metre line`, `inside the six-yard box`, `at the 40-yard line`): a place on the
    /// pitch, no measure of anything in the story (decision 333; indep-NOTES.md decision 388).
    /// A whole number from 5 to 50, a glued `m` or a `metre`, `meter` or `yard` (hyphened or
    /// spaced), then `line` or `box`, after a determiner or a possessive (not `a 50-metre line of
    /// riot police`, a length). Returns the token after the noun.
    pub(super) fn pitch_mark(&self, i: usize) -> Option<usize> {
        if i == 0 || !self.lexemes[i].spaced {
            return None;
        }
        let v = if self.is_num(i) {
            self.surface(i).parse::<u32>().ok()?
        } else {
            words::small(self.lower(i))?
        };
        if !(5..=50).contains(&v) {
            return None;
        }
        let u = if self.is_punct(i + 1, "-") && self.glued(i + 1) && self.glued(i + 2) {
            i + 2
        } else {
            i + 1
        };
        let unit = match self.lower(u) {
            "m" => self.is_num(i) && u == i + 1 && self.glued(u),
            "metre" | "meter" | "yard" => true,
            _ => false,
        };
        // (`their own 22m line`)
        let d = if self.lower(i - 1) == "own" && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        let owner = words::race_determiner(self.lower(d))
            || d >= 2 && self.possessive_after(d - 1)
            || d >= 1
                && self.is_punct(d, "'\u{2019}")
                && self.glued(d)
                && self.lower(d - 1).ends_with('s');
        (unit
            && owner
            && matches!(self.lower(u + 1), "line" | "box")
            && self.same_sentence(i - 1, u + 1))
        .then_some(u + 2)
    }

    /// A rugby back named by the fraction of its line (`Dragons three-quarter Hal Luscombe`,
    /// `the Wales three-quarter Gareth Thomas`): a position before a capitalised name, no
    /// fraction (indep-NOTES.md decision 389; decision 130's `the back four`). Only the
    /// singular hyphened `three-quarter` right before a capitalised word mid-sentence (not `a
    /// three-quarter stake`, `three-quarters of`). Returns the token after `quarter`.
    pub(super) fn back_position(&self, i: usize) -> Option<usize> {
        if let Some(e) = self.back_line(i) {
            return Some(e);
        }
        (i >= 1
            && self.lower(i) == "three"
            && self.hyphened_word(i + 1, "quarter")
            && self.same_sentence(i - 1, i + 3)
            && self.is_word(i + 3)
            && self.capitalized(i + 3)
            && self.lexemes[i + 3].spaced)
            .then_some(i + 3)
    }

    /// A football or rugby unit of players named by its size after `back` (`play in the back
    /// four.`, `a flat back three`, `back-five forward Hodges`): a position, no count (decision
    /// 130's `the back four`; indep-NOTES.md decision 392). A spelled three to five after `back`
    /// hyphened, before a noun of a player or a capitalised name; or spaced after a determiner
    /// and `back` (or `flat back`), the phrase ending there or a noun of a player after it (not
    /// `came back four times`, `the back four seats`). Returns the token after the position.
    fn back_line(&self, i: usize) -> Option<usize> {
        if i < 2 || !words::small(self.lower(i)).is_some_and(|n| (3..=5).contains(&n)) {
            return None;
        }
        let player = |k: usize| {
            matches!(
                self.lower(k),
                "forward" | "forwards" | "defender" | "defenders" | "player" | "players"
            ) || self.is_word(k) && self.capitalized(k) && self.lexemes[k].spaced
        };
        if self.is_punct(i - 1, "-") && self.glued(i - 1) && self.glued(i) {
            return (self.lower(i - 2) == "back"
                && self.same_sentence(i - 2, i + 1)
                && player(i + 1))
            .then_some(i + 1);
        }
        let d = if i >= 3 && self.lower(i - 2) == "flat" {
            i - 3
        } else {
            i - 2
        };
        let ends = self
            .lexeme(i + 1)
            .is_none_or(|t| t.kind == LexemeKind::Punct)
            || !self.same_sentence(i, i + 1);
        (self.lower(i - 1) == "back"
            && (words::race_determiner(self.lower(d)) || self.lower(d) == "a")
            && self.same_sentence(d, i)
            && (ends || player(i + 1)))
        .then_some(i + 1)
    }

    /// A number opening a name coined in quotes after `so-called` (`the so-called "one-euro
    /// jobs"`, `so-called '15-minute cities'`): the name of a kind of thing, no amount
    /// (decision 353). Returns the token after the closing quote (the quote's end, at most
    /// eight tokens on).
    pub(super) fn so_called(&self, i: usize) -> Option<usize> {
        const QUOTES: &str = "'\"\u{2018}\u{2019}\u{201c}\u{201d}";
        // (a number, digits or spelled: `the so-called "DREAMers"` opens no mention)
        if i < 4
            || !self.starts_number(i)
            || !self.is_punct(i - 1, QUOTES)
            || !self.glued(i)
            || self.lower(i - 2) != "called"
            || !self.is_punct(i - 3, "-")
            || self.lower(i - 4) != "so"
        {
            return None;
        }
        (i + 1..i + 9)
            .take_while(|&k| self.same_sentence(i, k))
            .find(|&k| self.is_punct(k, QUOTES) && self.glued(k))
            .map(|k| k + 1)
    }

    /// The digit groups of a telephone number opening with a dialling code at `i` (`0800 028
    /// 9276`): a plain number of three to five digits starting with `0`, then one to three
    /// numbers of groups of two to four digits, spaced, in the same sentence, nine digits or
    /// more in all.
    /// Returns the token after the last group.
    pub(super) fn zero_dialled(&self, i: usize) -> Option<usize> {
        let plain =
            |k: usize| self.is_num(k) && self.surface(k).bytes().all(|b| b.is_ascii_digit());
        let s = self.surface(i);
        if !plain(i) || !s.starts_with('0') || !(3..=5).contains(&s.len()) {
            return None;
        }
        // (a group may be read with the next as one spaced number: `960 123`)
        let group = |k: usize| {
            self.is_num(k)
                && self
                    .surface(k)
                    .split(' ')
                    .all(|g| (2..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
        };
        let mut digits = s.len();
        let mut j = i;
        while j < i + 3
            && group(j + 1)
            && self.lexemes[j + 1].spaced
            && self.same_sentence(i, j + 1)
        {
            j += 1;
            digits += self.surface(j).bytes().filter(u8::is_ascii_digit).count();
        }
        (j > i && digits >= 9).then_some(j + 1)
    }
}

/// Words of a team or its level after a lower-case age limit (`at under-21 level`, `the under-19
/// side`).
fn age_team_word(w: &str) -> bool {
    matches!(
        w,
        "level"
            | "side"
            | "sides"
            | "team"
            | "teams"
            | "squad"
            | "squads"
            | "international"
            | "internationals"
            | "cap"
            | "caps"
            | "coach"
            | "manager"
            | "football"
            | "rugby"
            | "tournament"
            | "championship"
            | "championships"
    )
}
