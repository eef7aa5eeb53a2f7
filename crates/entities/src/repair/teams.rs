//! Repair 69 (issue 17, session 22): places that stand for their teams in a match's result,
//! after the phrase of the result rather than between two places (rule 10's `Carolina beat
//! Chicago`). Written from the GPE-for-ORG errors of three development batches of web pages
//! (national teams in results), with phrases from general knowledge of sports reports
//! (`data/result_cues.tsv`), no names.
//!
//! 69. A mention the tagger read as a place (GPE or LOC) right after a VERB phrase of a result
//!     (`beating`, `drawing with`, `lost to`) or a NOUN phrase (`win over`, `victory against`,
//!     `defeat to`), perhaps after SKIP words (`the`, `defending champions`), is an ORG; after a
//!     NOUN phrase, so is a place with a possessive before it and at most two lower-case words
//!     (`Ghana's narrow win over Mali`); after a VERB phrase, a place right before it (`Senegal
//!     lost to Egypt`). A result against a person or a thing changes nothing
//!     (`lost to Federer`, `a victory over poverty`), nor does a place with a possessive, the
//!     player's country (`lost to Slovakia's Daniela Hantuchova`).

use std::sync::LazyLock;

use reckon_text::TokenKind;

use super::{Local, Sentence};
use crate::Label;
use crate::hash::{WordMap, hash_bytes};

/// A phrase's kind.
const VERB: u8 = 1;
const NOUN: u8 = 2;
const SKIP: u8 = 3;

/// The most SKIP words read between a phrase and the name.
const MAX_SKIP: usize = 3;

/// Phrases sharing a first word: each one's other words (hashed) and its kind.
type Phrases = Vec<(Vec<u64>, u8)>;

/// The phrases of `data/result_cues.tsv`, by first word.
struct Cues {
    first: WordMap<Phrases>,
    skip: WordMap<()>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut first: WordMap<Phrases> = WordMap::default();
    let mut by_word: Vec<(u64, Phrases)> = Vec::new();
    let mut skip = WordMap::default();
    for line in include_str!("../../data/result_cues.tsv").lines() {
        let Some((kind, phrase)) = line.split_once('\t') else {
            continue;
        };
        let k = match kind {
            "VERB" => VERB,
            "NOUN" => NOUN,
            "SKIP" => SKIP,
            _ => continue,
        };
        let words: Vec<u64> = phrase
            .split_whitespace()
            .map(|w| hash_bytes(w.as_bytes()))
            .collect();
        let Some((&head, rest)) = words.split_first() else {
            continue;
        };
        if k == SKIP {
            skip.insert(head, ());
            continue;
        }
        match by_word.iter_mut().find(|(h, _)| *h == head) {
            Some((_, v)) => v.push((rest.to_vec(), k)),
            None => by_word.push((head, vec![(rest.to_vec(), k)])),
        }
    }
    for (h, mut v) in by_word {
        // The longest phrase first (`edging past` before `edging`).
        v.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        first.insert(h, v);
    }
    Cues { first, skip }
});

/// Rule 69: `drawing with Norway`, `Ghana's narrow win over Mali`.
pub(super) fn result_teams(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    let c = &*CUES;
    let place = |l: Label| matches!(l, Label::Gpe | Label::Loc);
    // The cheap test first: a place to relabel at all.
    if !spans.iter().any(|m| place(m.2)) {
        return;
    }
    for k in 0..n {
        let t = &s.infos[k];
        if !t.lower_initial {
            continue;
        }
        let Some(phrases) = c.first.get(&t.lower) else {
            continue;
        };
        let Some((len, kind)) = phrases.iter().find_map(|(rest, kind)| {
            rest.iter()
                .enumerate()
                .all(|(j, h)| s.infos.get(k + 1 + j).is_some_and(|x| x.lower == *h))
                .then_some((rest.len() + 1, *kind))
        }) else {
            continue;
        };
        let mut j = k + len;
        while j < n && j - (k + len) < MAX_SKIP && s.infos[j].lower_initial {
            if !c.skip.contains(&s.infos[j].lower) {
                break;
            }
            j += 1;
        }
        // (A place with a possessive names the player's country: `lost to Slovakia's Daniela
        // Hantuchova`.)
        let Some(i) = spans.iter().position(|m| {
            m.0 == j
                && place(m.2)
                && s.toks
                    .get(m.1)
                    .is_none_or(|t| t.kind != TokenKind::Possessive)
        }) else {
            continue;
        };
        spans[i].2 = Label::Org;
        if kind != NOUN {
            // A place right before a finite verb is the other team (`Senegal lost to Egypt`).
            if let Some(o) = spans.iter().position(|m| m.1 == k && place(m.2)) {
                spans[o].2 = Label::Org;
            }
            continue;
        }
        // The other team: a place, its possessive and at most two lower-case words before the
        // noun (`Ghana's narrow win over Mali`).
        let mut p = k;
        while p > 0 && k - p < 2 && s.infos[p - 1].lower_initial {
            p -= 1;
        }
        if p >= 2
            && s.toks[p - 1].kind == TokenKind::Possessive
            && let Some(o) = spans.iter().position(|m| m.1 == p - 1 && place(m.2))
        {
            spans[o].2 = Label::Org;
        }
    }
}
