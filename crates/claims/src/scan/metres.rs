//! `m` glued to a number read as metres by the phrase around it, beside the rules of
//! [`super::units`] (`1.70m tall`, `230m high`, `the 400m hurdles`): a race named by its
//! standard distance alone (`won the 1500m`, `the men's 60m`, `her 800m world title`) and a
//! jump, throw or other length before `of` (`a clearance of 1.87m`, `a height of 30m`). `m`
//! alone is millions (`debts of 400m`, `the 400m deal`).

use super::Context;
use crate::words;

impl Context<'_> {
    /// `m` glued after the number at `n` (value `v`) is metres, not millions: a person's height
    /// (`1.70m tall`), a size (`230m high`), a race (`the 400m hurdles`, `won the 1500m`) or a
    /// length before `of` (`a clearance of 1.87m`).
    pub(super) fn metres_after(&self, n: usize, v: f64) -> bool {
        v < 2.5 && self.height_context(n)
            || self.size_adjective_after(n + 2)
            || self.race_distance_after(n + 2, v)
            || self.race_named_by_distance(n, n + 1, v)
            || self.length_noun_before(n)
            || self.feet_conversion_at(n + 2)
            || self.bare_in_athletics(n, v)
    }

    /// `Nm` with nothing counted after it (the number at `n`, `m` at `n + 1`, value `v`) in a
    /// sentence of athletics or swimming (`stepped up from the 200m to 400m to finish in 45.2
    /// secs`, `vaulted 4.87m in the final`): a standard race distance, or a length with a
    /// decimal (a jump or a throw), is metres. Millions after a currency never reach here.
    fn bare_in_athletics(&self, n: usize, v: f64) -> bool {
        if !(race_distance(v) || v < 100.0 && v.fract() != 0.0) {
            return false;
        }
        let k = n + 2;
        let nothing_counted = self.phrase_end(k)
            || matches!(
                self.lower(k),
                "to" | "and" | "or" | "at" | "on" | "with" | "for"
            )
            || words::race_noun(self.lower(k))
            || words::race_event_word(self.lower(k));
        if !nothing_counted {
            return false;
        }
        // (within [`ATHLETICS_WINDOW`] tokens either side, in the sentence: a bounded look per
        // figure, so a sentence of thousands of `Nm` stays linear)
        let from = n.saturating_sub(ATHLETICS_WINDOW);
        let to = (n + ATHLETICS_WINDOW).min(self.limit.get().min(self.lexemes.len()));
        (from..to)
            .any(|j| self.same_sentence(j, n) && self.is_word(j) && athletics_word(self.lower(j)))
    }

    /// A conversion into feet in brackets at `k` (`the 2,400m (7,800ft) mountain`, `waves of up
    /// to 8m (26ft)`, `about 700m (2,300 feet) long`): the `m` before it is metres, not millions.
    fn feet_conversion_at(&self, k: usize) -> bool {
        self.is_punct(k, "(")
            && self.is_num(k + 1)
            && matches!(self.lower(k + 2), "ft" | "feet" | "foot")
    }

    /// A standard distance of athletics or swimming glued to `m` (the number at `s`, `m` at
    /// `k`, value `v`) names the race after `men's`/`women's` (`in the women's 1500m`), or
    /// after a definite or possessive determiner with nothing counted after it (`won the
    /// 800m.`, `her 1500m and`, `in the final 400m`).
    pub(super) fn race_named_by_distance(&self, s: usize, k: usize, v: f64) -> bool {
        if !race_distance(v) || s == 0 || !self.same_sentence(s - 1, k) {
            return false;
        }
        let prev = self.lower(s - 1);
        // `men's 1500m`: the possessive's `s` after its apostrophe
        let sex = s >= 3
            && prev == "s"
            && self.is_punct(s - 2, "'\u{2019}")
            && matches!(self.lower(s - 3), "men" | "women" | "boys" | "girls");
        // `the marathon and 10,000m`, `the steeplechase or 5000m`: a distance joined to a race
        // named before it
        let joined = s >= 2 && matches!(prev, "and" | "or") && race_name(self.lower(s - 2));
        if sex || joined {
            return true;
        }
        // `the final 400m`, `the last 100m`: the closing stretch of a race
        let det = words::race_determiner(prev)
            || matches!(prev, "final" | "last" | "opening")
                && s >= 2
                && words::race_determiner(self.lower(s - 2));
        det && (self.phrase_end(k + 1)
            || matches!(
                self.lower(k + 1),
                "and"
                    | "or"
                    | "at"
                    | "on"
                    | "as"
                    | "with"
                    | "behind"
                    | "ahead"
                    | "for"
                    | "would"
                    | "will"
                    | "was"
                    | "is"
            )
            // `victory in the 800m also earned her`, `won the 400m again`: an adverb or a
            // conjunction after a race one runs, wins or is in (not `spent the 800m also`)
            || matches!(
                self.lower(k + 1),
                "also" | "again" | "too" | "when" | "but" | "after" | "before" | "since" | "until"
            ) && s >= 2
                && matches!(
                    self.lower(s - 2),
                    "in" | "won" | "win" | "wins" | "winning" | "ran" | "run" | "runs" | "running"
                )
            || words::race_event_word(self.lower(k + 1))
            || words::race_noun(self.lower(k + 1)))
    }

    /// `m` at `k` after `of` and a noun of length (`a clearance of 1.87m`, `a throw of 65m`, `a
    /// depth of 30m`; the number at `s`): a length, never millions.
    pub(super) fn length_noun_before(&self, s: usize) -> bool {
        s >= 2
            && self.same_sentence(s - 2, s)
            && self.lower(s - 1) == "of"
            && words::length_noun(self.lower(s - 2))
    }
}

/// A standard distance of athletics or swimming in metres (`100`, `400`, `1500`, `10,000`).
pub(super) fn race_distance(v: f64) -> bool {
    [
        50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0,
    ]
    .contains(&v)
}

/// Races named by a word, before a distance joined to them (`the marathon and 10,000m`).
fn race_name(w: &str) -> bool {
    matches!(
        w,
        "marathon"
            | "half-marathon"
            | "steeplechase"
            | "hurdles"
            | "relay"
            | "sprint"
            | "heptathlon"
            | "decathlon"
            | "pentathlon"
    )
}

/// How far (tokens) either side of a bare `Nm` a word of [`athletics_word`] is looked for.
const ATHLETICS_WINDOW: usize = 60;

/// Words of athletics or swimming in a sentence that make a bare `Nm` metres, not millions
/// (`stepped down from 400m to 200m to finish in 21.7 secs`, `vaulted 4.87m`).
fn athletics_word(w: &str) -> bool {
    matches!(
        w,
        "sprinter"
            | "sprinters"
            | "sprint"
            | "hurdles"
            | "hurdler"
            | "relay"
            | "vault"
            | "vaulter"
            | "vaulted"
            | "vaulting"
            | "jumping"
            | "jumper"
            | "jumped"
            | "high-jump"
            | "long-jump"
            | "triple-jump"
            | "secs"
            | "freestyle"
            | "backstroke"
            | "breaststroke"
            | "butterfly"
            | "swimmer"
            | "steeplechase"
            | "heptathlon"
            | "decathlon"
            | "javelin"
            | "discus"
            | "shot-put"
    )
}
