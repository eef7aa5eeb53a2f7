//! Repair 75 (issue 17, session 22, round 2): a team sheet or another list of people by their
//! surnames (`Replacements: Hale, Brook, Orrin, Tate, Vance.`, `J Hale, M Brook, D Orrin, ...`),
//! which the tagger reads item by item and calls a place, a nationality or a company as often as
//! a person. Written from the team sheets of `indep13-bbc`'s rugby reports; the cues are the
//! list's layout, no names.
//!
//! 75. A list of five items or more, each one capitalised name word or an initial and one,
//!     separated by commas (and one `and` or a lower-case word such as `capt` between two
//!     commas), is a list of PERSONs, each item one with its initial, when it follows a colon
//!     or holds initials, the items read as people (a PERSON, or an initial) are two or more
//!     and more than those read as organisations or places, and at most one item is a place
//!     of the gazetteer (`Stops: Paris, Lyon, Nice, ...` is no roster). A nationality adjective
//!     in it stays as it is.

use reckon_text::TokenKind;

use super::{Local, Sentence, put};
use crate::Label;
use crate::hash::hash_bytes;

/// The fewest items of a roster.
const MIN_ITEMS: usize = 5;

/// The most items read (a longer list is read in pieces of this size).
const MAX_ITEMS: usize = 32;

/// Rule 75: `Replacements: Hale, Brook, Orrin, Tate, Vance.`
pub(super) fn rosters(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    // The cheap test first: commas enough for a roster.
    let commas = s
        .toks
        .iter()
        .filter(|t| t.kind == TokenKind::Punct && t.span.end == t.span.start + 1)
        .filter(|t| s.text.as_bytes()[t.span.start as usize] == b',')
        .count();
    if commas < MIN_ITEMS - 1 {
        return;
    }
    let and = hash_bytes(b"and");
    let comma = |i: usize| i < n && s.word(i) == ",";
    // An initial: one capital letter, perhaps with its stop (`C`, `C.`).
    let initial = |i: usize| {
        let w = s.word(i);
        let w = w.strip_suffix('.').unwrap_or(w);
        w.len() == 1 && w.bytes().all(|c| c.is_ascii_uppercase())
    };
    // The item starting at `i`: its end and whether it has an initial.
    let item = |i: usize| -> Option<(usize, bool)> {
        if i + 1 < n && initial(i) && s.name_word(i + 1) && !s.name_word(i + 2) {
            return Some((i + 2, true));
        }
        (s.name_word(i) && !s.name_word(i + 1) && !initial(i)).then_some((i + 1, false))
    };
    let mut i = 0;
    let mut items: Vec<(usize, usize, bool)> = Vec::with_capacity(MAX_ITEMS);
    while i < n {
        let Some((e, init)) = item(i).filter(|_| i == 0 || !s.name_word(i - 1)) else {
            i += 1;
            continue;
        };
        items.clear();
        items.push((i, e, init));
        let start = i;
        let mut j = e;
        while items.len() < MAX_ITEMS {
            // `, X`, `and X`, `, and X`, or `, capt, X`.
            let mut k = j;
            if comma(k) {
                k += 1;
                if k + 1 < n && s.infos[k].lower_initial && comma(k + 1) && s.infos[k].lower != and
                {
                    k += 2;
                }
            }
            if k < n && s.infos[k].lower == and {
                k += 1;
            }
            if k == j {
                break;
            }
            let Some((f, init)) = item(k) else {
                break;
            };
            items.push((k, f, init));
            j = f;
        }
        i = j.max(i + 1);
        if items.len() < MIN_ITEMS {
            continue;
        }
        let colon = start > 0 && s.word(start - 1) == ":";
        let initials = items.iter().filter(|m| m.2).count();
        let label_of = |a: usize, b: usize| spans.iter().find(|m| m.0 < b && m.1 > a).map(|m| m.2);
        let people = items
            .iter()
            .filter(|&&(a, b, init)| init || label_of(a, b) == Some(Label::Person))
            .count();
        let others = items
            .iter()
            .filter(|&&(a, b, init)| {
                !init
                    && matches!(
                        label_of(a, b),
                        Some(Label::Org | Label::Gpe | Label::Loc | Label::Fac)
                    )
            })
            .count();
        let places = items
            .iter()
            .filter(|&&(_, b, _)| s.gazetteer(b - 1, b).is_some())
            .count();
        if !(colon || initials >= 2) || people < 2 || people <= others || places > 1 {
            continue;
        }
        for &(a, b, _) in &items {
            if s.nationality(b - 1, b) {
                continue;
            }
            if !spans.contains(&(a, b, Label::Person)) {
                put(s, spans, (a, b, Label::Person));
            }
        }
    }
}
