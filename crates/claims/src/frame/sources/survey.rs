//! A survey named at the end of its sentence (`..., at 95 percent, in the poll by the Chinese
//! Academy of Social Sciences.`, `the index has been rising for four months in a monthly survey
//! by X.`): the survey says what the sentence before it says.

use super::{Source, attr, cues};
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::words;

/// Token `k`, right before a [`cues::happening_speech_verb`] (past auxiliaries: `Health
/// officials have recorded 214 cases`), names a body that keeps counts (`BAMF recorded a 56.4
/// percent increase`, `the ONS recorded`, `police recorded 500 crimes`): an acronym of three
/// capitals or more that is no place (not `USA`), or a counting body's noun.
pub(super) fn counting_body(ctx: &Context<'_>, mut k: usize) -> bool {
    while k > 0 && words::speech_aux(ctx.lower(k)) {
        k -= 1;
    }
    let w = ctx.surface(k);
    let acronym = w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase());
    acronym
        && ctx
            .find(k, |r| matches!(r, Role::Place(_)).then_some(()))
            .is_none()
        || cues::counting_body_noun(ctx.lower(k))
}

/// Token `k`, a few plain words before the finding verb at `i`, heads what reports the data after
/// the verb with no `that`: a noun of data (`Opinion polls show 45% ...`), or a record, document,
/// result or picture before a verb of showing (`Court documents show the company paid $3
/// million`, `Phone records show calls ... on 25 March 2015`, `Images from the rallies show many
/// events had crowds of a few hundred`, `the projected results indicated Rutte scored ... 33`,
/// `The tax return indicates the senator made $2 million`);
/// not inside a quotation, whose speaker says it (`"The documents show ... $5.3 million," Mr
/// Johnston wrote`), nor before another verb (`counted with the results expected between`).
pub(super) fn shows_data(ctx: &Context<'_>, i: usize, k: usize) -> bool {
    let s = ctx.sentence_of[k];
    let quoted = || {
        (0..k)
            .rev()
            .take_while(|&t| ctx.sentence_of[t] == s)
            .any(|t| ctx.is_punct(t, "\"\u{201c}\u{201d}"))
    };
    cues::data_noun(ctx.lower(k))
        || (matches!(
            ctx.lower(k),
            "records"
                | "documents"
                | "document"
                | "record"
                | "results"
                | "images"
                | "photos"
                | "pictures"
                | "footage"
                | "filings"
                | "website"
                // (a report or a finding of its own, singular: `The report shows Smith paid`)
                | "report"
                | "analysis"
                | "review"
                | "audit"
                | "assessment"
                | "investigation"
                | "findings"
        )
        // (a return only as a tax return: not `Investment returns show a 7 percent gain`)
        || matches!(ctx.lower(k), "return" | "returns")
            && k > 0
            && ctx.lower(k - 1) == "tax")
            && (words::finding_verb(ctx.lower(i))
                || matches!(ctx.lower(i), "indicated" | "suggested"))
            && !quoted()
}

/// A document or data noun right before `shows` at `i` is its subject when a name opens the
/// clause shown at `e` (`That document shows Trump declared $103 million`), where `shows` would
/// otherwise be read as a plural noun.
/// So is one before `also` (`The report also shows there have been ...`): the adverb makes
/// `shows` a verb whatever follows.
pub(super) fn shows_name(ctx: &Context<'_>, i: usize, e: usize) -> bool {
    i > 0 && shows_data(ctx, i, i - 1) && ctx.capitalized(e)
        || i > 1 && ctx.lower(i - 1) == "also" && shows_data(ctx, i, i - 2)
}

/// The start of the subject of the verb of finding at `i` (subject walk `j..v` in the sentence
/// opening at `ss`) when no speaker was `found` and a document noun heads it with no determiner
/// of its own (frames.md, "Documents and data as sources"): a demonstrative before it included
/// (`That document shows Trump declared ...`, `... 2005 federal tax return indicates he made
/// ...`); only a phrase opening the sentence or after a mark or a figure, not the tail of a
/// clause (`A close look at the change as shown in forex reserves data shows`).
pub(super) fn document_subject(
    ctx: &Context<'_>,
    (ss, i, j, v): (usize, usize, usize, usize),
    found: bool,
) -> Option<usize> {
    if found || j >= v || !shows_data(ctx, i, v - 1) {
        return None;
    }
    let d = if j > ss && matches!(ctx.lower(j - 1), "this" | "that" | "these" | "those") {
        j - 1
    } else {
        j
    };
    (d == ss || !ctx.is_word(d - 1)).then_some(d)
}

/// The source of the data noun at `i` (`poll`, `survey`, `study`, ...) in the sentence `ss..se`
/// when it closes the sentence as `in a/the [adjective] survey by/from X` (or `conducted
/// by X`), a name of at most ten words after it: the phrase from the determiner to the end, for
/// everything before `in`.
pub(super) fn survey_by(ctx: &Context<'_>, i: usize, (ss, se): (usize, usize)) -> Option<Source> {
    if !cues::data_noun(ctx.lower(i)) || i < ss + 4 {
        return None;
    }
    // `in the poll`, `in a monthly survey`
    let det = (i - 2..i)
        .rev()
        .find(|&k| matches!(ctx.lower(k), "a" | "an" | "the" | "its"))?;
    if ctx.lower(det - 1) != "in" || (det + 1..i).any(|k| !ctx.is_word(k) || ctx.capitalized(k)) {
        return None;
    }
    let mut by = i + 1;
    if matches!(
        ctx.lower(by),
        "conducted" | "carried" | "published" | "released"
    ) {
        by += 1 + usize::from(ctx.lower(by + 1) == "out");
    }
    // (not `of`: the people surveyed, `a survey of Americans`, or a room, `in the study of`)
    if !matches!(ctx.lower(by), "by" | "from") {
        return None;
    }
    // the name: capitalised words (and `of`, `the`, `for`, `and` inside), then the sentence end
    let mut e = by + 1 + usize::from(ctx.lower(by + 1) == "the");
    if !(ctx.is_word(e) && ctx.capitalized(e)) {
        return None;
    }
    while e < se
        && e < by + 12
        && ctx.is_word(e)
        && (ctx.capitalized(e) || matches!(ctx.lower(e), "of" | "the" | "for" | "and" | "on"))
    {
        e += 1;
    }
    let closes = (e..se).all(|k| ctx.is_punct(k, ".!\"\u{201d}"));
    let words_before = (ss..det - 1).filter(|&k| ctx.is_word(k)).count() >= 3;
    (closes && words_before).then(|| Source {
        attribution: attr(ctx, det, e),
        from: ss,
        to: det - 1,
        skip: (det - 1, det - 1),
        that: false,
        sentence: ctx.sentence_of[i],
    })
}

/// The verb at `i` (of putting or listing) has a report, data or record noun among the plain
/// words of its subject (`The latest Panelbase poll for the Sunday Times put support at 44
/// percent`, `Various estimates have put the project at $10 billion`, `German media reports put
/// the value at 3.7 million euros`, `Court records list 12 victims`): the document reports the
/// figure it puts at a value or lists (frames.md, "Documents and data as sources").
/// Auxiliaries and adverbs before the verb are skipped; the subject is at most eight words (or
/// figures: `A 2015 survey`) with no punctuation or clause word.
pub(super) fn data_puts(ctx: &Context<'_>, i: usize) -> bool {
    let s = ctx.sentence_of[i];
    let mut v = i;
    while v > 0
        && ctx.sentence_of[v - 1] == s
        && (words::speech_aux(ctx.lower(v - 1)) || ctx.lower(v - 1).ends_with("ly"))
    {
        v -= 1;
    }
    (v.saturating_sub(8)..v)
        .rev()
        .take_while(|&k| {
            ctx.sentence_of[k] == s
                && (ctx.is_word(k) || ctx.is_num(k))
                && !cues::clause_word(ctx.lower(k))
                && !matches!(
                    ctx.lower(k),
                    "that" | "which" | "who" | "and" | "but" | "or"
                )
        })
        .any(|k| cues::report_noun(ctx.lower(k)) || record_noun(ctx.lower(k)))
}

/// Documents of record that report what they list or show (`Court records list 12 victims`,
/// `The document shows Trump declared $103 million in losses`).
fn record_noun(w: &str) -> bool {
    matches!(
        w,
        "document" | "documents" | "record" | "records" | "filing" | "filings" | "returns"
    )
}

/// A verb of listing (`Court records list 12 victims`, `The report listed three examples`): it
/// reports only after a document ([`data_puts`]) and before a figure ([`lists_figure`]).
pub(super) fn list_verb(w: &str) -> bool {
    matches!(w, "list" | "lists" | "listed")
}

/// The verb of listing at `i` has a document for its subject ([`data_puts`]) and a figure right
/// after it, or after a determiner (`Court records list 12 victims`, `The report listed three
/// well-publicized examples`); not `listed as`, `listed on` (a status or a place).
pub(super) fn lists_figure(ctx: &Context<'_>, qs: &[RawQuantity], i: usize) -> bool {
    let figure = |k: usize| ctx.starts_number(k) || super::number_at(qs, k);
    list_verb(ctx.lower(i))
        && !ctx.capitalized(i)
        && (figure(i + 1) || words::determiner(ctx.lower(i + 1)) && figure(i + 2))
        && data_puts(ctx, i)
}

/// A bound opening a value at token `k`: `as high as`, `as low as`, `as many as`, `as much as`
/// (`some estimates put them as high as 7,000`): the token after it.
pub(super) fn bound_as(ctx: &Context<'_>, k: usize) -> Option<usize> {
    (ctx.lower(k) == "as"
        && matches!(ctx.lower(k + 1), "high" | "low" | "many" | "much")
        && ctx.lower(k + 2) == "as")
        .then_some(k + 3)
}
