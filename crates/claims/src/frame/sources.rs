//! Attribution: who says a claim. A source is the subject of a reporting verb (`officials in
//! Madagascar said`, `X told Y` -> X), the complement of `according to`, or the phrase after an
//! inverted verb (`..., said the ministry`). Each source covers the reported content only: not
//! the date of the act of saying (`said on Monday`), not a fronted date of the saying (`In
//! November, Ctrip announced ...`), not its own noun phrase.

use super::cues;
use super::saying::{acronym, glued_quote, trailing_setting};
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::{Attribution, QuantityKind};
use crate::words;

mod according;
mod accused;
mod appositive;
mod aside;
use aside::parenthetical_tag;
mod colon;
mod content;
mod continued;
mod described;
mod forecast;
mod interview;
mod inverted;
mod lookup;
mod marks;
mod message;
mod noun_that;
pub(crate) use noun_that::owned_by_noun;
mod paren;
mod phrase;
mod predicate_colon;
mod promise;
mod quoted;
mod relative;
mod seam;
mod subject;
mod survey;
mod tagged;
pub(crate) mod teaser;

use content::{
    aside_adverb, circumstance, clause_after, content_end, content_start, dashed_setting,
    date_ending_at, number_at, past_saying_date, quote_after,
};
use inverted::{inverted_from, inverted_phrase};
pub(crate) use lookup::{covering, source_of, sources_in};
pub(super) use marks::after_quote;
use marks::{
    aside_after_that, garbled_close, glued_space, opens_with_that, past_garbled_mark, quote_before,
    quoted_name_before,
};
use paren::{aside_before, dateline_after, paren_after, paren_before};
use phrase::{
    and_participle, attr, citable, cited_reason, coordinated_subject, data_subject, fronted_date,
    headline_seam, open_name_appositive, opening_subject, relative_appositive, without_respondents,
};
use relative::{antecedent, relative_end, relative_head};
use subject::{describing_quantity, initial_dot, speaker, subject_before, title_dot};

/// A source found in a sentence, with the token range it applies to.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub attribution: Attribution,
    /// Tokens `from..to` whose claims it covers.
    pub from: usize,
    pub to: usize,
    /// Tokens `skip.0..skip.1` inside `from..to` it does not cover: the source's own phrase, its
    /// verb and the date of the saying.
    pub skip: (usize, usize),
    /// Its content opens with `that` (`the company told Y that ...`): a source nested in
    /// another's content, which then says what follows it.
    pub that: bool,
    /// The sentence it is in (sources are in text order, so sorted by sentence; `from..to` and
    /// the attribution's span lie inside it).
    pub sentence: u32,
}

impl Source {
    /// The lexemes of its attribution's phrase (`a..b`: those starting inside its span).
    pub(crate) fn phrase_lexemes(&self, ctx: &Context<'_>) -> std::ops::Range<usize> {
        let at = |byte: u32| ctx.lexemes.partition_point(|t| t.start < byte);
        at(self.attribution.span.start)..at(self.attribution.span.end)
    }
}

pub(crate) fn is_function(ctx: &Context<'_>, i: usize) -> bool {
    ctx.lexicon
        .word(ctx.lower(i))
        .iter()
        .any(|r| matches!(r, Role::Function))
}

/// The date or clock-time quantity starting at token `t`, if any: its end.
fn date_at(qs: &[RawQuantity], t: usize) -> Option<usize> {
    let k = qs.partition_point(|q| q.start < t);
    qs.get(k)
        .filter(|q| q.start == t && matches!(q.kind, QuantityKind::Date | QuantityKind::Time))
        .map(|q| q.end)
}

/// A capitalised word after a capitalised word that is not a function word: part of a name,
/// even when it is also a month or a modal (`Mrs May`, `Theresa May`).
fn in_name(ctx: &Context<'_>, k: usize) -> bool {
    k > 0
        && ctx.capitalized(k)
        && ctx.is_word(k - 1)
        && ctx.capitalized(k - 1)
        && !is_function(ctx, k - 1)
}

/// A time word that cannot name a speaker.
fn time_word(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    words::weekday(w).is_some()
        || words::month(w).is_some() && !in_name(ctx, k)
        || words::day_word(w)
}

/// Attributions of one document: `according to X`, `X said`, `said X` (the sentences of a quote
/// that runs on are added by [`super::sources`]).
pub(super) fn sources(ctx: &Context<'_>, clause: &[u32], qs: &[RawQuantity]) -> Vec<Source> {
    let n = ctx.lexemes.len();
    let mut out = Vec::new();
    let last = std::cell::Cell::new((0, 0)); // (the run last found: a token's tests ask again)
    let sent_range = |i: usize| {
        let (mut a, mut b) = last.get();
        if !(a..b).contains(&i) {
            (a, b) = (i, i);
            while a > 0 && ctx.sentence_of[a - 1] == ctx.sentence_of[i] {
                a -= 1;
            }
            while b < n && ctx.sentence_of[b] == ctx.sentence_of[i] {
                b += 1;
            }
            last.set((a, b));
        }
        (a, b)
    };
    let clause_range = |i: usize| {
        let mut a = i;
        while a > 0 && clause[a - 1] == clause[i] {
            a -= 1;
        }
        let mut b = i;
        while b < n && clause[b] == clause[i] {
            b += 1;
        }
        (a, b)
    };
    // the sentence holds something besides punctuation in `a..b`
    let has_words = |a: usize, b: usize| (a..b.min(n)).any(|k| ctx.is_word(k) || ctx.is_num(k));
    // a participle of saying after a form of `be` (`is reporting`, `were saying`; not `is
    // adding 211,000 vehicles`, `were warning fans about ...`, nor after a relative pronoun:
    // `leaders who were saying biased things`)
    let progressive = |i: usize| {
        i > 1
            && matches!(
                ctx.lower(i),
                "reporting" | "saying" | "claiming" | "estimating" | "stating"
            )
            && matches!(ctx.lower(i - 1), "is" | "are" | "was" | "were")
            && !matches!(ctx.lower(i - 2), "who" | "which" | "that")
    };
    let mut i = 0;
    while i < n {
        let found = ctx.find(i, |r| match r {
            Role::AttrPhrase => Some(true),
            // (not an adjective after a determiner: `the reported deaths`)
            Role::AttrVerb
                if !ctx.capitalized(i)
                    && !matches!(ctx.lower(i.wrapping_sub(1)), "the" | "a" | "an")
                    && (!cues::happening_speech_verb(ctx.lower(i))
                        || i > 0 && survey::counting_body(ctx, i - 1)) =>
            {
                Some(false)
            }
            _ => None,
        });
        // `Malcolm Clarke: "We're very pleased ...`: a name and a colon before a quote
        if ctx.is_punct(i, ":") {
            out.extend(colon::colon_quote(ctx, i, sent_range(i)).or_else(|| {
                // (not when a source before the colon already covers the sentence)
                (!out
                    .iter()
                    .any(|s: &Source| s.sentence == ctx.sentence_of[i]))
                .then(|| predicate_colon::predicate_colon(ctx, i, sent_range(i)))
                .flatten()
            }));
            i += 1;
            continue;
        }
        // `the CBO's findings that 24 million ...`, `The ministry issued a statement saying ...`
        if let Some(x) = message::noun_or_message(ctx, qs, i, sent_range(i)) {
            out.push(x);
            i += 1;
            continue;
        }
        // (no entry, and no word the tests below open with: they are pure, skipping is exact)
        if found.is_none()
            && !cues::may_report(ctx.lower(i))
            && !forecast::forecast_word(ctx, i)
            && !promise::promise_verb(ctx.lower(i))
            && !survey::list_verb(ctx.lower(i))
        {
            i += 1;
            continue;
        }
        // `a survey found that ...`: a verb that reports only before its `that`
        // (or after a noun of data a few plain words before: `Opinion polls show 45% ...`)
        // (not `small gold figures found in royal graves`)
        let data_before = || {
            !matches!(
                ctx.lower(i + 1),
                "in" | "on" | "at" | "by" | "for" | "with" | "to" | "from" | "of" | "under"
            ) && (i.saturating_sub(8)..i)
                .rev()
                .take_while(|&k| ctx.is_word(k) && ctx.sentence_of[k] == ctx.sentence_of[i])
                .any(|k| survey::shows_data(ctx, i, k))
        };
        // (the date of the saying may come between: `ruled Thursday that`)
        let that_after = || {
            let i = if aside_adverb(ctx, i + 1) { i + 3 } else { i };
            (i + 1..i + 4)
                .find(|&k| ctx.lower(k) == "that")
                .is_some_and(|t| {
                    (i + 1..t).all(|k| {
                        time_word(ctx, k)
                            || matches!(ctx.lower(k), "on" | "last" | "this" | "earlier" | "late")
                    })
                })
        };
        // `..., an appeals court ruled.`, `..., a BBC investigation has found.`: a verb that
        // closes the sentence after a comma and its subject (not a passive: `his body was found`)
        let closes_sentence = || {
            let (_, se) = sent_range(i);
            let k = past_saying_date(ctx, qs, i + 1);
            (i.saturating_sub(10)..i)
                .rev()
                .take_while(|&k| !ctx.is_punct(k, ".;:\"\u{201c}\u{201d}"))
                .any(|k| ctx.is_punct(k, ","))
                && !words::be_form(ctx.lower(i.wrapping_sub(1)))
                && !matches!(ctx.lower(i.wrapping_sub(1)), "get" | "got")
                && (k..se).all(|t| !ctx.is_word(t) && !ctx.is_num(t))
        };
        // `Cadillac expects sales in China to grow 10%`: an active forecast verb
        let forecast = || forecast::forecast(ctx, qs, i, sent_range(i).1).then_some((i + 1, false));
        // `The government pledged 500 new homes`
        let promise = || promise::promise(ctx, qs, i, sent_range(i).1).map(|e| (e, false));
        let that_verb = || {
            // (not an adjective after a determiner: `data on the alleged strikes`)
            (cues::that_speech_verb(ctx.lower(i))
                && !ctx.capitalized(i)
                && !matches!(ctx.lower(i.wrapping_sub(1)), "the" | "a" | "an")
                && (that_after()
                    || quote_after(ctx, i)
                    || clause_after(ctx, i)
                    || data_before()
                    || closes_sentence()
                    || data_subject(ctx, sent_range(i).0, i, None).is_some()))
            .then_some((i + 1, false))
        };
        // `..., saying the two women ...`: a participle after a comma (or after a form of `be`:
        // `The news agency is reporting that ...`, `Officials are saying ...`)
        let participle = || {
            (cues::participle_speech_verb(ctx.lower(i))
                && (ctx.is_punct(i.wrapping_sub(1), ",")
                    || progressive(i)
                    || and_participle(ctx, i)
                    || phrase::by_saying(ctx, sent_range(i).0, i)
                    || phrase::with_subject(ctx, sent_range(i).0, i).is_some()))
            .then_some((i + 1, false))
        };
        // `"...," Breyer concluded.`, `The report continued, "...`: a verb that reports only
        // closing a quote (ending its clause) or opening one
        let closing = || {
            // (opening one, only after a subject opening the sentence: not `When asked ...
            // whether ..., Christie replied, "...`, whose question is no one's content)
            let opens = ctx.is_punct(i + 1, ",:")
                && ctx.is_punct(i + 2, "\"\u{201c}")
                && i - sent_range(i).0 <= 4
                && (sent_range(i).0..i).all(|k| ctx.is_word(k));
            let quoted = cues::closing_speech_verb(ctx.lower(i))
                && (marks::tag_ends(ctx, i) && after_quote(ctx, i) || opens);
            let flipped = inverted::quote_inverted(ctx, i);
            (!ctx.capitalized(i) && (quoted || flipped)).then_some((i + 1, false))
        };
        // `Rights groups put the number higher, at 300 dead`, `officials put the death toll at
        // 26`: putting a figure at a value reports it
        let put_at = || {
            let figure = |k: usize| {
                matches!(
                    ctx.lower(k),
                    "toll" | "number" | "figure" | "cost" | "estimate" | "tally" | "count"
                )
            };
            // (the figure's noun may run on: `put the number of victims from the bombings at
            // 3,500 to 4,000`, `put the number higher, at 300 dead`; the value may open with a
            // bound or a currency: `at over 20`, `at $308,000`)
            (cues::put_verb(ctx.lower(i))
                && ((i + 1..i + 5).any(figure) || survey::data_puts(ctx, i))
                && (i + 2..i + 11)
                    .take_while(|&k| {
                        ctx.sentence_of.get(k) == ctx.sentence_of.get(i)
                            && !ctx.is_punct(k, ";:()\"\u{201c}\u{201d}")
                    })
                    .any(|k| {
                        let v = survey::bound_as(ctx, k).unwrap_or(k + 1);
                        (ctx.lower(k) == "at" || v > k + 1)
                            && (ctx.starts_number(v) || number_at(qs, v))
                    }))
            .then_some((i + 1, false))
        };
        // `Court records list 12 victims`: a document listing a figure reports it
        let lists = || survey::lists_figure(ctx, qs, i).then_some((i + 1, false));
        // `Ellis pointed out that ...`, `Lavrov recalled that ...`: verbs reporting a that-clause
        let phrasal = || {
            (cues::phrasal_speech_verb(ctx.lower(i), ctx.lower(i + 1))
                && ctx.lower(i + 2) == "that")
                .then_some((i + 2, false))
                .or((cues::that_only_speech_verb(ctx.lower(i)) && that_after())
                    .then_some((i + 1, false)))
        };
        // `what authorities described as ...`, `as previously described by the White House`
        let desc = (cues::describing_verb(ctx.lower(i)) || cues::as_passive_verb(ctx.lower(i)))
            .then(|| {
                described::what_described(ctx, clause, i, sent_range(i))
                    .or_else(|| described::as_passive(ctx, clause, qs, i, sent_range(i)))
            })
            .flatten()
            .or_else(|| quoted::medium_or_survey(ctx, qs, i, sent_range(i)))
            .or_else(|| accused::passive_accuser(ctx, i, sent_range(i)));
        if let Some(x) = desc {
            out.push(x);
            i += 1;
            continue;
        }
        // `Amnesty accused the regime of hanging 13,000`: what follows `of` is the content
        let accusation = || accused::accusation_of(ctx, i, sent_range(i).1).map(|o| (o + 1, false));
        // `..., explains Jost Armbruster`: an inverted tag outside the lexicon's verbs
        let tag = || inverted::extra_tag(ctx, sent_range(i).0, i).then_some((i + 1, false));
        let Some((mut e, mut phrase)) = found
            .or_else(accusation)
            .or_else(put_at)
            .or_else(lists)
            .or_else(that_verb)
            .or_else(forecast)
            .or_else(promise)
            .or_else(phrasal)
            .or_else(participle)
            .or_else(closing)
            .or_else(tag)
        else {
            i += 1;
            continue;
        };
        let (ss, se) = sent_range(i);
        let s = ctx.sentence_of[i];
        // `the damage, estimated by utilities at ...`: a passive names its source after `by`
        // (`reported by` only as an aside: `, reported by Time,`, `as was reported by`; not
        // `133 abuses reported by people`, `under-reported by the media`)
        let aside = i > 0
            && (ctx.is_punct(i - 1, ",") || matches!(ctx.lower(i - 1), "as" | "was" | "were"));
        let passive = !phrase
            && (cues::passive_speech_verb(ctx.lower(i)) || ctx.lower(i) == "reported" && aside)
            && ctx.lower(e) == "by"
            && ctx.is_word(e + 1);
        if passive {
            e += 1;
            phrase = true;
        }
        if phrase {
            if let Some(x) = according::phrase_source(ctx, qs, (i, e), passive, (ss, se)) {
                out.push(x);
            }
            i = e;
            continue;
        }
        if subject::story_told(ctx, i) {
            i = e;
            continue;
        }
        let verb = ctx.lower(i);
        // `..., with local activists saying up to 300 people were inside`
        if let Some(x) = phrase::with_source(ctx, qs, (i, e), (ss, se)) {
            out.push(x);
            i = e;
            continue;
        }
        if cues::participle_speech_verb(verb)
            && i > ss
            && (ctx.is_punct(i - 1, ",") || and_participle(ctx, i) || phrase::by_saying(ctx, ss, i))
        {
            // `X called the finding absurd on Wednesday, saying ...`: the subject of the clause
            // before says what follows (not `, adding 98,000 jobs`)
            let growth = verb == "adding" && (ctx.starts_number(e) || date_at(qs, e).is_some());
            let before = out
                .iter()
                .rev()
                .take_while(|x| x.sentence == s)
                .find(|x| x.skip.0 < i)
                .map(|x| x.attribution.clone())
                .or_else(|| opening_subject(ctx, ss, i, true).map(|(a, b)| attr(ctx, a, b)));
            // (nor after a pronoun's saying, whose participle it is: `Opel would have made a
            // profit ..., he said, noting that ...`)
            let pronoun = i > ss + 3
                && ctx.has_role(i - 2, |r| matches!(r, Role::AttrVerb))
                && cues::subject_pronoun(ctx.lower(i - 3));
            if let Some(a) = before.filter(|_| !growth && !pronoun) {
                out.push(Source::of_saying(ctx, qs, (i, e), se, a, i));
            }
            i = e;
            continue;
        }
        // `The storm has already claimed the life of a woman`: a death, not speech
        if verb.starts_with("claim")
            && matches!(
                ctx.lower(e + usize::from(ctx.lower(e) == "the")),
                "life" | "lives"
            )
        {
            i = e;
            continue;
        }
        // `the economy added 98,000 jobs`: growth, not speech
        // (nor is a sum: `so the value quickly adds up`, `added to the pressure`, `adds a twist`)
        let sum = ctx.lower(e) == "up"
            || ctx.lower(e) == "to" && words::determiner(ctx.lower(e + 1))
            || cues::added_object(ctx.lower(e));
        if words::growth_speech_verb(verb)
            && (ctx.starts_number(e) || date_at(qs, e).is_some() || sum)
        {
            i = e;
            continue;
        }
        // `European states, the US and others`: a form that is also a plural noun reports only
        // when its content follows at once, and not after a participle (`confirmed reports`)
        // or a preposition (`following reports that ...`)
        // (`"...," the report forecasts.`, `..., the report states.`: a closing tag)
        let closes_quote = (ctx.is_punct(e, ".")
            || ctx.sentence_of.get(e) != Some(&ctx.sentence_of[i]))
            && (after_quote(ctx, i) || marks::comma_tag(ctx, i));
        if forecast::noun_like(ctx, i, verb)
            && !closes_quote
            && !continued::claims_to(ctx, i, e)
            && !survey::shows_name(ctx, i, e)
            // (`according to an estimate that ...`, `the report's estimate`)
            && (ctx.lower(i.wrapping_sub(1)).ends_with("ed")
                || words::ranking_determiner(ctx.lower(i.wrapping_sub(1)))
                || cues::preposition_before_noun(ctx.lower(i.wrapping_sub(1)))
                || !matches!(ctx.lower(e), "that" | "the")
                    && !ctx.is_punct(e, ":\"\u{201c}")
                    && !ctx.starts_number(e)
                    // (`The UN estimates about 90,000 people are trapped`)
                    && !number_at(qs, e)
                    && date_at(qs, e).is_none())
        {
            i = e;
            continue;
        }
        // `the errors announced by the police yesterday`: a passive's subject is what was said,
        // not who said it (the passives that name their source are read above)
        // (nor is a participle after a possessive: `the government's stated aim of 10 homes`)
        if verb.ends_with("ed")
            && (ctx.lower(e) == "by"
                || i > 1 && ctx.lower(i - 1) == "s" && ctx.is_punct(i - 2, "'\u{2019}"))
        {
            i = e;
            continue;
        }
        // X said: skip auxiliaries, adverbs, the date of the saying and a parenthesis before the
        // verb (`officials have also said`, `Trump on Friday said`, `Jim Jordan (R-Ohio) said`),
        // then walk back over the phrase
        let mut v = i;
        if progressive(i) {
            v -= 1;
        }
        // `the Pentagon-said`, `chief,-said`: a hyphen glued for a space before the verb
        if v > ss + 1 && glued_space(ctx, v - 1) {
            let w = ctx.lower(v - 2);
            if ctx.capitalized(v - 2)
                || ctx.is_punct(v - 2, ",")
                || words::source_noun(w)
                || words::speaker_noun(w)
                || ctx.has_role(v - 2, |r| matches!(r, Role::PersonNoun))
            {
                v -= 1;
            }
        }
        let mut negated = false;
        loop {
            if v > ss && cues::negation(ctx.lower(v - 1)) {
                negated = true;
                break;
            }
            // (not a word of a name: `Recycle Now says`; `first` is the adverb before a verb:
            // `As CNN first reported Tuesday`, `Trump first announced the claim`)
            let aux = |w: &str| words::speech_aux(w) || w.ends_with("ly") || w == "first";
            if v > ss && aux(ctx.lower(v - 1)) && !in_name(ctx, v - 1) {
                v -= 1;
            } else if v > ss + 3
                && ctx.is_punct(v - 1, ",")
                && cues::parenthetical_adverb(ctx.lower(v - 2))
                && ctx.is_punct(v - 3, ",")
            {
                // `the Agreement, therefore, states`
                v -= 3;
            } else if let Some(p) = aside_before(ctx, ss, v)
                .or(continued::went_on_to(ctx, ss, v))
                .or_else(|| aside::participle_before(ctx, ss, v))
            {
                v = p;
            } else if let Some(d) = date_ending_at(qs, v).filter(|&d| d > ss) {
                v = d;
                if v > ss && words::saying_date_preposition(ctx.lower(v - 1)) {
                    v -= 1;
                }
            } else {
                break;
            }
        }
        if negated {
            // `Trump did not say whether ...`: no one says what follows
            i = e;
            continue;
        }
        let (mut j, mut saw_det) = subject_before(ctx, v);
        let quoted_name = (j == v).then(|| quoted_name_before(ctx, ss, v)).flatten();
        if let Some(q) = quoted_name {
            j = q;
        }
        if let Some(h) = relative_head(ctx, ss, j) {
            j = h;
        } else if j < v && relative::governed(ctx, ss, j) {
            // `the 2002 collision over south Germany said`: a preposition's object is no speaker
            j = v;
        }
        // `the latest report from the National Safety Council (NSC) which says that ...`, `the
        // Pew Research Center, which found ...`: a relative pronoun is the subject, its
        // antecedent the source (what is said follows the verb)
        let relative = (j == v).then(|| antecedent(ctx, ss, v)).flatten();
        if let Some((a, _, det)) = relative {
            j = a;
            saw_det = det;
        }
        let relative = relative.map(|(_, end, _)| end);
        // the start of the source's whole phrase, appositives included (`A second surgeon,
        // James Morecroft, who retired this year, told`): quantities in it are not content
        let mut phrase_start = j;
        let mut after = content_start(ctx, qs, verb, e);
        // `told reporters after a two-day meeting on Friday that ...`: the content opens at the
        // `that` past a clause about the saying
        if circumstance(ctx, after) {
            let c = clause[after.min(n - 1)];
            if let Some(t) = (after..(after + 14).min(se))
                .take_while(|&k| clause[k] == c)
                .find(|&k| ctx.lower(k) == "that")
            {
                after = t + 1;
            }
        }
        // `a global census showed that ...`: a `that` clause makes any noun phrase a source
        // (and a clause a verb of that kind reports without its `that` is what follows it)
        // `Speaking on radio Sunday morning, Liberman said, "The next time ...`: a comma before
        // a quote opening what is said (not after a quote the source closes, whose second part
        // goes on with the first: `"...," X said, "...`)
        if ctx.is_punct(after, ",")
            && ctx.is_punct(after + 1, "\"\u{201c}")
            && ctx.glued(after + 2)
            && !(ss.max(i.saturating_sub(80))..i)
                .any(|k| ctx.is_punct(k, "\"\u{201d}") && ctx.glued(k))
        {
            after += 1;
        }
        let that = after > e && opens_with_that(ctx, after);
        let zero_that = !that && cues::that_speech_verb(verb) && after == e && clause_after(ctx, i);
        // (not a figure: `45 percent say that ...`)
        let opens =
            |k: usize| k == ss || !ctx.is_word(k - 1) || cues::np_clause_opener(ctx.lower(k - 1));
        let mut found = speaker(ctx, j, v, saw_det)
            || that
                && j < v
                && (j..v).any(|k| ctx.is_word(k) && !is_function(ctx, k))
                // (a phrase that opens its clause: not the tail of a larger one, `emails
                // provided through a public records request show that`)
                && (opens(j) || matches!(ctx.lower(j - 1), "a" | "an") && opens(j - 1))
                && qs
                    .get(qs.partition_point(|q| q.end < j))
                    .is_none_or(|q| q.start >= v);
        // `Gladbach showed some early ambition`, `Filinov showed up`: `show` without `that` reports
        // data, documents, pictures, not what a bare name did (`Polls show`, `Photos ... showed`)
        let bare_name = (j..v).all(|k| !ctx.is_word(k) || ctx.capitalized(k))
            && !(j..v).any(|k| cues::report_noun(ctx.lower(k)))
            && !(j > ss && matches!(ctx.lower(j - 1), "by" | "from" | "of"));
        if matches!(verb, "show" | "shows" | "showed")
            && !that
            && (bare_name || ctx.lower(e) == "up")
        {
            found = false;
        }
        if let Some(d) = survey::document_subject(ctx, (ss, i, j, v), found || relative.is_some()) {
            (j, phrase_start, found) = (d, d, true);
        }
        if j < v && subject::what_object(ctx, ss, j, e) {
            i = e;
            continue;
        }
        let mut name_end = relative.unwrap_or(if quoted_name.is_some() { v - 1 } else { v });
        // `Gov. Kate Brown (D), who was among the attendees, told`: the phrase before a relative
        // clause set off by commas or dashes (not before an inverted verb: `..., who ..., said X`)
        let inverted = inverted::verb(ctx, i) && ctx.capitalized(e);
        let appositive = (!found && !inverted)
            .then(|| relative_appositive(ctx, ss, v))
            .flatten();
        if let Some((h, a, o)) = appositive {
            phrase_start = h;
            j = a;
            name_end = o;
            found = true;
        }
        // `Han Jun, deputy director of ..., said`: the name before an appositive that opens the
        // sentence or follows a fronted clause
        if !found && v > ss && ctx.is_punct(v - 1, ",") {
            let mut p = v - 1;
            while p > ss
                && v - p < 25
                && !ctx.is_punct(p - 1, ",;:()\"\u{201c}\u{201d}")
                && !ctx.has_role(p - 1, |r| matches!(r, Role::AttrVerb))
            {
                p -= 1;
            }
            // (a hyphen glued for the space after the comma: `journalist,-Nafeez Ahmed, said`)
            let mut c = p.saturating_sub(1);
            if p + 1 < v && p > ss + 1 && glued_space(ctx, p) && ctx.is_punct(p - 1, ",") {
                c = p - 1;
                p += 1;
            }
            // (a hyphened first name in three tokens: `Jean-Yves Le Drian`)
            // (a lower-case particle inside the name: `Augustin de Romanet`, `Ursula von der
            // Leyen`)
            let name = |a: usize, b: usize| {
                a < b
                    && b - a <= 6
                    && (a..b).all(|k| {
                        ctx.is_word(k) && ctx.capitalized(k)
                            || k > a
                                && k + 1 < b
                                && ctx.is_word(k)
                                && cues::name_particle(ctx.lower(k))
                            || k > a
                                && ctx.is_punct(k, "-")
                                && ctx.glued(k)
                                && ctx.glued(k + 1)
                                // (not a party and state: `R-Texas`)
                                && ctx.surface(k - 1).len() > 1
                            // (an initial: `Markus N. Beeko`)
                            || k > a
                                && ctx.is_punct(k, ".")
                                && ctx.glued(k)
                                && ctx.surface(k - 1).len() == 1
                            // (a title's abbreviation: `the group's chairman, Rep. Mark
                            // Meadows, said`, `One House GOP leader, Washington Rep. Cathy
                            // McMorris Rodgers, said`)
                            || k > a && title_dot(ctx, k)
                    })
                    // (a title's abbreviation is not counted among the name's words)
                    && (a..b)
                        .filter(|&k| ctx.is_word(k) && !title_dot(ctx, k + 1))
                        .count()
                        <= 4
            };
            if p > ss && ctx.is_punct(c, ",") && name(p, v - 1) {
                // `the agency's spokesman, Ernesto Valoi, told`: the name between the commas
                phrase_start = subject_before(ctx, c).0.min(p);
                j = p;
                name_end = v - 1;
                found = true;
            } else if p > ss && ctx.is_punct(p - 1, ",") && p + 1 < v {
                let (a, _) = subject_before(ctx, p - 1);
                let opens = a == ss
                    || a > ss && (ctx.is_punct(a - 1, ",\"\u{201c}") || garbled_close(ctx, a - 1));
                // (`Aida Seif el-Dawla`: a particle inside)
                let capital = |k: usize| {
                    !ctx.is_word(k)
                        || ctx.capitalized(k)
                        || k > a && cues::name_particle(ctx.lower(k))
                };
                if a < p - 1 && opens && (a..p - 1).all(capital) {
                    j = a;
                    phrase_start = a;
                    name_end = p - 1;
                    found = true;
                }
            }
            // `Jiao Yi, CEO of iweiju, a Guangzhou-based startup, says`: a name opening the
            // sentence before several appositives (no quote, colon or other reporting verb
            // between)
            // (or after a quote that opens the sentence: `"...," Aida Seif el-Dawla, a co-founder
            // of the organisation, told AFP`)
            let lead = (ss..v)
                .rev()
                .find(|&k| ctx.is_punct(k, ",") && ctx.is_punct(k + 1, "\"\u{201d}"))
                .filter(|_| ctx.is_punct(ss, "\"\u{201c}"))
                .map(|k| past_garbled_mark(ctx, k + 2))
                .unwrap_or_else(|| {
                    (ss..ss + 2)
                        .find(|&k| !ctx.is_punct(k, "\"\u{201c}"))
                        .unwrap_or(ss)
                });
            let first_comma = (lead + 1..v - 1).find(|&k| ctx.is_punct(k, ","));
            // (not before an inverted verb, `..., said Commissioner Andrew Colvin`, nor past a
            // clause of its own: `Haisem Zahab, a 42-year-old electrician, was working alone`;
            // a name, not an opening adverb: `However, the Observatory, a UK-based group, said`)
            let opener = |k: usize| {
                is_function(ctx, k) && !subject::first_name_modal(ctx, k)
                    || cues::linking_adverb(ctx.lower(k))
                    || matches!(
                        ctx.lower(k),
                        "however" | "still" | "yet" | "now" | "instead"
                    )
            };
            if let Some(c) = first_comma.filter(|&c| !found && !inverted && c < p.saturating_sub(1))
            {
                let plain = (c..v - 1).all(|k| {
                    !ctx.is_punct(k, ";:()\"\u{201c}\u{201d}")
                        && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
                        && !words::speech_aux(ctx.lower(k))
                });
                if name(lead, c) && !opener(lead) && plain && v - c < 30 {
                    j = lead;
                    phrase_start = lead;
                    name_end = c;
                    found = true;
                }
            }
            if let Some((a, b)) = appositive::described(ctx, ss, p, v).filter(|_| !found) {
                (j, phrase_start, name_end, found) = (a, a, b, true);
            }
        }
        if let Some((a, b)) = coordinated_subject(ctx, ss, v).filter(|_| !found) {
            (j, phrase_start, name_end, found) = (a, a, b, true);
        }
        if let Some((a, c)) = open_name_appositive(ctx, ss, j, v).filter(|_| found) {
            j = a;
            phrase_start = a;
            name_end = c;
        }
        // `A survey by QQ browser, owned by Tencent Holdings, showed that ...`: a report opening
        // the sentence before an aside
        // (or a figure stopped the walk inside it: `The review of all 136 hospital trusts found`)
        let data = data_subject(ctx, ss, v, found.then_some(j)).filter(|&(a, _)| !found || a < j);
        if let Some((a, b)) = data {
            j = a;
            phrase_start = a;
            name_end = b;
            found = true;
        }
        // `With 94% of the vote counted, the party is projected to win 33 seats`: a participle
        // whose noun phrase is the object of a preposition reports nothing (a verb after a
        // relative pronoun is finite: `those of Dylann Roof, who revealed that ...`)
        if found && verb.ends_with("ed") && relative.is_none() {
            let h = describing_quantity(ctx, qs, phrase_start.min(j));
            if h > ss && matches!(ctx.lower(h - 1), "with" | "without" | "of" | "for") {
                found = false;
            }
        }
        found &= !promise::no_speaker(ctx, (i, verb), (ss, j, name_end));
        if found {
            // content after the verb is in its own clause (`said on Tuesday, a week after the
            // storm` closes the saying), or opens with a colon or a quote
            let (_, ce) = clause_range(after.min(se - 1));
            // `X said after visiting ...`: a clause about the saying, not content; so is a
            // setting after a dash up to the end (`..., the White House said - in a statement
            // on Tuesday.`)
            let circumstance = !that && circumstance(ctx, after)
                || dashed_setting(ctx, after, se)
                || content::closing_setting(ctx, phrase_start.min(j), after, se);
            // (a full stop the segmenter did not end the sentence at closes it: `," the minister
            // added. masi@chinadaily.com.cn`)
            // (not an abbreviation before a name: `told the St. Louis Post-Dispatch that`)
            let stop = ctx.is_punct(after, ".")
                && !initial_dot(ctx, after)
                && ctx.sentence_of.get(after + 1) == Some(&s)
                && !ctx.capitalized(after + 1);
            let aside = aside_after_that(ctx, after, se).filter(|_| that);
            let content_after = !circumstance
                && !stop
                && (has_words(after, if after < ce { ce } else { after })
                    || aside.is_some()
                    || ctx.is_punct(after, ":\"\u{201c}"));
            // `..., and JetBlue reported ...`: a coordinated clause with its own source says
            // only what follows it
            let coordinated = j > ss
                && matches!(
                    ctx.lower(j - 1),
                    "and" | "but" | "while" | "whereas" | "although" | "though"
                );
            // (a quote the source closes is its content, dates too: `"... until January 2018,"
            // the minister said in a statement on Monday`)
            let quoted = quote_before(ctx, ss, phrase_start.min(j));
            let before_only_date = {
                let k = qs.partition_point(|q| q.start < ss);
                let mut before = qs[k..].iter().take_while(|q| q.start < j).peekable();
                before.peek().is_none()
                    || !quoted
                        && before.all(|q| matches!(q.kind, QuantityKind::Date | QuantityKind::Time))
                // `Following a 60-minute talk with Merkel, X said there was ...`: a fronted clause
                // about the saying that a comma closes right before the source
                || j > ss + 2
                    && ctx.is_punct(j - 1, ",")
                    && (cues::saying_circumstance(ctx.lower(ss))
                        && !matches!(ctx.lower(ss), "while" | "when" | "as")
                        // (or a concession of the writer's: `Even though the firm has set goals
                        // of $15 billion by 2020, Zhao said ...`)
                        || cues::concession(ctx.lower(ss)))
                    && (ss..j - 1).all(|k| !ctx.is_punct(k, ",;:\"\u{201c}\u{201d}"))
            };
            // a parenthesis opening the sentence is a dateline, not content: `(18.03.2017)`
            let lead = paren_after(ctx, ss).unwrap_or(ss);
            let subordinate = content_after && j > ss && cues::subordinator(ctx.lower(j - 1));
            let object_relative = relative::object_source(ctx, ss, phrase_start.min(j));
            let (a, b) = if circumstance {
                // `"...," Tillerson said after visiting the two Koreas`: what comes before
                (lead, j)
            } else if before_only_date
                && parenthetical_tag(ctx, (lead, phrase_start.min(j)), after, se)
            {
                // `Twenty years ago, Larissa Boyce says, she confessed ...`: a tag set off by
                // commas inside the clause it reports; the phrase fronted before it is that
                // clause's, not the date of the saying (as it is in `In November, X announced`)
                (lead, content_end(ctx, after + 1, se))
            } else if !content_after && fronted_date(ctx, qs, lead, j) {
                // `Yesterday evening, X and Y told RT.`: a date before the source is when it
                // spoke, and nothing else is said
                (j, se)
            } else if !content_after {
                // `..., officials said (on Monday)(, and ...).`: the sentence around, up to a
                // participle about the saying (`..., referring to ...`)
                // (or a contrasting clause of the writer's after it: `..., X said, but he did not have
                // a toll for Monday's raids`)
                // (only for a source closing content before it, not `The DOJ said, "When ...`)
                let closes = has_words(lead, phrase_start.min(j));
                let cut = content::closing_cut(ctx, after, se, closes);
                (
                    glued_quote(ctx, lead, j).unwrap_or(lead),
                    if stop { after } else { cut.unwrap_or(se) },
                )
            } else if quoted && !that && !ctx.is_punct(after, ":") {
                // `"...the two leaders' agreements," Kishida said in an interview ahead of a 2+2
                // meeting ...`, `," Clint Watts told members of the committee during the panel's
                // first public hearing`: the quote the source closes is its content, what
                // follows the verb its setting, addressee or circumstance
                (glued_quote(ctx, lead, j).unwrap_or(lead), j)
            } else if relative.is_some() || object_relative {
                // `Jamat-ul-Ahrar, which claimed ..., swore allegiance to IS in September 2014`
                // (`The vote, which officials said was unprecedented, came after ...`)
                (after, content_end(ctx, after, relative_end(ctx, after, se)))
            } else if subordinate {
                // `The vote came two days after the mayor said the city ...`: the source's clause
                // is subordinate to the writer's, which is no content; a fronted one ends at its
                // comma (`A day after the ministry announced its order, lawyers filed ...`)
                let (cs, ce) = clause_range(j - 1);
                let fronted = j - 1 - cs <= 4 && ctx.is_punct(ce, ",");
                let end = if fronted { ce } else { se };
                (after, content_end(ctx, after, end))
            } else if cues::accusing_verb(verb)
                || before_only_date
                || coordinated
                || that
                || zero_that
                || ctx.is_punct(after, ":")
            {
                // `X said that ...`, `In November, X announced ...`, `After the attack was
                // reported in December, X said ...`, `..., X said: "..."`, `a day after X warned
                // that ...`: the content is after, up to a clause about the saying (`, as he
                // delivered ...`)
                let end = content::fronted_contrast_end(ctx, (lead, j), after, se);
                (after, content_end(ctx, aside.unwrap_or(after), end))
            } else {
                // a claim in the verb's own clause (past the saying) keeps the source there
                // (`49 are held, including 27 people the military says are dead`: the 27), not
                // counting the source's own phrase and the date of the saying
                let (cs, ce) = clause_range(i);
                let first = qs.partition_point(|q| q.start < cs);
                let in_clause = qs[first..]
                    .iter()
                    .take_while(|q| q.end <= ce)
                    .any(|q| !(q.start < after && q.end > j));
                // (else what follows the verb when a clause opens there: a claim in a fronted
                // phrase before the source is the writer's, `But in Kentucky, a state where Trump
                // won 63 percent of the vote, many supporters say they aren't shaken`; not a
                // setting or an addressee after a closing source, `..., Robredo said in the
                // video`, `..., a professor has told a Dail committee`)
                // (nor a participle about the saying, `said quoting police sources`, a medium,
                // `wrote via email`, or the corpus's mis-decoded dash, `says "?and, ...`)
                let w = ctx.lower(after);
                let clause_follows = !matches!(verb, "told" | "tells" | "tell")
                    && !cues::setting_preposition(w)
                    && !words::source_preposition(w)
                    && !words::saying_date_preposition(w)
                    && !matches!(w, "to" | "via")
                    && !w.ends_with("ing")
                    && (ctx.is_word(after)
                        || ctx.is_num(after)
                        || ctx.is_punct(after, "\"\u{201c}")
                            && !(ctx.is_punct(after + 1, "?") && ctx.glued(after + 1)));
                if in_clause {
                    (cs, ce)
                } else if clause_follows {
                    (after, content_end(ctx, after, se))
                } else {
                    (ss, se)
                }
            };
            // `Paul said on Fox's "..." radio Tuesday.`, `Ana told all this to an asylum officer
            // last month.`: a date ending the sentence after bare words (no clause of its own
            // between the verb and it) is when the saying was, not what is said
            let b = if content_after && !that && !ctx.is_punct(after, ":") {
                trailing_setting(ctx, qs, after, b).unwrap_or(b)
            } else {
                b
            };
            // (an accusation's content stops at the writer's contrast or its setting: `accused
            // Moscow of violating the treaty, but ...`, `... in a lawsuit filed on Thursday`)
            let b = if cues::accusing_verb(verb) && a == after {
                b.min(accused::accusation_end(ctx, after, se))
            } else {
                b
            };
            let b = forecast::forecast_end(ctx, (i, verb), (a, after), that, b);
            let (a, b) = promise::content(ctx, qs, (i, verb), (a, b), (after, se));
            if coordinated && ctx.lower(j - 1) != "and" {
                // `NYPD statistics show a 55 percent rise, although the city said crime is down
                // 9.7 percent`: earlier sources of the sentence stop where the contrasting clause
                // opens (not after `and`: `..., the ACCC said, and the amount of money reported
                // lost rose`)
                for x in out.iter_mut().rev().take_while(|x| x.sentence == s) {
                    x.to = x.to.min(j - 1);
                }
            }
            if !content_after {
                // a closing `, X said` owns the sentence before it: earlier sources of the
                // sentence (`Health officials have recorded 214 cases ..., the directorate said
                // on Friday`) stop where it starts, and the date of its saying is no one's
                for x in out.iter_mut().rev().take_while(|x| x.sentence == s) {
                    x.to = x.to.min(j);
                }
            }
            // (a year between a determiner and a closing source's phrase modifies it: `..., a
            // 2016 report found.`)
            let start = phrase_start.min(j);
            let start = date_ending_at(qs, start)
                .filter(|&d| {
                    !content_after && d > ss && matches!(ctx.lower(d - 1), "a" | "an" | "the")
                })
                .unwrap_or(start);
            out.push(Source {
                attribution: attr(ctx, headline_seam(ctx, j, name_end), name_end),
                from: a,
                to: b,
                skip: (describing_quantity(ctx, qs, start), after),
                that,
                sentence: s,
            });
        } else if inverted::verb(ctx, i)
            && i > ss
            && inverted::after_content(ctx, i)
            && ctx.is_word(e)
            && (words::definite_determiner(ctx.lower(e))
                || matches!(ctx.lower(e), "a" | "an" | "one")
                || !is_function(ctx, e)
                || acronym(ctx, e)
                || inverted::lone_name(ctx, e))
        {
            if let Some(k) = inverted_phrase(ctx, qs, e, se) {
                // (not over an earlier source's phrase: `Will Lee, a 31-year-old attorney, said
                // ... "...,"?said Lee.`)
                let from = out
                    .iter()
                    .rev()
                    .take_while(|x| x.sentence == s)
                    .map(|x| x.skip.1)
                    .max()
                    .unwrap_or_else(|| inverted_from(ctx, ss, i));
                out.push(Source {
                    attribution: attr(ctx, e, k),
                    from: from.min(i),
                    to: i,
                    skip: (i, i),
                    that: false,
                    sentence: s,
                });
            }
        }
        i = e;
    }
    interview::add_answers(ctx, &mut out);
    without_respondents(ctx, marks::byline_cut(ctx, teaser::trim(ctx, out)))
}
