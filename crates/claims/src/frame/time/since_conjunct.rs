//! A `since` window of a later coordinated predicate is that predicate's, not the figure's
//! (issue 14, session 26b; the claims README tells what it changed on the real corpus).
//!
//! The class, from the real corpus: a figure in a predicate that holds now, not over a stretch
//! (`is home to about 75,000 people`, `I was homeless for three years`, `now accounted for 19%
//! of UK households`), coordinated by `and` with a perfect predicate that a `since` date closes
//! (`and has been under a government siege since 2013`, `and hadn't had a passport since 2002`,
//! `and had doubled in size since 2002`). The perfect is what a `since` window measures; the
//! figure's own predicate, with no perfect, does not run over it. A figure in a perfect of its
//! own shares the window (`have been killed and hundreds of thousands have been displaced since
//! 2011`, `has been elected head seven times and has held the job since 1988`).

use crate::scan::{Context, RawQuantity};
use crate::words;

/// True when the date at token `d` follows a `since` that a later conjunct (`and` then, within
/// a few words, a perfect auxiliary: `and has been`, `and the country had doubled`) opens
/// between figure `q` and the date, and the figure's own clause up to that `and` has no perfect.
pub(super) fn since_of_later_conjunct(
    ctx: &Context<'_>,
    clause: &[u32],
    q: &RawQuantity,
    d: usize,
) -> bool {
    if d < 2 || d <= q.end || ctx.lower(d - 1) != "since" {
        return false;
    }
    let Some(and) = (q.end..d - 1).find(|&k| ctx.lower(k) == "and") else {
        return false;
    };
    let later = (and + 1..(and + 5).min(d - 1)).any(|k| perfect_at(ctx, k));
    // the figure's own predicate: from its clause's start up to the `and` (`Some 10,000
    // people have been killed and ...`)
    let c = clause[q.start];
    let own = (q.start.saturating_sub(30)..and)
        .filter(|&k| clause[k] == c && ctx.sentence_of[k] == ctx.sentence_of[q.start])
        .any(|k| perfect_at(ctx, k));
    later && !own
}

/// A perfect auxiliary at token `k` followed (past an adverb or a negation) by a past
/// participle: `has been`, `had doubled`, `hadn't had`, `have already seized`.
fn perfect_at(ctx: &Context<'_>, k: usize) -> bool {
    let aux = matches!(
        ctx.lower(k),
        "has" | "have" | "had" | "hasn" | "haven" | "hadn" | "'ve" | "'d"
    ) || ["hasn", "haven", "hadn"].iter().any(|a| {
        ctx.lower(k)
            .strip_prefix(a)
            .is_some_and(|r| matches!(r, "'t" | "\u{2019}t"))
    });
    aux && (k + 1..k + 4).any(|t| {
        let w = ctx.lower(t);
        matches!(w, "been" | "had")
            || w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
            || words::irregular_past_verb(w)
    })
}
