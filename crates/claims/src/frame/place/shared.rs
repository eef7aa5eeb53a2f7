//! Figures of a subjectless clause that restate or part the host clause's figure take that
//! figure's place (issue 14, session 34; the claims README tells what each changed on the real
//! corpus).
//!
//! - A change after a comma, `up`/`down` and a figure (`China's exports to Switzerland reached
//!   9.85 billion yuan, up 5.6 percent`, `Net migration to the UK has dropped to 273,000, down
//!   49,000 from the previous year`): a verbless clause, as the guidelines' `with` clause, whose
//!   figure is a change of the figure it follows; it lies where that figure does.
//! - An appositive naming members of the host's counted noun (the session 33 ruling: `closed three
//!   plants, one run by BRF and two run by Grupo Peccin`, `killed 40 people, 12 of them
//!   children`): the members are among the counted things, where they are.
//!
//! The host figure is the last count, percentage, fraction or sum before the comma, in the clause
//! the comma closes; its place is read as for any figure (`frame.rs`), so a host with no place
//! gives none. Used only when the figure's own clause names no place.

use crate::frame::cues;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;

/// A word that makes a clause one of its own: a finite verb (`were injured`, `has`), so the
/// clause is no verbless change or appositive.
fn finite(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "said" | "says"
    )
}

/// Pronouns after `of` in a member appositive (`12 of them`, `three of whom`).
fn members_pronoun(w: &str) -> bool {
    matches!(w, "them" | "whom" | "those" | "these" | "which")
}

/// A past participle opening a reduced relative on the members (`one run by BRF`, `two held in
/// custody`, `20 owned by the state`): a word in `-ed` or an irregular past (`run` besides).
fn participle(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed") || cues::irregular_past(w) || matches!(w, "run" | "built")
}

/// The index in `qs` of the host figure whose place `qs[qi]` shares (see the module doc), when
/// `qs[qi]` is a change or a member appositive after a comma; `None` otherwise.
pub(crate) fn shared_figure(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
) -> Option<usize> {
    let q = &qs[qi];
    let s = ctx.sentence_of[q.start];
    let c = clause[q.start];
    // the first token of the figure's clause, within its sentence, at most 12 tokens back
    let k0 = (q.start.saturating_sub(12)..=q.start)
        .rev()
        .take_while(|&k| clause[k] == c && ctx.sentence_of[k] == s)
        .last()?;
    let comma = k0.checked_sub(1).filter(|&k| ctx.is_punct(k, ","))?;
    // (the clause has no finite verb of its own: `, up 3 percent`, not `, 300 were injured`)
    let own_verb = (k0..(q.end + 12).min(clause.len()))
        .take_while(|&k| clause[k] == c && ctx.sentence_of[k] == s)
        .any(|k| finite(ctx.lower(k)));
    if own_verb {
        return None;
    }
    let change = matches!(ctx.lower(k0), "up" | "down")
        && (q.start == k0 + 1
            || q.start == k0 + 2 && matches!(ctx.lower(k0 + 1), "by" | "from" | "to"));
    let member = |start: usize, end: usize| {
        ctx.starts_number(start)
            && (ctx.lower(end) == "of" && members_pronoun(ctx.lower(end + 1))
                || ctx.is_word(end) && !ctx.capitalized(end) && participle(ctx.lower(end)))
    };
    // (a later member after `and`: `one run by BRF and two run by Grupo Peccin`)
    let first = qs[..qi]
        .iter()
        .rev()
        .take_while(|p| p.start >= k0)
        .last()
        .filter(|p| p.start == k0);
    let appositive = q.kind == QuantityKind::Count
        && match first {
            Some(p) => {
                member(p.start, p.end)
                    && member(q.start, q.end)
                    && ctx.lower(q.start.wrapping_sub(1)) == "and"
            }
            None => q.start == k0 && member(q.start, q.end),
        };
    if !change && !appositive {
        return None;
    }
    // the host figure: the last figure before the comma, in the clause the comma closes
    // (session 38: over a parenthesis of conversions closing right before the comma, the figure
    // they restate, `stood at $161.7 billion (154.86 billion euros; 132.08 billion), up 55.3
    // percent`; see [`before_parenthesis`])
    let before = before_parenthesis(ctx, comma).unwrap_or(comma);
    let host = clause[before - 1];
    let h = qs[..qi].iter().rposition(|p| {
        p.end <= comma
            && matches!(
                p.kind,
                QuantityKind::Count
                    | QuantityKind::Percent
                    | QuantityKind::Fraction
                    | QuantityKind::Money
            )
    })?;
    let h = if before < comma {
        crate::frame::equivalent_of(ctx, qs, h)
    } else {
        h
    };
    let p = &qs[h];
    // (a member's host is a count: `closed three plants, one run by BRF`)
    let kind_fits = !appositive || change || p.kind == QuantityKind::Count;
    (ctx.sentence_of[p.start] == s && clause[p.start] == host && kind_fits).then_some(h)
}

/// The `(` of a parenthesis that closes right before the comma at token `comma` and opens at
/// most 24 tokens back in its sentence, right after a figure's last token (`$161.7 billion
/// (154.86 billion euros; 132.08 billion),`); `None` otherwise. The caller reads the host
/// clause before it, where the figure the parenthesis restates stands.
fn before_parenthesis(ctx: &Context<'_>, comma: usize) -> Option<usize> {
    let close = comma.checked_sub(1).filter(|&k| ctx.is_punct(k, ")"))?;
    let s = ctx.sentence_of[close];
    let open = (close.saturating_sub(24)..close)
        .rev()
        .take_while(|&k| ctx.sentence_of[k] == s && !ctx.is_punct(k, ")"))
        .find(|&k| ctx.is_punct(k, "("))?;
    (open > 0).then_some(open)
}
