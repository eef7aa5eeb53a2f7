//! A place adjective or abbreviation on the clause's subject (issue 14, session 32; the ruling of
//! session 32 in `docs/judging/frames.md`, "Places as subjects and on subjects"; the claims README
//! tells what the rule changed on the real corpus).
//!
//! On a subject that is a company, a person or a group of people (`U.S. airlines canceled 3,000
//! flights`, `The Georgia lawmaker traded 40 stocks`, `Chinese carmakers sold 2 million cars`)
//! the place says who they are, not where the counted thing is: not stated. On a government, its
//! authorities or its forces acting at home (`Queensland authorities have closed 102 schools`,
//! `The Bangladeshi government banned three NGOs`) it states the place.

use crate::frame::sources::is_function;
use crate::lexicon::Role;
use crate::scan::Context;

/// Nouns of a company, a person or a group of people, singular and plural: a place modifying
/// one of them as the clause's subject says who they are ([`member_subject`]).
fn member_noun(w: &str) -> bool {
    matches!(
        w,
        "airline"
            | "airlines"
            | "carrier"
            | "carriers"
            | "company"
            | "companies"
            | "firm"
            | "firms"
            | "business"
            | "businesses"
            | "bank"
            | "banks"
            | "lender"
            | "lenders"
            | "insurer"
            | "insurers"
            | "automaker"
            | "automakers"
            | "carmaker"
            | "carmakers"
            | "manufacturer"
            | "manufacturers"
            | "producer"
            | "producers"
            | "retailer"
            | "retailers"
            | "exporter"
            | "exporters"
            | "importer"
            | "importers"
            | "employer"
            | "employers"
            | "investor"
            | "investors"
            | "consumer"
            | "consumers"
            | "shoppers"
            | "buyers"
            | "households"
            | "users"
            | "voters"
            | "lawmaker"
            | "politician"
            | "politicians"
            | "businessman"
            | "billionaire"
            | "entrepreneur"
            | "startup"
            | "startups"
            | "giant"
            | "conglomerate"
            | "group"
            | "scientists"
            | "researchers"
            | "doctors"
            | "farmers"
            | "athletes"
            | "players"
            | "fans"
            | "tourists"
            | "travelers"
            | "travellers"
            | "students"
            | "workers"
            | "rapper"
            | "singer"
            | "actor"
            | "actress"
            | "star"
    )
}

/// The token after the place name at token `t` (over `the`, its capitalised words and the glued
/// dots of `U.S.`).
fn name_end(ctx: &Context<'_>, t: usize) -> usize {
    let mut e = if ctx.lower(t) == "the" { t + 1 } else { t };
    while e < t + 6
        && (ctx.is_word(e) && ctx.capitalized(e) || ctx.is_punct(e, ".") && ctx.glued(e))
    {
        e += 1;
    }
    e
}

/// Words that may stand before the subject's phrase (a determiner or a quantifier of it), or
/// nothing: the phrase then opens its clause.
fn subject_opener(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "many" | "most" | "some" | "several" | "other" | "major" | "big"
    )
}

/// True when the phrase of the place named at token `t` opens its clause: at the sentence's
/// start, after clause punctuation or `and`/`but`/`that`/`while`, over a determiner or a
/// quantifier ([`subject_opener`]).
pub(crate) fn opens_clause(ctx: &Context<'_>, t: usize) -> bool {
    let s = ctx.sentence_of[t];
    let mut b = t;
    if b > 0 && ctx.lower(b) != "the" && subject_opener(ctx.lower(b - 1)) {
        b -= 1;
    }
    b == 0
        || ctx.sentence_of[b - 1] != s
        || ctx.is_punct(b - 1, ",;:(\"\u{201c}\u{2014}")
        || matches!(ctx.lower(b - 1), "and" | "but" | "that" | "while")
}

/// True when the place named at token `t` modifies a noun of a company, a person or a group of
/// people ([`member_noun`], the first or second lower-case word after the name) that is the
/// subject of the figure at token `start`: the phrase opens its clause (at the sentence's start,
/// after clause punctuation or `and`/`but`/`that`, over a determiner), and between the noun
/// and the figure stand one to four lower-case words with a verb among them (the predicate:
/// `canceled`, `have sold`, `traded hundreds of`).
pub(crate) fn member_subject(ctx: &Context<'_>, t: usize, start: usize) -> bool {
    if t >= start {
        return false;
    }
    let s = ctx.sentence_of[t];
    let e = name_end(ctx, t);
    let word = |k: usize| {
        ctx.sentence_of.get(k) == Some(&s)
            && ctx.is_word(k)
            && !ctx.capitalized(k)
            && !is_function(ctx, k)
    };
    let noun = if word(e) && member_noun(ctx.lower(e)) {
        e
    } else if word(e) && word(e + 1) && member_noun(ctx.lower(e + 1)) {
        e + 1
    } else {
        return false;
    };
    if !opens_clause(ctx, t) || start <= noun + 1 || start - noun > 6 {
        return false;
    }
    (noun + 1..start).all(|k| ctx.is_word(k) && !ctx.capitalized(k)) && finite_verb(ctx, noun + 1)
}

/// True when the word at token `k` may open a predicate as a finite verb: an auxiliary, a past
/// form (`canceled`, `sold`) or a present in `-s` (`controls`).
fn finite_verb(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    matches!(
        w,
        "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "plan"
    ) || w.len() > 4 && w.ends_with("ed")
        || crate::frame::cues::irregular_past(w)
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Nouns of a government, its authorities or its forces: a country adjective on one of them as
/// the clause's subject states that country ([`government_subject`]).
fn government_noun(w: &str) -> bool {
    matches!(
        w,
        "government"
            | "authorities"
            | "police"
            | "army"
            | "military"
            | "forces"
            | "troops"
            | "navy"
            | "parliament"
            | "regime"
            | "cabinet"
            | "legislature"
    )
}

/// The country whose adjective stands on a government, its authorities or its forces that are
/// the subject of the figure at token `start` (the ruling of session 32: `Australian authorities
/// have prevented at least 12 attacks`, `Afghan government forces control two-thirds of the
/// territory`, `the Syrian government troops have destroyed over 180 targets`): the phrase
/// opens its clause (over `the`), the noun ([`government_noun`], after at most one more of them
/// or `security`/`armed`/`state`: `government forces`, `security forces`) is followed by one to
/// eight lower-case words up to the figure, the first a finite verb, none a verb of saying (`The
/// Turkish military said 58 fighters were killed`: the source's place, not the figure's, as `U.S.
/// officials said`). Only a country adjective (`countries.tsv`): a recognised place on the subject
/// is a mention the clause rules judge. Used only when the figure's clause names no place.
pub(crate) fn government_subject(ctx: &Context<'_>, start: usize) -> Option<String> {
    let s = *ctx.sentence_of.get(start)?;
    let lower_word = |k: usize| ctx.sentence_of[k] == s && ctx.is_word(k) && !ctx.capitalized(k);
    // (the predicate: the lower-case words right before the figure, one to eight)
    let first = (start.saturating_sub(9)..start)
        .rev()
        .take_while(|&k| lower_word(k))
        .last()?;
    // (or the capitalised noun of a named body right before the predicate, `The Scottish
    // Parliament voted by 69 to 59`, `the British Army has 82,000 soldiers`: session 36)
    let named_noun = || {
        let k = first.checked_sub(1)?;
        (ctx.sentence_of[k] == s
            && ctx.is_word(k)
            && ctx.capitalized(k)
            && government_noun(ctx.lower(k))
            && finite_verb(ctx, first))
        .then_some(k)
    };
    let noun = (first..start.saturating_sub(1))
        .find(|&k| government_noun(ctx.lower(k)) && finite_verb(ctx, k + 1))
        .or_else(named_noun)?;
    let named = noun < first;
    let saying = |k: usize| ctx.has_role(k, |r| matches!(r, Role::AttrVerb));
    if (noun + 1..start).any(saying) {
        return None;
    }
    // (the noun phrase: one more noun of the kind or `security`/`armed`/`state` before it)
    let mut head = noun;
    if (named || head > first)
        && head > 0
        && (government_noun(ctx.lower(head - 1))
            || matches!(ctx.lower(head - 1), "security" | "armed" | "state"))
    {
        head -= 1;
    }
    if !named && head != first || head == 0 {
        return None;
    }
    // (the country adjective right before it, one or two capitalised words: `South Korean`)
    let c = super::countries();
    let one = head - 1;
    let (adj, t) = if let Some(&i) = c.by_adjective.get(ctx.lower(one)) {
        (i, one)
    } else {
        let two = one.checked_sub(1)?;
        let (a, b) = (ctx.lexemes.get(two)?.start, ctx.lexemes.get(one)?.end);
        let pair = ctx.lower_text.get(a as usize..b as usize)?;
        (*c.by_adjective.get(pair)?, two)
    };
    let capital = |k: usize| ctx.sentence_of[k] == s && ctx.is_word(k) && ctx.capitalized(k);
    if !(t..head).all(capital) || !opens_clause(ctx, t) {
        return None;
    }
    Some(c.names[adj as usize].clone())
}
