//! Ordinals that rank nothing (an adverbial `first`, `first lady`) and relative ordinals (`the
//! last`, `next`, `penultimate`, `second to last`), which are kept apart from the claims.

use super::{Context, RawQuantity};
use crate::lexicon::Role;
use crate::types::{OrdinalAnchor, QuantityKind};
use crate::words;

impl Context<'_> {
    /// Relative ordinals (`the last`, `next`, `the previous one`, `penultimate`, `second to
    /// last`, `the last but one`, `the one before the last`): `(first token, end, anchor,
    /// offset)`, in text order. Tokens of a mention found by [`Self::scan`] are not read (`last
    /// month` is a date, `next Monday` a day), except a lone `one` or spelled ordinal that the
    /// relative ordinal takes in (`the previous one`, `the second to last`): the caller drops
    /// those mentions.
    pub(crate) fn relative_ordinals(
        &self,
        qs: &[RawQuantity],
    ) -> Vec<(usize, usize, OrdinalAnchor, i32)> {
        let n = self.lexemes.len();
        let mut covered = vec![false; n];
        // where a span of time starts (`three months`, `10 years`, `Monday`)
        let mut time_at = vec![false; n];
        for q in qs {
            if q.start < n
                && matches!(
                    q.kind,
                    QuantityKind::Duration | QuantityKind::Date | QuantityKind::Time
                )
            {
                time_at[q.start] = true;
            }
            let lone = q.end == q.start + 1
                && self.is_word(q.start)
                && (q.kind == QuantityKind::Ordinal
                    || q.kind == QuantityKind::Count && self.lower(q.start) == "one");
            if !lone {
                covered[q.start.min(n)..q.end.min(n)].fill(true);
            }
        }
        // the word at `j` when it is free and in the sentence of `i`, else ""
        let w = |i: usize, j: usize| -> &str {
            if j < n && !covered[j] && self.sentence_of[j] == self.sentence_of[i] && self.is_word(j)
            {
                self.lower(j)
            } else {
                ""
            }
        };
        // `to`, with optional hyphens around it (`second-to-last`): the token after it
        let to_at = |i: usize, j: usize| -> Option<usize> {
            let j = if self.is_punct(j, "-") && self.glued(j) {
                j + 1
            } else {
                j
            };
            (w(i, j) == "to").then(|| {
                if self.is_punct(j + 1, "-") && self.glued(j + 1) {
                    j + 2
                } else {
                    j + 1
                }
            })
        };
        let mut out = Vec::new();
        let lower = self.lower_text.as_bytes();
        let mut i = 0usize;
        while i < n {
            // (Session 38, speed: a word that opens none is passed by its length and first byte
            // before the closures and the match below; the same matches.)
            let t = self.lexemes[i];
            if !may_open_rank(&lower[t.start as usize..t.end as usize]) {
                i += 1;
                continue;
            }
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
                    && self.sentence_of[r.1] == self.sentence_of[i]
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

    /// A spelled ordinal at `i` (one token, ending at `end`) that orders the writer's points, not
    /// things: opening a sentence before a comma (`Second, our current administration seems
    /// to ...`, `Second, there is the scorched-earth campaign`, `Third, the rules ...`: a
    /// discourse adverb, decision 109, as `First, ...` in [`Self::adverbial_first`]), or `first`
    /// glued after a hyphen to a word that is no number (`test-first`, `static-first`, `an
    /// SSR-first organization`, `mobile-first`, `cloud-first`, `safety-first`: a priority, no
    /// rank; not `twenty-first`, `the-first battle`).
    pub(super) fn discourse_ordinal(&self, i: usize, end: usize) -> bool {
        if end != i + 1 {
            return false;
        }
        let opening = i == 0 || !self.same_sentence(i - 1, i);
        // (`And fourth, there were ...`, `But second, ...`: the point after a conjunction that
        // opens the sentence)
        let after_conjunction = i >= 1
            && matches!(self.lower(i - 1), "and" | "but")
            && (i == 1 || !self.same_sentence(i - 2, i - 1));
        if (opening || after_conjunction) && self.is_punct(end, ",") {
            return true;
        }
        self.lower(i) == "first"
            && i >= 2
            && self.glued(i)
            && self.is_punct(i - 1, "-")
            && self.glued(i - 1)
            && self.is_word(i - 2)
            && words::small(self.lower(i - 2)).is_none()
            && words::tens(self.lower(i - 2)).is_none()
            // (not a determiner joined by a stray hyphen, as scraped text has it: `the-first
            // battle`, `her-first collection`)
            && !words::ranking_determiner(self.lower(i - 2))
    }

    /// `first` at `i` ranks nothing: an adverb of time or order (`was first presented`, `NBC
    /// first reported`, `at first`, `at first it seemed`, `First of all`, `puts jobs and rights first`, `the kidneys
    /// first, then the lungs`) or a lexicalised compound (`first lady`, `first responders`, `first
    /// minister`, `first name`, `first aid`, `right of first refusal`), or after an object pronoun
    /// (`break it first online`), or before a vague count (`the first few days`). Still a rank: `the first reported crime`, `came
    /// first`, `he was first.`, `the first two`.
    pub(super) fn adverbial_first(&self, i: usize) -> bool {
        let prev = self.prev_in_sentence(i);
        let next = self.lower(i + 1);
        let determiner = words::ranking_determiner(prev) || i > 0 && self.is_num(i - 1);
        if words::first_compound_head(next) {
            return true;
        }
        // `First of all`, `first and foremost`, `first off`, `at first (glance)`; `First, ...`
        // opening a sentence (an enumeration)
        let opening = i == 0 || !self.same_sentence(i - 1, i);
        if opening && self.is_punct(i + 1, ",")
            || next == "of" && self.lower(i + 2) == "all"
            || next == "and" && self.lower(i + 2) == "foremost"
            || next == "off" && self.phrase_end(i + 2)
            || prev == "at"
                && (self.phrase_end(i + 1)
                    || words::at_first_noun(next)
                    // `While at first it seems`, `looked at first like`: a clause or a
                    // comparison after it (not `at first base`)
                    || words::subject_pronoun(next)
                    || matches!(next, "it" | "you" | "this" | "there" | "like" | "but"))
        {
            return true;
        }
        // `in the first place` (an idiom), `the first block of South Leamington` (an address,
        // the 0-99 block)
        if prev == "the"
            && (next == "place"
                && i >= 2
                && self.lower(i - 2) == "in"
                && (self.phrase_end(i + 2) || words::clause_joiner(self.lower(i + 2)))
                || next == "block" && self.lower(i + 2) == "of" && self.capitalized(i + 3))
        {
            return true;
        }
        // `the first few hours`, `its first several months`: a vague count of the earliest
        // ones, no rank (decision 148; as decision 109's `the first 10 diners` holds none)
        if matches!(next, "few" | "several") {
            return true;
        }
        if self.first_of_count(i) {
            return true;
        }
        if determiner {
            return false;
        }
        // before a verb in the past: `was first made`, `NBC first reported`, `I first came`
        // (`was first used in`, `the term first used by`: `used`, the one short past form)
        let past = next.len() > 4 && next.ends_with("ed")
            || next == "used"
            || words::irregular_past_verb(next);
        // (`was first given`, `has first been`: a participle in -en after be or have)
        let participle = words::be_or_have(prev) && next.len() > 3 && next.ends_with("en");
        // after an object pronoun, which no adjective follows: `we break it first online`,
        // `saw him first at the market` (not `her first husband`, a possessive; not `the US
        // first daughter`; not an indirect object, `give them first choice`)
        let object = prev != "her"
            && prev != "you"
            && words::object_pronoun(prev)
            && self.surface(i - 1) != "US"
            && !matches!(
                self.lower(i.saturating_sub(2)),
                "give"
                    | "gives"
                    | "gave"
                    | "given"
                    | "giving"
                    | "offer"
                    | "offered"
                    | "grant"
                    | "granted"
            );
        if past || participle || object && !self.is_num(i + 1) {
            return true;
        }
        // after a noun or pronoun object, at the end of the phrase or before a clause: `puts ...
        // rights first`, `a fan first,`, `hit the car seat first because ...` (not after `be` or
        // a verb of ranking: `he was first.`, `came first`)
        // `reacted first to score`: after a verb in the past, before its purpose
        let ranking = words::ranking_verb_or_preposition(prev);
        i > 0
            && self.is_word(i - 1)
            && !ranking
            && (next.is_empty()
                || self.is_punct(i + 1, ",.;:!?)\"\u{201d}")
                || next == "then"
                || next == "to" && prev.len() > 4 && prev.ends_with("ed")
                || words::clause_joiner(next))
    }
    /// `first` at `i` before a number and a unit of time (`the first three weeks`, `the first ten
    /// months of 1961`, `Trump's first 100 days`, `within the first 48 hours`): one duration of the
    /// earliest stretch, which holds `first` in its span and no rank (decision 30's `the first 27
    /// seconds`, decisions 109 and 254). Still a rank: `the first one` (the pronoun ranked), a
    /// number in a hyphened or slashed compound (`its first 24-hour store`, `the first 9/11
    /// trials`, `the first 5v5 clash`), a year (`her first 2019 start`), an emergency number
    /// (`the first 911 call`), a capitalised `First` inside a line (`The First 48`, a show).
    fn first_of_count(&self, i: usize) -> bool {
        let k = i + 1;
        if !self.starts_number(k) || self.lower(k) == "one" {
            return false;
        }
        // only before a unit of time, where the span is a duration that holds `first`
        // (decision 30's `the first 27 seconds`): Recognizers-Text's ordinal model keeps `first`
        // in `the first two books`, a convention our gold (decision 109) does not share; the
        // conformance floor keeps the other nouns an ordinal until the lead rules
        let unit = if self.is_word(k) && self.glued(k + 1) && self.is_punct(k + 1, "-") {
            k + 3
        } else {
            k + 1
        };
        if words::time_unit(self.lower(unit)).is_none() {
            return false;
        }
        let opening = i == 0 || !self.same_sentence(i - 1, i);
        if self.surface(i) == "First" && !opening {
            return false;
        }
        // an emergency number before its service (`the first 911 call`, `the first 999 call`)
        if self.has_role(k, |r| matches!(r, Role::Emergency))
            && words::emergency_service_noun(self.lower(k + 1))
        {
            return false;
        }
        let s = self.surface(k);
        if s.len() == 4 && s.parse::<u16>().is_ok_and(|y| (1800..=2099).contains(&y)) {
            return false;
        }
        // a compound (`24-hour`, `9/11`, `5v5`, `5G`), unless a spelled number goes on
        // (`twenty-five`)
        let compound = self.glued(k + 1)
            && (self.is_word(k + 1)
                || self.is_punct(k + 1, "-/\u{2010}\u{2011}")
                    && !(self.is_word(k) && self.starts_number(k + 2)));
        !compound
    }

    /// `in the first half`, `the second half of the match`, `first-half injury time`: the bare
    /// `half` at `j` after `first`/`second` (or glued `first-half`) is the half of a match or a
    /// span named by its ordinal, a fraction 0.5 beside the ordinal (indep-NOTES decision 130);
    /// not with a year named before it in the sentence (`a quiet start to 2005 with the market
    /// picking up in the second half`, `prices last year were stable in the first half`: the
    /// half of a year, decision 128), nor before a hyphen or a unit of time (`the first half
    /// hour`). The caller keeps out a period after `of` (`the first half of 2016`).
    pub(super) fn match_half(&self, j: usize) -> bool {
        let ordinal_before = |k: usize| matches!(self.lower(k), "first" | "second");
        // (at most 80 tokens back: a sentence of thousands of `first half` stays linear)
        let year_before = (j.saturating_sub(80)..j)
            .rev()
            .take_while(|&m| self.same_sentence(m, j))
            .any(|m| {
                self.digits(m)
                    .is_some_and(|y| (1000.0..2200.0).contains(&y))
                    || self.lower(m) == "year"
            });
        j >= 1
            && (ordinal_before(j - 1)
                || j >= 2
                    && self.is_punct(j - 1, "-")
                    && self.glued(j - 1)
                    && self.glued(j)
                    && ordinal_before(j - 2))
            && !year_before
            && !(self.glued(j + 1) && self.is_punct(j + 1, "-"))
            && words::time_unit(self.lower(j + 1)).is_none()
    }
}

/// The words a relative ordinal opens at in [`Context::relative_ordinals`]: its match's words
/// and the ordinals `second` to `tenth` (`second to last`; `words::ordinal` filtered to 2..=10).
const RANK_WORDS: [&str; 17] = [
    "the",
    "penultimate",
    "antepenultimate",
    "last",
    "next",
    "previous",
    "current",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "nineth",
    "tenth",
];

/// For each first byte, the lengths of the [`RANK_WORDS`] starting with it (bit `len`; every
/// word is shorter than 16 bytes).
const RANK_STARTS: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut k = 0;
    while k < RANK_WORDS.len() {
        let w = RANK_WORDS[k].as_bytes();
        table[w[0] as usize] |= 1 << w.len();
        k += 1;
    }
    table
};

/// Whether a lower-cased word (its bytes) may open a relative ordinal: false for every word but those of
/// the same length and first byte as one of [`RANK_WORDS`] (session 38, speed: the pass read
/// every word of the text through its closures and match).
fn may_open_rank(b: &[u8]) -> bool {
    b.len() < 16
        && b.first()
            .is_some_and(|&c| RANK_STARTS[c as usize] >> b.len() & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::{RANK_WORDS, may_open_rank};
    use crate::words;

    #[test]
    fn the_gate_lets_every_word_that_opens_a_relative_ordinal_through() {
        for w in RANK_WORDS {
            assert!(may_open_rank(w.as_bytes()), "{w}");
        }
        for w in [
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "nineth",
            "tenth",
        ] {
            assert!(words::ordinal(w).is_some_and(|o| (2..=10).contains(&o)));
            assert!(may_open_rank(w.as_bytes()), "{w}");
        }
        // other words (`first` and `seconds`, of `fifth`'s and `seventh`'s length and first byte,
        // go on to the match)
        for w in [
            "",
            "said",
            "a",
            "they",
            "lasts",
            "eleventh",
            "fourteenth",
            "then",
            "month",
            "secondly",
        ] {
            assert!(!may_open_rank(w.as_bytes()), "{w}");
        }
    }
}
