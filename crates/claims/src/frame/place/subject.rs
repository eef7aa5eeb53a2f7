//! A subject's place across an apposition (issue 14, session 24; the claims README tells what
//! the rule changed on the real corpus).
//!
//! A subject that names its place last (`Unemployment rate in Serbia`, `Economic growth in
//! France`, `an attack on used-car dealers in the Habibya area of Sadr City`) is often followed
//! by an apposition to that place between commas (`, a country of 7.2 million,`, `, the
//! eurozone's second-largest economy,`, `, a suburb in the north of the Iraqi capital,`) before
//! the predicate that holds the figure (`was 19.7% in 2016`, `slowed to just 0.2%`, `left 18
//! dead`). The commas set the apposition apart, not the subject from its predicate: the
//! figure's clause is the subject's, and so is the place.
//!
//! Also here: a count of a country's states or provinces ([`subdivisions`]: `all three states
//! have decried the threat Moscow poses`) is a count of places, which the caller's
//! count-of-countries rule gives no place after it but a region holding them.

use crate::frame::cues;
use crate::scan::{Context, RawQuantity};

/// Tokens walked back from the figure to the start of its clause, and over the apposition.
const MAX_WALK: usize = 16;

/// Finite verbs that open a predicate, and reporting verbs that make a comma chunk a saying's
/// (`, the minister said,`): none may stand in the subject or the apposition.
fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would" | "could"
    )
}

fn reporting(w: &str) -> bool {
    matches!(w, "said" | "says" | "told" | "reported" | "added")
}

/// The first token of the clause holding token `k` (at most [`MAX_WALK`] tokens back, in its
/// sentence).
fn clause_start(ctx: &Context<'_>, clause: &[u32], k: usize) -> usize {
    let s = ctx.sentence_of[k];
    let mut a = k;
    while a > 0 && k - a < MAX_WALK && clause[a - 1] == clause[k] && ctx.sentence_of[a - 1] == s {
        a -= 1;
    }
    a
}

/// The comma that closes the subject of the figure `q` when an apposition parts that subject
/// from the figure's predicate (see the module documentation): the figure's clause opens right
/// after a comma with a finite verb (an auxiliary or a past tense) at most eight tokens before
/// the figure, and no word of a rank; the comma chunk before it opens with `a`, `an` or `the`
/// and holds no finite or reporting verb; and the chunk before that (the subject) holds none
/// either.
pub(crate) fn interrupted_subject(
    ctx: &Context<'_>,
    clause: &[u32],
    q: &RawQuantity,
) -> Option<usize> {
    let cs = clause_start(ctx, clause, q.start);
    if cs < 4 || q.start - cs > 8 || !ctx.is_punct(cs - 1, ",") {
        return None;
    }
    let w = ctx.lower(cs);
    let verb = ctx.is_word(cs)
        && !ctx.capitalized(cs)
        && (auxiliary(w) || w.len() > 4 && w.ends_with("ed") || cues::irregular_past(w));
    // (not a rank: `Yemen, a country hit hard by civil war, was also ranked in the bottom ten`
    // ranks the subject, a place of nothing)
    let rank = (cs..q.start).any(|k| {
        matches!(
            ctx.lower(k),
            "ranked" | "ranks" | "rank" | "top" | "bottom" | "placed" | "number"
        )
    });
    if !verb || rank {
        return None;
    }
    // the apposition
    let a = clause_start(ctx, clause, cs - 2);
    let finite = |k: usize| {
        let w = ctx.lower(k);
        auxiliary(w) || reporting(w)
    };
    if a < 2
        || !ctx.is_punct(a - 1, ",")
        || !matches!(ctx.lower(a), "a" | "an" | "the")
        || ctx.sentence_of[a - 1] != ctx.sentence_of[cs]
        || (a..cs - 1).any(finite)
    {
        return None;
    }
    // the subject
    let b = clause_start(ctx, clause, a - 2);
    if (b..a - 1).any(|k| finite(k) || ctx.lower(k).ends_with("ed") && !ctx.glued(k + 1)) {
        return None;
    }
    Some(a - 1)
}

/// True when the place named at token `t` ends the subject closed by the comma at token `comma`
/// ([`interrupted_subject`]): its name runs up to the comma (`in Serbia,`, `of Sadr City,`).
pub(crate) fn ends_subject(ctx: &Context<'_>, t: usize, comma: usize) -> bool {
    t < comma
        && comma - t <= 6
        && (t..comma)
            .all(|k| ctx.is_word(k) && ctx.capitalized(k) || ctx.is_punct(k, ".") && ctx.glued(k))
}

/// True when token `k` is a plural noun of a country's parts in lower case (`states`,
/// `provinces`: not `the United States`, nor the verb of `The 33-page document states`, which
/// has no count before it in the caller's window, but a capital is excluded here).
pub(crate) fn subdivisions(ctx: &Context<'_>, k: usize) -> bool {
    matches!(ctx.lower(k), "states" | "provinces") && ctx.is_word(k) && !ctx.capitalized(k)
}
