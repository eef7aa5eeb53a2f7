//! Repairs 1d and 6d (issue 17, session 31): a committee's name keeps the chamber or the words
//! before it that the tagger read with it.
//!
//! 1d. Rule 1c's body before a member's title takes the ORG of name words that ends right before
//!     it (`Senate` + `Foreign Relations Committee Chairman Bob Corker`), or one name word and
//!     `and` that open no longer name (`Ways and` + `Means Committee Chairman Kevin Brady`).
//! 6d. When rule 6 puts an ORG over a name and the tagger's ORG opens before it and ends inside
//!     it, the ORG keeps the tagger's capitalised words before the name: a chamber's `House` is
//!     a stop word, no name word (`the House Permanent Select Committee on Intelligence`, `the
//!     House of Representatives Permanent Select Committee`).

use super::{Local, Sentence};
use crate::Label;

/// Rule 1c's body name before a member's title, starting at `pa`, taken further back over the
/// chamber or the house it belongs to: an ORG mention of name words ending right before it
/// (`Senate` + `Foreign Relations Committee Chairman Bob Corker`), or one name word (untagged or
/// a mention of its own) and `and` that open no longer name (`Ways and` + `Means Committee
/// Chairman Kevin Brady`).
/// `out` holds the mentions already repaired, `spans` those still to come.
pub(super) fn body_start(s: &Sentence, spans: &[Local], out: &[Local], pa: usize) -> usize {
    let infos = s.infos;
    let and = crate::hash::hash_bytes(b"and");
    // (A word the tagger read alone, as `Ways` PERSON, is no name of its own before `and`.)
    let held = |x: usize| {
        spans
            .iter()
            .chain(out)
            .any(|m| m.0 <= x && m.1 > x && (m.0, m.1) != (x, x + 1))
    };
    if let Some(m) = out
        .iter()
        .find(|m| m.1 == pa && m.2 == Label::Org && (m.0..m.1).all(|x| s.name_word(x)))
    {
        return m.0;
    }
    if pa >= 2
        && infos[pa - 1].lower == and
        && s.name_word(pa - 2)
        && !held(pa - 2)
        && (pa == 2 || !s.name_word(pa - 3))
        && !s.lex.is_org_head(infos[pa - 2].lower)
        && s.gazetteer(pa - 2, pa - 1).is_none()
    {
        return pa - 2;
    }
    pa
}

/// Rule 6d (see the module documentation): where rule 6's ORG over tokens `a..b` starts.
pub(super) fn chamber_start(s: &Sentence, spans: &[Local], a: usize, b: usize) -> usize {
    let infos = s.infos;
    let the = crate::hash::hash_bytes(b"the");
    let of = crate::hash::hash_bytes(b"of");
    spans
        .iter()
        .find(|m| m.2 == Label::Org && m.0 < a && m.1 > a && m.1 <= b)
        .map(|m| {
            if infos[m.0].lower == the {
                m.0 + 1
            } else {
                m.0
            }
        })
        .filter(|&x| {
            x < a
                && infos[x].title
                && (x..a).all(|y| {
                    // (Not an adjective built on a name: `New York-based`.)
                    infos[y].title
                        && !s
                            .word(y)
                            .rsplit_once('-')
                            .is_some_and(|(_, r)| r.starts_with(|c: char| c.is_lowercase()))
                        || infos[y].lower == of
                })
        })
        .unwrap_or(a)
}
