//! The speaker labels of an interview printed as a transcript (`DW: What kind of effect will
//! Brexit have ...? Sam Lowe: Brexit is going to consume everything ... for the next two
//! years`): in a document whose interviewer is labelled by an outlet's name (`DW`, `Al Jazeera`) at a
//! sentence's start, a name and a colon opening a sentence, with no quote mark after it, says
//! what follows in its sentence (up to a question's mark). The sentences of an answer after
//! its first are left alone: run on up to the next question or label they took the
//! interviewer's unlabelled questions and the narrative after the interview too (session 34's
//! try: 3 wrong dev fills). Outside such a document a name before a
//! colon is a heading's (`Morbis Artis: Diseases of the Arts`, `Brexit: ...`) and says nothing.

use super::colon::label;
use super::{Source, attr};
use crate::scan::Context;

/// Labels of an interviewer: an outlet's name (a bare `Q:` is a label word, [`label`]).
fn interviewer(words: &[&str]) -> bool {
    matches!(words, ["dw"] | ["deutsche", "welle"] | ["al", "jazeera"])
}

/// Words of a credit, a heading or a list line before a colon, not a speaker's label.
fn heading(w: &str) -> bool {
    label(w)
        || matches!(
            w,
            "source"
                | "sources"
                | "author"
                | "editor"
                | "contributors"
                | "in"
                | "inside"
                | "interactive"
                | "opinion"
                | "profile"
                | "photos"
                | "pictures"
                | "results"
        )
}

/// The label opening the sentence at `ss` (ending before `se`): the colon's token, when one to
/// four capitalised words (a hyphen or a dot glued inside) run from `ss` to it.
fn label_at(ctx: &Context<'_>, ss: usize, se: usize) -> Option<usize> {
    let c = (ss + 1..(ss + 8).min(se)).find(|&k| ctx.is_punct(k, ":"))?;
    let words = (ss..c).filter(|&k| ctx.is_word(k)).count();
    let name = (ss..c).all(|k| {
        ctx.is_word(k) && ctx.capitalized(k)
            || k > ss && ctx.is_punct(k, ".-'\u{2019}") && ctx.glued(k)
            || ctx.lower(k) == "s" && k > ss && ctx.is_punct(k - 1, "'\u{2019}")
    });
    (name && (1..=4).contains(&words) && !(ss..c).any(|k| heading(ctx.lower(k)))).then_some(c)
}

/// Adds to `sources` (kept in sentence order) those of an interview's labelled answers and
/// questions (`DW: ...? Sam Lowe: Brexit is going to ...`).
pub(super) fn add_answers(ctx: &Context<'_>, sources: &mut Vec<Source>) {
    sources.extend(answers(ctx));
    sources.sort_by_key(|x| x.sentence);
}

/// Sources of an interview's labelled answers and questions (see the module's doc): one per
/// sentence they cover; none when the document has no interviewer's label.
fn answers(ctx: &Context<'_>) -> Vec<Source> {
    let n = ctx.lexemes.len();
    let mut sentences = Vec::new();
    let mut a = 0;
    for k in 1..=n {
        if k == n || ctx.sentence_of[k] != ctx.sentence_of[a] {
            sentences.push((a, k));
            a = k;
        }
    }
    let labels: Vec<Option<usize>> = sentences
        .iter()
        .map(|&(ss, se)| label_at(ctx, ss, se))
        .collect();
    let is_interview = sentences.iter().zip(&labels).any(|(&(ss, _), l)| {
        l.is_some_and(|c| {
            let words: Vec<&str> = (ss..c).map(|k| ctx.lower(k)).collect();
            interviewer(&words)
        })
    });
    let mut out = Vec::new();
    if !is_interview {
        return out;
    }
    // (a quote mark after the colon: the colon rule's)
    let quote = |k: usize| ctx.is_punct(k, "\"\u{201c}\u{201d}'\u{2018}\u{2019}");
    for (&(ss, se), l) in sentences.iter().zip(&labels) {
        let Some(c) = *l else { continue };
        let mut from = c + 1;
        while from < se && ctx.is_punct(from, "-") {
            from += 1;
        }
        if from >= se || quote(from) {
            continue;
        }
        // (up to a question's mark: the segmenter may run the next label's answer on after it,
        // `DW: What inspired you ...? Georg Korner:-Transit has been ...`)
        let to = (from..se)
            .find(|&k| ctx.is_punct(k, "?"))
            .map_or(se, |k| k + 1);
        out.push(Source {
            attribution: attr(ctx, ss, c),
            from,
            to,
            skip: (ss, from),
            that: false,
            sentence: ctx.sentence_of[ss],
        });
    }
    out
}
