//! More readings of `one` as a pronoun, beside those of [`super::quantities`]: the generic
//! `one` after a causative verb (`leads one to wonder`, `makes one think`) and the pronoun after
//! a determiner and an adjective before a time adverbial (`into a professional one several weeks
//! ago`, `replaced by a digital one in 2015`), `No-one` with a hyphen and the generic `one`
//! after an inverted modal (`nor can one rely on`); `on one side ... on the other`; both sides
//! of `one-on-one` and `one-to-one`; `one` before a preposition and `which` (`an age, one in
//! which ...`); `one` before a modal anywhere in a clause (`In both cases one can assume`); `one
//! city after another`; `two` in `a thing or two` and `no two ... alike`; `one's` with a
//! possessive (`one's legs`); `one` after an auxiliary a question word inverts (`how does one
//! account for`).

use super::Context;
use crate::lexicon::Role;
use crate::words;

impl Context<'_> {
    /// The spelled `one` at `i` (its amount ends at `e`) is a pronoun by one of the readings
    /// above.
    pub(super) fn one_pronoun_more(&self, i: usize, e: usize) -> bool {
        if self.one_possessive(i, e)
            || self.one_indefinite_noun(i, e)
            || self.one_or_another(e)
            || self.one_some_time(i, e)
            || self.one_and_the_same(e)
            || self.one_inverted_question(i, e)
            || self.one_noun_substitute(i, e)
            || self.one_relative(i, e)
            || self.one_wire(i, e)
        {
            return true;
        }
        if i == 0 || !self.same_sentence(i - 1, i) {
            return false;
        }
        let prev = self.lower(i - 1);
        let next = self.lower(e);
        // `leads one to wonder`, `can only make one wonder`, `cause one to smile`: anyone (not
        // `led one to safety`)
        let causative = matches!(
            prev,
            "lead" | "leads" | "led" | "make" | "makes" | "made" | "cause" | "causes" | "caused"
        ) && words::verb_of_thought(if next == "to" {
            self.lower(e + 1)
        } else {
            next
        });
        // `a professional one several weeks ago`, `a digital one in 2015`: a time after the
        // pronoun (`one in 2015` is no ratio; `one in five` still is)
        let time_after = next == "several"
            || next == "in"
                && self.is_num(e + 1)
                && self.surface(e + 1).len() == 4
                && !self.is_word(e + 2);
        let det_adj = time_after
            && i >= 2
            && self.is_word(i - 1)
            && self.same_sentence(i - 2, i)
            && words::determiner(self.lower(i - 2))
            && words::small(prev).is_none()
            && words::tens(prev).is_none();
        // `No-one knows`: the pronoun `no one` written with a hyphen
        let no_one = prev == "-"
            && self.glued(i - 1)
            && self.glued(i)
            && i >= 2
            && self.lower(i - 2) == "no";
        // `nor can one rely on`, `Neither could one ignore`: the generic pronoun after a modal
        // inverted by `nor` or `neither`
        let inverted = words::modal_or_also(prev)
            && i >= 2
            && self.same_sentence(i - 2, i)
            && matches!(self.lower(i - 2), "nor" | "neither")
            && self.is_word(e);
        causative
            || det_adj
            || no_one
            || inverted
            || self.one_contrast(i, e)
            || self.one_generic_subject(i, e)
            || self.one_another_pair(i, e)
            || self.for_one(i, e)
            || self.degree_one(i, e)
            || self.one_before_modal(i, e)
            || self.one_in_question(i, e)
            || self.one_perceives(i, e)
            || self.one_bare_object(i, e)
    }

    /// `one` standing for a noun named before it, or in an emphatic idiom (GUIDELINES.md: `the
    /// main one`, `a presidential one`): `another one` before no noun (`another one making a
    /// great season`, `there is another one.`, `another one that works`; in a sentence with no
    /// other number); a determiner and a
    /// capitalised name before it and no noun after it (`a Simon Schama one,`, `the new Apple
    /// one.`); `all one` + a word (`it is all one big con trick`, `we are all one family`: one
    /// and the same, no count); and the rhetorical `if there is one X` (`If there is one regular
    /// criticism levelled at him, it is ...`: the X most heard, decision 363). A count before a
    /// number, a unit or a unit of time (`another one million`, `another one-year deal`, `all
    /// one hundred`), and after `only`/`just` (`if there is only one exit`). The `one` at
    /// `i..e`, one token.
    fn one_noun_substitute(&self, i: usize, e: usize) -> bool {
        if e != i + 1 || i == 0 || !self.same_sentence(i - 1, i) {
            return false;
        }
        let prev = self.lower(i - 1);
        let next = self.lower(e);
        let inside = self.same_sentence(i, e);
        // a number, a unit, a percentage or a unit of time after it keeps the count, and so
        // does a glued hyphen (`another one-year deal`)
        let measured = inside
            && (self.starts_number(e)
                || self.measure_after(e)
                || matches!(
                    next,
                    "hundred" | "thousand" | "million" | "billion" | "trillion"
                )
                || self.is_punct(e, "-") && self.glued(e));
        if measured {
            return false;
        }
        let no_noun = self.phrase_end(e)
            || words::verb_or_relative_after_one(next)
            || self.has_role(e, |r| matches!(r, Role::Function));
        // `another one making a great season`, `another one.`: a participle (not one of harm:
        // `another one injured`) or no noun after it
        // (in a sentence with no other number: `two died and another one was hurt` counts)
        let another = prev == "another"
            && self.alone_number(i)
            && (no_noun
                || next.len() >= 5
                    && next.ends_with("ing")
                    && !self.capitalized(e)
                    && !words::casualty_participle(next));
        // `a Simon Schama one,`: a determiner, one to three capitalised words (a name as an
        // adjective), `one`, no noun after it
        let named = no_noun
            && (2..=4).any(|k| {
                i >= k
                    && self.same_sentence(i - k, i)
                    && words::determiner(self.lower(i - k))
                    && (i - k + 1..i).all(|j| {
                        self.is_word(j)
                            && self.capitalized(j)
                            && !self.starts_number(j)
                            && words::month(self.lower(j)).is_none()
                            && words::weekday(self.lower(j)).is_none()
                    })
            });
        // `it is all one big con trick`, `we are all one family`
        let all = prev == "all"
            && inside
            && self.is_word(e)
            && words::time_unit(next).is_none()
            && !matches!(next, "of" | "or" | "and" | "to");
        // `If there is one regular criticism ...`
        let rhetorical = matches!(prev, "is" | "was" | "'s")
            && i >= 3
            && self.same_sentence(i - 3, i)
            && self.lower(i - 2) == "there"
            && self.lower(i - 3) == "if"
            // (`if` opening its sentence or clause, or capitalised: `understanding "if there was
            // one regime behind it` asks whether there was a single one)
            && (i == 3
                || self.surface(i - 3) == "If"
                || !self.same_sentence(i - 4, i - 3)
                || self.is_punct(i - 4, ",;:(")
                || words::clause_opener(self.lower(i - 4)))
            && self.is_word(e)
            && inside;
        another || named || all || rhetorical
    }

    /// `deserves one for coming up with`, `neither is one nor has one`, `grab one and get out`,
    /// `to end a war, not start one.`, `to subscribe to one.`, `impose one on him`, `Having seen
    /// one in the flesh`: a lower-case `one` after a lower-case verb or preposition, with no noun
    /// after it (a mark, a conjunction or a preposition follows), stands for a noun named before
    /// it, in a sentence with no other number: a pronoun (GUIDELINES.md). A count where the
    /// sentence says how many (decision 26: `Out of 17 observations ... in one`, `Two men opened
    /// fire, killing one`), after a word of harm (`it killed one.`), a word that restricts it
    /// (`only one`, `not one`, `at least one`), a name's word or a label (`level one`, `Game
    /// one`, `chapter one`, `at one`, an hour), or before a ratio or range (`one in five`, `one
    /// or two`, `one to 10`, `one and a half`). The `one` at `i..e`, one token.
    fn one_bare_object(&self, i: usize, e: usize) -> bool {
        if e != i + 1 || self.surface(i) != "one" || i == 0 || !self.same_sentence(i - 1, i) {
            return false;
        }
        let prev = self.lower(i - 1);
        let next = self.lower(e);
        let before = self.is_word(i - 1)
            && !self.capitalized(i - 1)
            && !words::casualty_participle(prev)
            && !words::one_restrictor_or_label(prev)
            && !["kill", "injur", "wound", "shoot", "stab"]
                .iter()
                .any(|h| prev.starts_with(h));
        // no noun after it: the sentence's end or a mark (not a glued hyphen or slash), or a
        // conjunction or preposition that opens no ratio or range
        let mark = self.kind(e).is_none()
            || self.is_punct(e, ".,;:!?\"\u{201d}\u{2019})-\u{2013}\u{2014}")
                && !(self.glued(e) && self.is_punct(e, "-"));
        let function = match next {
            // (not `with`: `arrested one with a knife` counts)
            "nor" | "for" | "on" | "as" | "into" | "from" => true,
            // (`one in five`, `one in a million`, `one in every ten`: a ratio; `one in every
            // piece of hardware`, `one in each room`: one of the thing named before in each)
            "in" => {
                self.is_word(e + 1)
                    && !self.starts_number(e + 1)
                    && (!matches!(self.lower(e + 1), "a" | "an" | "every" | "each")
                        || matches!(self.lower(e + 1), "every" | "each")
                            && self.is_word(e + 2)
                            && !self.starts_number(e + 2)
                            && self.same_sentence(e, e + 2))
            }
            // (`its one and only`: the single one, a count)
            "and" => {
                !matches!(self.lower(e + 1), "a" | "an" | "half" | "only")
                    && !self.starts_number(e + 1)
            }
            _ => false,
        };
        if !(before && (mark || function)) {
            return false;
        }
        self.alone_number(i)
    }

    /// No other number in the sentence of token `i` (a year of four digits aside).
    fn alone_number(&self, i: usize) -> bool {
        let sentence = |k: usize| self.same_sentence(i, k);
        let start = (0..i)
            .rev()
            .take_while(|&k| sentence(k))
            .last()
            .unwrap_or(i);
        let end = (i..).take_while(|&k| sentence(k)).last().unwrap_or(i);
        !(start..=end).any(|k| {
            k != i
                && (self.is_num(k) && self.surface(k).len() != 4
                    || self.is_word(k)
                        && (words::small(self.lower(k)).is_some_and(|n| n > 0)
                            || words::tens(self.lower(k)).is_some()
                            || matches!(self.lower(k), "dozen" | "hundred" | "thousand")))
        })
    }

    /// `one reason why employers`, `one way to reduce the tax bill`, `one basis for its
    /// willingness`, `One rule of the frame game`: `one` before a noun of a reason, a way or a
    /// rule and the word that opens its complement introduces one of many, an indefinite (the
    /// notes' `one reason for`, as decision 100's `In one photograph`), no count; after a word
    /// that restricts it (`the only one way`, `just one reason`, `more than one way`) or a number
    /// it counts. The `one` at `i..e`, one token.
    fn one_indefinite_noun(&self, i: usize, e: usize) -> bool {
        let prev = self.prev_in_sentence(i);
        e == i + 1
            && self.lower(i) == "one"
            && words::indefinite_one_noun(self.lower(e))
            && matches!(
                self.lower(e + 1),
                "why" | "for" | "to" | "of" | "is" | "was" | "that" | "in" | "being" | ":"
            )
            && self.same_sentence(i, e + 1)
            && !words::one_restrictor_or_label(prev)
            // (`for one reason: ...`, `one source or one way`: a single one)
            && !matches!(prev, "than" | "the" | "only" | "for" | "or")
            && !(i > 0 && self.is_num(i - 1))
    }

    /// `In them one hears the nag`, `He said one senses that`, `by taking liberties with the
    /// name one achieves:`, `what one sees there`: `one` before a present-tense verb of
    /// perception, thought or attainment is the generic pronoun inside a clause too, beside
    /// [`super::quantities`]' reading at a clause's opening; a count after a word that restricts
    /// or sets it apart (`only one sees`, `the other one reads`, `each one gets`) or a number.
    /// The `one` at `i..e`, one token, lower-case (GUIDELINES.md: `one` as a pronoun).
    fn one_perceives(&self, i: usize, e: usize) -> bool {
        let prev = self.prev_in_sentence(i);
        e == i + 1
            && self.surface(i) == "one"
            && matches!(
                self.lower(e),
                "hears"
                    | "sees"
                    | "senses"
                    | "notices"
                    | "finds"
                    | "achieves"
                    | "learns"
                    | "encounters"
                    | "discovers"
                    | "realizes"
                    | "realises"
                    | "feels"
                    | "thinks"
                    | "wonders"
                    | "knows"
                    | "suspects"
                    | "imagines"
                    | "assumes"
            )
            && !matches!(
                prev,
                "only"
                    | "just"
                    | "not"
                    | "least"
                    | "most"
                    | "exactly"
                    | "the"
                    | "other"
                    | "each"
                    | "every"
                    | "any"
                    | "no"
                    | "this"
                    | "that"
                    | "which"
                    | "but"
            )
            && !(i > 0 && self.is_num(i - 1))
    }

    /// `against one's legs`, `advancing one's career`, `to make up one's mind`, `One's own
    /// children`: `one` with a possessive `'s` is the generic pronoun (a count would name what
    /// it counts: `one year's salary`, read apart as a length; not after a word that restricts it
    /// (`only one's left`) or a number, nor a name's last word after a capitalized one: `Air
    /// Force One's replacement`). The `one` at `i..e`, one token (GUIDELINES.md: `one` as a pronoun).
    fn one_possessive(&self, i: usize, e: usize) -> bool {
        let prev = self.prev_in_sentence(i);
        e == i + 1
            && self.lower(i) == "one"
            && self.possessive_after(e)
            && !matches!(prev, "only" | "just" | "not" | "no" | "number" | "no.")
            && !(i > 0 && self.is_num(i - 1))
            && !(self.capitalized(i) && !prev.is_empty() && self.capitalized(i - 1))
            && !self.one_of_counted(i, e)
    }

    /// `one's` at `i..e` as `one is`/`one has` before a verb (`there's two P-3 aircraft here at
    /// the moment and one's getting prepared to fly off`, `two boats came in; one's gone back`)
    /// after a number earlier in its sentence: one of the things counted there, a count.
    fn one_of_counted(&self, i: usize, e: usize) -> bool {
        let next = self.lower(e + 2);
        let verb = matches!(next, "been" | "got" | "gone" | "going" | "getting")
            || next.ends_with("ing") && !next.ends_with("ings");
        verb && (0..i)
            .rev()
            .take_while(|&k| self.same_sentence(k, i))
            .any(|k| self.is_num(k) || words::small(self.lower(k)).is_some_and(|n| n > 1))
    }

    /// `how does one account for`, `Where does one ever now see`, `What would one do`, `why
    /// should one care`: `one` between an auxiliary inverted by a question word and a word that
    /// is no noun of a count is the generic pronoun, the subject of the question (`What does one
    /// dollar buy`, `why would one person ...`: a count, kept; `how many does one need`: no
    /// question word right before the auxiliary). The `one` at `i..e`, one token (GUIDELINES.md:
    /// `one` as a pronoun).
    fn one_in_question(&self, i: usize, e: usize) -> bool {
        if e != i + 1 || i < 2 || !self.same_sentence(i - 2, e) || !self.is_word(e) {
            return false;
        }
        let next = self.lower(e);
        self.lower(i) == "one"
            && (matches!(self.lower(i - 1), "do" | "does" | "did")
                || words::modal_or_also(self.lower(i - 1)) && self.lower(i - 1) != "also")
            && matches!(
                self.lower(i - 2),
                "how" | "what" | "where" | "why" | "when" | "whom"
            )
            && words::time_unit(next).is_none()
            && !words::person_noun(next)
            && !self.has_role(e, |r| matches!(r, Role::Unit(_)))
    }

    /// `In both cases one can assume that`, `more complicated than one might think`, `the
    /// greatest kindness one can show`, `any safety resources one might have`, `Here one must
    /// clearly take up`, `relaunching one can be just as hard`: `one` right before a modal is the
    /// generic pronoun (or stands for a noun named before it) wherever the clause opens, beside
    /// [`super::quantities`]' reading at a clause's opening; a count only after a word that
    /// restricts it (`only one can win`, `just one could`, `not one can`, `at least one must`,
    /// `exactly one may`) or after a number. The `one` at `i..e`, one token.
    fn one_before_modal(&self, i: usize, e: usize) -> bool {
        let prev = self.prev_in_sentence(i);
        e == i + 1
            && self.lower(i) == "one"
            && words::modal_or_also(self.lower(e))
            && self.lower(e) != "also"
            && !matches!(
                prev,
                "only" | "just" | "not" | "least" | "most" | "exactly" | "but"
            )
            && !(i > 0 && self.is_num(i - 1))
    }

    /// `a post-Western age, one in which non-Western actors ...`, `a likely scenario is one in
    /// which`, `a reference grammar, that is, one in which they can find`: `one` before a
    /// preposition and `which`/`whom` stands for a noun named before it, which the relative
    /// clause describes; a pronoun, no count (`only one in which`, `just one on which`, `more
    /// than one in which`: a count of cases, kept); and `one` right before a relative `that`
    /// or `who` (`not one that turns a blind eye`, `One that may prove unpopular`, `the one who
    /// decides`), opening its sentence too. The `one` at `i..e`.
    fn one_relative(&self, i: usize, e: usize) -> bool {
        let prev = self.prev_in_sentence(i);
        // `not one that turns a blind eye`, `One that may not win approval is`, `the one who
        // scores`: `one` right before the relative `that` or `who` and a verb, a modal or a
        // subject (indep-NOTES.md decision 391; the golds' `one that` pronouns)
        let bare_relative = e == i + 1
            && self.lower(i) == "one"
            && matches!(self.lower(e), "that" | "who")
            && self.is_word(e + 1)
            && !self.has_role(e + 1, |r| {
                matches!(
                    r,
                    crate::lexicon::Role::Unit(_) | crate::lexicon::Role::Measure(_)
                )
            })
            && words::time_unit(self.lower(e + 1)).is_none();
        (bare_relative
            || words::relative_preposition(self.lower(e))
                && matches!(self.lower(e + 1), "which" | "whom"))
            && self.same_sentence(i, e + 1)
            && !matches!(
                prev,
                "only" | "just" | "than" | "least" | "most" | "exactly"
            )
            && !(i > 0 && self.is_num(i - 1))
    }

    /// `a pretty powerful one.`, `an extremely important one", he said`, `a more comprehensive
    /// one that focused`, `the most popular one was`: a determiner, an adverb of degree and an
    /// adjective before the `one` at `i..e`, its phrase ending there, is the pronoun (as `a new
    /// one`, read in `super::quantities`); and `the only one` before a participle (`not the only
    /// one airing such ideas`, `the only one talking about jobs`), where `only` leaves no count;
    /// and a determiner and an adjective before `one in` + no number (below).
    fn degree_one(&self, i: usize, e: usize) -> bool {
        if i < 2 || !self.same_sentence(i - 2, i) || words::time_unit(self.lower(e)).is_some() {
            return false;
        }
        let next = self.lower(e);
        let ends = self.phrase_end(e)
            || next.ends_with("n't")
            || self.has_role(e, |r| matches!(r, Role::Function))
            || words::verb_or_relative_after_one(next);
        let participle = self.is_word(e) && next.len() >= 5 && next.ends_with("ing");
        let only = self.lower(i - 1) == "only" && self.lower(i - 2) == "the" && participle;
        let degree = i >= 3
            && self.same_sentence(i - 3, i)
            && self.is_word(i - 1)
            && words::degree_adverb(self.lower(i - 2))
            && words::determiner(self.lower(i - 3))
            && words::small(self.lower(i - 1)).is_none()
            && !matches!(next, "in" | "out")
            && ends;
        // `unlike the temporary one in the Affordable Care Act`, `a loved one in this accident`,
        // `the only one in his community`: a determiner and an adjective, then `in` before no
        // number (`one in five`, `one in a hundred`, `one in every ten` stay ratios)
        let located = next == "in"
            && self.is_word(i - 1)
            && words::determiner(self.lower(i - 2))
            && words::small(self.lower(i - 1)).is_none()
            && words::tens(self.lower(i - 1)).is_none()
            && !self.starts_number(e + 1)
            && !matches!(self.lower(e + 1), "a" | "an" | "every" | "each")
            && self.same_sentence(i, e + 1);
        only || degree || located
    }

    /// `one way or another`, `in one form or another`, `for one reason or the other`, `at one
    /// time or another`: `one`, a noun and `or another` (`or the other`) name any of a kind, an
    /// idiom (indep15's rows) rather than a count. The `one` ends at `e`.
    ///
    /// `one city after another`, `one slander after another`, `striking down one motion after
    /// another.`: `one`, a noun and `after another` at the phrase's end are a series of the kind
    /// (decision 16's reciprocal, as `one after another`), no count; not `one day after another
    /// shooting`, where `another` takes a noun.
    fn one_or_another(&self, e: usize) -> bool {
        if !self.is_word(e) || !self.same_sentence(e, e + 2) {
            return false;
        }
        let after = self.lower(e + 1) == "after"
            && self.lower(e + 2) == "another"
            && (!self.is_word(e + 3)
                || words::phrase_ending_word(self.lower(e + 3))
                || words::clause_joiner(self.lower(e + 3))
                || matches!(
                    self.lower(e + 3),
                    "about" | "on" | "at" | "to" | "for" | "with"
                ));
        after
            || self.lower(e + 1) == "or"
                && (self.lower(e + 2) == "another"
                    || self.lower(e + 2) == "the" && self.lower(e + 3) == "other")
    }

    /// `a choice of bakeries, one with crusty baguettes and another with rugelach`, `two
    /// proposals, one from the mayor and another from the council`: `one` before a preposition
    /// that `another` repeats later in its sentence (`another with`, `another from`) is the first
    /// of a pair of things named before, a pronoun (GUIDELINES.md: `one` as a pronoun), no count;
    /// a count after a number or a word that restricts it (`only one in`, `2 to one`) is kept.
    /// The `one` at `i..e`.
    fn one_another_pair(&self, i: usize, e: usize) -> bool {
        let prep = self.lower(e);
        if !matches!(
            prep,
            "with" | "from" | "for" | "to" | "on" | "in" | "at" | "about" | "by"
        ) || i > 0
            && self.same_sentence(i - 1, i)
            && (self.is_num(i - 1)
                || matches!(self.lower(i - 1), "only" | "just" | "than" | "to" | "of"))
        {
            return false;
        }
        (e + 2..e + 25)
            .take_while(|&k| self.same_sentence(i, k))
            .any(|k| self.lower(k - 1) == "another" && self.lower(k) == prep)
    }

    /// `two` in the idioms `a thing or two` (some knowledge, decision 110) and `no two ... alike`
    /// (`no two projects are alike`, `no two ways about it`: none alike, no count), at `i`; not
    /// `no two-thirds majority` (a glued hyphen after it).
    pub(super) fn two_idiom(&self, i: usize) -> bool {
        if self.lower(i) != "two" || i == 0 || !self.same_sentence(i - 1, i) {
            return false;
        }
        let prev = self.lower(i - 1);
        let thing = prev == "or"
            && i >= 3
            && self.same_sentence(i - 3, i)
            && self.lower(i - 2) == "thing"
            && self.lower(i - 3) == "a";
        let no_two = prev == "no" && self.is_word(i + 1) && self.same_sentence(i, i + 1);
        thing || no_two
    }

    /// `a credit card or two`, `a note or two`, `a year or two`, `a day or two later`, `a fake
    /// letter or two`: the article, one noun (one lower-case word may come before it) and `or
    /// two` are one range, one or two of the noun (a count `[1,2]`, or a
    /// duration `[1,2]` of a unit of time), as the guidelines' `two or three generations`; not
    /// `a thing or two` (an idiom, some knowledge). The article at `i`.
    pub(super) fn article_or_two(&self, i: usize) -> Option<super::RawQuantity> {
        // (one lower-case adjective may come before the noun: `a fake letter or two`, `a good
        // year or two`)
        let adjective = self.is_word(i + 1)
            && self.is_word(i + 2)
            && !self.capitalized(i + 1)
            && !self.capitalized(i + 2)
            && self.lower(i + 3) == "or";
        let n = i + 1 + usize::from(adjective);
        if !matches!(self.lower(i), "a" | "an")
            || !self.is_word(n)
            || self.lower(n + 1) != "or"
            || self.lower(n + 2) != "two"
            || !self.same_sentence(i, n + 2)
            || self.lower(n) == "thing"
            // (`a two or three`: the article of another phrase; `a year or two-thirds`)
            || self.is_punct(n + 3, "-") && self.glued(n + 3)
        {
            return None;
        }
        let noun = self.lower(n);
        let first = self.lower(i + 1);
        // (no number and no quantifier: `a few or two`, `a lot or two`)
        if [noun, first].iter().any(|w| {
            words::small(w).is_some()
                || words::tens(w).is_some()
                || matches!(*w, "few" | "couple" | "lot" | "number" | "little")
        }) {
            return None;
        }
        let unit = words::time_unit(noun);
        Some(super::RawQuantity {
            value: Some(super::values::interval(1.0, true, 2.0, true, false)),
            unit: unit.map(str::to_owned),
            ..super::RawQuantity::new(
                i,
                n + 3,
                if unit.is_some() {
                    crate::types::QuantityKind::Duration
                } else {
                    crate::types::QuantityKind::Count
                },
                n + 2,
            )
        })
    }

    /// `He's gay, for one.`, `I, for one, welcome it`, `I for one, just speaking for myself`,
    /// `Ministers, for one, disagree`, `For one, it would ...`: `for one` after a comma, a subject
    /// pronoun or the sentence's opening and before a mark gives an example, no count (`a table
    /// for one.` keeps its count). The `one` at `i..e`.
    fn for_one(&self, i: usize, e: usize) -> bool {
        // `For one, it would allow ...`, `For one, the industry promises ...`: the sentence's
        // opening and a comma (`For one study by ...` stays)
        let opening = i >= 1
            && self.lower(i - 1) == "for"
            && (i == 1 || !self.same_sentence(i - 2, i - 1))
            && self.is_punct(e, ",")
            && self.same_sentence(i, e);
        opening
            || i >= 2
                && self.lower(i - 1) == "for"
                && (self.is_punct(i - 2, ",")
                    || matches!(self.lower(i - 2), "i" | "we" | "he" | "she" | "they"))
                && self.same_sentence(i - 2, i)
                && (self.is_punct(e, ",.;:!?") || !self.same_sentence(i, e))
    }

    /// `on one side and ... on the other`, `in one hand and a phone in the other`, `from one end
    /// of the border to the other`, `on one hand ... but on the other`, `from one place to the
    /// next`, `from one job to another`: a place or side set against `the other` (`the next`,
    /// `another`) after a preposition later in the sentence, an idiom (indep-NOTES.md
    /// decision 44 and indep14's rows) rather than a count. The `one` at `i..e` follows a
    /// preposition and a word follows it.
    fn one_contrast(&self, i: usize, e: usize) -> bool {
        let prep = |w: &str| matches!(w, "on" | "in" | "at" | "from" | "to");
        i >= 1
            && prep(self.lower(i - 1))
            && self.is_word(e)
            && (e + 1..e + 30)
                .take_while(|&k| self.same_sentence(i, k))
                .any(|k| {
                    prep(self.lower(k))
                        && (self.lower(k + 1) == "the"
                            && matches!(self.lower(k + 2), "other" | "next")
                            || self.lower(k + 1) == "another")
                        && self.same_sentence(i, k + 1)
                })
    }

    /// `one` at `i..e` is a side of `one-on-one` or `one-to-one` (`a one-on-one game`,
    /// `one-to-one lessons`): a lexicalised compound, no count.
    pub(super) fn one_to_one(&self, i: usize, e: usize) -> bool {
        let hy = |k: usize| self.is_punct(k, "-") && self.glued(k) && self.glued(k + 1);
        let link = |k: usize| matches!(self.lower(k), "on" | "to");
        let first = hy(e) && link(e + 1) && hy(e + 2) && self.lower(e + 3) == "one";
        let second = i >= 4
            && e == i + 1
            && hy(i - 1)
            && link(i - 2)
            && hy(i - 3)
            && self.lower(i - 4) == "one";
        first || second
    }

    /// A determiner and an adjective in quotes or written with hyphens before the `one` at `i`
    /// (`a “shared” one`, `an under-regulated one`, `the now-famous one`): the pronoun, as `a
    /// new one`.
    pub(super) fn det_compound_adj(&self, i: usize) -> bool {
        let mut k = i;
        let quoted = k >= 1 && self.is_punct(k - 1, "\"\u{201d}'\u{2019}");
        if quoted {
            k -= 1;
        }
        if k == 0 || !self.is_word(k - 1) {
            return false;
        }
        let (first, hyphens) = self.hyphened_from(k - 1);
        k = first;
        if quoted && k >= 1 && self.is_punct(k - 1, "\"\u{201c}'\u{2018}") {
            k -= 1;
        } else if let Some(open) = quoted.then(|| self.quoted_adjectives_from(k)).flatten() {
            // `a "complex and emotive" one`: two adjectives joined inside the quotes
            k = open;
        } else if quoted || hyphens == 0 {
            return false;
        }
        k >= 1
            && self.same_sentence(k - 1, i)
            && words::determiner(self.lower(k - 1))
            && words::small(self.lower(i - 1)).is_none()
    }

    /// The opening quote of `"complex and emotive"` whose last adjective starts at `k`: two words
    /// joined by `and`, `or` or a comma inside quotes (neither a number), or `None`.
    fn quoted_adjectives_from(&self, k: usize) -> Option<usize> {
        let word = |j: usize| {
            self.is_word(j)
                && words::small(self.lower(j)).is_none()
                && words::tens(self.lower(j)).is_none()
        };
        (k >= 3
            && word(k)
            && (matches!(self.lower(k - 1), "and" | "or") || self.is_punct(k - 1, ","))
            && word(k - 2)
            && self.is_punct(k - 3, "\"\u{201c}'\u{2018}"))
        .then(|| k - 3)
    }

    /// `an entirely different one`, `a completely new one`, `the relatively cheap one`: the
    /// pronoun after a determiner, an adverb in `-ly` and an adjective (no number among them).
    pub(super) fn det_adverb_adj(&self, i: usize) -> bool {
        i >= 3
            && self.same_sentence(i - 3, i)
            && words::determiner(self.lower(i - 3))
            && self.is_word(i - 2)
            && self.lower(i - 2).len() > 4
            && self.lower(i - 2).ends_with("ly")
            && !self.capitalized(i - 2)
            && !matches!(
                self.lower(i - 2),
                "only"
                    | "early"
                    | "nearly"
                    | "roughly"
                    | "fully"
                    | "family"
                    | "rally"
                    | "assembly"
                    | "supply"
                    | "reply"
            )
            && self.is_word(i - 1)
            && words::small(self.lower(i - 1)).is_none()
            && words::tens(self.lower(i - 1)).is_none()
            && !self.has_role(i - 1, |r| matches!(r, Role::Function))
    }

    /// `a tradition-bound, Christian one`, `a big, ugly one`, `a cheaper and better one`, `the
    /// old, rusty one`: the pronoun after a determiner and two adjectives joined by a comma,
    /// `and` or `or` (beside [`Self::det_compound_adj`]'s one adjective); neither adjective a
    /// number or a function word (not `a car, a house and one`, `the two, and one`).
    pub(super) fn det_coordinated_adj(&self, i: usize) -> bool {
        let adjective = |k: usize| {
            self.is_word(k)
                && !self.has_role(k, |r| matches!(r, Role::Function))
                && !matches!(self.lower(k), "and" | "or" | "but")
                && words::small(self.lower(k)).is_none()
                && words::tens(self.lower(k)).is_none()
        };
        if i < 4 || !adjective(i - 1) || !self.same_sentence(i - 4, i) {
            return false;
        }
        let joint = i - 2;
        if !(self.is_punct(joint, ",") || matches!(self.lower(joint), "and" | "or")) {
            return false;
        }
        // the first adjective, maybe hyphened (`tradition-bound`)
        if !adjective(joint - 1) {
            return false;
        }
        let (k, _) = self.hyphened_from(joint - 1);
        k >= 1 && self.same_sentence(k - 1, i) && words::determiner(self.lower(k - 1))
    }

    /// The first word of the hyphened word whose last word is `k` (`tradition-bound`,
    /// `now-famous`: words glued to `-` between them), and how many hyphens join it; `k` itself
    /// and 0 when no hyphen is glued before it.
    fn hyphened_from(&self, mut k: usize) -> (usize, usize) {
        let mut hyphens = 0;
        while k >= 2
            && self.is_punct(k - 1, "-")
            && self.glued(k)
            && self.glued(k - 1)
            && self.is_word(k - 2)
        {
            k -= 2;
            hyphens += 1;
        }
        (k, hyphens)
    }

    /// `in Denmark one evening just after the war`, `One recent morning, waiting for a light`,
    /// `One summer he drove north`: `one` (and at most one adjective of the time or weather)
    /// before a part of the day or a season is an indefinite time adverbial, some evening, as
    /// `one day` (read in [`super::quantities`]), no count; a length after a preposition or a
    /// verb of spending (`for one evening`, `spent one summer`), a rate (`one weekend a month`),
    /// after a word that restricts it (`only one morning`) or a determiner (`that one night`)
    /// still counts. The `one` at `i..e`, one token.
    fn one_some_time(&self, i: usize, e: usize) -> bool {
        if e != i + 1 || self.lower(i) != "one" {
            return false;
        }
        let mut k = e;
        if matches!(
            self.lower(k),
            "recent"
                | "fine"
                | "late"
                | "early"
                | "cold"
                | "warm"
                | "hot"
                | "rainy"
                | "sunny"
                | "snowy"
                | "particular"
                | "memorable"
                | "quiet"
                | "dark"
                | "bright"
        ) {
            k += 1;
        }
        let part = matches!(
            self.lower(k),
            "morning"
                | "afternoon"
                | "evening"
                | "summer"
                | "winter"
                | "spring"
                | "autumn"
                | "weekend"
        );
        if !part || !self.same_sentence(i, k) {
            return false;
        }
        let prev = self.prev_in_sentence(i);
        let after = self.lower(k + 1);
        let rate_or_length =
            matches!(after, "a" | "an" | "per" | "each" | "every") || words::after_a_length(after);
        let counted = i > 0 && self.is_num(i - 1) || words::determiner(prev);
        !rate_or_length
            && !counted
            && !matches!(
                prev,
                "for"
                    | "in"
                    | "within"
                    | "over"
                    | "after"
                    | "during"
                    | "than"
                    | "only"
                    | "just"
                    | "least"
                    | "most"
                    | "exactly"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "of"
                    | "spent"
                    | "spend"
                    | "spends"
                    | "spending"
                    | "stayed"
                    | "stay"
                    | "lasted"
                    | "last"
                    | "took"
                    | "take"
                    | "takes"
                    | "waited"
                    | "wait"
                    | "but"
                    | "not"
                    | "every"
                    | "each"
            )
    }

    /// `the two were one and the same`: `one and the same` is an idiom of identity, no count.
    /// The `one` ends at `e`.
    fn one_and_the_same(&self, e: usize) -> bool {
        self.lower(e) == "and"
            && self.lower(e + 1) == "the"
            && self.lower(e + 2) == "same"
            && self.same_sentence(e, e + 2)
    }

    /// `Should one be more surprised at ...?`, `Can one really blame them?`, `Must one
    /// have a degree?`: an auxiliary opening a question (the sentence ends in `?`) and `one`
    /// before a verb's bare form or an adverb is the generic pronoun, the question's subject
    /// (beside [`Self::one_in_question`]'s question word before the auxiliary); `Can one
    /// team win it all?` (a noun after it) keeps its count. The `one` at `i..e`, one token.
    fn one_inverted_question(&self, i: usize, e: usize) -> bool {
        if e != i + 1 || self.lower(i) != "one" || i == 0 || !self.is_word(e) {
            return false;
        }
        let aux = self.lower(i - 1);
        let opens = i == 1 || !self.same_sentence(i - 2, i - 1);
        let auxiliary = matches!(aux, "do" | "does" | "did" | "will" | "shall")
            || words::modal_or_also(aux) && aux != "also";
        let next = self.lower(e);
        let bare = matches!(
            next,
            "be" | "have"
                | "not"
                | "really"
                | "ever"
                | "still"
                | "simply"
                | "just"
                | "actually"
                | "truly"
                | "seriously"
                | "honestly"
                | "reasonably"
                | "even"
                | "then"
        ) || words::verb_of_thought(next);
        let question = (e..)
            .take_while(|&k| self.same_sentence(i, k))
            .last()
            .is_some_and(|k| self.is_punct(k, "?"));
        opens && auxiliary && bare && question && self.same_sentence(i - 1, e)
    }

    /// `If one goes to the town center`, `when one looks closely`, `unless one travels by
    /// train`: `one` right after a word that opens a clause of condition or time and before a
    /// present-tense verb (a word in `-s`, no noun's ending) is the generic pronoun, the
    /// clause's subject; a count before a verb of harm or a noun (`if one dies`, `when one
    /// survives`, `if one series ends`: the one of a pair or group named before, as the notes'
    /// casualty counts, or a noun). The `one` at `i..e`, one token.
    fn one_generic_subject(&self, i: usize, e: usize) -> bool {
        if e != i + 1 || self.lower(i) != "one" || i == 0 || !self.same_sentence(i - 1, e) {
            return false;
        }
        let opener = matches!(
            self.lower(i - 1),
            "if" | "when"
                | "unless"
                | "once"
                | "whenever"
                | "wherever"
                | "until"
                | "before"
                | "because"
                | "while"
                | "where"
        );
        let next = self.lower(e);
        let verb = self.is_word(e)
            && !self.capitalized(e)
            && next.len() >= 4
            && next.ends_with('s')
            && !next.ends_with("ss")
            && !next.ends_with("us")
            && !next.ends_with("is")
            && !next.ends_with("'s")
            && !matches!(
                next,
                "series"
                    | "species"
                    | "news"
                    | "dies"
                    | "survives"
                    | "lives"
                    | "loses"
                    | "wins"
                    | "means"
                    | "goods"
                    | "times"
                    | "years"
                    | "days"
                    | "hours"
                    | "weeks"
            )
            && words::time_unit(next).is_none()
            && !self.has_role(e, |r| matches!(r, Role::Unit(_)));
        opener && verb
    }
}
