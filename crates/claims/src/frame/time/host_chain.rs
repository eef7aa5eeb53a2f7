//! The clauses a comma's adjunct clause goes on from (issue 14, session 35, round time36).

use crate::scan::Context;

/// At most this many adjunct chunks are passed over on the way back to the host clause.
const HOPS: usize = 2;

/// The clause ids, nearest first, that the adjunct clause opening at token `cs` (after a comma)
/// goes on from: the clause right before the comma, then, past a comma's chunk that is itself an
/// adjunct of the clause before it, that clause (`Its sales in 2015 reached 243.7 billion yuan,
/// up over 8 percent year-on-year, earning a profit of 16.3 billion yuan`, `Record bleaching hit
/// the reef system in 2016, for the third year in a row, killing more than 65 percent of the
/// coral`, `fell by $41 billion in December to $3.01 trillion, the lowest level since March
/// 2011, almost hitting the $3 trillion line`). An adjunct chunk is one a change (`up`,
/// `down`), `for`, `with`, `compared`, a superlative's `the` (an appositive record, `the lowest level since ...`)
/// or a participle opens; a chunk with a verb of its own (`the company said`) ends the walk.
/// The caller reads each clause in turn and stops at the first with a date.
pub(super) fn host_chain(ctx: &Context<'_>, clause: &[u32], cs: usize) -> Vec<u32> {
    let mut out = Vec::with_capacity(HOPS + 1);
    let Some(mut end) = cs.checked_sub(2) else {
        return out;
    };
    out.push(clause[end]);
    for _ in 0..HOPS {
        let hc = clause[end];
        let start = (end.saturating_sub(30)..=end)
            .rev()
            .take_while(|&k| clause[k] == hc)
            .last()
            .unwrap_or(end);
        if start < 2 || !ctx.is_punct(start - 1, ",") || !adjunct(ctx, start, end + 1) {
            break;
        }
        end = start - 2;
        out.push(clause[end]);
    }
    out
}

/// True when the chunk `a..b` (after a comma) adds to the clause before it rather than saying
/// something of its own: see [`host_chain`].
fn adjunct(ctx: &Context<'_>, a: usize, b: usize) -> bool {
    let w = ctx.lower(a);
    let opener = matches!(w, "up" | "down" | "for" | "with" | "compared")
        || w == "the" && superlative(ctx.lower(a + 1))
        || w.len() > 5 && w.ends_with("ing") && !ctx.capitalized(a);
    let finite = (a + 1..b).any(|k| {
        let v = ctx.lower(k);
        matches!(
            v,
            "is" | "was" | "are" | "were" | "has" | "had" | "have" | "said" | "says" | "will"
        ) || ctx.is_punct(k, "\"\u{201c}\u{201d}")
    });
    opener && !finite
}

/// A superlative adjective (`lowest`, `biggest`, `highest`), as an appositive record opens.
fn superlative(w: &str) -> bool {
    w.len() > 4 && w.ends_with("est") && !matches!(w, "latest" | "interest" | "request" | "protest")
}

/// True when the date at token `d` is an earlier value's (`from 2012`, `from the previous month`,
/// `from 36 in 2012`), not the date of the clause it stands in; not `withdrew from the 2016
/// season`.
pub(super) fn earlier_value(ctx: &Context<'_>, d: usize) -> bool {
    let w = |k: usize| ctx.lower(d.wrapping_sub(k));
    w(1) == "from"
        || w(2) == "from"
            && w(1) == "the"
            && matches!(ctx.lower(d), "previous" | "prior" | "preceding" | "same")
        || w(3) == "from" && ctx.is_num(d.wrapping_sub(2)) && matches!(w(1), "in" | "at")
}
