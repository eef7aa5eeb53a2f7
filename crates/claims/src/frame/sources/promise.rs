//! Promises, pledges and demands report the figure promised or demanded (the session 36 ruling
//! under Attribution in docs/judging/frames.md): `The government pledged 500 new homes`, `Trump
//! has called for a 35 percent tax`, `President Xi pledged to host the Games in 2022`. The
//! figure is what the speaker says will or should be; a promise only described (`the 500 homes
//! promised last year`) names no source.

use super::{cues, number_at};
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;
use crate::words;

/// Finite verbs of promising, pledging, vowing, proposing, demanding or urging (the ruling's
/// list; the bare forms are left out: `to promise`, `a pledge`).
pub(super) fn promise_verb(w: &str) -> bool {
    matches!(
        w,
        "promised"
            | "promises"
            | "pledged"
            | "pledges"
            | "vowed"
            | "vows"
            | "proposed"
            | "proposes"
            | "demanded"
            | "demands"
            | "urged"
            | "urges"
            | "called"
            | "calls"
            | "asked"
            | "asks"
            | "offered"
            | "offers"
    )
}

/// Whether the word at `i` (in a sentence ending at `se`) is a verb of promising or demanding
/// whose object holds a figure: the token where what is promised opens (past `for` after
/// `called`/`calls`), else `None`. Only a finite verb: not after a determiner, a possessive, a
/// preposition or a form of `be` (`the promised 2016 bonus`, `their demands`, `were promised
/// 500`, `is proposed`), not a participle after a noun that it describes (`the homes promised
/// last year`: the figure must follow the verb), and not when a reporting verb later in the
/// sentence says it all (`..., the minister said`). The figure is within 14 tokens, no clause
/// punctuation or quote between.
pub(super) fn promise(ctx: &Context<'_>, qs: &[RawQuantity], i: usize, se: usize) -> Option<usize> {
    let w = ctx.lower(i);
    if !promise_verb(w) || ctx.capitalized(i) {
        return None;
    }
    // (`asked for` is a demand as `called for` is: `The court asked for briefings ... by 6 p.m.`,
    // fresh29 #165; attr44)
    let e = if matches!(w, "called" | "calls" | "asked" | "asks") {
        if ctx.lower(i + 1) != "for" {
            return None;
        }
        i + 2
    } else {
        i + 1
    };
    // (a form that is also a plural noun reports only before `to` or `that`: not `the union's
    // demands for 5%`)
    if matches!(w, "promises" | "pledges" | "vows" | "demands" | "offers")
        && !matches!(ctx.lower(e), "to" | "that")
    {
        return None;
    }
    let before = ctx.lower(i.wrapping_sub(1));
    if i == 0
        || !ctx.is_word(i - 1)
        || words::be_form(before)
        || words::determiner(before)
        || matches!(
            before,
            "to" | "been" | "being" | "of" | "for" | "its" | "their" | "his" | "her" | "our" | "s"
        )
        // (a noun after a participle: `rejecting calls for a second vote`)
        || before.ends_with("ing")
        || ctx.lower(e) == "by"
    {
        return None;
    }
    // (the people urged are its addressees, not what is urged: `Authorities urged some 30,000
    // people to evacuate`, `urged the Office ... on Jan 5 to treat ...`; what is urged opens at
    // the `to`)
    let e = if matches!(w, "urged" | "urges") {
        (e..(e + 20).min(se))
            .take_while(|&k| !ctx.is_punct(k, ".;:,()\"\u{201c}\u{201d}"))
            .find(|&k| ctx.lower(k) == "to")
            .unwrap_or(e)
    } else {
        e
    };
    let object =
        (e..(e + 14).min(se)).take_while(|&k| !ctx.is_punct(k, ".;:,()\"\u{201c}\u{201d}"));
    // (an offer pledges only a sum of money: `The transport ministry has offered 100 million
    // euros in funding`, fresh29 #123; not `offered flights to 30 cities`; attr44)
    let figure = if matches!(w, "offered" | "offers") {
        object.clone().any(|k| money_at(qs, k))
    } else {
        object
            .clone()
            .any(|k| ctx.starts_number(k) || number_at(qs, k) || quantity_at(qs, k))
    };
    let later = (e..se).any(|k| ctx.has_role(k, |r| matches!(r, Role::AttrVerb)));
    (figure && !later && !cues::negation(before)).then_some(e)
}

/// A sum of money opens at token `t`.
fn money_at(qs: &[RawQuantity], t: usize) -> bool {
    let k = qs.partition_point(|q| q.start < t);
    qs.get(k)
        .is_some_and(|q| q.start == t && matches!(q.kind, QuantityKind::Money))
}

/// A quantity of any kind, dates too, opens at token `t` (`pledged to host the Games in 2022`).
fn quantity_at(qs: &[RawQuantity], t: usize) -> bool {
    let k = qs.partition_point(|q| q.start < t);
    qs.get(k).is_some_and(|q| q.start == t)
}

/// The stretch `(a, b)` a promise's source covers, cut to what is promised: from the content's
/// start (`after`, past the date of the promise, or past the addressees of `urged`; not the clause before the verb: `Going up in flames (25:54) Lee promised ...`)
/// to the object's end ([`object_end`]). Only where the promise rule found the verb (`verb` at
/// `i` is no reporting verb of the lexicon); else `(a, b)` as it is.
pub(super) fn content(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    (i, verb): (usize, &str),
    (a, b): (usize, usize),
    (after, se): (usize, usize),
) -> (usize, usize) {
    if !promise_verb(verb) || ctx.has_role(i, |r| matches!(r, Role::AttrVerb)) {
        return (a, b);
    }
    match promise(ctx, qs, i, se) {
        Some(e) => {
            let e = e.max(after);
            (a.max(e), b.min(object_end(ctx, qs, e, b)))
        }
        None => (a, b),
    }
}

/// Where what is promised or demanded ends (`after` its verb, `end` the content's end so far): at
/// a comma, a quote mark or a lone dash, at a subordinator or `amid` opening the writer's circumstance
/// (`called for calm after a wave of violence in which dozens ...`, `demanded the legislation
/// proceed in response to last week's ...`), and at a setting with a possessive (`called for unity
/// in his first address`), and at the date of the promise after its object ([`saying_date`]): the
/// reason, setting or date of the promise, not its content.
fn object_end(ctx: &Context<'_>, qs: &[RawQuantity], after: usize, end: usize) -> usize {
    let dash = |k: usize| ctx.is_punct(k, "-\u{2013}\u{2014}") && !ctx.glued(k);
    // (an aside between two dashes is skipped: `promised to invoke Article 50 - setting formal
    // talks in motion - by the end of next month`)
    let mut aside = after..after;
    (after..end)
        .find(|&k| {
            let w = ctx.lower(k);
            if aside.contains(&k) {
                return false;
            }
            if dash(k) {
                if let Some(c) = (k + 1..(k + 16).min(end)).find(|&c| dash(c)) {
                    aside = k..c + 1;
                    return false;
                }
            }
            ctx.is_punct(k, ",;:()\"\u{201c}\u{201d}-\u{2013}\u{2014}")
                || cues::subordinator(w) && k > after
                || matches!(w, "amid" | "while" | "whereas")
                || w == "in" && matches!(ctx.lower(k + 1), "response" | "reaction")
                || cues::setting_preposition(w)
                    && matches!(ctx.lower(k + 1), "his" | "her" | "their" | "its")
                || saying_date(ctx, qs, k)
        })
        .unwrap_or(end)
}

/// Nouns of plans, bills and orders, which head no speaker's phrase (`the agency that Trump's
/// executive order proposes to expand by 5,000 agents`).
fn plan_noun(w: &str) -> bool {
    matches!(
        w,
        "plan"
            | "plans"
            | "blueprint"
            | "bill"
            | "agreement"
            | "deal"
            | "order"
            | "budget"
            | "proposal"
            | "law"
            | "treaty"
            | "resolution"
            | "measure"
            | "legislation"
            | "strategy"
            | "scheme"
            | "policy"
            | "program"
            | "programme"
            | "contract"
            | "accord"
            | "draft"
            | "framework"
            | "timetable"
            | "schedule"
            | "roadmap"
    )
}

/// A past date opening at `k` right after a word of the object that is no function word
/// (`demanded urgent action Wednesday to ...`, `called for the home's closure last year`): when
/// the promise was made. A date after a preposition or inside a noun phrase is promised (`by
/// 2020`, `the 2018 budget`), and so is a coming one (`another round later this month`).
fn saying_date(ctx: &Context<'_>, qs: &[RawQuantity], k: usize) -> bool {
    let w = ctx.lower(k);
    quantity_at(qs, k)
        && (words::weekday(w).is_some() || matches!(w, "last" | "yesterday"))
        && k > 0
        && ctx.is_word(k - 1)
        && !ctx
            .lexicon
            .word(ctx.lower(k - 1))
            .iter()
            .any(|r| matches!(r, Role::Function))
}

/// The subject `j..name_end` (sentence from `ss`) of a promise found at `i` names no speaker (the
/// ruling's subject is a named or described speaker): its head is a plan, a bill or an order
/// ([`plan_noun`]: `The plan called for giving 100m to Libya`), or it is a setting's object
/// (`Trump during his campaign pledged`). Only where the promise rule found the verb.
pub(super) fn no_speaker(
    ctx: &Context<'_>,
    (i, verb): (usize, &str),
    (ss, j, name_end): (usize, usize, usize),
) -> bool {
    promise_verb(verb)
        && !ctx.has_role(i, |r| matches!(r, Role::AttrVerb))
        && (name_end > j && plan_noun(ctx.lower(name_end - 1))
            || j > ss && matches!(ctx.lower(j - 1), "during" | "in" | "at" | "on" | "under"))
}
