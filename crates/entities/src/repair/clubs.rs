//! Repair 84 (issue 17, session 25): clubs named by their town read as places. Written from the
//! news corpus's football copy (`Leicester City` GPE x18, `Manchester City`, `Hull City`,
//! `Manchester United` GPE) and the development batches' (`Manchester United` GPE in
//! `indep5-ae`), with the clubs' words and names from general knowledge (`data/clubs.tsv`).
//!
//! 84. A mention of a place of the gazetteer and a SUFFIX word after it (`Manchester United`,
//!     `Blackburn Rovers`, `Plymouth Argyle`), or of a CLUB's name (`Leicester City`, `Derby
//!     County`: those words end places too, so only the clubs listed), is an ORG, whatever the
//!     tagger read; so is a place read alone right before its SUFFIX word or its CLUB's last word
//!     (`Manchester` GPE + `United`), the word joined to it. A work's, an event's or a law's
//!     title keeps its label (`the Manchester United Premier League Trophy Tour`).

use std::collections::HashSet;
use std::sync::LazyLock;

use super::{Local, Sentence};
use crate::Label;
use crate::hash::{WordSet, hash_bytes};

/// The clubs' words: SUFFIX words and the last words of CLUB names (hashed, lower case), and
/// the CLUB names (lower case).
struct Clubs {
    suffix: WordSet,
    last: WordSet,
    names: HashSet<String>,
}

static CLUBS: LazyLock<Clubs> = LazyLock::new(|| {
    let mut c = Clubs {
        suffix: WordSet::default(),
        last: WordSet::default(),
        names: HashSet::new(),
    };
    for line in include_str!("../../data/clubs.tsv").lines() {
        let Some((kind, name)) = line.split_once('\t') else {
            continue;
        };
        let lower = name.to_lowercase();
        let last = lower.rsplit(' ').next().unwrap_or_default();
        match kind {
            "SUFFIX" => {
                c.suffix.add(hash_bytes(lower.as_bytes()));
            }
            "CLUB" => {
                c.last.add(hash_bytes(last.as_bytes()));
                c.names.insert(lower);
            }
            _ => {}
        }
    }
    c
});

/// Rule 84: `Leicester City` GPE, `Manchester United` GPE → ORG.
pub(super) fn place_clubs(s: &Sentence, spans: &mut Vec<Local>) {
    let clubs = &*CLUBS;
    let n = s.infos.len();
    let text = |a: usize, b: usize| -> String {
        s.text[s.toks[a].span.start as usize..s.toks[b - 1].span.end as usize].to_lowercase()
    };
    let mut changed = false;
    for k in 0..spans.len() {
        let (a, b, label) = spans[k];
        if matches!(
            label,
            Label::Org | Label::WorkOfArt | Label::Event | Label::Law
        ) {
            continue;
        }
        // (The gate: a club's word ending the mention or right after it.)
        let word = |i: usize| {
            i < n && s.infos[i].title && {
                let h = s.infos[i].lower;
                clubs.suffix.contains(&h) || clubs.last.contains(&h)
            }
        };
        let end = if word(b - 1) && b - a >= 2 {
            b
        } else if word(b) && spans.get(k + 1).is_none_or(|m| m.0 > b) {
            b + 1
        } else {
            continue;
        };
        let club = if clubs.suffix.contains(&s.infos[end - 1].lower) {
            s.gazetteer(a, end - 1) == Some(Label::Gpe)
        } else {
            clubs.names.contains(&text(a, end))
        };
        if club {
            spans[k] = (a, end, Label::Org);
            changed = true;
        }
    }
    if changed {
        spans.dedup_by(|n, m| n.0 < m.1);
    }
}
