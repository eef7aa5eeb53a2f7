//! Sources of a description: the subject of `described as` after `what` (`what authorities
//! described as a 90-minute spree`: the authorities say what follows `as`), and a passive set
//! off by `as` (`a 10 percent increase as previously described by the White House`: the source
//! after `by` says the clause before, or, fronted, the sentence after: `As reported by AFP, ...`).

use super::inverted::inverted_phrase;
use super::subject::subject_before;
use super::{Source, attr, cues, speaker};
use crate::scan::{Context, RawQuantity};
use crate::words;

/// The first token of the clause holding token `k` (at or after the sentence start `ss`).
fn clause_start(clause: &[u32], ss: usize, k: usize) -> usize {
    let mut a = k;
    while a > ss && clause[a - 1] == clause[k] {
        a -= 1;
    }
    a
}

/// The source of the describing verb at `i` after `what ... ` (`what authorities described as`,
/// `what the Pentagon called a ...`) in the sentence `ss..se`: what follows `as` (or the verb) up
/// to the end of its clause is theirs.
pub(super) fn what_described(
    ctx: &Context<'_>,
    clause: &[u32],
    i: usize,
    (ss, se): (usize, usize),
) -> Option<Source> {
    let w = ctx.lower(i);
    if !cues::describing_verb(w) || ctx.capitalized(i) || i < ss + 2 {
        return None;
    }
    // (`described` only with its `as`; `called a`, `dubbed the`: not `called for`, `called on`)
    let after = if ctx.lower(i + 1) == "as" {
        i + 2
    } else if w != "described" && (words::determiner(ctx.lower(i + 1)) || ctx.starts_number(i + 1))
    {
        i + 1
    } else {
        return None;
    };
    let mut v = i;
    while v > ss + 1 && words::speech_aux(ctx.lower(v - 1)) {
        v -= 1;
    }
    let (mut j, det) = subject_before(ctx, v);
    // (`what a UN spokesperson described as`)
    if j > ss + 1 && matches!(ctx.lower(j - 1), "a" | "an") {
        j -= 1;
    }
    if j <= ss || j >= v || ctx.lower(j - 1) != "what" || !speaker(ctx, j, v, det) {
        return None;
    }
    let end = (after..se)
        .find(|&k| clause[k] != clause[after])
        .unwrap_or(se);
    (after < end).then(|| Source {
        attribution: attr(ctx, j, v),
        from: after,
        to: end,
        skip: (after, after),
        that: false,
        sentence: ctx.sentence_of[i],
    })
}

/// The source of a passive reporting verb at `i` set off by `as` (`as previously described by
/// the White House`, `, as reported by AFP news agency`) in the sentence `ss..se`: its phrase
/// after `by` says the clause before `as`, or, when `as` opens the sentence, the rest of it.
pub(super) fn as_passive(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    i: usize,
    (ss, se): (usize, usize),
) -> Option<Source> {
    if !cues::as_passive_verb(ctx.lower(i)) || ctx.lower(i + 1) != "by" || i <= ss {
        return None;
    }
    let mut a = i - 1;
    // (an adverb between: `as previously described`, `as first reported`)
    let adverb = |w: &str| w.ends_with("ly") || words::speech_aux(w) || w == "first";
    if a > ss && adverb(ctx.lower(a)) {
        a -= 1;
    }
    if ctx.lower(a) != "as" {
        return None;
    }
    let k = inverted_phrase(ctx, qs, i + 2, se)?;
    let (from, to) = if a == ss {
        // `As reported by AFP, 30 people ...`: the sentence after its comma
        (k, se)
    } else {
        // `..., as reported by AFP`: the clause before its comma or dash
        let mut b = a;
        while b > ss && ctx.is_punct(b - 1, ",-\u{2013}\u{2014}") {
            b -= 1;
        }
        if b == ss {
            return None;
        }
        (clause_start(clause, ss, b - 1), b)
    };
    Some(Source {
        attribution: attr(ctx, i + 2, k),
        from,
        to,
        skip: (a, k),
        that: false,
        sentence: ctx.sentence_of[i],
    })
}
