//! A later member of a list of counts shares the place of the list's first member (issue 14,
//! session 32): `Queensland authorities have closed 102 schools, 81 early childhood centres and
//! two ports`, `Turkey filed 97 permit requests for dairy products, 52 for fish, 43 for
//! poultry`. The comma before a later member parts the clause rule's clauses, so the member's own
//! clause names no place, though the list is one object of one verb and its members lie where
//! the first does.
//!
//! A member is a count, percentage, fraction or sum that opens its clause right after a comma
//! (or after `, and`/`, or`, or follows a plain `and` as the last member), whose clause names no
//! capitalised word (a place of its own the recogniser missed: `..., 9.1% at Copenhagen
//! Airport`), and whose previous member ends the
//! stretch before that comma with a short lower-case noun phrase (`schools`, `of imports`, `for
//! dairy products`): one to six words, no capitalised word (`Russia has 7,000 warheads and the
//! United States, 6,800`), no verb of a clause of its own. A member whose own clause has a
//! finite verb is a clause of its own (`the toll has climbed to 74, more than 300 people were
//! injured`, `..., and 12 were added to the list`) and keeps the clause rule's answer.

use crate::frame::cues;
use crate::frame::sources::is_function;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;

/// Words of a member's noun phrase that are function words yet keep the phrase one noun phrase
/// (`$600 billion of inbound investments`, `97 permit requests for dairy products`, `52 for fish
/// and seafood`).
fn phrase_function(w: &str) -> bool {
    matches!(w, "of" | "for" | "in" | "on" | "from" | "and")
}

/// The index in `qs` of the first member of the list whose later member is `qs[qi]`, when it is
/// one (see the module doc); `None` otherwise.
pub(crate) fn list_head(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
) -> Option<usize> {
    let mut i = qi;
    // (up to five members back: `97 ..., 52 ..., 43 ..., 40 ..., 31 ... and 12 ...`)
    for _ in 0..5 {
        let q = &qs[i];
        let s = ctx.sentence_of[q.start];
        let opens = |k: usize| k > 0 && ctx.is_punct(k - 1, ",") && ctx.sentence_of[k - 1] == s;
        let and = |k: usize| k > 0 && matches!(ctx.lower(k - 1), "and" | "or");
        // (the separator before the member: a comma, `, and`, or a plain `and` before the last)
        let comma = if opens(q.start) {
            q.start - 1
        } else if and(q.start) && opens(q.start - 1) {
            q.start - 2
        } else if and(q.start) {
            q.start - 1
        } else {
            break;
        };
        let prev = i.checked_sub(1)?;
        let p = &qs[prev];
        let listed = matches!(
            p.kind,
            QuantityKind::Count
                | QuantityKind::Percent
                | QuantityKind::Fraction
                | QuantityKind::Money
        );
        if !listed || p.end >= comma || ctx.sentence_of[p.start] != s {
            return None;
        }
        // (the previous member's noun phrase: lower-case words up to the comma)
        let words = comma - p.end;
        let phrase = (p.end..comma).all(|k| {
            ctx.is_word(k)
                && !ctx.capitalized(k)
                && (!is_function(ctx, k) || phrase_function(ctx.lower(k)))
                && !verb_like(ctx.lower(k))
        });
        if !phrase || words > 6 {
            return None;
        }
        // (the member's own clause names nothing capitalised and has no verb of its own:
        // `74, more than 300 people were injured`, `..., and 12 were added`)
        let c = clause[q.start];
        let own = (q.end..clause.len())
            .take_while(|&k| clause[k] == c && ctx.sentence_of[k] == s)
            .any(|k| ctx.is_word(k) && (ctx.capitalized(k) || finite(ctx.lower(k))));
        if own {
            return None;
        }
        i = prev;
    }
    (i != qi).then_some(i)
}

/// A word that is most likely a finite verb (`were injured`, `brought`, `sources said`).
fn finite(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "be"
            | "been"
            | "will"
            | "would"
            | "said"
            | "says"
            | "say"
    ) || w.len() > 4 && w.ends_with("ed")
        || cues::irregular_past(w)
}

/// A word that is most likely a verb or a participle opening a clause of its own (`accounts
/// was accessed`, `plants cited in the investigation`, `protests took place`).
fn verb_like(w: &str) -> bool {
    finite(w) || w.len() > 4 && w.ends_with("ing")
}
