//! An accusation reports what the accused is said to have done: `Amnesty International accused
//! the regime of hanging 13,000 at a prison`, `The CMA accused the firms of agreeing between
//! January 2013 and June 2016 ...`, `Finland accused Moscow last year of violating its airspace
//! when two Russian fighter jets flew ...`. The accuser is the source of what follows `of`; the
//! accused and the date of the accusing before `of` are not its content.

use super::{Source, attr, cues, is_function, time_word};
use crate::scan::Context;
use crate::words;

/// The `of` opening what the active accusing verb at `i` (`accused`, `accuses`, `accuse`; after
/// an object, not `was accused of`, `banks accused of misusing`) says was done, in the sentence
/// ending at `se`: the first `of` before a gerund (`of killing`, not the `of` inside `the leader
/// of the opposition`), else the first `of`, within 30 tokens and no clause punctuation but
/// commas (`accuses Gulen, a religious leader who lives in exile, of orchestrating`).
pub(super) fn accusation_of(ctx: &Context<'_>, i: usize, se: usize) -> Option<usize> {
    if !cues::accusing_verb(ctx.lower(i)) || ctx.capitalized(i) || i == 0 {
        return None;
    }
    let passive = matches!(
        ctx.lower(i - 1),
        "was"
            | "were"
            | "been"
            | "be"
            | "is"
            | "are"
            | "being"
            | "get"
            | "got"
            | "the"
            | "a"
            | "an"
    );
    if passive || !ctx.is_word(i + 1) || ctx.lower(i + 1) == "of" {
        return None;
    }
    let ofs = (i + 2..(i + 30).min(se))
        .take_while(|&k| !ctx.is_punct(k, ";:()\"\u{201c}\u{201d}"))
        .filter(|&k| ctx.lower(k) == "of" && k + 1 < se);
    let mut first = None;
    for k in ofs {
        let w = ctx.lower(k + 1);
        if w.len() > 4 && w.ends_with("ing") && !ctx.capitalized(k + 1) {
            return Some(k);
        }
        first = first.or(Some(k));
    }
    first
}

/// Where the content of an accusation starting at `after` ends, in the sentence ending at `se`:
/// at a contrasting clause of the writer's (`, but Selva's statement was the first ...`), a
/// semicolon, the document or setting the accusation was made in (`in a lawsuit filed in the
/// US on Thursday`, `in a statement on Monday`), or a seam where a headline accusing someone runs
/// into the body's first sentence (`N Korea accuses US and S Korea of murder-  Najib also said`,
/// `accuse state of extrajudicial killings The constant violence ...`), else `se`.
pub(super) fn accusation_end(ctx: &Context<'_>, after: usize, se: usize) -> usize {
    let document = |w: &str| {
        cues::setting_noun(w)
            || matches!(
                w,
                "lawsuit" | "suit" | "complaint" | "letter" | "filing" | "indictment" | "report"
            )
    };
    (after..se)
        .find(|&k| {
            let seam = k > after
                && ctx.is_word(k)
                && ctx.capitalized(k)
                // (not a month that is also a modal: `between May 2014 and June 2016`)
                && (ctx.is_word(k - 1)
                    && !ctx.capitalized(k - 1)
                    && is_function(ctx, k)
                    && !time_word(ctx, k)
                    || ctx.is_punct(k - 1, "-") && ctx.glued(k - 1) && !ctx.glued(k));
            seam || ctx.is_punct(k, ";")
                || ctx.is_punct(k, ",")
                    && matches!(
                        ctx.lower(k + 1),
                        "but" | "while" | "although" | "though" | "whereas" | "yet"
                    )
                || matches!(ctx.lower(k), "in" | "on")
                    && matches!(
                        ctx.lower(k + 1),
                        "a" | "an" | "the" | "its" | "his" | "her" | "their"
                    )
                    && (k + 2..(k + 5).min(se))
                        .take_while(|&t| ctx.is_word(t))
                        .any(|t| document(ctx.lower(t)))
        })
        .unwrap_or(se)
}

/// A passive accusation naming its accuser after `by` (`He has also been accused by former
/// members of Gaddafi's regime of accepting millions in cash towards his first presidential
/// campaign in 2007`, `Mr Sessions was accused by Democrats of lying under oath during his
/// confirmation hearing in January`): the accuser at `i + 2` up to the `of` before a gerund is the
/// source of what follows that `of`, up to the accusation's end; not of the accused before it
/// (`28-year-old Pte Dicks was accused by Watson of ...`). `i` is the verb, `ss..se` its sentence.
pub(super) fn passive_accuser(
    ctx: &Context<'_>,
    i: usize,
    (ss, se): (usize, usize),
) -> Option<Source> {
    let be = |k: usize| words::be_form(ctx.lower(k));
    let passive =
        i > ss && be(i - 1) || i > ss + 1 && ctx.lower(i - 1).ends_with("ly") && be(i - 2);
    if !cues::accusing_verb(ctx.lower(i)) || !passive || ctx.lower(i + 1) != "by" {
        return None;
    }
    let a = i + 2;
    let of = (a + 1..(a + 16).min(se))
        .take_while(|&k| !ctx.is_punct(k, ",;:()\"\u{201c}\u{201d}"))
        .find(|&k| {
            ctx.lower(k) == "of"
                && ctx.is_word(k + 1)
                && !ctx.capitalized(k + 1)
                && ctx.lower(k + 1).ends_with("ing")
        })?;
    Some(Source {
        attribution: attr(ctx, a, of),
        from: of + 1,
        to: accusation_end(ctx, of + 1, se),
        skip: (i, of + 1),
        that: false,
        sentence: ctx.sentence_of[i],
    })
}
