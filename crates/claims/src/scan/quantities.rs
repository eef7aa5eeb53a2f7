//! A plain quantity at a token: ages in apposition (`Megan Clark, 19,`), `one` as a pronoun,
//! ordinals inside names, ratios (`one in five`, `1 over 20`) and ranges (`10-20`, `two or
//! three`), and when a bare four-digit number reads as a year; ages in lists and by decade are in
//! `age_lists`.

use super::calendar::time_value;
use super::values::{exact, interval};
use super::{Amount, Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::lexicon::Role;
use crate::types::{Granularity, QuantityKind};
use crate::words;

/// How many capitalised words may stand between a digit ordinal and the head of a unit's name
/// (`the 49th Transportation Movement Control Battalion`).
const MAX_UNIT_NAME_WORDS: usize = 4;

impl Context<'_> {
    /// A plain quantity at `i`.
    pub(super) fn quantity(&self, i: usize) -> Option<RawQuantity> {
        let a = self.amount(i)?;
        // (`at 6 for 255`, `late on day four`, `Year 10`)
        if let Some(q) = self
            .cricket_score(i, Some(&a))
            .or_else(|| self.day_or_year_label(i, &a))
            .or_else(|| self.vote_tally(i, &a))
            .or_else(|| self.sheet_minute(i, &a))
        {
            return Some(q);
        }
        // `Megan Clark, 19, was ...`, `the victim, 23,`: an age in apposition to a name or a
        // person; `Parish Jordan and Leroy
        // Monsalvatge, both 22 -`, `Lyons and Almore, all 23,`: one age for the names
        // (`Bennett, now 30, of Howard Avenue`, `Ruffin, now 82, and Trump, 70,`: the age the
        // person has reached, after `now`)
        let (c, pc) = if i >= 3 && matches!(self.lower(i - 1), "both" | "all" | "each" | "now") {
            (i - 1, &[',', '.', ';', '-', '\u{2013}', '\u{2014}'][..])
        } else {
            (i, &[',', '.', ';'][..])
        };
        // the name's last word, past a suffix (`son, Rolando Jr., 22,`)
        let name = if c >= 4
            && self.is_punct(c - 2, ".")
            && self.glued(c - 2)
            && matches!(self.lower(c - 3), "jr" | "sr")
        {
            c - 3
        } else {
            c.saturating_sub(2)
        };
        if a.end == i + 1
            && self.is_num(i)
            && self.surface(i).len() <= 3
            && (1.0..=120.0).contains(&a.low)
            && a.currency.is_none()
            && c >= 2
            && self.is_punct(c - 1, ",")
            && self.is_word(name)
            // a name, or a person by role (`The victim, 23, was taken`, `The boy, 4, found`)
            && (self.capitalized(name) || self.has_role(name, |r| matches!(r, Role::PersonNoun)))
            && (self.kind(i + 1) == Some(LexemeKind::Punct) && self.surface(i + 1).starts_with(pc)
                // `Emily, 16, and Pelham, 14 were`: the second of a pair of ages in
                // apposition, its closing comma left out (not `Meredith, 19 months`)
                || c == i && i >= 6
                    && words::time_unit(self.lower(i + 1)).is_none()
                    && self.lower(i - 3) == "and"
                    && self.is_punct(i - 4, ",")
                    && self.is_num(i - 5)
                    && self.is_punct(i - 6, ","))
            && !(c >= 3 && self.is_num(c - 3))
        {
            return Some(RawQuantity {
                value: Some(exact(a.low)),
                unit: Some("year".into()),
                ..RawQuantity::new(i, i + 1, QuantityKind::Age, i)
            });
        }
        // `the victim is 15, and the suspect is 16`, `three children believed to be 4, 7 and
        // 12`: a bare number said of a person is an age
        if a.end == i + 1
            && self.is_num(i)
            && self.surface(i).len() <= 3
            && (1.0..=120.0).contains(&a.low)
            && a.low.fract() == 0.0
            && a.currency.is_none()
            && i >= 1
            // (`the juveniles were all 16`, `they are both 17`)
            && (self.copula_of_person(i - 1)
                || i >= 2
                    && matches!(self.lower(i - 1), "all" | "both")
                    && self.copula_of_person(i - 2))
            && (self.is_punct(i + 1, ",.;")
                || self.kind(i + 1).is_none()
                || self.lower(i + 1) == "when"
                // `who was 25 and from Bangor`, `he was 39 and had a record`, `she was 16 and
                // her friend was 17` (not a second number: `was 10 and 11`); `who was 19 at
                // the time of the offence`
                || self.lower(i + 1) == "and"
                    && self.is_word(i + 2)
                    && words::small(self.lower(i + 2)).is_none()
                    && words::tens(self.lower(i + 2)).is_none()
                || self.lower(i + 1) == "at"
                    && self.lower(i + 2) == "the"
                    && self.lower(i + 3) == "time")
        {
            return Some(RawQuantity {
                value: Some(exact(a.low)),
                unit: Some("year".into()),
                ..RawQuantity::new(i, i + 1, QuantityKind::Age, i)
            });
        }
        // `ages 7 and 5`, `aged 8, 11 and 14`, `28 and 31 years old`: each number of a list of
        // ages is an age (the elliptical one takes its neighbour's unit)
        if let Some(unit) = self.listed_age(i, &a) {
            return Some(RawQuantity {
                value: Some(exact(a.low)),
                unit: Some(unit.into()),
                ..RawQuantity::new(i, a.end, QuantityKind::Age, a.core)
            });
        }
        // `Spike Lee, who turns 60 on Monday`: an age
        if a.end == a.core + 1
            && a.currency.is_none()
            && !a.ordinal
            && !a.fraction
            && !a.vague
            && !a.scaled
            && (1.0..=120.0).contains(&a.low)
            && a.low.fract() == 0.0
            && i > 0
            && matches!(self.lower(i - 1), "turns" | "turned" | "turning")
            && (self.phrase_end(a.end) || words::after_turned_age(self.lower(a.end)))
        {
            return Some(RawQuantity {
                value: Some(exact(a.low)),
                unit: Some("year".into()),
                ..RawQuantity::new(i, a.end, QuantityKind::Age, a.core)
            });
        }
        if let Some(q) = self
            .age_at_event(i, &a)
            .or_else(|| self.age_when_was(i, &a))
            .or_else(|| self.age_than(i, &a))
            .or_else(|| self.age_now(i, &a))
        {
            return Some(q);
        }
        // `one` as a pronoun: `one of the`, `no one`, `the one`
        if a.spelled
            && !a.scaled
            && !a.fraction
            && !a.ordinal
            && a.low == 1.0
            && a.end == a.core + 1
        {
            let prev = self.lower(i.wrapping_sub(1));
            let next = self.lower(a.end);
            // every `one of ...` partitive works as an indefinite (`one of Trump's biggest
            // supporters`, `one of those allies`, `one of the 12 victims`), and so do `one or
            // the other`, `one or another`, `one by one`, `one after another`
            // `in one case, a helicopter`: in a certain instance
            let instance = prev == "in" && matches!(next, "case" | "instance")
                // `at one point`, `at one stage` (= at some time, as `one day`)
                || prev == "at" && matches!(next, "point" | "stage")
                // `One such spying application`, `in inspecting one such link`: an example of
                // a set just named; the object of a verb of finding, having or making, or after
                // `there is`, it counts (`detected one such plume`, `had one such program`,
                // `there was one such case`, `only one such`; decision 309)
                || next == "such" && !self.one_such_counted(i)
                // `In one photograph obtained by ...,` opening a sentence: in a certain one (not
                // `In one year, ...`, a length)
                || prev == "in"
                    && (i == 1 || i >= 2 && !self.same_sentence(i - 2, i - 1))
                    && self.is_word(a.end)
                    && words::time_unit(next).is_none()
                    && !self.has_role(a.end, |r| matches!(r, Role::Unit(_)));
            let partitive = instance
                || next == "of"
                || next == "or" && matches!(self.lower(a.end + 1), "the" | "another")
                || matches!(next, "by" | "after") && matches!(self.lower(a.end + 1), "one" | "another")
                || matches!(prev, "by" | "after") && i >= 2 && self.lower(i - 2) == "one"
                // lexicalised compounds: `one-stop shop`, `one-off`, `one-on-one`, `one-sided`, `one-way`,
                // `one-size-fits-all`, `one-upmanship`, `one-liners`, `one-horse town`,
                // `one-of-a-kind`, `a one-man crime spree`, `a one-woman show`
                || self.is_punct(a.end, "-")
                    && self.glued(a.end)
                    && self.glued(a.end + 1)
                    && words::one_compound_part(self.lower(a.end + 1))
                // `one-on-one`, `one-to-one`: both `one`s (the first one above for `on`)
                || self.one_to_one(i, a.end);
            // `One also expects`, `one can only wonder`, `one would think`, `one has to ask`: the
            // generic pronoun before a modal or `also`, opening a clause (not `only one can be used`)
            // (`one has to turn to`, `one had to just take comfort`: `has to` a modal too; not
            // `one has 15 rooms`, `one has been charged`)
            let must = matches!(next, "has" | "had")
                && self.lower(a.end + 1) == "to"
                && self.is_word(a.end + 2);
            // `One does not have to read closely`, `one doesn't need`, `One knows better`, `when
            // one thinks of`, `one wonders whether`: the generic pronoun before present-tense
            // `does not` or a verb of thought or knowing, opening a clause (not `one did not
            // survive`, past, nor `one died`)
            let present = next == "doesn't"
                || next == "does" && matches!(self.lower(a.end + 1), "not" | "n't")
                || next == "knows"
                || next.strip_suffix('s').is_some_and(words::verb_of_thought);
            let generic = (words::modal_or_also(next) || must || present)
                && (i == 0
                    || self.sentence_of[i - 1] != self.sentence_of[i]
                    || self.is_punct(i - 1, ",;:\"\u{201c}(")
                    || words::clause_opener(prev));
            // (`the one-hour reading`: a glued unit makes it a number again)
            let glued = self.glued(a.end)
                && self.is_punct(a.end, "-")
                && (words::time_unit(self.lower(a.end + 1)).is_some()
                    || self.has_role(a.end + 1, |r| matches!(r, Role::Unit(_))));
            // `the main one`, `a new one`: a determiner and an adjective before it (not `the
            // number one and two positions`, a place in a ranking)
            let det_adj = (i >= 2
                && self.is_word(i - 1)
                && self.sentence_of[i - 2] == self.sentence_of[i]
                && words::determiner(self.lower(i - 2))
                && words::small(prev).is_none()
                && words::tens(prev).is_none()
                && prev != "number"
                || self.det_compound_adj(i)
                || self.det_coordinated_adj(i)
                || self.det_adverb_adj(i))
                // (`an entirely different one in the second half`: no ratio after an adverb)
                && (!matches!(next, "in" | "out")
                    || next == "in" && self.det_adverb_adj(i) && !self.starts_number(a.end + 1))
                && words::time_unit(next).is_none()
                // and no noun after it (`the cinema one night`, `a remarkable one hour`)
                && (self.phrase_end(a.end)
                    || next.ends_with("n't")
                    || self.has_role(a.end, |r| matches!(r, Role::Function))
                    || words::verb_or_relative_after_one(next));
            // `the first one in his family`, `the last one to leave`: an ordinal adjective
            // before it, no noun after it (`in` too: no ratio after a rank)
            let ranked = i >= 2
                && self.is_word(i - 1)
                && self.sentence_of[i - 2] == self.sentence_of[i]
                && words::determiner(self.lower(i - 2))
                && (words::ordinal(prev).is_some() || matches!(prev, "last" | "next"))
                && words::time_unit(next).is_none()
                && (self.phrase_end(a.end)
                    || self.has_role(a.end, |r| matches!(r, Role::Function))
                    || words::verb_or_relative_after_one(next));
            // `two male suspects, one armed with a weapon`, `two teens, one bouncing a
            // basketball`: after a comma, one member of a group a participle describes (a count
            // where the sentence says how many died: `, one killed in`; and `one defeated
            // measure` counts measures)
            let member = i >= 1
                && self.is_punct(i - 1, ",")
                && next.len() >= 5
                && (next.ends_with("ing") || next.ends_with("ed"))
                && !words::casualty_participle(next)
                && (self.has_role(a.end + 1, |r| matches!(r, Role::Function))
                    || words::object_pronoun(self.lower(a.end + 1))
                    || self.is_num(a.end + 1));
            // `his one true love`: the only one, an idiom; `one man's choice`, `the father of
            // one woman's child`: a certain person's (not `one year's salary`, a length); `one
            // step at a time`, `one hard-won battle at a time` (GUIDELINES.md)
            let idiom = next == "true" && words::definite_determiner(prev)
                || words::person_noun(next) && self.possessive_after(a.end + 1)
                // (no verb between: `only one can be used at a time` counts; hyphened words
                // are several lexemes)
                || (a.end..a.end + 10)
                    .take_while(|&k| {
                        self.same_sentence(i, k)
                            && !self.is_punct(k, ",;:.!?")
                            && !words::modal_or_also(self.lower(k))
                            && !words::be_or_have(self.lower(k))
                    })
                    .any(|k| {
                        self.lower(k) == "at"
                            && self.lower(k + 1) == "a"
                            && self.lower(k + 2) == "time"
                            // (not `at a time when`, `at a time of`: at the time)
                            && !words::at_a_time_of(self.lower(k + 3))
                    });
            // `have one, too`: the object of a verb of having, nothing after it
            let object = words::having_verb(prev) && self.phrase_end(a.end);
            // `one twin accidentally shot the other`: one of a pair, acting on the other in the
            // same clause (`one man died and the other ...` still counts one)
            let reciprocal = self.is_word(a.end)
                && (a.end + 1..a.end + 6)
                    .take_while(|&k| {
                        self.same_sentence(i, k)
                            && !self.is_punct(k, ",;")
                            && self.lower(k) != "and"
                    })
                    .any(|k| self.lower(k) == "the" && self.lower(k + 1) == "other");
            // `Police have confirmed that one person is dead`: `that` opening what a source
            // says, not a demonstrative
            // (a noun after it: `that one was enough` may be the demonstrative)
            let complementizer = prev == "that"
                && i >= 2
                && self.has_role(i - 2, |r| matches!(r, Role::AttrVerb))
                && self.is_word(a.end)
                && !words::verb_or_relative_after_one(next)
                && !self.has_role(a.end, |r| matches!(r, Role::Function));
            if !glued
                && (words::pronoun_one_before(prev) && !complementizer
                    // `including one who appeared distraught`: one member, named by a clause
                    || matches!(next, "another" | "who")
                    // `one thing ... another`, `It's one thing to`; `there was one thing I
                    // said` counts (decision 403: the object of a verb of occurring)
                    || next == "thing"
                        && !(matches!(prev, "was" | "is" | "'s")
                            && i >= 2
                            && self.lower(i - 2) == "there")
                    // `another story, one that few have told`: the pronoun in apposition (not
                    // after a counted group: `my two phones, one which was new` counts one)
                    || matches!(next, "that" | "which")
                        && i >= 1
                        && self.is_punct(i - 1, ",")
                        && !(i.saturating_sub(7)..i - 1).any(|k| {
                            self.same_sentence(k, i)
                                && (self.is_num(k) || words::small(self.lower(k)).is_some())
                        })
                    // `one day` is some day, but `arrested one day after ...` a length
                    // (`$5 a day after tax` is a rate)
                    || next == "day"
                        && (!words::after_a_length(self.lower(a.end + 1))
                            || i >= 1 && self.is_num(i - 1))
                    || partitive
                    || generic
                    || det_adj
                    || ranked
                    || object
                    || member
                    || idiom
                    || reciprocal
                    || self.one_pronoun_more(i, a.end))
            {
                return None;
            }
        }
        // `two-way trade`, `a two-way toll`, `two-way tariffs`: both directions, a lexicalised
        // compound (indep-NOTES.md decision 196; `a three-way race` still counts)
        if a.spelled
            && a.low == 2.0
            && a.end == a.core + 1
            && (self.hyphened_word(a.end, "way") || a.start == a.core && self.two_idiom(i))
        {
            return None;
        }
        // `50 Cent's new album`: a capitalised `Cent` inside a sentence names someone (the
        // minor unit is written in lower case)
        if self.surface(a.end) == "Cent" && !self.title_case_around(a.end) {
            return None;
        }
        // `game four of the semifinals`, `in game two, T1`: a member of a series (as `Game 7`),
        // not a count (`the game two days later` keeps its duration)
        if !a.ordinal
            && !a.fraction
            && a.start == a.core
            && a.end == a.core + 1
            && a.core > 0
            && self.same_sentence(a.core - 1, a.core)
            && self.lower(a.core - 1) == "game"
            && (self.phrase_end(a.end) || self.lower(a.end) == "of")
        {
            return None;
        }
        // a spelled cardinal capitalised inside a name (`the Six Nations`, `the Big Ten`, `Air
        // Force One`): mid-sentence, next to another capitalised word, not in a title-case line
        if a.spelled
            && !a.ordinal
            && !a.fraction
            && !a.vague
            && a.end == a.core + 1
            && !self.measure_after(a.end)
            && a.start == a.core
            && self.capitalized(a.core)
            && a.core > 0
            && self.same_sentence(a.core - 1, a.core)
            // a nickname with a possessive: `Three's father said` (even after a closing quote)
            && (self.possessive_after(a.end)
                || !self.is_punct(a.core - 1, "\"'\u{201c}\u{2018}(:;-\u{2013}\u{2014}")
                    && (self.capitalized(a.core - 1) && self.is_word(a.core - 1)
                        || self.capitalized(a.end) && self.is_word(a.end)))
            && !self.title_case_around(a.core)
        {
            return None;
        }
        if a.ordinal && a.spelled {
            let w = self.lower(a.core);
            // `second` as a unit of time; `first` in fixed phrases is still an ordinal
            if w == "second" && words::small(self.lower(i.wrapping_sub(1))).is_some() {
                return None;
            }
            // `a few billionths of a second`, `a fraction of a second`: the unit of time that a
            // share is taken of
            if w == "second"
                && i >= 3
                && self.lower(i - 1) == "a"
                && self.lower(i - 2) == "of"
                && (words::denominator(self.lower(i - 3)).is_some_and(|d| d > 2)
                    || self.lower(i - 3) == "fraction")
            {
                return None;
            }
            // lexicalised compounds (`first-time buyers`, `second-hand`, `third-party`) and
            // ordinals inside names (`America First`, `the Second World War`) rank nothing
            // (`second-in-command`: a deputy, decision 196)
            let compound = self.glued(a.end)
                && self.is_punct(a.end, "-")
                && words::ordinal_compound_part(self.lower(a.end + 1))
                || self.hyphened_word(a.end, "in") && self.hyphened_word(a.end + 2, "command");
            let in_name = a.end == a.core + 1
                && self.capitalized(a.core)
                && a.core > 0
                && self.sentence_of[a.core - 1] == self.sentence_of[a.core]
                && !self.is_punct(a.core - 1, "\"'\u{201c}\u{2018}(:")
                && (self.capitalized(a.core - 1) || self.capitalized(a.end));
            // idioms where an ordinal ranks nothing: `third countries`, `a third party`,
            // `second thoughts`, `second nature`, `second language acquisition`
            let idiom = a.spelled
                && a.end == a.core + 1
                && (w == "third" && words::third_idiom_noun(self.lower(a.end))
                    || w == "second" && words::second_idiom_noun(self.lower(a.end)));
            if compound || in_name || idiom || self.discourse_ordinal(a.core, a.end) {
                return None;
            }
            if w == "first"
                && a.end == a.core + 1
                && a.start == a.core
                && self.adverbial_first(a.core)
            {
                return None;
            }
        }
        // a spelled ordinal of two words in a name (`to Seventy-fourth Street`, `the
        // Twenty-fifth Amendment`, `the Thirty-second Division`): capitalised, before a
        // capitalised head of a name or a street's type, as `Fifth Avenue` above
        // (the scanner tries `sixth` again after `Eighty-sixth` is dropped: the tens word
        // before the glued hyphen is the name's start)
        let tens_before = a.start >= 2
            && self.is_punct(a.start - 1, "-")
            && self.glued(a.start)
            && self.glued(a.start - 1)
            && words::tens(self.lower(a.start - 2)).is_some();
        let first = if tens_before { a.start - 2 } else { a.start };
        if a.ordinal
            && a.spelled
            && a.end > first + 1
            && self.capitalized(first)
            && self.capitalized(a.end)
            && (words::ordinal_name_head(self.lower(a.end)) || self.numbered_street(a.end))
        {
            return None;
        }
        // a digit ordinal in a name: a court, a military unit, a street, an amendment (`the 9th
        // Circuit`, `the US 6th fleet`, `the 82nd Airborne Division`, `E. 93rd Street`, `the 25th
        // amendment`, `the 5th congressional district`)
        if a.ordinal && !a.spelled && a.end == a.core + 2 {
            let mut k = a.end;
            if matches!(self.lower(k), "us" | "u") && self.capitalized(k) {
                k += 1; // `9th U.S. Circuit`, `9th US-Circuit`
                while self.is_punct(k, ".-") || self.lower(k) == "s" {
                    k += 1;
                }
            }
            if words::ordinal_name_head(self.lower(k)) || self.numbered_street(k) {
                return None;
            }
            // `continued westbound on 79th`: a street a vehicle travels on
            if a.core >= 2
                && matches!(self.lower(a.core - 1), "on" | "onto")
                && words::travel_bound(self.lower(a.core - 2))
            {
                return None;
            }
            // the head after capitalised words of the name (`the 49th Transportation Movement
            // Control Battalion`, `4th Sustainment Brigade`, `the 13th Sustainment Command`)
            let mut j = k;
            while j < k + MAX_UNIT_NAME_WORDS
                && self.is_word(j)
                && self.capitalized(j)
                && self.same_sentence(a.core, j)
                && !words::ordinal_name_head(self.lower(j))
            {
                j += 1;
            }
            if j > k && self.capitalized(j) && words::ordinal_name_head(self.lower(j)) {
                return None;
            }
        }
        // `one in five`, `3 out of 10`, `nine times out of 10`
        if !a.ordinal
            && !a.fraction
            && !a.vague
            && !a.scaled
            && a.currency.is_none()
            && a.low.abs() >= 1.0
            && a.low.fract() == 0.0
        {
            let (k, cue) = if self.lower(a.end) == "in" {
                (a.end + 1, true)
            } else if self.lower(a.end) == "out" && self.lower(a.end + 1) == "of" {
                (a.end + 2, true)
            } else if self.lower(a.end) == "times"
                && self.lower(a.end + 1) == "out"
                && self.lower(a.end + 2) == "of"
            {
                // `nine times out of 10`: how often, a fraction (decision 17)
                (a.end + 3, true)
            } else {
                (0, false)
            };
            // `one over three`, `1 over 20`: a ratio when nothing follows the divisor (`30
            // over three years` is a count and a duration, `one over par` no ratio)
            if self.lower(a.end) == "over" && !a.yearish {
                if let Some(bb) = self.amount(a.end + 1).filter(|bb| {
                    !bb.yearish
                        && !bb.ordinal
                        && !bb.fraction
                        && !bb.vague
                        && bb.currency.is_none()
                        && bb.low == bb.high
                        && bb.low > 0.0
                        && self
                            .lexeme(bb.end)
                            .is_none_or(|t| t.kind == LexemeKind::Punct)
                        && !self.is_punct(bb.end, "%")
                }) {
                    return Some(RawQuantity {
                        value: Some(exact(a.low / bb.low)),
                        ..RawQuantity::new(i, bb.end, QuantityKind::Fraction, a.core)
                    });
                }
            }
            if cue && a.low >= 1.0 {
                if let Some(bb) = self.amount(k) {
                    if !bb.yearish
                        && !bb.ordinal
                        && !bb.fraction
                        && !bb.vague
                        && bb.currency.is_none()
                        && bb.low > a.low
                        && bb.low.fract() == 0.0
                        && !self.is_punct(bb.end, "%")
                        && !matches!(self.lower(bb.end), "percent" | "per")
                    {
                        let r = a.low / bb.low;
                        // `1 in 5 or more`: a bound after the ratio
                        let (value, e) = self.ratio_post_bound(r, bb.end);
                        let q = RawQuantity {
                            value: Some(value),
                            ..RawQuantity::new(i, e, QuantityKind::Fraction, a.core)
                        };
                        return Some(q);
                    }
                }
            }
        }
        // `the 2004-05 season`, `2019/20`, `1966-76`: a span of years written with the second
        // year's last two digits, an ISO 8601 interval of years (`2004/2005`)
        if let Some(to) = self.short_year_span(a) {
            let from = a.low as i64;
            return Some(RawQuantity {
                time: Some(time_value(format!("{from:04}/{to:04}"), Granularity::Year)),
                ..RawQuantity::new(i, a.end + 2, QuantityKind::Date, a.core)
            });
        }
        // `first or second place`, `third or fourth`, `3rd-4th place`: a range of consecutive
        // ranks
        let joined =
            self.is_punct(a.end, "-\u{2013}") && self.glued(a.end) && self.glued(a.end + 1);
        if a.ordinal
            && !a.fraction
            && (self.lower(a.end) == "or" || joined)
            && self.same_sentence(i, a.end + 1)
        {
            if let Some(bb) = self
                .amount(a.end + 1)
                .filter(|bb| bb.ordinal && !bb.fraction && bb.low == a.low + 1.0)
            {
                return Some(RawQuantity {
                    value: Some(interval(a.low, true, bb.low, true, false)),
                    ..RawQuantity::new(i, bb.end, QuantityKind::Ordinal, a.core)
                });
            }
        }
        // `delays of 30 minutes to an hour`: a range whose upper end is one of the next larger
        // unit, in the smaller unit (decision 99 of indep-NOTES.md)
        if !a.ordinal && !a.fraction && !a.vague && a.currency.is_none() && a.end == a.core + 1 {
            let small = words::time_unit(self.lower(a.end));
            let big = words::time_unit(self.lower(a.end + 3));
            if let Some(f) = small.zip(big).and_then(|(u, v)| words::units_in_next(u, v)) {
                if self.lower(a.end + 1) == "to"
                    && matches!(self.lower(a.end + 2), "a" | "an")
                    && a.low < f
                    && self.same_sentence(i, a.end + 3)
                {
                    return Some(RawQuantity {
                        value: Some(interval(a.low, true, f, true, false)),
                        unit: small.map(Into::into),
                        ..RawQuantity::new(i, a.end + 4, QuantityKind::Duration, a.core)
                    });
                }
            }
        }
        // range: 10-20, 10 to 20, two or three
        let mut b = None;
        // (`three-nought-four`: a chain of numbers, not a range from nought to four)
        let chained =
            a.start > 1 && self.joining_hyphen(a.start - 1) && self.starts_number(a.start - 2);
        if !a.ordinal && !a.vague && !a.fraction && !chained {
            let e = a.end;
            // `three-to-four weeks`, `20-to-30 seconds`: `to` hyphened between the two ends (a
            // vote so written, `a six-to-three vote`, is read before as a tally)
            let hy_to = self.hyphened_to(e);
            let dash = !hy_to
                && self.is_punct(e, "-\u{2013}")
                && (self.glued(e) == self.glued(e + 1) || self.surface(e) == "\u{2013}");
            // `two or three`, `2 or 3 yuan`: a range when the second is the next step up
            let or_range = |bb: &Amount| {
                a.spelled
                    || a.low.fract() == 0.0
                        && bb.low.fract() == 0.0
                        && bb.low > a.low
                        && bb.low <= 2.0 * a.low + 2.0
                        && !a.yearish
            };
            let sep = if hy_to { "to" } else { self.lower(e) };
            let first = if hy_to { e + 3 } else { e + 1 };
            // (`200,000 to as many as 5 million`: past the upper end's own bound, which
            // closes a range of two sizes, so the lower end takes no scale from it; not after
            // a year, `in 2016 to as many as 5 million`)
            let bs = if sep == "to" && !a.yearish {
                self.upper_bound_end(first)
            } else {
                first
            };
            let bounded = bs != first;
            let next = (dash || words::range_word(sep))
                .then(|| self.amount(bs))
                .flatten();
            let to = matches!(sep, "to" | "through" | "thru")
                || sep == "or" && next.as_ref().is_some_and(or_range);
            // `raise the wage by $1 to $8.25`: the change and the level reached, two amounts
            // (each with its currency, the level far above the change; `by $3 billion to $5
            // billion` stays a range)
            // `Beta fell 1-1/4 to 23-1/8`, `the index rose 12.5 to 1,234.5`: a price's move and
            // its level (`rose 10 to 15 percent` stays a range)
            let change_and_level = |bb: &Amount| {
                sep == "to"
                    && a.start >= 1
                    && (self.lower(a.start - 1) == "by"
                        && a.currency.is_some()
                        && bb.currency.is_some()
                        || words::price_move_verb(self.lower(a.start - 1))
                            && a.currency == bb.currency)
                    && bb.low > 4.0 * a.high
                    // `shot up 11-5/8 to 29-3/8`: a share's move and its price, in eighths
                    || sep == "to"
                        && a.start >= 2
                        && matches!(self.lower(a.start - 1), "up" | "down")
                        && matches!(self.lower(a.start - 2), "shot" | "went" | "moved" | "edged")
                        && (a.start..a.end).any(|k| self.eighths_at(k))
                        && (bb.start..bb.end).any(|k| self.eighths_at(k))
                        && bb.low > a.high
            };
            // `rose from 108 to 190`: a change, two numbers (`modified` left them to the scan)
            let from_change = sep == "to"
                && a.start >= 1
                && self.lower(a.start - 1) == "from"
                && !a.yearish
                && self.change_verb_before(a.start - 1);
            // `from 19,924 in 1997 to 5,179 in 2015`, `rose from 300 in 2010 to 900`: a year
            // after `in` or `by` dates the figure before it, never the lower end of a range
            // with the count after `to` (`in 1997 to 2000`, two years, stays a span)
            let dated_year = sep == "to"
                && a.yearish
                && a.start >= 2
                && matches!(self.lower(a.start - 1), "in" | "by")
                && next.as_ref().is_some_and(|bb| !bb.yearish);
            if (dash || to) && !from_change && !dated_year {
                if let Some(bb) = next.filter(|bb| !change_and_level(bb)) {
                    if !bb.ordinal
                        && !bb.vague
                        && !bb.fraction
                        && (bb.currency.is_none()
                            || a.currency.is_none()
                            || bb.currency == a.currency)
                    {
                        let yr = a.yearish && bb.yearish;
                        // (`2 to 3 million`, `two to three million`: the scale of the upper
                        // end is the lower end's too)
                        let last = self.lower(bb.end - 1);
                        let spelled_scale = words::big_scale(last)
                            .or((last == "hundred").then_some(100.0))
                            .filter(|&f| bb.spelled && !a.scaled && a.low < f);
                        let lo = if let Some(f) = spelled_scale {
                            a.low * f
                        } else if bb.scaled && !a.scaled && !(bounded && a.low >= 1000.0) {
                            a.low * (bb.low / self.digits(bb.core).unwrap_or(bb.low)).max(1.0)
                        } else {
                            a.low
                        };
                        // `2012-2015`, `the 2012 through 2015 style`: a span of years, an ISO
                        // 8601 interval (`from 2012 to 2015` stays two dates: a change)
                        let (y0, y1) = (a.low as i64, bb.low as i64);
                        let in_years = yr
                            && !self.measure_after(bb.end)
                            && (sep == "to" || self.year_context(i, bb.end));
                        if in_years && y1 > y0 && y1 - y0 <= 100 && sep != "to" {
                            return Some(RawQuantity {
                                time: Some(time_value(
                                    format!("{y0:04}/{y1:04}"),
                                    Granularity::Year,
                                )),
                                ..RawQuantity::new(i, bb.end, QuantityKind::Date, a.core)
                            });
                        }
                        if let Some(q) = dash.then(|| self.dashed_height(i, &a, &bb)).flatten() {
                            return Some(q);
                        }
                        if in_years {
                            // two years (`from 2012 to 2015`): the first here, the second next
                        } else if dash
                            && (lo >= bb.high
                                || bb.high < 200.0
                                    && lo.fract() == 0.0
                                    && self.record_context(i, bb.end))
                            && !bb.scaled
                            && !a.scaled
                            && !a.spelled
                            && !bb.spelled
                            && !self.measure_after(bb.end)
                            && !words::era(self.surface(bb.end))
                        {
                            // 51-50, 2-1, 89-89: a score or tally, one mention
                            return self.score(i, a, bb);
                        } else if lo < bb.high {
                            {
                                b = Some(Amount {
                                    low: bb.low,
                                    high: bb.high,
                                    ..bb
                                });
                                let mut a2 = a;
                                a2.low = lo;
                                a2.high = lo;
                                a2.currency = a.currency.or(bb.currency);
                                return self.finish(i, a2, b, None);
                            }
                        }
                    }
                }
            }
        }
        let _ = &mut b;
        self.finish(i, a, None, None)
    }

    /// `-to-` at `k`, hyphened between two ends of a range (`three-to-four weeks`).
    pub(super) fn hyphened_to(&self, k: usize) -> bool {
        let hy = |k: usize| self.is_punct(k, "-") && self.glued(k) && self.glued(k + 1);
        hy(k) && self.lower(k + 1) == "to" && hy(k + 2)
    }

    /// The second year of `2004-05`, `2019/20`, `1966-76` after the year `a`: two digits glued
    /// after a glued dash or slash, later in the same century (`2004-03` is no span); one digit
    /// after a dash, later in the same decade (`2008-9`), or after a slash the next year
    /// (`1998/9`); or four after a slash, the next year (`2003/2004`).
    pub(super) fn short_year_span(&self, a: Amount) -> Option<i64> {
        // `the 2003/2004 season`, `1999/2000`: a season of two years written in full with a
        // slash, the second the next year
        let y = a.low as i64;
        let bond = self.bond_years(a.core, a.end + 2);
        if a.yearish
            && a.end == a.core + 1
            && self.is_punct(a.end, "/")
            && self.glued(a.end)
            && self.glued(a.end + 1)
            && self.surface(a.end + 1).len() == 4
            && self.second_year_of(y, a.end + 1, bond)
            && !self.is_punct(a.end + 2, "-/")
            && !(self.glued(a.end + 2) && self.is_num(a.end + 2))
        {
            return self.digits(a.end + 1).map(|b| b as i64);
        }
        // (one digit after a dash: `2008-9`, `1990-1`, a later year of the same decade)
        // (and after a slash the next year alone: `since 1998/9`, a financial year; `2000/7` is
        // no span)
        let one = self.surface(a.end + 1).len() == 1
            && (self.is_punct(a.end, "-\u{2013}")
                || self.is_punct(a.end, "/")
                    && self.digits(a.end + 1) == Some((y % 10 + 1) as f64));
        if !(a.yearish
            && self.is_punct(a.end, "-\u{2013}/")
            && self.glued(a.end)
            && self.glued(a.end + 1)
            && (self.surface(a.end + 1).len() == 2 || one)
            && !self.is_num(a.end + 2)
            // (`2004-03-12`, `2004.05.06` are days; a full stop may end the sentence)
            && !self.is_punct(a.end + 2, "-/")
            && !(self.is_punct(a.end + 2, ".") && self.is_num(a.end + 3) && self.glued(a.end + 3))
            && a.end == a.core + 1)
        {
            return None;
        }
        let yy = self.digits(a.end + 1)? as i64;
        if one {
            return (yy > y % 10).then_some(y - y % 10 + yy);
        }
        // (a slash joins a year to the next few, `2019/20`; `Directive 2000/78` is a number)
        let near = !self.is_punct(a.end, "/") || yy - y % 100 <= 5 || bond;
        (yy > y % 100 && near).then_some(y - y % 100 + yy)
    }

    /// A percent sign or word, a unit, a currency or a unit of time at `k`: what makes the
    /// number before it a measure (`52-48%`, `47-42 euros`, `One month`).
    pub(super) fn measure_after(&self, k: usize) -> bool {
        self.is_punct(k, "%")
            || words::percent_word(self.lower(k))
            || words::time_unit(self.lower(k)).is_some()
            || self
                .find(k, |r| {
                    matches!(r, Role::Unit(_) | Role::CurWord(_) | Role::CurCode(_)).then_some(())
                })
                .is_some()
    }

    pub(super) fn after_year_noun(&self, e: usize) -> bool {
        // `around 2019 the company...`: a year, not a count
        !self.is_word(e)
            || self.capitalized(e)
            || self
                .lexicon
                .word(self.lower(e))
                .iter()
                .any(|r| matches!(r, Role::Function))
    }

    /// A lower-case noun for people at `e` (`people`, `men`, `children`, `residents`: the
    /// lexicon's person nouns).
    pub(super) fn people_noun(&self, e: usize) -> bool {
        self.is_word(e)
            && !self.capitalized(e)
            && (self.lower(e) == "people" || self.has_role(e, |r| matches!(r, Role::PersonNoun)))
    }

    /// `a year or two`, `a day or three`, `a decade or two`: a duration from one unit to two or
    /// three (decades and centuries counted in years); not before `ago` or `later`, a date.
    pub(super) fn unit_or_few(&self, i: usize) -> Option<RawQuantity> {
        if !matches!(self.lower(i), "a" | "an")
            || self.lower(i + 2) != "or"
            || !self.same_sentence(i, i + 3)
        {
            return None;
        }
        let u = words::time_unit(self.lower(i + 1))?;
        let n = words::small(self.lower(i + 3)).filter(|n| (2..=3).contains(n))?;
        let next = self.lower(i + 4);
        if words::time_relation_word(next) || words::time_unit(next).is_some() {
            return None;
        }
        let (f, unit) = match u {
            "decade" => (10.0, "year"),
            "century" => (100.0, "year"),
            u => (1.0, u),
        };
        Some(RawQuantity {
            value: Some(interval(f, true, f * f64::from(n), true, false)),
            unit: Some(unit.into()),
            ..RawQuantity::new(i, i + 4, QuantityKind::Duration, i + 3)
        })
    }

    /// True when a bare 4-digit number at `s..e` reads as a year.
    pub(super) fn year_context(&self, s: usize, e: usize) -> bool {
        let prev = self.lower(s.wrapping_sub(1));
        // `1000 people were killed`, `rose to 1500 people`, `the 1500 people`: a count of
        // people, unless a preposition of time comes first (`in 2014 people voted`), the number
        // is glued to a hyphen or bracket (`pre-1996 staff`) or, after a determiner, it is not
        // a round hundred (`the 1989 demonstrators`)
        if self.people_noun(e)
            && !words::year_preposition(prev)
            && !self.is_punct(s.wrapping_sub(1), "-(,'\u{2019}")
            && (!words::determiner(prev) || self.digits(s).is_some_and(|v| v % 100.0 == 0.0))
        {
            return false;
        }
        if words::year_cue_before(prev) || self.is_punct(s.wrapping_sub(1), "-(,'’") {
            return true;
        }
        if self.year_after_determiner(s, e) {
            return true;
        }
        // `said 1200 were evacuated`: the subject of a plural verb is a count (after a cue of
        // years it is a year: `the results of 2016 were`, `in 2008 and 2012 were`)
        if matches!(self.lower(e), "were" | "are" | "have") {
            return false;
        }
        if s == 0 {
            return true;
        }
        // `raising 2016 elections`, `the 2019 season`: a noun of dated events after it
        if self.year_before_results(s, e) {
            return true;
        }
        // `Black Friday 2019 deals`, `Euro 2016`: a name before it, mid-sentence
        if s >= 2
            && self.is_word(s - 1)
            && self.capitalized(s - 1)
            && self.same_sentence(s - 2, s - 1)
            && self.lexemes[s].spaced
            && self
                .digits(s)
                .is_some_and(|y| (1900.0..=2100.0).contains(&y))
        {
            return true;
        }
        // followed by punctuation, a capitalised word or a function word: a year; or the
        // subject of a verb in the singular (`said 2001 brought hardship`, `2019 was a record`;
        // a count takes the plural: `1500 were killed`)
        self.after_year_noun(e)
            || s >= 1 && self.is_word(s - 1) && words::year_subject_verb(self.lower(e))
    }

    /// Whether `one such N` at `i` counts (decision 309): as the object of a verb of finding,
    /// having or making (`detected one such plume`, `North Carolina had one such program`), after
    /// `there` and a form of `be` (`there was one such case`), or after a restriction (`only
    /// one such`, `at least one such`). As a subject or after a preposition (`One such
    /// application was found`, `in inspecting one such link`, `In one such title`) it
    /// introduces an example of a set just named.
    fn one_such_counted(&self, i: usize) -> bool {
        if i == 0 || !self.same_sentence(i - 1, i) || !self.is_word(i - 1) {
            return false;
        }
        let prev = self.lower(i - 1);
        one_such_counting_verb(prev)
            || one_such_restrictor(prev)
            || words::be_form(prev)
                && i >= 2
                && self.same_sentence(i - 2, i)
                && self.lower(i - 2) == "there"
    }
}

/// Verbs of finding, having and making before `one such N`, which is then their object and a
/// count (`detected one such plume`, `had one such program`, `made one such trip`; decision
/// 309). Elsewhere (`One such application was found`, `in inspecting one such link`) it
/// introduces an example of a set just named and counts nothing.
fn one_such_counting_verb(w: &str) -> bool {
    matches!(
        w,
        "find"
            | "finds"
            | "found"
            | "finding"
            | "detect"
            | "detects"
            | "detected"
            | "detecting"
            | "discover"
            | "discovers"
            | "discovered"
            | "discovering"
            | "identified"
            | "identify"
            | "identifies"
            | "spotted"
            | "located"
            | "uncovered"
            | "recorded"
            | "observed"
            | "has"
            | "have"
            | "had"
            | "having"
            | "own"
            | "owns"
            | "owned"
            | "make"
            | "makes"
            | "made"
            | "making"
            | "built"
            | "build"
            | "builds"
            | "created"
            | "create"
            | "creates"
    )
}

/// Restrictions before `one such N` that keep it a count (`only one such case`, `just one such
/// program`, `not one such`, `at least one such`).
fn one_such_restrictor(w: &str) -> bool {
    matches!(
        w,
        "only" | "just" | "not" | "least" | "exactly" | "merely" | "barely"
    )
}
