//! The predicate a subject resumes after a parenthesis between commas: `Several dozen
//! terrorists, including 19 field commanders, were killed in an airstrike on February 28`.

use crate::scan::{Context, RawQuantity};

/// Words that open a finite predicate right after a comma (auxiliaries and modals).
fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
    )
}

/// Token `k` opens a finite predicate: an auxiliary, or a lower-case past tense (`occurred`,
/// `reached`).
fn predicate_word(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    ctx.is_word(k) && !ctx.capitalized(k) && (auxiliary(w) || w.len() >= 4 && w.ends_with("ed"))
}

/// The clause of the predicate that the subject holding figure `q` resumes after a
/// parenthesis between commas (`N X, including ..., were killed ...`, `Some 180,000 refugees,
/// most of them from Libya, landed in Italy last year`); `None` otherwise. The subject opens the
/// sentence (or follows `first`, the sentence's first token past an opening `According to X,`)
/// and has no predicate word of its own; each stretch is short (16 tokens).
pub(super) fn resumed_predicate(
    ctx: &Context<'_>,
    clause: &[u32],
    q: &RawQuantity,
    first: usize,
) -> Option<u32> {
    let n = clause.len();
    let s = ctx.sentence_of[q.start];
    let c = clause[q.start];
    let cs = (q.start.saturating_sub(16)..q.start)
        .rev()
        .take_while(|&k| clause[k] == c)
        .last()
        .unwrap_or(q.start);
    let e = (q.end..(q.end + 16).min(n)).find(|&k| clause[k] != c)?;
    // (a short chunk, with no run-in headline: `... releases 127 prisoners The conflict in
    // Darfur, ...`)
    if !ctx.is_punct(e, ",")
        || e - cs > 12
        || (cs..e).any(|k| predicate_word(ctx, k))
        || (q.end..e).any(|k| matches!(ctx.surface(k), "The" | "A" | "An"))
    {
        return None;
    }
    // (the subject only: a figure inside the parenthesis is judged on its own chunk, `, including
    // 19 field commanders,`, `, comprising 450 housing units,`)
    if cs != first {
        return None;
    }
    // the predicate: the chunk after the parenthesis
    let next = e + 1;
    if ctx.sentence_of.get(next) != Some(&s) {
        return None;
    }
    let x = clause[next];
    let e2 = (next..(next + 16).min(n)).find(|&k| clause[k] != x)?;
    let p = e2 + 1;
    (ctx.is_punct(e2, ",") && ctx.sentence_of.get(p) == Some(&s) && predicate_word(ctx, p))
        .then(|| clause[p])
}
