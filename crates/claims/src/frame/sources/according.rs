//! A source phrase after its cue: `according to X`, `, citing X`, a passive's `estimated by X`
//! (the cue at `i`, the phrase opening at `e`). The source covers its whole sentence but its cue,
//! its phrase and the date of its report.

use super::content::past_saying_date;
use super::relative::relative_end;
use super::subject::{initial_dot, title_dot};
use super::{
    Source, attr, citable, cited_reason, cues, date_ending_at, is_function, number_at, paren_after,
};
use crate::frame::saying::acronym;
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::words;

/// The source of the phrase at `e` after the cue at `i` (`according to`, `citing`, or a passive
/// verb and its `by` when `passive`) in the sentence `ss..se`: the phrase up to the end of its
/// clause, a verb or `that`; none for a norm (`according to the rules`), a bare pronoun, or
/// what is cited (`citing concerns`).
pub(super) fn phrase_source(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    (i, e): (usize, usize),
    passive: bool,
    (ss, se): (usize, usize),
) -> Option<Source> {
    let n = ctx.lexemes.len();
    let s = ctx.sentence_of[i];
    // `, citing officials`; not `14 percent citing Democrats` nor what is cited (`citing
    // concerns Price could ...`)
    if ctx.lower(i) == "citing"
        && (!ctx.is_punct(i.wrapping_sub(1), ",") || !citable(ctx, e) || cited_reason(ctx, e))
    {
        return None;
    }
    // `according to the procedures`, `according to the rules`: a norm, not a source
    let k = e + usize::from(words::determiner(ctx.lower(e)));
    // (`according to him`: a bare pronoun is no source)
    let pronoun = matches!(ctx.lower(e), "him" | "her" | "them" | "me" | "us" | "it")
        && !acronym(ctx, e)
        && !ctx.is_word(e + 1);
    // (nor a bare plan or a criterion of the people sorted: `going according to plan`, `ban
    // people according to their race`)
    let criterion = matches!(ctx.lower(e), "plan" | "schedule")
        || matches!(ctx.lower(e), "their" | "his" | "her" | "its" | "your")
            && cues::criterion_noun(ctx.lower(e + 1));
    if ctx.lower(i) == "according" && (cues::norm_noun(ctx.lower(k)) || pronoun || criterion) {
        return None;
    }
    // (nor a norm named by the head of a longer phrase: `according to ancient timekeeping
    // customs`, `according to the lunar calendar`, `according to EU law`; the head is the last
    // word before a function word, not `a study of EU law`; a classification the samples take as
    // a source stays one: `according to the IPC scale`, fresh11 #189)
    if ctx.lower(i) == "according"
        && (k..k + 6)
            .take_while(|&t| ctx.is_word(t) && !is_function(ctx, t))
            .last()
            .is_some_and(|t| cues::norm_noun(ctx.lower(t)) && !ctx.capitalized(t))
    {
        return None;
    }
    // according to X: up to the end of the clause, a verb or `that` (`figures from the
    // Department show that ...`), a spaced dash (`according to IHS Markit - down from
    // ...`) or a dot that is not an initial's (`the U.S. Department`)
    let spaced_dash =
        |j: usize| j > e && ctx.is_punct(j, "-") && !ctx.glued(j) && !ctx.glued(j + 1);
    let full_stop = |j: usize| ctx.is_punct(j, ".") && !initial_dot(ctx, j) && !title_dot(ctx, j);
    let mut j = e;
    while j < n
        && j < e + 12
        && ctx.sentence_of[j] == s
        && !ctx.is_punct(j, ",;:()\u{2013}\u{2014}\"\u{201c}\u{201d}")
        && !spaced_dash(j)
        && !full_stop(j)
        && !(j > e
            && (ctx.has_role(j, |r| matches!(r, Role::AttrVerb))
                && (!cues::noun_like_speech_verb(ctx.lower(j)) || ctx.is_word(j + 1))
                // (`according to an estimate by the Commission`: a noun)
                && !(cues::noun_like_speech_verb(ctx.lower(j))
                    && words::ranking_determiner(ctx.lower(j - 1)))
                || words::finding_verb(ctx.lower(j))))
        && ctx.lower(j) != "that"
        // `estimated by utilities at $1 trillion (on Monday)`: neither the figure nor
        // the date is in the phrase
        && !(passive
            && j > e
            && (words::source_preposition(ctx.lower(j)) && number_at(qs, j + 1)
                || past_saying_date(ctx, qs, j) > j
                // `estimated by Euromonitor to be worth $700 billion`: an
                // infinitive opens what is estimated
                || ctx.lower(j) == "to"
                    && ctx.is_word(j + 1)
                    && !ctx.capitalized(j + 1)
                    && !words::determiner(ctx.lower(j + 1))))
    {
        j += 1;
    }
    // (a phrase cut off inside a noun phrase does not end on `of the`: `the document
    // the ministry prepared for the meeting of the`)
    let end = j;
    // (nor on the date its report was given: `according to a statement released by the
    // Ministry of Environmental Protection on Dec 13`)
    if let Some(d) = date_ending_at(qs, j).filter(|&d| d > e + 1) {
        j = d;
        while j > e + 1
            && (words::saying_date_preposition(ctx.lower(j - 1))
                || matches!(ctx.lower(j - 1), "from" | "for" | "of")
                || ctx.is_punct(j - 1, "[("))
        {
            j -= 1;
        }
    }
    while j > e + 1 && matches!(ctx.lower(j - 1), "the" | "of" | "a" | "an" | "for" | "to") {
        j -= 1;
    }
    // (a phrase cut off at once names no one)
    (j > e).then(|| {
        // `according to the results of an investigation disclosed Wednesday`: the date
        // of the report is not what it says
        let reported = ctx.has_role(end, |r| matches!(r, Role::AttrVerb));
        let skip_end = if reported || passive {
            past_saying_date(ctx, qs, end + usize::from(reported))
        } else {
            end
        };
        // `according to the report by the International Federation for Human Rights, which was
        // released on Tuesday`, `according to Frumin, who served 18 years as chief Senate
        // parliamentarian`: a relative clause on the source describes it (its release, its
        // career), it is not what the source says; when it says something of its own (`, who
        // said at least 20 women ...`, `, which estimates that 91 Americans ...`) its antecedent
        // is a source of its own
        let skip_end = relative_after(ctx, end, se).unwrap_or(skip_end);
        Source {
            attribution: attr(ctx, e, j),
            // (nor the date of the report a `citing` goes with: `Kyodo reported on Wednesday,
            // citing the Interior Minister`)
            skip: (citing_report_date(ctx, qs, i, ss).unwrap_or(i), skip_end),
            // (not a dateline opening the sentence: `(30.01.2017) According to Eurostat data`)
            from: paren_after(ctx, ss).unwrap_or(ss),
            to: passive_end(ctx, passive, end, se),
            that: false,
            sentence: s,
        }
    })
}

/// Where what a passive's source says ends when its own complement follows the phrase ending at
/// `end` (`Mr Ross, estimated by Forbes to be worth $2.9bn, built his fortune in the late 1990s`,
/// `has been estimated by utilities at $1 trillion between now and 2035, and, since ... the
/// 1980s, ...`): the clause that ends with the complement (a comma before a lower-case verb,
/// `and`, `but`, see [`relative_end`]); the sentence's end `se` for a bare aside, whose
/// sentence is the report (`In a third case, reported by Time magazine, Price invested ...`).
/// Class seen on the corpus run, attr28.
fn passive_end(ctx: &Context<'_>, passive: bool, end: usize, se: usize) -> usize {
    if passive && end < se && !ctx.is_punct(end, ",.") {
        relative_end(ctx, end, se)
    } else {
        se
    }
}

/// The date of the report that `, citing X` at `i` goes with, when it ends right before the comma
/// after a reporting verb (`Kyodo reported on Wednesday, citing ...`, `a senior lawmaker said on
/// Monday, citing ...`, `The New York Times reported two weeks ago, citing ...`): where it starts
/// (its preposition included). What X says is not when the report was made. So too for the
/// medium of `, quoted by X` / `, cited by X` after a saying and its date (`..., the minister said
/// on Thursday, quoted by the Anadolu news agency`: fresh29 #148; attr44).
fn citing_report_date(ctx: &Context<'_>, qs: &[RawQuantity], i: usize, ss: usize) -> Option<usize> {
    if !matches!(ctx.lower(i), "citing" | "quoted" | "cited") || i < ss + 3 {
        return None;
    }
    let mut p = date_ending_at(qs, i - 1)?;
    while p > ss && words::saying_date_preposition(ctx.lower(p - 1)) {
        p -= 1;
    }
    (p > ss && ctx.has_role(p - 1, |r| matches!(r, Role::AttrVerb))).then_some(p)
}

/// The end of a relative clause on an `according to` phrase that ends at the comma `end` (`,
/// which was released on Tuesday`, `, who served 18 years as ...`): the next clause mark or the
/// sentence's end `se`; none when the clause has a reporting verb of its own.
fn relative_after(ctx: &Context<'_>, end: usize, se: usize) -> Option<usize> {
    if end + 2 >= se || !ctx.is_punct(end, ",") || !matches!(ctx.lower(end + 1), "which" | "who") {
        return None;
    }
    let close = (end + 2..se)
        .find(|&k| ctx.is_punct(k, ",;:()\u{2013}\u{2014}\"\u{201c}\u{201d}"))
        .unwrap_or(se);
    // (not a clause that says something: `, who said at least 20 women ...`, `, which put the
    // total at 197,221 as of 4:46 AM`)
    let says = (end + 2..close).any(|k| {
        ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
            || words::finding_verb(ctx.lower(k))
            || matches!(ctx.lower(k), "put" | "puts" | "estimated" | "estimates")
    });
    (!says).then_some(close)
}
